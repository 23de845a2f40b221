/**
 * npx tsx bench/install.ts [--rounds N] [--warm-rounds N] [--only cpu-sized] [--json PATH] [--dist DIR]
 *
 * How long getting LightEval ready takes, side by side in one run, from real PyPI, for exactly the set the action
 * installs for a run of gsm8k (`pipRequirements`: lighteval[litellm]==0.13.0 and the bounds on its dependencies):
 *   1. bare uv, the baseline: `uv venv` + `uv pip install` with an empty uv cache;
 *   2. the old pip path, cold: `python3 -m venv` + `pip install --no-cache-dir`;
 *   3. the old pip path, warm: the same with a pip cache filled beforehand (what caching ~/.cache/pip gave); where
 *      pip's HTTP cache stays empty (an index or proxy that sends no caching headers, as on the machines this was
 *      written on), the same wheels from a local folder instead (--no-index --find-links), without index requests;
 *   4. the action, cold: the built main step, from its spawn to the end of its "Preparing LightEval" group, with an
 *      empty uv cache and an empty Actions cache; then its post step, which saves the environment (timed apart);
 *   5. the action, warm: a new job (same RUNNER_TEMP, environment gone, empty uv cache) restoring that entry;
 *   6. the action, warm, on a CPU-sized environment, with torch-backend cpu (the default): the same set without the
 *      CUDA packages (see below), saved by the action's post step under the key and folder the action names for
 *      torch-backend cpu, then restored `--warm-rounds` times as in 5. A hit never installs; a miss would fail the
 *      bench (it would try download.pytorch.org).
 * Cold paths run `--rounds` times (1 by default: each downloads about 3.5 GB), warm ones `--warm-rounds` times per
 * cold round (3), pip and action alternating; the table gives medians, and ratios to bare uv of the same run.
 * `--only cpu-sized` runs 6 alone (about 1.5 GB downloaded).
 *
 * torch: measured with torch-backend pypi. The action's default, cpu, takes torch from download.pytorch.org, out of
 * reach from the machines this was written on; PyPI's torch for Linux is the CUDA build, which brings about 4 GB of
 * nvidia-* libraries and triton, so every environment here is about 6.5 GB. What a CPU build would drop is reported
 * as a share of the environment, and 6 measures the warm path on an environment at least as large as the CPU build's:
 * `uv pip install --override` with every nvidia-*, cuda-* and triton distribution of the CUDA set under a marker that
 * never holds, which drops it. torch's own wheel stays the CUDA build (its bundled CUDA libraries included), so that
 * environment is an upper bound on the CPU build's. Its torch does not import (its libraries are missing), which the
 * warm path never notices: the action's check after a restore only reads LightEval's metadata (importlib.metadata).
 *
 * One set everywhere: uv resolves as PyPI stood on EXCLUDE_NEWER (UV_EXCLUDE_NEWER, also given to the action's uv);
 * pip has no such option, so it installs with a constraints file pinning every version the bare uv run resolved.
 * Each environment's `uv pip freeze` is compared with the baseline's.
 *
 * The action is built from the current src/ into the scratch folder (as bench/bench.ts does; --dist DIR runs a
 * build there instead) and run as the runner runs it (test/support/action-runner.ts), with uv 0.13.9 of
 * scripts/test-environments.sh on PATH. The Actions cache is the loopback stand-in (test/support/cache-service.ts)
 * keeping archives in files: its download runs at loopback and disk speed, likely faster than GitHub's cache, so the
 * warm path's download share is a floor; the archive size is printed to work out the rest. Before each timed step
 * `sync` writes out what the previous one left in the page cache and, run as root, the page cache is emptied, as on a
 * new runner (see settle); the output says when it could not be.
 *
 * Disk: everything lives in one scratch folder under the system temp folder, each environment, cache and archive
 * removed once measured, the whole folder at the end or on failure. Peak use is about 17 GB (pip cache, archive,
 * its download and an environment during the warm rounds). Sizes are `du -sb`: apparent bytes, a file hard-linked
 * several times counted once per tree measured.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type SavedEnvironment, UV_VERSION } from '../src/action/lighteval-install.js';
import { States } from '../src/action/names.js';
import { type EnvironmentPlan, environmentName, uvInstallArguments } from '../src/lighteval/environment-plan.js';
import { type LightEvalRequirements, pipRequirements } from '../src/lighteval/requirements.js';
import { DEFAULT_TORCH_BACKEND } from '../src/lighteval/torch-backend.js';
import { parseEnvironmentFile } from '../test/support/action-runner.js';
import { type CacheEntry, type CacheService, startCacheService } from '../test/support/cache-service.js';
import { inputVariables } from '../test/support/step-env.js';
import { EXCLUDE_NEWER, uvBin } from '../test/support/test-environments.js';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '1' },
    'warm-rounds': { type: 'string', default: '3' },
    only: { type: 'string' },
    json: { type: 'string' },
    dist: { type: 'string' },
  },
});
if (options.only !== undefined && options.only !== 'cpu-sized')
  throw new Error(`--only: expected cpu-sized, got ${JSON.stringify(options.only)}`);
/** Only the CPU-sized warm path (6), not the whole bench. */
const ONLY_CPU_SIZED = options.only === 'cpu-sized';

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name}: expected a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

const ROUNDS = positiveInteger('rounds', options.rounds);
const WARM_ROUNDS = positiveInteger('warm-rounds', options['warm-rounds']);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUIREMENTS: LightEvalRequirements = { version: '0.13.0', extras: [], tasks: ['gsm8k|0'] };
const PLAN: EnvironmentPlan = { requirements: REQUIREMENTS, torchBackend: 'pypi', shownIndexes: [] };
const PACKAGES = pipRequirements(REQUIREMENTS);
const GOAL_COLD_RATIO = 1.5;
const GOAL_WARM_SECONDS = 15;
// After LightEval is ready the step only has to fail (no provider listens): past this it is ended.
const AFTER_READY_LIMIT_MS = 600_000;

// ---- Processes ------------------------------------------------------------------------------------------------

interface Line {
  /** Milliseconds since the spawn. */
  readonly at: number;
  readonly text: string;
}

interface Finished {
  readonly seconds: number;
  readonly status: number | null;
  /** Lines of stdout and stderr as they came, with when. */
  readonly lines: readonly Line[];
}

/** Process groups started here and not yet ended: killed on an interrupt, so nothing keeps writing to the disk. */
const running = new Set<number>();

interface RunOptions {
  readonly env: Record<string, string>;
  readonly cwd?: string;
  /** Called on each line as it arrives; may end the process with `stop`. */
  readonly onLine?: (line: Line, stop: () => void) => void;
}

/** Runs a command in a process group of its own, timing it and every line it prints. */
function run(command: string, args: readonly string[], { env, cwd, onLine }: RunOptions): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const stop = () => {
      if (pid !== undefined) process.kill(-pid, 'SIGKILL');
    };
    const lines: Line[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        const at = performance.now() - start;
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const text of parts) {
          const line = { at, text };
          lines.push(line);
          onLine?.(line, stop);
        }
      });
      stream.on('end', () => partial !== '' && lines.push({ at: performance.now() - start, text: partial }));
    }
    child.on('error', reject);
    child.on('close', (status) => {
      if (pid !== undefined) running.delete(pid);
      resolve({ seconds: (performance.now() - start) / 1000, status, lines });
    });
  });
}

function succeeded(what: string, finished: Finished): Finished {
  if (finished.status === 0) return finished;
  const tail = finished.lines
    .slice(-30)
    .map((line) => line.text)
    .join('\n');
  throw new Error(`${what} exited with ${finished.status}:\n${tail}`);
}

function output(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): string {
  return execFileSync(command, args, { encoding: 'utf8', env: env ?? process.env }).trim();
}

// ---- Scratch, disk and sizes ----------------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'lighteval-install-bench-'));
const TMP = join(scratch, 'tmp');
const BIN = join(scratch, 'bin');
mkdirSync(TMP);
mkdirSync(BIN);

function removeScratch(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: removing ${scratch}`);
    removeScratch();
    process.exit(130);
  });
}

/** An empty folder at `name` in the scratch folder. */
function fresh(name: string): string {
  const path = join(scratch, name);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return path;
}

const remove = (...paths: string[]) => paths.forEach((path) => rmSync(path, { recursive: true, force: true }));

function freeBytes(): number {
  const stats = statfsSync(scratch);
  return stats.bavail * stats.bsize;
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

function progress(message: string): void {
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}   (free: ${gb(freeBytes())})`);
}

/** Refuses to start a step the disk cannot hold, rather than filling it. */
function needFree(gigabytes: number, what: string): void {
  if (freeBytes() < gigabytes * 1e9)
    throw new Error(`${what} needs about ${gigabytes} GB free in ${tmpdir()}; ${gb(freeBytes())} left`);
}

const DROP_CACHES = '/proc/sys/vm/drop_caches';
/** Whether this process may empty the kernel's page cache (root on Linux). */
const canDropPageCache = (() => {
  try {
    accessSync(DROP_CACHES, constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

/**
 * The disk as a new runner's job finds it: what earlier steps left dirty written out, then (as root) the page cache
 * emptied. Without the second, a tree written just after the same tree was deleted took this machine 3× as long
 * (1.7 GB, 48,000 files: 21 s against 6.5 s), a cost of the bench's own remove-and-restore, not of a runner.
 */
function settle(): void {
  spawnSync('sync');
  if (canDropPageCache) writeFileSync(DROP_CACHES, '1\n');
}

/** `du -sb`: apparent bytes of each path, and of all together (hard links counted once across them). */
function du(...paths: string[]): { each: number[]; total: number } {
  const lines = output('du', ['-sbc', ...paths]).split('\n');
  const sizes = lines.map((line) => Number(line.split('\t')[0]));
  return { each: sizes.slice(0, paths.length), total: sizes.at(-1) ?? Number.NaN };
}

const sitePackages = (venv: string) => {
  const lib = join(venv, 'lib');
  const python = readdirSync(lib).find((name) => name.startsWith('python'));
  if (python === undefined) throw new Error(`no lib/python* in ${venv}`);
  return join(lib, python, 'site-packages');
};

/** The name==version lines of `text`, without the installers pip brings (which pip's environments hold). */
function pinsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Za-z0-9][\w.-]*==\S+$/.test(line) && !/^(pip|setuptools|wheel)==/.test(line));
}

/** Name==version of every distribution, as `uv pip freeze` prints them, without the installers pip brings. */
function freezeOf(venv: string): string[] {
  const env = toolEnv({ UV_CACHE_DIR: join(scratch, 'freeze-uv-cache') });
  return pinsOf(output(UV, ['pip', 'freeze', '--python', join(venv, 'bin', 'python')], env));
}

/** What differs from the baseline's set, `+added` and `-missing`; empty when the same. */
function setDifference(baseline: readonly string[], set: readonly string[]): string[] {
  return [
    ...set.filter((entry) => !baseline.includes(entry)).map((entry) => `+${entry}`),
    ...baseline.filter((entry) => !set.includes(entry)).map((entry) => `-${entry}`),
  ];
}

interface Composition {
  readonly torch: number;
  /** torch's own CUDA libraries (torch/lib/*cuda*, *nvrtc*, *nvshmem*), which its CPU build lacks. */
  readonly torchCuda: number;
  /** Distributions named nvidia-* and cuda-*. */
  readonly nvidia: number;
  readonly triton: number;
  readonly total: number;
}

/**
 * Bytes of torch, its CUDA libraries, nvidia-* and cuda-*, and triton, from the files each distribution's RECORD
 * lists: none of them but torch's CPU part is in torch's CPU build.
 */
function compositionOf(venv: string): Composition {
  const site = sitePackages(venv);
  const seen = new Set<string>();
  const sums = { torch: 0, torchCuda: 0, nvidia: 0, triton: 0 };
  for (const info of readdirSync(site).filter((name) => name.endsWith('.dist-info'))) {
    const name = (info.split('-')[0] ?? '').toLowerCase().replace(/[-_.]+/g, '-');
    const group =
      name === 'torch' ? 'torch' : name === 'triton' ? 'triton' : /^(nvidia|cuda)-/.test(name) ? 'nvidia' : undefined;
    if (group === undefined) continue;
    for (const row of readFileSync(join(site, info, 'RECORD'), 'utf8').split('\n')) {
      const path = row.startsWith('"') ? row.slice(1, row.indexOf('"', 1)) : (row.split(',')[0] ?? '');
      if (path === '') continue;
      let stats;
      try {
        stats = lstatSync(join(site, path));
      } catch {
        continue;
      }
      const inode = `${stats.dev}:${stats.ino}`;
      if (seen.has(inode)) continue;
      seen.add(inode);
      sums[group] += stats.size;
      if (group === 'torch' && /^torch\/lib\/[^/]*(cuda|nvrtc|nvshmem)[^/]*$/.test(path)) sums.torchCuda += stats.size;
    }
  }
  return { ...sums, total: du(venv).total };
}

// ---- Tools ----------------------------------------------------------------------------------------------------

const uvVersion = output(join(uvBin(), 'uv'), ['--version']).split(' ')[1] ?? '';
if (uvVersion !== UV_VERSION)
  throw new Error(`uv ${uvVersion} in ${uvBin()}, not the action's ${UV_VERSION}: run npm run test:setup`);
// Only uv from that folder, which is a virtual environment: its python must not shadow the system's.
symlinkSync(join(uvBin(), 'uv'), join(BIN, 'uv'));
const UV = join(BIN, 'uv');
// The real interpreter, not a pyenv shim, so that no run pays for the shim.
const PYTHON = output('python3', ['-c', 'import sys; print(sys.executable)']);
const PYTHON_VERSION = output(PYTHON, ['-c', 'import platform; print(platform.python_version())']);
const PATH = [BIN, dirname(PYTHON), process.env.PATH ?? ''].join(':');
const ENV_NAME = environmentName(PLAN, { executable: PYTHON, version: PYTHON_VERSION }, process.platform, process.arch);

/** This process's environment without what would change an install (caches, indexes, find-links), and ours. */
function toolEnv(extra: Record<string, string>): Record<string, string> {
  const dropped =
    /^(UV_|PIP_FIND_LINKS$|PIP_CACHE_DIR$|PIP_NO_CACHE_DIR$|PIP_INDEX_URL$|PIP_EXTRA_INDEX_URL$|VIRTUAL_ENV$|PYTHONPATH$|PYTHONHOME$)/;
  const kept = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !dropped.test(entry[0]),
  );
  return { ...Object.fromEntries(kept), PATH, TMPDIR: TMP, ...extra };
}

// ---- 1. bare uv -----------------------------------------------------------------------------------------------

interface InstallMeasure {
  readonly seconds: number;
  readonly envBytes: number;
  /** The cache the install used (uv's or pip's), or 0. */
  readonly cacheBytes: number;
  /** Environment and cache together, hard links counted once. */
  readonly envAndCacheBytes: number;
  /** The set, compared with the baseline's: empty when the same. */
  readonly differences: readonly string[];
  /** uv's or pip's own summary lines. */
  readonly notes: readonly string[];
}

let baselineSet: string[] | undefined;
let composition: Composition | undefined;
let constraints = '';

const uvSummary = (finished: Finished) =>
  finished.lines
    .map((line) => line.text.trim())
    .filter((text) => /^(Resolved|Prepared|Installed) \d+ packages? in /.test(text));

async function bareUv(): Promise<InstallMeasure> {
  needFree(9, 'bare uv');
  settle();
  const cache = fresh('bare-uv-cache');
  const venv = join(scratch, 'bare-uv-env');
  const env = toolEnv({ UV_CACHE_DIR: cache, UV_EXCLUDE_NEWER: EXCLUDE_NEWER });
  // The action's own two commands (src/action/lighteval-install.ts).
  const made = succeeded(
    'uv venv',
    await run(UV, ['venv', '--no-python-downloads', '--python', PYTHON, venv], { env }),
  );
  const installed = succeeded(
    'uv pip install',
    await run(UV, uvInstallArguments(PLAN, join(venv, 'bin', 'python')), { env }),
  );
  const sizes = du(venv, cache);
  const cacheAlone = du(cache).total;
  const set = freezeOf(venv);
  if (baselineSet === undefined) {
    baselineSet = set;
    constraints = join(scratch, 'constraints.txt');
    writeFileSync(constraints, `${set.join('\n')}\n`);
  }
  composition ??= compositionOf(venv);
  remove(venv, cache);
  return {
    seconds: made.seconds + installed.seconds,
    envBytes: sizes.each[0] ?? Number.NaN,
    cacheBytes: cacheAlone,
    envAndCacheBytes: sizes.total,
    differences: setDifference(baselineSet, set),
    notes: uvSummary(installed),
  };
}

// ---- 2, 3. the old pip path -----------------------------------------------------------------------------------

let pipVersion = '';

/** Where pip takes the packages from: the index without a cache, the index with a filled cache, or local wheels. */
type PipSource = { readonly kind: 'index' } | { readonly kind: 'cache' | 'wheelhouse'; readonly dir: string };

/** `python3 -m venv` + `pip install` from `source`; the environment is removed once measured. */
async function pipPath(name: string, source: PipSource): Promise<InstallMeasure> {
  needFree(9, name);
  settle();
  const venv = join(scratch, name);
  remove(venv);
  const env = toolEnv(source.kind === 'cache' ? { PIP_CACHE_DIR: source.dir } : {});
  const sourceArgs =
    source.kind === 'index'
      ? ['--no-cache-dir']
      : source.kind === 'cache'
        ? []
        : ['--no-cache-dir', '--no-index', '--find-links', source.dir];
  const made = succeeded('python3 -m venv', await run(PYTHON, ['-m', 'venv', venv], { env }));
  pipVersion ||= output(join(venv, 'bin', 'pip'), ['--version'], env).split(' ')[1] ?? '';
  const pip = [
    join(venv, 'bin', 'pip'),
    'install',
    '--progress-bar',
    'off',
    ...sourceArgs,
    '-c',
    constraints,
    ...PACKAGES,
  ];
  const installed = succeeded('pip install', await run(pip[0] ?? '', pip.slice(1), { env }));
  const sizes = source.kind === 'index' ? du(venv) : du(venv, source.dir);
  const set = freezeOf(venv);
  remove(venv);
  return {
    seconds: made.seconds + installed.seconds,
    envBytes: sizes.each[0] ?? Number.NaN,
    cacheBytes: source.kind === 'index' ? 0 : du(source.dir).total,
    envAndCacheBytes: sizes.total,
    differences: setDifference(baselineSet ?? [], set),
    notes: [],
  };
}

/**
 * Untimed: what an earlier job leaves for warm pip. `pip wheel` downloads every wheel through pip's cache (and
 * builds the few sdists, as pip's cache keeps built wheels); the cache is used when it filled, else the wheels.
 */
async function fillPip(): Promise<{ source: PipSource; bytes: number }> {
  needFree(9, "filling pip's cache");
  const cache = fresh('pip-cache');
  const wheelhouse = fresh('pip-wheelhouse');
  const args = ['-m', 'pip', 'wheel', '--progress-bar', 'off', '-c', constraints, '-w', wheelhouse, ...PACKAGES];
  succeeded('pip wheel', await run(PYTHON, args, { env: toolEnv({ PIP_CACHE_DIR: cache }) }));
  const cacheBytes = du(cache).total;
  // Most of 3 GB of wheels, or pip's cache kept nothing.
  if (cacheBytes >= du(wheelhouse).total / 2) {
    remove(wheelhouse);
    return { source: { kind: 'cache', dir: cache }, bytes: cacheBytes };
  }
  remove(cache);
  return { source: { kind: 'wheelhouse', dir: wheelhouse }, bytes: du(wheelhouse).total };
}

// ---- 4, 5. the action -----------------------------------------------------------------------------------------

let DIST = '';
const RUNNER_TEMP = join(scratch, 'runner-temp');
const WORKSPACE = join(scratch, 'workspace');
const ENV_PATH = join(RUNNER_TEMP, ENV_NAME.folder);
// What the action names for the same inputs with torch-backend left at its default (cpu): the CPU-sized environment
// goes there, so that the action finds it (the same path, hence the same cache version) and never installs.
const CPU_ENV_NAME = environmentName(
  { ...PLAN, torchBackend: DEFAULT_TORCH_BACKEND },
  { executable: PYTHON, version: PYTHON_VERSION },
  process.platform,
  process.arch,
);
const CPU_ENV_PATH = join(RUNNER_TEMP, CPU_ENV_NAME.folder);

/** A port nothing listens on: the preflight request fails at once, so LightEval never runs. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const INPUTS = {
  'provider-type': 'openai',
  model: 'gpt-4o-mini',
  'api-key': 'sk-bench-123456789',
  'run-lighteval': 'true',
  tasks: 'gsm8k|0',
  'max-samples': '1',
  'upload-artifact': 'false',
  'torch-backend': 'pypi',
  python: 'python3',
};

/** An environment the warm runs restore: where the action looks for it, under which key, and the inputs naming it. */
interface WarmTarget {
  readonly path: string;
  readonly key: string;
  readonly inputs: Readonly<Record<string, string>>;
}

const PYPI_TARGET: WarmTarget = { path: ENV_PATH, key: ENV_NAME.key, inputs: INPUTS };
const CPU_TARGET: WarmTarget = {
  path: CPU_ENV_PATH,
  key: CPU_ENV_NAME.key,
  inputs: { ...INPUTS, 'torch-backend': DEFAULT_TORCH_BACKEND },
};

/** A step's environment as test/support/action-runner.ts gives it, plus uv's cache, the resolution date and HOME. */
function stepEnv(service: CacheService, uvCache: string, extra: Record<string, string>): Record<string, string> {
  const files = fresh('step-files');
  const paths = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => [name, join(files, name)]),
  );
  for (const path of Object.values(paths)) writeFileSync(path, '');
  const carried = Object.fromEntries(
    // This machine's CA settings, which a runner's environment would carry as well.
    ['HOME', 'SSL_CERT_FILE', 'SSL_CERT_DIR'].flatMap((name) =>
      process.env[name] === undefined ? [] : [[name, process.env[name]]],
    ),
  );
  return {
    ...carried,
    PATH,
    TMPDIR: TMP,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: WORKSPACE,
    RUNNER_TEMP,
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_REPOSITORY: 'octo/evals',
    GITHUB_SERVER_URL: 'https://github.com',
    ...paths,
    ...service.env,
    UV_CACHE_DIR: uvCache,
    UV_EXCLUDE_NEWER: EXCLUDE_NEWER,
    ...extra,
  };
}

/** When each marker line first came, in ms from the spawn: the phases of the step. */
function markTimes(
  lines: readonly Line[],
  markers: Readonly<Record<string, (text: string) => boolean>>,
): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [name, test] of Object.entries(markers)) {
    const line = lines.find((candidate) => test(candidate.text));
    if (line !== undefined) times[name] = line.at;
  }
  return times;
}

interface MainStep {
  readonly readySeconds: number;
  readonly stepSeconds: number;
  readonly log: string;
  readonly state: Record<string, string>;
  readonly marks: Record<string, number>;
}

const GROUP = '::group::Preparing LightEval';
const READY_MARKS = {
  group: (text: string) => text.startsWith(GROUP),
  installing: (text: string) => text.startsWith('Installing with '),
  resolved: (text: string) => /^\s*Resolved \d+ packages/.test(text),
  prepared: (text: string) => /^\s*Prepared \d+ packages/.test(text),
  installed: (text: string) => /^\s*Installed \d+ packages/.test(text),
  hit: (text: string) => text.startsWith('Cache hit for:'),
  downloaded: (text: string) => text.startsWith('Cache Size:'),
  extracted: (text: string) => text.startsWith('Cache restored successfully'),
  checked: (text: string) => text.startsWith('Restored the LightEval environment'),
};

/** Runs the main step with `inputs`; ready is the `::endgroup::` that closes the "Preparing LightEval" group. */
async function mainStep(
  service: CacheService,
  uvCache: string,
  baseUrl: string,
  inputs: Readonly<Record<string, string>>,
): Promise<MainStep> {
  fresh('workspace');
  settle();
  let grouped = false;
  let ready: number | undefined;
  let limit: NodeJS.Timeout | undefined;
  const finished = await run(process.execPath, [join(DIST, 'index.cjs')], {
    env: stepEnv(service, uvCache, inputVariables({ ...inputs, 'base-url': baseUrl })),
    cwd: WORKSPACE,
    onLine: (line, stop) => {
      if (line.text.startsWith(GROUP)) grouped = true;
      else if (grouped && ready === undefined && line.text === '::endgroup::') {
        ready = line.at;
        limit = setTimeout(stop, AFTER_READY_LIMIT_MS);
      }
    },
  });
  clearTimeout(limit);
  const log = finished.lines.map((line) => line.text).join('\n');
  if (ready === undefined)
    throw new Error(`the main step never got LightEval ready (exit ${finished.status}):\n${log.slice(-4000)}`);
  const marks = { ...markTimes(finished.lines, READY_MARKS), ready };
  const state = parseEnvironmentFile(readFileSync(join(scratch, 'step-files', 'GITHUB_STATE'), 'utf8'));
  return { readySeconds: ready / 1000, stepSeconds: finished.seconds, log, state, marks };
}

interface ActionMeasure {
  readonly readySeconds: number;
  readonly stepSeconds: number;
  readonly envBytes: number;
  readonly uvCacheBytes: number;
  /** Environment and uv's cache together, hard links counted once. */
  readonly envAndUvCacheBytes: number;
  readonly differences: readonly string[];
  /** Seconds of each phase up to ready. */
  readonly phases: Record<string, number>;
}

/** Durations between consecutive marks present, named by the mark that ends each. */
function phasesOf(marks: Record<string, number>, order: readonly string[]): Record<string, number> {
  const phases: Record<string, number> = {};
  let previous = 0;
  for (const name of order) {
    const at = marks[name];
    if (at === undefined) continue;
    phases[name] = (at - previous) / 1000;
    previous = at;
  }
  return phases;
}

const COLD_PHASES = ['group', 'installing', 'resolved', 'prepared', 'installed', 'ready'];
const WARM_PHASES = ['group', 'hit', 'downloaded', 'extracted', 'checked', 'ready'];

interface SaveMeasure {
  readonly seconds: number;
  readonly archiveBytes: number;
  readonly phases: Record<string, number>;
}

/**
 * Runs the action's post step with `state`, as the main step leaves it (name → value); returns the step and the
 * entry it saved under `key`, or throws.
 */
async function postStepSave(
  service: CacheService,
  uvCache: string,
  state: Record<string, string>,
  key: string,
): Promise<{ post: Finished; entry: CacheEntry }> {
  const entriesBefore = service.entries.length;
  const variables = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
  mkdirSync(WORKSPACE, { recursive: true });
  settle();
  const post = succeeded(
    'the post step',
    await run(process.execPath, [join(DIST, 'post', 'index.cjs')], {
      env: stepEnv(service, uvCache, variables),
      cwd: WORKSPACE,
    }),
  );
  const entry = service.entries[entriesBefore];
  if (entry === undefined || entry.key !== key) {
    throw new Error(
      `the post step saved no entry ${key}:\n${post.lines
        .map((line) => line.text)
        .join('\n')
        .slice(-4000)}`,
    );
  }
  return { post, entry };
}

async function actionCold(
  service: CacheService,
  baseUrl: string,
): Promise<{ install: ActionMeasure; save: SaveMeasure }> {
  needFree(14, 'the action, cold, and its save');
  remove(ENV_PATH);
  const uvCache = fresh('action-uv-cache');
  const main = await mainStep(service, uvCache, baseUrl, INPUTS);
  if (!main.log.includes('Installing with ') || main.log.includes('Restored the LightEval environment')) {
    throw new Error(`the cold main step did not install:\n${main.log.slice(-4000)}`);
  }
  const sizes = du(ENV_PATH, uvCache);
  const uvCacheBytes = du(uvCache).total;
  const differences = setDifference(baselineSet ?? [], freezeOf(ENV_PATH));
  progress(`action, cold: ready in ${main.readySeconds.toFixed(1)} s, step ${main.stepSeconds.toFixed(1)} s; saving`);

  const { post, entry } = await postStepSave(service, uvCache, main.state, ENV_NAME.key);
  const saveMarks = markTimes(post.lines, {
    archived: (text) => text.startsWith('::debug::File Size:'),
    uploaded: (text) => text.startsWith('Saved the LightEval environment'),
  });
  // The next job starts without the environment and without uv's cache.
  remove(ENV_PATH, uvCache);
  return {
    install: {
      readySeconds: main.readySeconds,
      stepSeconds: main.stepSeconds,
      envBytes: sizes.each[0] ?? Number.NaN,
      uvCacheBytes,
      envAndUvCacheBytes: sizes.total,
      differences,
      phases: phasesOf(main.marks, COLD_PHASES),
    },
    save: {
      seconds: post.seconds,
      archiveBytes: entry.size,
      phases: phasesOf({ ...saveMarks, exit: post.seconds * 1000 }, ['archived', 'uploaded', 'exit']),
    },
  };
}

/** A new job restoring `target`; its set is compared with `expected` when given. */
async function actionWarm(
  service: CacheService,
  baseUrl: string,
  target: WarmTarget,
  expected: readonly string[] | undefined,
): Promise<ActionMeasure> {
  needFree(11, 'the action, warm');
  remove(target.path);
  const uvCache = fresh('action-uv-cache');
  const main = await mainStep(service, uvCache, baseUrl, target.inputs);
  // A restore that installed anyway (or a miss) measured an install, not the warm path.
  const installed = ['installing', 'resolved', 'prepared', 'installed'].filter(
    (mark) => main.marks[mark] !== undefined,
  );
  if (!main.log.includes(`Restored the LightEval environment from the cache (${target.key})`) || installed.length > 0) {
    throw new Error(
      `the warm main step did not restore ${target.key} without installing (install marks: ${installed.join(', ') || 'none'}):\n${main.log.slice(-4000)}`,
    );
  }
  const envBytes = du(target.path).total;
  const differences = expected === undefined ? [] : setDifference(expected, freezeOf(target.path));
  remove(target.path, uvCache);
  return {
    readySeconds: main.readySeconds,
    stepSeconds: main.stepSeconds,
    envBytes,
    uvCacheBytes: 0,
    envAndUvCacheBytes: envBytes,
    differences,
    phases: phasesOf(main.marks, WARM_PHASES),
  };
}

/** Diagnostic: zstd -d of a stored archive to /dev/null, what extraction costs besides writing files. */
async function decompressSeconds(files: readonly string[]): Promise<number> {
  return succeeded(
    'zstd -d',
    await run('sh', ['-c', 'cat "$@" | zstd -d -c > /dev/null', 'sh', ...files], { env: toolEnv({}) }),
  ).seconds;
}

// ---- 6. the action, warm, on a CPU-sized environment ----------------------------------------------------------

const nameOf = (pin: string) => (pin.split('==')[0] ?? '').toLowerCase().replace(/[-_.]+/g, '-');
/** What torch's CPU build goes without: the CUDA libraries' distributions and triton. */
const cudaOnly = (pin: string) => /^(nvidia|cuda)-/.test(nameOf(pin)) || nameOf(pin) === 'triton';

interface CpuSizedBuild {
  /** The pins dropped from the CUDA set. */
  readonly dropped: readonly string[];
  /** The environment's set, `uv pip freeze`. */
  readonly set: readonly string[];
  /** What differs from the CUDA set without the dropped pins: empty when the same. */
  readonly differences: readonly string[];
  readonly envBytes: number;
  readonly composition: Composition;
  readonly archiveBytes: number;
  readonly saveSeconds: number;
}

/**
 * Untimed: the CPU-sized environment at the folder the action names for torch-backend cpu, saved by the action's post
 * step as after a cold run with that backend (the same client, path and key), then removed.
 */
async function buildCpuSized(service: CacheService): Promise<CpuSizedBuild> {
  needFree(8, 'the CPU-sized environment');
  const cache = fresh('cpu-sized-uv-cache');
  const files = fresh('cpu-sized-files');
  try {
    const env = toolEnv({ UV_CACHE_DIR: cache, UV_EXCLUDE_NEWER: EXCLUDE_NEWER });
    // The CUDA set, as torch-backend pypi installs it: resolved only, for the names to drop.
    const requirements = join(files, 'requirements.in');
    writeFileSync(requirements, `${PACKAGES.join('\n')}\n`);
    const compileArgs = [
      'pip',
      'compile',
      '--python',
      PYTHON,
      '--no-python-downloads',
      '--no-header',
      '--no-annotate',
      requirements,
    ];
    const cudaSet = pinsOf(
      succeeded('uv pip compile', await run(UV, compileArgs, { env }))
        .lines.map((line) => line.text)
        .join('\n'),
    );
    const dropped = cudaSet.filter(cudaOnly);
    if (dropped.length === 0)
      throw new Error(`the CUDA set holds no nvidia-*, cuda-* nor triton, nothing to drop:\n${cudaSet.join('\n')}`);
    // An override replaces every requirement on a package: under a marker that never holds, none is left.
    const overrides = join(files, 'overrides.txt');
    writeFileSync(overrides, dropped.map((pin) => `${nameOf(pin)} ; sys_platform == 'never'\n`).join(''));
    remove(CPU_ENV_PATH);
    succeeded('uv venv', await run(UV, ['venv', '--no-python-downloads', '--python', PYTHON, CPU_ENV_PATH], { env }));
    succeeded(
      'uv pip install --override',
      await run(UV, [...uvInstallArguments(PLAN, join(CPU_ENV_PATH, 'bin', 'python')), '--override', overrides], {
        env,
      }),
    );
    const set = freezeOf(CPU_ENV_PATH);
    const left = set.filter(cudaOnly);
    if (left.length > 0) throw new Error(`the overrides left ${left.join(' ')} in the CPU-sized environment`);
    const envBytes = du(CPU_ENV_PATH).total;
    const composition = compositionOf(CPU_ENV_PATH);
    const state = {
      [States.EnvironmentCache]: JSON.stringify({
        key: CPU_ENV_NAME.key,
        path: CPU_ENV_PATH,
      } satisfies SavedEnvironment),
    };
    const { post, entry } = await postStepSave(service, cache, state, CPU_ENV_NAME.key);
    return {
      dropped,
      set,
      differences: setDifference(
        cudaSet.filter((pin) => !dropped.includes(pin)),
        set,
      ),
      envBytes,
      composition,
      archiveBytes: entry.size,
      saveSeconds: post.seconds,
    };
  } finally {
    remove(CPU_ENV_PATH, cache, files);
  }
}

interface CpuSized {
  readonly build: CpuSizedBuild;
  readonly warm: ActionMeasure[];
  readonly decompressSeconds: number;
}

let cpuSized: CpuSized | undefined;

async function cpuSizedRound(baseUrl: string): Promise<CpuSized> {
  const store = fresh('cache-store');
  const service = await startCacheService({ storeIn: store });
  try {
    remove(RUNNER_TEMP);
    mkdirSync(RUNNER_TEMP);
    const build = await buildCpuSized(service);
    progress(
      `CPU-sized environment: ${gb(build.envBytes)}, ${build.dropped.length} distributions dropped, archive ${gb(build.archiveBytes)}`,
    );
    const warm: ActionMeasure[] = [];
    for (let index = 0; index < WARM_ROUNDS; index += 1) {
      const restored = await actionWarm(service, baseUrl, CPU_TARGET, index === 0 ? build.set : undefined);
      warm.push(restored);
      progress(`action, warm, CPU-sized ${index + 1}/${WARM_ROUNDS}: ready in ${restored.readySeconds.toFixed(1)} s`);
    }
    const decompress = await decompressSeconds(service.entries.at(-1)?.files ?? []);
    if (service.problems.length > 0) throw new Error(`the cache stand-in saw problems: ${service.problems.join('; ')}`);
    return { build, warm, decompressSeconds: decompress };
  } finally {
    await service.close();
    remove(store, RUNNER_TEMP);
  }
}

// ---- The run --------------------------------------------------------------------------------------------------

interface Results {
  bareUv: InstallMeasure[];
  pipCold: InstallMeasure[];
  pipWarm: InstallMeasure[];
  pipCacheBytes: number[];
  /** Where warm pip took its packages from: its filled cache, or (that cache staying empty) local wheels. */
  pipWarmSource: PipSource['kind'][];
  actionCold: ActionMeasure[];
  save: SaveMeasure[];
  actionWarm: ActionMeasure[];
  /** Diagnostic: zstd -d of the stored archive to /dev/null, what extraction costs besides writing files. */
  decompressSeconds: number[];
}

const results: Results = {
  bareUv: [],
  pipCold: [],
  pipWarm: [],
  pipCacheBytes: [],
  pipWarmSource: [],
  actionCold: [],
  save: [],
  actionWarm: [],
  decompressSeconds: [],
};

async function round(index: number, baseUrl: string): Promise<void> {
  const store = fresh('cache-store');
  const service = await startCacheService({ storeIn: store });
  try {
    remove(RUNNER_TEMP);
    mkdirSync(RUNNER_TEMP);
    const measureBareUv = async () => {
      const measure = await bareUv();
      results.bareUv.push(measure);
      progress(`bare uv: ${measure.seconds.toFixed(1)} s, environment ${gb(measure.envBytes)}`);
    };
    const measureActionCold = async () => {
      const { install, save } = await actionCold(service, baseUrl);
      results.actionCold.push(install);
      results.save.push(save);
      progress(`action, cold: saved in ${save.seconds.toFixed(1)} s, archive ${gb(save.archiveBytes)}`);
    };
    // Bare uv first in rounds 1, 3... and the action first in 2, 4..., so that neither always meets PyPI's CDN cold.
    // The first round needs bare uv first anyway: its set pins pip's.
    if (index % 2 === 0) {
      await measureBareUv();
      await measureActionCold();
    } else {
      await measureActionCold();
      await measureBareUv();
    }
    const pipCold = await pipPath('pip-cold-env', { kind: 'index' });
    results.pipCold.push(pipCold);
    progress(`old pip path, cold: ${pipCold.seconds.toFixed(1)} s, environment ${gb(pipCold.envBytes)}`);

    // Untimed: fills pip's cache as an earlier job would have.
    const filled = await fillPip();
    results.pipCacheBytes.push(filled.bytes);
    results.pipWarmSource.push(filled.source.kind);
    progress(`pip filled: ${filled.source.kind} of ${gb(filled.bytes)}`);
    for (let warm = 0; warm < WARM_ROUNDS; warm += 1) {
      const pipWarm = await pipPath('pip-warm-env', filled.source);
      results.pipWarm.push(pipWarm);
      progress(`old pip path, warm ${warm + 1}/${WARM_ROUNDS}: ${pipWarm.seconds.toFixed(1)} s`);
      const restored = await actionWarm(service, baseUrl, PYPI_TARGET, warm === 0 ? (baselineSet ?? []) : undefined);
      results.actionWarm.push(restored);
      progress(`action, warm ${warm + 1}/${WARM_ROUNDS}: ready in ${restored.readySeconds.toFixed(1)} s`);
    }
    if (filled.source.kind !== 'index') remove(filled.source.dir);
    results.decompressSeconds.push(await decompressSeconds(service.entries.at(-1)?.files ?? []));
    // A save or restore the stand-in found fault with measured nothing real.
    if (service.problems.length > 0) throw new Error(`the cache stand-in saw problems: ${service.problems.join('; ')}`);
  } finally {
    await service.close();
    remove(store, RUNNER_TEMP);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** The median of each phase over the measures. */
function medianPhases(
  measures: readonly { phases: Record<string, number> }[],
  order: readonly string[],
): [string, number][] {
  return order.flatMap((name) => {
    const values = measures.flatMap((measure) => (measure.phases[name] === undefined ? [] : [measure.phases[name]]));
    return values.length === 0 ? [] : [[name, median(values)] as [string, number]];
  });
}

const PHASE_NAMES: Record<string, string> = {
  group: 'start: Node, inputs, configuration, interpreter',
  installing: 'cache lookup (a miss)',
  resolved: 'uv venv, uv resolves',
  prepared: 'uv downloads and unpacks into its cache',
  installed: 'uv links into the environment',
  hit: 'cache lookup (a hit)',
  downloaded: 'archive download (loopback)',
  extracted: 'tar + zstd extraction',
  checked: "check: the environment's Python imports LightEval's metadata",
  ready: 'until the group closes',
  archived: 'tar + zstd of the environment',
  uploaded: 'reserve, upload (loopback) and finalize',
  exit: 'until the post step exits',
};

function report(): Record<string, unknown> {
  const seconds = (measures: readonly { seconds: number }[]) => median(measures.map((measure) => measure.seconds));
  const ready = (measures: readonly ActionMeasure[]) => median(measures.map((measure) => measure.readySeconds));
  const bytes = (values: readonly number[]) => median(values);
  // Without the rounds (--only cpu-sized) there is no baseline: only the CPU-sized row is printed.
  const full = results.bareUv.length > 0;
  const base = seconds(results.bareUv);
  const cold = ready(results.actionCold);
  const warm = ready(results.actionWarm);
  const pipCold = seconds(results.pipCold);
  const pipWarm = seconds(results.pipWarm);
  const save = seconds(results.save);
  const archive = bytes(results.save.map((measure) => measure.archiveBytes));
  const cpu = cpuSized;
  const cpuWarm = cpu === undefined ? Number.NaN : ready(cpu.warm);
  const pad = (text: string, width: number) => text.padEnd(width);
  const num = (value: number, digits = 1) => value.toFixed(digits).padStart(8);
  const ratio = (value: number) => (full ? `${(value / base).toFixed(2)}×` : '').padStart(10);
  const size = (value: number | undefined) => (value === undefined ? '' : gb(value)).padStart(13);
  const met = (value: number) => (value <= GOAL_WARM_SECONDS ? 'met' : 'NOT met');

  const nodeVersion = process.version;
  console.log(`\nLightEval install benchmark: ${PACKAGES.join(' ')}`);
  console.log(
    "torch from PyPI (torch-backend: pypi): the CUDA build, with nvidia-* libraries and triton. The action's default,",
  );
  console.log(
    'torch-backend: cpu, takes torch from download.pytorch.org, out of reach from this machine: sizes are of the CUDA build,',
  );
  console.log("but for the CPU-sized row (the CUDA set without nvidia-*, cuda-* and triton; torch's CUDA wheel kept).");
  console.log(
    `uv ${uvVersion} · Python ${PYTHON_VERSION} · pip ${pipVersion || '(not run)'} · Node ${nodeVersion} · ${cpus().length} CPUs`,
  );
  const runs = [
    ...(full ? [`${ROUNDS} cold round(s), ${ROUNDS * WARM_ROUNDS} warm run(s)`] : []),
    ...(cpu === undefined ? [] : [`${cpu.warm.length} CPU-sized warm run(s)`]),
  ];
  console.log(`${runs.join(', ')}; medians. Resolved as of ${EXCLUDE_NEWER} (uv --exclude-newer;`);
  console.log(
    'pip given the versions uv resolved as constraints). Sizes: du -sb, apparent bytes, hard links once per tree; GB = 10^9 B.',
  );
  console.log(
    canDropPageCache
      ? 'Before each timed step: sync, and the page cache emptied (as on a new runner).\n'
      : 'Before each timed step: sync only; the page cache could NOT be emptied (not root): warm rows include the cost of re-creating a just-deleted tree.\n',
  );
  const header = `  ${pad('', 46)}${'wall s'.padStart(8)}${'×bare uv'.padStart(10)}${'environment'.padStart(13)}   cache`;
  console.log(header);
  const bare = results.bareUv[0];
  const pipColdM = results.pipCold[0];
  const pipWarmM = results.pipWarm[0];
  const coldM = results.actionCold[0];
  const warmM = results.actionWarm[0];
  const row = (name: string, value: number, env: number | undefined, cache: string) =>
    console.log(`  ${pad(name, 46)}${num(value)}${ratio(value)}${size(env)}   ${cache}`);
  const wheelhouse = results.pipWarmSource.includes('wheelhouse');
  if (full) {
    row(
      'bare uv, empty uv cache (baseline)',
      base,
      bare?.envBytes,
      `uv cache ${gb(bare?.cacheBytes ?? Number.NaN)}; both ${gb(bare?.envAndCacheBytes ?? Number.NaN)} (hard links)`,
    );
    row('old pip path, cold (pip --no-cache-dir)', pipCold, pipColdM?.envBytes, 'none');
    const pipWarmName = wheelhouse
      ? 'old pip path, warm (local wheels, see below)'
      : 'old pip path, warm (pip cache filled)';
    row(
      pipWarmName,
      pipWarm,
      pipWarmM?.envBytes,
      `${wheelhouse ? 'wheels' : 'pip cache'} ${gb(bytes(results.pipCacheBytes))}`,
    );
    row(
      'action, cold: spawn → LightEval ready',
      cold,
      coldM?.envBytes,
      `uv cache ${gb(coldM?.uvCacheBytes ?? Number.NaN)}; both ${gb(coldM?.envAndUvCacheBytes ?? Number.NaN)} (hard links)`,
    );
    row(
      'action, warm (cache hit): spawn → ready',
      warm,
      warmM?.envBytes,
      `archive ${gb(archive)}, downloaded to RUNNER_TEMP, then extracted`,
    );
  }
  if (cpu !== undefined) {
    row(
      'action, warm, CPU-sized env: spawn → ready',
      cpuWarm,
      cpu.warm[0]?.envBytes,
      `archive ${gb(cpu.build.archiveBytes)}, downloaded to RUNNER_TEMP, then extracted`,
    );
    console.log(
      "    (torch-backend cpu, a cache hit: the CUDA set with its nvidia-*, cuda-* and triton distributions dropped; torch's CUDA",
    );
    console.log(
      `     wheel kept, with ${gb(cpu.build.composition.torchCuda)} of CUDA libraries: an upper bound on the CPU build's environment)`,
    );
  }
  if (full) {
    row('action post step: save to the Actions cache', save, undefined, `archive ${gb(archive)}`);
    if (wheelhouse) {
      console.log(
        "  (warm pip: pip's HTTP cache stayed empty, as this machine's PyPI sends no caching headers; so the same wheels came",
      );
      console.log(
        '   from a local folder, --no-index --find-links: no index requests, less than a warm ~/.cache/pip costs)',
      );
    }
    console.log(
      "  (the action's environment holds the bytecode its first LightEval import wrote after ready; bare uv's none, pip's what pip compiled)",
    );
    console.log(
      `  (whole main step, failing at its preflight: cold ${median(results.actionCold.map((m) => m.stepSeconds)).toFixed(1)} s, warm ${median(results.actionWarm.map((m) => m.stepSeconds)).toFixed(1)} s)`,
    );
  }

  const coldRatio = cold / base;
  console.log('\nGoals');
  if (full) {
    console.log(
      `  action cold / bare uv     ${coldRatio.toFixed(2)}×   goal ≤ ${GOAL_COLD_RATIO}×   ${coldRatio <= GOAL_COLD_RATIO ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  action warm, PyPI (CUDA)  ${warm.toFixed(1)} s   goal ≤ ${GOAL_WARM_SECONDS} s   ${met(warm)} (download over loopback)`,
    );
  }
  if (cpu !== undefined) {
    console.log(
      `  action warm, CPU-sized    ${cpuWarm.toFixed(1)} s   goal ≤ ${GOAL_WARM_SECONDS} s   ${met(cpuWarm)} (download over loopback; environment an upper bound on the CPU build's)`,
    );
  }
  if (full)
    console.log(
      `  old pip cold / action cold ${(pipCold / cold).toFixed(2)}×;  old pip warm / action warm ${(pipWarm / warm).toFixed(2)}×`,
    );

  const phases = (title: string, measures: readonly { phases: Record<string, number> }[], order: readonly string[]) => {
    if (measures.length === 0) return;
    console.log(`\n${title}`);
    for (const [name, value] of medianPhases(measures, order))
      console.log(`  ${pad(PHASE_NAMES[name] ?? name, 62)}${num(value)} s`);
  };
  /** How fast the loopback download ran, and what GitHub's cache at 100 MB/s would take for the archive. */
  const downloadLine = (measures: readonly ActionMeasure[], archiveBytes: number) => {
    const download = median(
      measures.flatMap((m) => (m.phases['downloaded'] === undefined ? [] : [m.phases['downloaded']])),
    );
    console.log(
      `  The loopback download ran at ${(archiveBytes / 1e6 / download).toFixed(0)} MB/s; at 100 MB/s from GitHub's cache the archive alone takes ${(archiveBytes / 1e8).toFixed(0)} s.`,
    );
  };
  const decompressLine = (value: number) =>
    console.log(
      `  Decompressing the archive alone (zstd -d to /dev/null, archive in the page cache): ${value.toFixed(1)} s; the rest of the extraction is tar writing files.`,
    );
  if (full) {
    phases(
      'Where the time goes: action, cold (medians; uv lines as the action logged them)',
      results.actionCold,
      COLD_PHASES,
    );
    phases('Where the time goes: action, warm', results.actionWarm, WARM_PHASES);
    phases('Where the time goes: post step', results.save, ['archived', 'uploaded', 'exit']);
    decompressLine(median(results.decompressSeconds));
    downloadLine(results.actionWarm, archive);
    for (const [name, measure] of [
      ['bare uv', bare],
      ['old pip cold', pipColdM],
      ['old pip warm', pipWarmM],
    ] as const) {
      if (measure !== undefined && measure.notes.length > 0) console.log(`  ${name}: ${measure.notes.join('; ')}`);
    }
  }
  if (cpu !== undefined) {
    phases('Where the time goes: action, warm, CPU-sized environment (medians)', cpu.warm, WARM_PHASES);
    decompressLine(cpu.decompressSeconds);
    downloadLine(cpu.warm, cpu.build.archiveBytes);
  }

  if (composition !== undefined) {
    const c = composition;
    const cudaOnlyBytes = c.nvidia + c.triton + c.torchCuda;
    console.log("\nWhat the CUDA build weighs (bare uv environment, from the distributions' RECORD files)");
    console.log(
      `  torch ${gb(c.torch)} (its CUDA libraries ${gb(c.torchCuda)}), nvidia-* and cuda-* ${gb(c.nvidia)}, triton ${gb(c.triton)}; everything else ${gb(c.total - c.torch - c.nvidia - c.triton)}`,
    );
    console.log(
      `  Without nvidia-*, cuda-*, triton and torch's CUDA libraries (none of them in torch's CPU build): about ${gb(c.total - cudaOnlyBytes)} of ${gb(c.total)} (an estimate, not installed)`,
    );
  }
  if (cpu !== undefined) {
    const c = cpu.build.composition;
    console.log(
      `\nThe CPU-sized environment (uv pip install --override, ${cpu.build.dropped.length} distributions dropped: ${cpu.build.dropped.map(nameOf).join(' ')})`,
    );
    console.log(
      `  ${gb(cpu.build.envBytes)} as installed (no bytecode), ${gb(cpu.warm[0]?.envBytes ?? Number.NaN)} after a warm run; archive ${gb(cpu.build.archiveBytes)}, saved by the post step in ${cpu.build.saveSeconds.toFixed(1)} s (cache key ${CPU_ENV_NAME.key})`,
    );
    console.log(
      `  torch ${gb(c.torch)}, of which CUDA libraries ${gb(c.torchCuda)} that the CPU build lacks; everything else ${gb(c.total - c.torch)}`,
    );
    const sameAsCuda = cpu.build.differences.length === 0;
    console.log(
      `  Its set: the CUDA set without the dropped, ${sameAsCuda ? `yes, ${cpu.build.set.length} distributions` : `NO: ${cpu.build.differences.join(' ')}`}; restored the same: ${cpu.warm.every((m) => m.differences.length === 0) ? 'yes' : 'NO'}`,
    );
  }
  const differences = [
    ...results.pipCold,
    ...results.pipWarm,
    ...results.actionCold,
    ...results.actionWarm,
    ...results.bareUv,
  ].flatMap((m) => m.differences);
  if (full)
    console.log(
      `\nSame set everywhere: ${differences.length === 0 ? `yes, ${baselineSet?.length ?? 0} distributions` : `NO: ${[...new Set(differences)].join(' ')}`}`,
    );

  return {
    packages: PACKAGES,
    torchBackend: 'pypi',
    excludeNewer: EXCLUDE_NEWER,
    tools: { uv: uvVersion, python: PYTHON_VERSION, pip: pipVersion, node: nodeVersion, cpus: cpus().length },
    pageCacheEmptied: canDropPageCache,
    rounds: full ? ROUNDS : 0,
    warmRounds: WARM_ROUNDS,
    cacheKey: ENV_NAME.key,
    medians: full
      ? {
          bareUvSeconds: base,
          pipColdSeconds: pipCold,
          pipWarmSeconds: pipWarm,
          actionColdReadySeconds: cold,
          actionWarmReadySeconds: warm,
          saveSeconds: save,
          archiveBytes: archive,
        }
      : undefined,
    goals: {
      ...(full ? { coldRatio, coldRatioGoal: GOAL_COLD_RATIO, warmSeconds: warm } : {}),
      ...(cpu === undefined ? {} : { cpuSizedWarmSeconds: cpuWarm }),
      warmSecondsGoal: GOAL_WARM_SECONDS,
    },
    composition,
    sameSet: full ? differences.length === 0 : undefined,
    distributions: baselineSet?.length,
    cpuSized:
      cpu === undefined
        ? undefined
        : {
            torchBackend: DEFAULT_TORCH_BACKEND,
            cacheKey: CPU_ENV_NAME.key,
            warmReadySeconds: cpuWarm,
            phases: Object.fromEntries(medianPhases(cpu.warm, WARM_PHASES)),
            ...cpu,
          },
    results,
  };
}

try {
  progress(`scratch folder ${scratch}`);
  if (options.dist === undefined) {
    DIST = join(scratch, 'dist');
    execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), DIST], { cwd: ROOT, stdio: 'pipe' });
  } else {
    DIST = options.dist;
  }
  const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;
  for (let index = 0; index < (ONLY_CPU_SIZED ? 0 : ROUNDS); index += 1) {
    progress(`round ${index + 1} of ${ROUNDS}`);
    await round(index, baseUrl);
  }
  progress('CPU-sized environment, torch-backend cpu');
  cpuSized = await cpuSizedRound(baseUrl);
  const json = report();
  if (options.json !== undefined) writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
} finally {
  removeScratch();
  // Nothing of the run may stay on the disk.
  if (spawnSync('test', ['-e', scratch]).status === 0) console.error(`could not remove ${scratch}`);
}
