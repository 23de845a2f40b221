/**
 * npx tsx bench/matrix.ts: how compareResults scales with the number of files of one model (the worst case of
 * grouping columns by model). Reported as a ratio of times, since the machines this runs on are shared and noisy:
 * linear work gives about the ratio of the file counts, quadratic work its square.
 */
import { compareResults, type ResultsDocument } from '../src/lighteval/matrix.js';
import { LightEvalResultsSchema } from '../src/lighteval/results.js';

const SMALL = 1_000;
const LARGE = 30_000;
const ROUNDS = 3;

function sameModelDocuments(count: number): ResultsDocument[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `leg-${index}/results/openai/gpt-4o/results.json`,
    results: LightEvalResultsSchema.parse({
      config_general: { model_name: 'openai/gpt-4o' },
      results: { 'gsm8k|0': { em: index / count } },
    }),
  }));
}

/** The best of a few runs, in milliseconds: the least disturbed by other work on the machine. */
function bestTime(documents: readonly ResultsDocument[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    compareResults(documents);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const small = bestTime(sameModelDocuments(SMALL));
const large = bestTime(sameModelDocuments(LARGE));
console.log(
  `compareResults, files of one model: ${SMALL} in ${small.toFixed(1)} ms, ${LARGE} in ${large.toFixed(1)} ms`,
);
console.log(
  `ratio ${(large / small).toFixed(1)} for ${LARGE / SMALL}x the files (linear: about ${LARGE / SMALL}, quadratic: about ${(LARGE / SMALL) ** 2})`,
);
