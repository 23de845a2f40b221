/**
 * npm run bench:concurrency: how much of a provider's rate limit an evaluation uses, and whether any answer is lost.
 *
 * Real LightEval 0.13.0 (scripts/test-environments.sh), run by the built action, evaluates a task of generated
 * arithmetic questions against a loopback OpenAI-compatible server. The server admits requests with a token bucket
 * (the rate limit, holding one second's worth: no burst beyond it), answers 429 past it, and takes a fixed time for
 * each request it admits. For each time per request on the grid, two runs: the action's formula choosing
 * concurrent_requests and max_retries, and the formula before it (floor(rpm / 60 × latency × 0.8), at most 100, and
 * 5 retries), given as explicit settings. Both are told the time per request (`expected_latency_seconds`), so the
 * runs differ only by the formula. A last row tells both twice the real time, so that they send twice what the limit
 * allows: the retries must absorb that.
 *
 * Goodput: requests admitted per second, from a second after the first admitted (the bucket starts full) to the last,
 * over the limit. An answer is lost
 * when LightEval gives up on a sample after its retries and scores an empty answer: the task's exact match, 1 for a
 * whole run, says how many.
 *
 * Options: --rpm N (default 600), --seconds N (about how long each run sends, default 60), --latencies 0.3,1,2,4,6,
 * --json PATH. Each run takes about its seconds plus 20 s of LightEval's start.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSandbox, MAIN_SCRIPT, ROOT } from '../test/support/action-runner.js';
import { lastUserText, type RecordedRequest, startProviderServer } from '../test/support/provider-server.js';
import { lightevalBin } from '../test/support/test-environments.js';

const { values: options } = parseArgs({
  options: {
    rpm: { type: 'string', default: '600' },
    seconds: { type: 'string', default: '60' },
    latencies: { type: 'string', default: '0.3,1,2,4,6' },
    json: { type: 'string' },
  },
});
const RPM = Number(options.rpm);
const SECONDS = Number(options.seconds);
const LATENCIES = options.latencies.split(',').map(Number);
const RATE = RPM / 60;
const SAMPLES = Math.round(RATE * SECONDS);
const KEY = 'sk-bench-0123456789abcdefghij';
const PREFLIGHT_TEXT = 'Reply with OK.';

/** The formula before this one, as explicit settings. */
function previousSettings(latency: number): { concurrent_requests: number; max_retries: number } {
  return { concurrent_requests: Math.min(100, Math.max(1, Math.floor((RPM * latency) / 75))), max_retries: 5 };
}

/** A token bucket: `rate` tokens a second, holding at most one second's worth. */
function tokenBucket(rate: number): () => boolean {
  let tokens = rate;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(rate, tokens + ((now - last) / 1000) * rate);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/** A copy of the arithmetic task with `count` questions of its own (no answer can come from an earlier run's cache). */
function arithmeticTask(folder: string, count: number, seed: number): string {
  const tasks = join(folder, 'arith_tasks.py');
  cpSync(join(ROOT, 'test', 'support', 'real-lighteval', 'arith_tasks.py'), tasks);
  mkdirSync(join(folder, 'arith'));
  const lines = Array.from({ length: count }, (_, n) => {
    const [a, b] = [seed + n, (n * 7) % 97];
    return JSON.stringify({ id: `arith-${n}`, question: `What is ${a} + ${b}?`, answer: String(a + b) });
  });
  writeFileSync(join(folder, 'arith', 'test.jsonl'), `${lines.join('\n')}\n`);
  return tasks;
}

function answerOf(request: RecordedRequest): string {
  const question = /What is (\d+) \+ (\d+)\?/.exec(lastUserText(request));
  return question === null ? 'OK' : String(Number(question[1]) + Number(question[2]));
}

interface RunResult {
  readonly formula: 'action' | 'previous';
  readonly latency: number;
  readonly statedLatency: number;
  readonly concurrency: number;
  readonly maxRetries: number;
  readonly goodput: number;
  readonly lost: number;
  readonly rejected: number;
  readonly seconds: number;
}

async function evaluate(
  formula: RunResult['formula'],
  latency: number,
  statedLatency: number,
  seed: number,
): Promise<RunResult> {
  const allow = tokenBucket(RATE);
  const server = await startProviderServer({
    answer: answerOf,
    apiKey: KEY,
    maxRequests: 1_000_000,
    lifetimeMs: 60 * 60 * 1000,
    behaviour: () =>
      allow()
        ? { kind: 'answer', delayMs: latency * 1000 }
        : { kind: 'fail', status: 429, message: 'Rate limit reached for requests per min' },
  });
  const scratch = mkdtempSync(join(tmpdir(), 'lighteval-bench-concurrency-'));
  try {
    const sandbox = createSandbox();
    const runConfig = {
      expected_latency_seconds: statedLatency,
      generation: { temperature: 0, max_new_tokens: 16 },
      ...(formula === 'previous' ? previousSettings(statedLatency) : {}),
    };
    const provider = {
      id: 'bench',
      name: 'Bench',
      type: 'openai',
      base_url: server.url,
      rate_limits: { requests_per_minute: RPM },
    };
    const result = await sandbox.main(
      {
        provider: JSON.stringify(provider),
        model: 'test-model',
        'api-key': KEY,
        'lighteval-version': '0.13.0',
        'run-config': JSON.stringify(runConfig),
        'run-lighteval': 'true',
        install: 'false',
        tasks: 'arith',
        'custom-tasks': arithmeticTask(scratch, SAMPLES, seed),
        'max-samples': String(SAMPLES),
        'upload-artifact': 'false',
        summary: 'false',
        // A lost answer is what this measures, not a reason to stop.
        'max-failed-requests': '1',
      },
      {
        PATH: [lightevalBin('0.13.0'), process.env.PATH ?? ''].join(delimiter),
        HOME: join(scratch, 'home'),
        HF_HOME: join(scratch, 'hf'),
        HF_HUB_OFFLINE: '1',
        HF_DATASETS_OFFLINE: '1',
        LITELLM_LOCAL_MODEL_COST_MAP: 'True',
        NO_PROXY: '*',
      },
    );
    if (result.status !== 0)
      throw new Error(`the ${formula} run at ${latency} s failed:\n${result.stdout.slice(-3000)}`);
    const parameters = (
      JSON.parse(result.outputs['config-json'] ?? '{}') as {
        model_parameters: { concurrent_requests: number; max_retries: number }[];
      }
    ).model_parameters[0];
    const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, Record<string, number>>;
    const exactMatch = metrics['arith|0']?.em ?? Number.NaN;
    const requests = server.requests.filter(
      (request) => request.path.endsWith('/chat/completions') && lastUserText(request) !== PREFLIGHT_TEXT,
    );
    // From one second after the first admission: the bucket starts full, and its first second's burst is no rate.
    const admittedAt = requests.filter((request) => request.status === 200).map((request) => request.arrivedAt);
    const from = (admittedAt[0] ?? 0) + 1000;
    const admitted = admittedAt.filter((time) => time >= from);
    const span = ((admitted.at(-1) ?? 0) - from) / 1000;
    return {
      formula,
      latency,
      statedLatency,
      concurrency: parameters?.concurrent_requests ?? Number.NaN,
      maxRetries: parameters?.max_retries ?? Number.NaN,
      goodput: span > 0 ? admitted.length / span / RATE : Number.NaN,
      lost: Math.round(SAMPLES * (1 - exactMatch)),
      rejected: requests.filter((request) => request.status === 429).length,
      seconds: span,
    };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const grid: [latency: number, stated: number][] = [
  ...LATENCIES.map((latency): [number, number] => [latency, latency]),
  [LATENCIES[0] ?? 0.3, (LATENCIES[0] ?? 0.3) * 2],
];
console.log(
  `Rate limit ${RPM} requests a minute, ${SAMPLES} samples a run, real LightEval 0.13.0 through ${MAIN_SCRIPT}`,
);
const results: RunResult[] = [];
let seed = 1000;
for (const [latency, stated] of grid) {
  for (const formula of ['previous', 'action'] as const) {
    seed += SAMPLES;
    const result = await evaluate(formula, latency, stated, seed);
    results.push(result);
    console.log(
      `${`${latency} s a request${stated === latency ? '' : ` (told ${stated} s)`}`.padEnd(30)} ${formula.padEnd(9)} ` +
        `concurrent_requests ${String(result.concurrency).padStart(3)}  max_retries ${result.maxRetries}  ` +
        `goodput ${result.goodput.toFixed(2)}  lost answers ${String(result.lost).padStart(3)}  429s ${String(result.rejected).padStart(4)}  ${result.seconds.toFixed(0)} s`,
    );
  }
}
if (options.json !== undefined)
  writeFileSync(options.json, `${JSON.stringify({ rpm: RPM, samples: SAMPLES, results }, null, 2)}\n`);
