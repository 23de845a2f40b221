/**
 * npx tsx bench/yaml-load.ts [built folder]: what loading the yaml chunk adds to a start of the action. It decides
 * whether config.yaml may be written with yaml.stringify, which would load the chunk on every run, or needs the
 * emitter in src/config/serialize.ts. The folder defaults to dist/; to measure src/ as it is now, build it into a
 * temporary folder first (the packaging script in scripts/ takes the folder as its argument) and pass that.
 *
 * Every figure is a median over interleaved runs, reported as a ratio to `node -e 0` measured in the same run: the
 * machines this runs on are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const built = resolve(ROOT, process.argv[2] ?? 'dist');
const action = join(built, 'index.cjs');
const chunk = join(built, 'chunks/yaml.cjs');
for (const path of [action, chunk])
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run package first`);
const RUNS = 41;

const work = mkdtempSync(join(tmpdir(), 'lighteval-action-yaml-load-'));
const runnerFiles = Object.fromEntries(
  ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => {
    const path = join(work, name);
    writeFileSync(path, '');
    return [name, path];
  }),
);
/** A step's environment as the runner gives it, with these inputs. */
const step = (inputs: Readonly<Record<string, string>>) => ({
  GITHUB_WORKSPACE: work,
  RUNNER_TEMP: work,
  GITHUB_RUN_ID: '1',
  ...runnerFiles,
  ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
});
const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const common = { model: 'gpt-4o-mini', 'api-key': 'sk-bench-0123456789abcdefghijklmnop', 'upload-artifact': 'false' };
const jsonInputs = step({
  ...common,
  provider: JSON.stringify(parse(example('provider.yaml'))),
  'run-config': JSON.stringify(parse(example('run-config.yaml'))),
});
const yamlInputs = step({ ...common, provider: example('provider.yaml'), 'run-config': example('run-config.yaml') });

/**
 * The yaml chunk as the packaging script would build it if src also took stringify: the chunk holds only the names
 * src destructures from `import('yaml')`, tree-shaken from yaml's ES module build.
 */
const require = createRequire(import.meta.url);
const chunkWithStringify = join(work, 'yaml-with-stringify.cjs');
const chunkNames = [...Object.keys(require(chunk) as object), 'stringify'];
const yamlModule = join(dirname(require.resolve('yaml/package.json')), 'browser/dist/index.js');
await build({
  stdin: {
    contents: `export { ${chunkNames.join(', ')} } from ${JSON.stringify(yamlModule)};`,
    resolveDir: ROOT,
    sourcefile: 'yaml.js',
  },
  outfile: chunkWithStringify,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'error',
});

/** Loaded before the action: what writing config.yaml with yaml.stringify would add to the run. */
const useYaml = join(work, 'use-yaml.cjs');
writeFileSync(
  useYaml,
  `require(${JSON.stringify(chunkWithStringify)}).stringify({ a: 1 }, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });\n`,
);

interface Command {
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** CPU time (user + system) of this process's finished children, in ms; NaN where /proc is absent. */
function childrenCpuMilliseconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

function run({ args, env }: Command): ReturnType<typeof spawnSync> {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, ...env },
  });
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stdout.toString()}`);
  return result;
}

const jsonRun: Command = { args: [action], env: jsonInputs };
const commands: Readonly<Record<string, Command>> = {
  'node -e 0': { args: ['-e', '0'] },
  'node -e "require(yaml chunk)"': { args: ['-e', `require(${JSON.stringify(chunk)})`] },
  'node -e "require(yaml chunk + stringify).stringify({a:1})"': {
    args: ['-e', `require(${JSON.stringify(chunkWithStringify)}).stringify({ a: 1 })`],
  },
  'action: config-only, JSON inputs': jsonRun,
  'action: config-only, JSON inputs + yaml.stringify': { args: ['--require', useYaml, action], env: jsonInputs },
  'action: config-only, YAML inputs': { args: [action], env: yamlInputs },
};

// The comparison holds only if a JSON run leaves the chunk alone, as parseDocument's JSON path does.
const report = join(work, 'report-chunks.cjs');
writeFileSync(
  report,
  "process.on('exit', () => process.stderr.write(`CHUNKS ${Object.keys(require.cache).join(' ')}\\n`));\n",
);
if (String(run({ ...jsonRun, args: ['--require', report, ...jsonRun.args] }).stderr).includes(chunk)) {
  throw new Error(
    `${action} loads the yaml chunk for JSON inputs: is it built from a parseDocument that reads JSON itself?`,
  );
}

// Interleaved, so that load on the machine hits every command alike. CPU time, which that load does not inflate,
// is a check on the wall times.
const names = Object.keys(commands);
const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const cpu: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
for (let round = 0; round < RUNS; round += 1) {
  for (const [name, command] of Object.entries(commands)) {
    const cpuBefore = childrenCpuMilliseconds();
    const start = performance.now();
    run(command);
    wall[name]?.push(performance.now() - start);
    cpu[name] = (cpu[name] ?? 0) + childrenCpuMilliseconds() - cpuBefore;
  }
}
const wallOf = (name: string) => median(wall[name] ?? []);
const cpuOf = (name: string) => (cpu[name] ?? Number.NaN) / RUNS;

console.log(
  `${built}\n${RUNS} interleaved runs: median wall time and mean CPU time, each also as a ratio to \`node -e 0\``,
);
for (const name of names) {
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2).padStart(6)}×`;
  console.log(
    `  ${name.padEnd(60)} ${wallOf(name).toFixed(1).padStart(7)} ms ${ratio(wallOf(name), wallOf('node -e 0'))}` +
      `   cpu ${cpuOf(name).toFixed(1).padStart(7)} ms ${ratio(cpuOf(name), cpuOf('node -e 0'))}`,
  );
}
/** What the command `withIt` adds to the command `without`, in ms and as a share of `without`. */
const added = (measure: (name: string) => number, without: string, withIt: string) => {
  const extra = measure(withIt) - measure(without);
  return `+${extra.toFixed(1)} ms (${((extra / measure(without)) * 100).toFixed(1)}%)`;
};
const loadAndStringify = 'node -e "require(yaml chunk + stringify).stringify({a:1})"';
const json = 'action: config-only, JSON inputs';
const jsonWithYaml = 'action: config-only, JSON inputs + yaml.stringify';
console.log(
  `\nLoading the yaml chunk and calling stringify, over \`node -e 0\`: ` +
    `wall ${added(wallOf, 'node -e 0', loadAndStringify)}, cpu ${added(cpuOf, 'node -e 0', loadAndStringify)}`,
);
console.log(
  `yaml.stringify in a config-only run with JSON inputs: wall ${added(wallOf, json, jsonWithYaml)}, cpu ${added(cpuOf, json, jsonWithYaml)}`,
);
rmSync(work, { recursive: true, force: true });
