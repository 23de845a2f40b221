/**
 * npm run bench: how fast the core builds, and how fast the bundled CLI starts. Every figure is reported as a
 * ratio to a baseline measured in this same run, because the machines this runs on are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { type BuildRequest, LightEvalConfigService, parseDocument } from '../src/config/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string) => parseDocument(readFileSync(join(ROOT, 'examples', name), 'utf8'), name);

const request: BuildRequest = {
  provider: example('provider.yaml'),
  runConfig: example('run-config.yaml'),
  modelName: 'gpt-4o-mini',
  apiKey: 'sk-bench-0123456789abcdefghijklmnop',
  runId: 'bench',
  datasetId: 'ds-42',
  datasetName: 'MMLU',
};
const service = new LightEvalConfigService();

/** Operations per second of `operation`: the best of several rounds of about 200 ms each. */
function opsPerSecond(operation: () => unknown): number {
  const roundMs = 200;
  let best = 0;
  for (let round = 0; round < 6; round += 1) {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < roundMs) {
      for (let index = 0; index < 50; index += 1) operation();
      count += 50;
      elapsed = performance.now() - start;
    }
    if (round > 0) best = Math.max(best, (count * 1000) / elapsed); // round 0 warms up
  }
  return best;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Median wall time of each command, runs interleaved so that load on the machine hits them all alike. */
function medianMilliseconds(commands: Record<string, string[]>, runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { PATH: process.env.PATH } });
      if (result.status !== 0) throw new Error(`${name} exited with ${result.status}`);
      times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

const format = (value: number, digits = 2) => value.toFixed(digits).padStart(10);

// ---- The core ---------------------------------------------------------------------------------------------
const dict = service.build(request).toDict();
const serializeOnly = opsPerSecond(() => stringify(dict));
const buildOnly = opsPerSecond(() => service.build(request));
const cliWork = opsPerSecond(() => {
  const config = service.build(request);
  config.toYaml();
  config.redacted().toYaml();
  config.toLightEvalModelConfig().toYaml();
});

console.log('Core (ops/s; ratio = time of one operation / time of the baseline)');
console.log(`  baseline: yaml.stringify of the built config ${format(serializeOnly, 0)} ops/s   1.00×`);
console.log(`  build()                                      ${format(buildOnly, 0)} ops/s ${format(serializeOnly / buildOnly)}×`);
console.log(`  build() + config, redacted and native YAML   ${format(cliWork, 0)} ops/s ${format(serializeOnly / cliWork)}×`);

// ---- The CLI's cold start ---------------------------------------------------------------------------------
const out = mkdtempSync(join(tmpdir(), 'lighteval-action-bench-'));
const cli = join(ROOT, 'dist/cli/index.js');
const times = medianMilliseconds(
  {
    'node -e 0': ['-e', '0'],
    'lighteval-action --help': [cli, '--help'],
    'lighteval-action build (examples)': [
      cli, 'build', '--provider', 'examples/provider.yaml', '--run-config', 'examples/run-config.yaml',
      '--model', 'gpt-4o-mini', '--out-dir', out,
    ],
  },
  21,
);
const baseline = times['node -e 0'] ?? Number.NaN;
console.log('\nCLI cold start (median of 21 interleaved runs; ratio to `node -e 0`)');
for (const [name, milliseconds] of Object.entries(times)) {
  console.log(`  ${name.padEnd(34)} ${format(milliseconds, 1)} ms ${format(milliseconds / baseline)}×`);
}
