/**
 * npm run bench: how fast the core builds, and how fast the action and the CLI start. Every figure is reported as a
 * ratio to a baseline measured in this same run, because the machines this runs on are shared and noisy.
 *
 * The starts are of a build of the current src/, made by scripts/package.mjs into a temporary folder (not of the
 * committed dist/, which may lag behind src/), run by this Node or by the one `--node PATH` names (such as Node 24,
 * the runtime action.yml declares).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { type BuildRequest, LightEvalConfigService, parseDocument } from '../src/config/index.js';

const { values: options } = parseArgs({ options: { node: { type: 'string' } } });
const NODE = options.node ?? process.execPath;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string) => parseDocument(readFileSync(join(ROOT, 'examples', name), 'utf8'), name);

const request: BuildRequest = {
  provider: await example('provider.yaml'),
  runConfig: await example('run-config.yaml'),
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

interface Command {
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** The exit status the command is expected to end with. */
  readonly status?: number;
}

/** CPU time (user + system) of this process's finished children, in seconds; undefined where /proc is absent. */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

interface StartCost {
  /** Median wall time. */
  readonly milliseconds: number;
  /** Shortest wall time: the run the machine disturbed least. */
  readonly fastestMilliseconds: number;
  /** Mean CPU time (user + system), which load from other processes on the machine does not inflate. */
  readonly cpuMilliseconds: number | undefined;
}

/**
 * Median wall time and mean CPU time of each command. Runs are interleaved so that load on the machine hits them
 * all alike, and output goes to pipes, as on a runner.
 */
function measureStarts(commands: Readonly<Record<string, Command>>, runs: number): Record<string, StartCost> {
  const names = Object.keys(commands);
  const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const cpu: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, command] of Object.entries(commands)) {
      const cpuBefore = childrenCpuSeconds() ?? 0;
      const start = performance.now();
      const result = spawnSync(NODE, command.args, {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, ...command.env },
      });
      wall[name]?.push(performance.now() - start);
      cpu[name] = (cpu[name] ?? 0) + (childrenCpuSeconds() ?? 0) - cpuBefore;
      if (result.status !== (command.status ?? 0))
        throw new Error(`${name} exited with ${result.status}: ${result.stdout.toString()}`);
    }
  }
  const hasCpu = childrenCpuSeconds() !== undefined;
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        milliseconds: median(wall[name] ?? []),
        fastestMilliseconds: Math.min(...(wall[name] ?? [])),
        cpuMilliseconds: hasCpu ? ((cpu[name] ?? 0) * 1000) / runs : undefined,
      },
    ]),
  );
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
console.log(
  `  build()                                      ${format(buildOnly, 0)} ops/s ${format(serializeOnly / buildOnly)}×`,
);
console.log(
  `  build() + config, redacted and native YAML   ${format(cliWork, 0)} ops/s ${format(serializeOnly / cliWork)}×`,
);

// ---- Cold starts: the action and the CLI -----------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'lighteval-action-bench-'));
const dist = join(work, 'dist');
execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), dist], { cwd: ROOT, stdio: 'pipe' });
const runnerFiles = Object.fromEntries(
  ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => {
    const path = join(work, name);
    writeFileSync(path, '');
    return [name, path];
  }),
);
/** A step's environment as the runner gives it, with these inputs. */
const step = (inputs: Record<string, string>) => ({
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_RUN_ID: '1',
  ...runnerFiles,
  ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
});
// The reference: what any action that reads one input ships, bundled by esbuild the plain way.
const reference = join(work, 'reference.cjs');
await build({
  stdin: {
    contents: "import { getInput } from '@actions/core';\ngetInput('model');\n",
    resolveDir: ROOT,
    sourcefile: 'reference.js',
  },
  outfile: reference,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'error',
});
const action = join(dist, 'index.cjs');
const cli = join(dist, 'cli/index.cjs');
const fields = { model: 'gpt-4o-mini', 'api-key': 'sk-bench-0123456789abcdefghijklmnop', 'upload-artifact': 'false' };
const FLOOR = 'node -e 0';
const REFERENCE = 'reference: esbuild bundle of getInput() from @actions/core';
const RUNS = 31;
const starts = measureStarts(
  {
    [FLOOR]: { args: ['-e', '0'] },
    [REFERENCE]: { args: [reference], env: step(fields) },
    'action: config-only run, JSON provider and run config': {
      args: [action],
      env: step({
        ...fields,
        provider: JSON.stringify(request.provider),
        'run-config': JSON.stringify(request.runConfig),
      }),
    },
    'action: config-only run, YAML provider and run config': {
      args: [action],
      env: step({
        ...fields,
        provider: readFileSync(join(ROOT, 'examples/provider.yaml'), 'utf8'),
        'run-config': readFileSync(join(ROOT, 'examples/run-config.yaml'), 'utf8'),
      }),
    },
    'action: fails on a missing input': { args: [action], env: step({}), status: 1 },
    'CLI: --help': { args: [cli, '--help'] },
    'CLI: build (examples)': {
      args: [
        cli,
        'build',
        '--provider',
        'examples/provider.yaml',
        '--run-config',
        'examples/run-config.yaml',
        '--model',
        'gpt-4o-mini',
        '--out-dir',
        join(work, 'cli-out'),
      ],
    },
  },
  RUNS,
);
rmSync(work, { recursive: true, force: true });

const floor = starts[FLOOR];
const referenceCost = starts[REFERENCE];
const ratio = (value: number | undefined, base: number | undefined) =>
  format((value ?? Number.NaN) / (base ?? Number.NaN));
const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(
  `\nCold start under Node ${nodeVersion} (${RUNS} interleaved runs). Ratios of the median wall time to \`${FLOOR}\` and to`,
);
console.log('the reference, then of the fastest wall time and of the mean CPU time to those of `node -e 0`');
const columns = ['median', '×node -e 0', '×reference', 'fastest', 'cpu'];
console.log(`  ${''.padEnd(60)}${columns.map((column, index) => column.padStart(index === 0 ? 14 : 12)).join('')}`);
for (const [name, cost] of Object.entries(starts)) {
  const cpu = cost.cpuMilliseconds === undefined ? '' : ` ${ratio(cost.cpuMilliseconds, floor?.cpuMilliseconds)}×`;
  console.log(
    `  ${name.padEnd(60)} ${format(cost.milliseconds, 1)} ms ${ratio(cost.milliseconds, floor?.milliseconds)}×` +
      ` ${ratio(cost.milliseconds, referenceCost?.milliseconds)}× ${ratio(cost.fastestMilliseconds, floor?.fastestMilliseconds)}×${cpu}`,
  );
}
