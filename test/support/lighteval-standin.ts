/**
 * Sets up the stand-ins tests use instead of a real LightEval install (which needs a Python package index):
 * - `lighteval-standin/lighteval.mjs`, a stand-in that behaves like the LightEval CLI as documented
 *   (`lighteval endpoint litellm MODEL_ARGS TASKS [options]`, versions 0.9.0–0.13.x);
 * - `lighteval-standin/python.mjs`, a stand-in Python for `python -m venv` and `python -m pip install`.
 * Both run under the current Node (`process.execPath`) through small POSIX sh wrappers.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIGHTEVAL_STANDIN_SCRIPT = fileURLToPath(new URL('./lighteval-standin/lighteval.mjs', import.meta.url));
export const PYTHON_STANDIN_SCRIPT = fileURLToPath(new URL('./lighteval-standin/python.mjs', import.meta.url));
export const UV_STANDIN_SCRIPT = fileURLToPath(new URL('./lighteval-standin/uv.mjs', import.meta.url));

export type LightevalStandinScenario =
  'ok' | 'crash' | 'hang' | 'hang-ignoring-sigterm' | 'leak' | 'no-results' | 'partial';

/** A metric value override; the strings make the stand-in write Python's bare `NaN` / `Infinity` tokens. */
export type StandinMetricValue = number | 'NaN' | 'Infinity' | '-Infinity';

/** `{ "<task name or result key>": { "<metric>": value } }`, e.g. `{ gsm8k: { extractive_match: 0.5 } }`. */
export type StandinMetricOverrides = Readonly<Record<string, Readonly<Record<string, StandinMetricValue>>>>;

/** One line the LightEval stand-in appends to LIGHTEVAL_STANDIN_LOG per run. */
export interface LightevalInvocation {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly version: string;
  /** The variable LiteLLM would read the key from (null when the model file could not be read). */
  readonly keyVariable: string | null;
  /** SHA-256 (hex) of that variable's value, null when unset. The key itself is never logged. */
  readonly keySha256: string | null;
  /** Names of the INPUT_* variables the process saw (an action's inputs must not reach LightEval). */
  readonly inputVariables: readonly string[];
  /** Text of the `.yaml` model file, null when MODEL_ARGS was not a readable `.yaml` path. */
  readonly modelFile: string | null;
}

/** One line the Python stand-in appends to LIGHTEVAL_STANDIN_LOG per invocation. */
export interface PythonInvocation {
  readonly python: readonly string[];
  /** The venv whose interpreter ran, null for the base interpreter. */
  readonly venv: string | null;
}

/** One line the uv stand-in appends per invocation. */
export interface UvInvocation {
  readonly uv: readonly string[];
  /** The UV_* variables it saw. */
  readonly env: Readonly<Record<string, string>>;
}

export type StandinInvocation = LightevalInvocation | PythonInvocation | UvInvocation;

/** Single-quotes a value for POSIX sh: `it's` → `'it'\''s'`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function writeExecutable(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

/**
 * Writes `binDir/lighteval`, a wrapper that runs the LightEval stand-in as release `version` with the given pip
 * extras (default `litellm`), as pip would into the environment whose bin folder is binDir: beside it a `python` (the
 * Python stand-in, as that environment's interpreter) and, in its site-packages, LightEval's metadata, from which the
 * action reads the version. Returns binDir, to prepend to PATH.
 */
export function installLightevalStandin(
  binDir: string,
  version: string,
  options: { readonly extras?: readonly string[] } = {},
): string {
  const extras = options.extras ?? ['litellm'];
  const absoluteBinDir = resolve(binDir);
  writeExecutable(
    join(absoluteBinDir, 'lighteval'),
    '#!/bin/sh\n' +
      '# Stand-in that behaves like the LightEval CLI as documented (test/support/lighteval-standin/lighteval.mjs).\n' +
      `LIGHTEVAL_STANDIN_VERSION=${shellQuote(version)}\n` +
      `LIGHTEVAL_STANDIN_EXTRAS=${shellQuote(extras.join(','))}\n` +
      `LIGHTEVAL_STANDIN_PREFIX=${shellQuote(dirname(absoluteBinDir))}\n` +
      'export LIGHTEVAL_STANDIN_VERSION LIGHTEVAL_STANDIN_EXTRAS LIGHTEVAL_STANDIN_PREFIX\n' +
      `exec ${shellQuote(process.execPath)} ${shellQuote(LIGHTEVAL_STANDIN_SCRIPT)} "$@"\n`,
  );
  const prefix = dirname(absoluteBinDir);
  writeExecutable(
    join(absoluteBinDir, 'python'),
    `#!/bin/sh\nPYTHON_STANDIN_VENV=${shellQuote(prefix)}\nexport PYTHON_STANDIN_VENV\nexec ${shellQuote(process.execPath)} ${shellQuote(PYTHON_STANDIN_SCRIPT)} "$@"\n`,
  );
  const sitePackages = join(prefix, 'lib', 'python3.12', 'site-packages');
  rmSync(sitePackages, { recursive: true, force: true });
  const distInfo = join(sitePackages, `lighteval-${version}.dist-info`);
  mkdirSync(distInfo, { recursive: true });
  writeFileSync(join(distInfo, 'METADATA'), `Metadata-Version: 2.4\nName: lighteval\nVersion: ${version}\n`);
  return absoluteBinDir;
}

/**
 * Writes `dir/python3` (and `dir/python`), wrappers for the Python stand-in acting as the system interpreter:
 * `-m venv` works, `-m pip install` outside a venv fails as on Ubuntu 24.04. Returns the path of `python3`.
 */
export function createPythonStandin(dir: string): string {
  const absoluteDir = resolve(dir);
  const wrapper =
    '#!/bin/sh\n' +
    '# Python stand-in for tests (test/support/lighteval-standin/python.mjs): the system interpreter.\n' +
    'unset PYTHON_STANDIN_VENV\n' +
    `PYTHON_STANDIN_HOME=${shellQuote(absoluteDir)}\n` +
    'export PYTHON_STANDIN_HOME\n' +
    `exec ${shellQuote(process.execPath)} ${shellQuote(PYTHON_STANDIN_SCRIPT)} "$@"\n`;
  writeExecutable(join(absoluteDir, 'python'), wrapper);
  writeExecutable(join(absoluteDir, 'python3'), wrapper);
  return join(absoluteDir, 'python3');
}

/** Writes `dir/uv`, a wrapper for the uv stand-in (over the Python stand-in). Returns `dir`, to put on PATH. */
export function createUvStandin(dir: string): string {
  const absoluteDir = resolve(dir);
  writeExecutable(
    join(absoluteDir, 'uv'),
    `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(UV_STANDIN_SCRIPT)} "$@"\n`,
  );
  return absoluteDir;
}

/** `dir` followed by the current PATH (or `basePath`), ready for a child's PATH. */
export function pathWithPrepended(dir: string, basePath: string = process.env['PATH'] ?? ''): string {
  return basePath === '' ? dir : `${dir}${delimiter}${basePath}`;
}

export interface StandinEnvironmentOptions {
  readonly scenario?: LightevalStandinScenario;
  readonly metrics?: StandinMetricOverrides;
  /** File the stand-ins append their invocation lines to. */
  readonly logFile?: string;
  /** Make the stand-in pip fail as if the index were unreachable. */
  readonly pipFails?: boolean;
  /** Model name prefixes to accept beyond LiteLLM's provider list (for providers newer than the stand-in). */
  readonly extraProviders?: readonly string[];
}

/** The stand-ins' knobs as environment variables, to merge into a child's environment. */
export function standinEnvironment(options: StandinEnvironmentOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (options.scenario !== undefined) env['LIGHTEVAL_STANDIN_SCENARIO'] = options.scenario;
  if (options.metrics !== undefined) env['LIGHTEVAL_STANDIN_METRICS'] = JSON.stringify(options.metrics);
  if (options.logFile !== undefined) env['LIGHTEVAL_STANDIN_LOG'] = options.logFile;
  if (options.pipFails === true) env['PYTHON_STANDIN_PIP_FAIL'] = '1';
  if (options.extraProviders !== undefined) env['LIGHTEVAL_STANDIN_EXTRA_PROVIDERS'] = options.extraProviders.join(',');
  return env;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

export function isLightevalInvocation(value: unknown): value is LightevalInvocation {
  return (
    isRecord(value) &&
    isStringArray(value['argv']) &&
    typeof value['cwd'] === 'string' &&
    typeof value['version'] === 'string' &&
    isStringOrNull(value['keyVariable']) &&
    isStringOrNull(value['keySha256']) &&
    isStringArray(value['inputVariables']) &&
    isStringOrNull(value['modelFile'])
  );
}

export function isPythonInvocation(value: unknown): value is PythonInvocation {
  return isRecord(value) && isStringArray(value['python']) && isStringOrNull(value['venv']);
}

export function isUvInvocation(value: unknown): value is UvInvocation {
  return isRecord(value) && isStringArray(value['uv']) && isRecord(value['env']);
}

/** Every line of a stand-in log, in order; an absent file is an empty log. Throws on a line of another shape. */
export function readStandinLog(path: string): StandinInvocation[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line, index) => {
      const parsed: unknown = JSON.parse(line);
      if (isLightevalInvocation(parsed) || isPythonInvocation(parsed) || isUvInvocation(parsed)) return parsed;
      throw new Error(`${path}:${index + 1} is not a stand-in invocation: ${line}`);
    });
}

export function readUvInvocations(path: string): UvInvocation[] {
  return readStandinLog(path).filter(isUvInvocation);
}

export function readLightevalInvocations(path: string): LightevalInvocation[] {
  return readStandinLog(path).filter(isLightevalInvocation);
}

export function readPythonInvocations(path: string): PythonInvocation[] {
  return readStandinLog(path).filter(isPythonInvocation);
}

/** Hex SHA-256, to compare a known key with an invocation's keySha256. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function listFilesRecursively(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFilesRecursively(path) : [path];
  });
}

/** Paths of the `results_*.json` files under an output directory, sorted. */
export function findResultsFiles(outputDir: string): string[] {
  return listFilesRecursively(join(outputDir, 'results'))
    .filter((path) => /\/results_[^/]*\.json$/.test(path))
    .sort();
}

/** Paths of the `details_*.parquet` files under an output directory, sorted. */
export function findDetailsFiles(outputDir: string): string[] {
  return listFilesRecursively(join(outputDir, 'details'))
    .filter((path) => /\/details_[^/]*\.parquet$/.test(path))
    .sort();
}
