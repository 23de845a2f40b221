/**
 * Finds the `lighteval` program, or makes a virtual environment for it with uv: never in the system Python, which
 * Ubuntu 24.04 refuses (externally managed) and which other steps share. The environment lives at a folder named by
 * what it holds, so that the Actions cache can restore it whole in a later job: a hit installs nothing.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { type Environment } from '../config/environment.js';
import { redactBaseUrl } from '../config/redact.js';
import { findOnPath, runChildProcess } from '../io/child-process.js';
import { pythonOfProgram, runPythonScript } from '../io/lighteval-python.js';
import { failureHeadline, failureMessage } from '../io/lighteval-run.js';
import { inheritableEnvironment } from '../lighteval/command.js';
import {
  type EnvironmentPlan,
  environmentName,
  type Interpreter,
  packagesOf,
  uvInstallArguments,
} from '../lighteval/environment-plan.js';
import type { LightEvalRequirements } from '../lighteval/requirements.js';
import { type InstallMode, InputError, inputMessage } from './inputs.js';
import { logLine, programLog } from './log.js';
import { Inputs, States, UV_INDEX_VARIABLES } from './names.js';

const IS_WINDOWS = process.platform === 'win32';

/** The uv installed when the runner has none; keep in step with the tests' (scripts/test-environments.sh). */
export const UV_VERSION = '0.13.9';

/** LightEval is missing, or could not be installed: the message says why, with the installer's last lines. */
export class LightEvalError extends Error {
  override readonly name = 'LightEvalError';
}

export interface InstallSettings {
  readonly mode: InstallMode;
  /** The interpreter input: a name on PATH or a path. */
  readonly python: string;
  readonly requirements: LightEvalRequirements;
  readonly torchBackend: string;
  /** Restore and save the environment with the Actions cache. */
  readonly cache: boolean;
  readonly indexUrl: string | undefined;
  readonly extraIndexUrls: readonly string[];
}

function scriptsDir(venv: string): string {
  return IS_WINDOWS ? join(venv, 'Scripts') : join(venv, 'bin');
}

function pythonIn(venv: string): string {
  return join(scriptsDir(venv), IS_WINDOWS ? 'python.exe' : 'python');
}

function lightevalIn(venv: string): string | undefined {
  return findOnPath('lighteval', { PATH: scriptsDir(venv), PATHEXT: process.env.PATHEXT });
}

/** Runs a step of the installation, its output folded into the log. */
async function installStep(
  what: string,
  command: string,
  args: readonly string[],
  env: Environment,
  secrets: readonly string[],
): Promise<void> {
  const log = programLog();
  // The step's environment may hold a key under a variable of its own (not an input): the quoted lines are scrubbed.
  const outcome = await runChildProcess({
    command,
    args,
    env: inheritableEnvironment(env),
    output: log.write,
    secrets,
  });
  log.flush();
  if (outcome.startError !== undefined)
    throw new LightEvalError(`${what} could not start: ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) throw new LightEvalError(failureMessage(failureHeadline(what, outcome), outcome.tail));
}

/** The interpreter the `python` input names, with its version (`python --version` prints `Python 3.12.3`). */
async function describeInterpreter(python: string, secrets: readonly string[]): Promise<Interpreter> {
  const executable = python.includes('/') || python.includes('\\') ? resolve(python) : findOnPath(python, process.env);
  if (executable === undefined) {
    throw new InputError(
      inputMessage(Inputs.Python, `cannot run ${JSON.stringify(python)}: not found; expected a Python 3 interpreter`),
    );
  }
  let printed = '';
  const outcome = await runChildProcess({
    command: executable,
    args: ['--version'],
    env: inheritableEnvironment(process.env),
    secrets,
    output: (_stream, text) => {
      printed += text;
    },
  });
  if (outcome.startError?.code === 'ENOENT') {
    throw new InputError(
      inputMessage(Inputs.Python, `cannot run ${JSON.stringify(python)}: not found; expected a Python 3 interpreter`),
    );
  }
  if (outcome.startError !== undefined)
    throw new LightEvalError(`Running ${executable} --version could not start: ${outcome.startError.message}`);
  const version = /^Python (3\.\d+\.\d+)\S*\s*$/.exec(printed.trim())?.[1];
  if (outcome.exitCode !== 0 || version === undefined) {
    throw new InputError(
      inputMessage(
        Inputs.Python,
        `${JSON.stringify(python)} is not a Python 3 interpreter (${executable} --version printed ${JSON.stringify(printed.trim().slice(0, 200))})`,
      ),
    );
  }
  return { executable, version };
}

const VERSION_SCRIPT = 'import importlib.metadata as m; print(m.version("lighteval"))';

/** The version of LightEval that `python` imports, or why it cannot tell: the interpreter does not run, or has none. */
async function lightevalVersionOf(
  python: string,
  secrets: readonly string[],
): Promise<{ version: string } | { problem: string }> {
  const { outcome, stdout } = await runPythonScript({
    python,
    source: VERSION_SCRIPT,
    args: [],
    env: inheritableEnvironment(process.env),
    secrets,
  });
  if (outcome.startError !== undefined) return { problem: `${python} cannot start: ${outcome.startError.message}` };
  const version = stdout.trim();
  if (outcome.exitCode !== 0 || !/^\d+(\.\d+)*\S*$/.test(version))
    return { problem: `${python} finds no LightEval package` };
  return { version };
}

/** The package indexes uv is to use: the inputs, else the step's own uv variables. */
function indexEnvironment(settings: InstallSettings): Record<string, string> {
  return {
    ...(settings.indexUrl === undefined
      ? {}
      : { UV_DEFAULT_INDEX: settings.indexUrl, PIP_INDEX_URL: settings.indexUrl }),
    ...(settings.extraIndexUrls.length === 0
      ? {}
      : { UV_INDEX: settings.extraIndexUrls.join(' '), PIP_EXTRA_INDEX_URL: settings.extraIndexUrls.join(' ') }),
  };
}

/** Every index the install may use, redacted: they name the environment in the cache key. */
function shownIndexes(env: Environment): string[] {
  return UV_INDEX_VARIABLES.flatMap((name) =>
    (env[name] ?? '')
      .split(/\s+/)
      .filter((url) => url !== '')
      .map((url) => `${name}=${redactBaseUrl(url)}`),
  );
}

/** The uv program: the runner's, or one installed with pip into a small environment of its own. */
async function locateUv(
  interpreter: Interpreter,
  toolRoot: string,
  env: Environment,
  secrets: readonly string[],
): Promise<string> {
  const onPath = findOnPath('uv', env);
  if (onPath !== undefined) return onPath;
  const tools = join(toolRoot, `lighteval-uv-${UV_VERSION}`);
  const installed = findOnPath('uv', { PATH: scriptsDir(tools), PATHEXT: env.PATHEXT });
  if (installed !== undefined) return installed;
  await installStep(
    `Creating an environment for uv with ${interpreter.executable}`,
    interpreter.executable,
    ['-m', 'venv', tools],
    env,
    secrets,
  );
  await installStep(
    `Installing uv ${UV_VERSION}`,
    pythonIn(tools),
    ['-m', 'pip', 'install', '--disable-pip-version-check', `uv==${UV_VERSION}`],
    env,
    secrets,
  );
  const uv = findOnPath('uv', { PATH: scriptsDir(tools), PATHEXT: env.PATHEXT });
  if (uv === undefined)
    throw new LightEvalError(`Installing uv ${UV_VERSION} left no uv program in ${scriptsDir(tools)}`);
  return uv;
}

async function installEnvironment(
  venv: string,
  plan: EnvironmentPlan,
  interpreter: Interpreter,
  env: Environment,
  secrets: readonly string[],
): Promise<void> {
  const toolRoot = resolve(venv, '..');
  const uv = await locateUv(interpreter, toolRoot, env, secrets);
  logLine(`Installing with ${uv} into ${venv}, torch for ${plan.torchBackend}`);
  rmSync(venv, { recursive: true, force: true });
  await installStep(
    'Creating a virtual environment',
    uv,
    ['venv', '--no-python-downloads', '--python', interpreter.executable, venv],
    env,
    secrets,
  );
  try {
    await installStep(
      `Installing ${packagesOf(plan).join(' ')}`,
      uv,
      uvInstallArguments(plan, pythonIn(venv)),
      env,
      secrets,
    );
  } catch (error) {
    if (
      error instanceof LightEvalError &&
      plan.torchBackend !== 'pypi' &&
      error.message.includes('download.pytorch.org')
    ) {
      throw new LightEvalError(
        `${error.message}\n${Inputs.TorchBackend} ${plan.torchBackend} takes torch from PyTorch's index (download.pytorch.org): where that is out of reach, set ${Inputs.TorchBackend} to pypi, or ${Inputs.IndexUrl} to a mirror that serves torch.`,
      );
    }
    throw error;
  }
}

/** What the Actions cache gives for `key`: whether it restored the folder. A failure is a warning, then a miss. */
async function restoreEnvironment(venv: string, key: string): Promise<boolean> {
  const { isFeatureAvailable, restoreCache } = await import('@actions/cache');
  if (!isFeatureAvailable()) return false;
  try {
    return (await restoreCache([venv], key)) === key;
  } catch (error) {
    core.warning(
      `Could not restore the LightEval environment from the cache (${error instanceof Error ? error.message : String(error)}); installing it`,
    );
    return false;
  }
}

/** The environment is usable: its interpreter runs and imports the wanted LightEval; else why not. */
async function environmentProblem(
  venv: string,
  version: string,
  secrets: readonly string[],
): Promise<string | undefined> {
  if (lightevalIn(venv) === undefined) return `no lighteval program in ${scriptsDir(venv)}`;
  const found = await lightevalVersionOf(pythonIn(venv), secrets);
  if ('problem' in found) return found.problem;
  return found.version === version ? undefined : `it holds LightEval ${found.version}`;
}

function installedProgram(venv: string, version: string): string {
  const program = lightevalIn(venv);
  if (program === undefined)
    throw new LightEvalError(`Installing LightEval ${version} left no lighteval program in ${scriptsDir(venv)}`);
  return program;
}

/** What the main step leaves the post step to save. */
export interface SavedEnvironment {
  readonly key: string;
  readonly path: string;
}

async function prepareEnvironment(settings: InstallSettings, secrets: readonly string[]): Promise<string> {
  const interpreter = await describeInterpreter(settings.python, secrets);
  const env = { ...process.env, ...indexEnvironment(settings) };
  const plan: EnvironmentPlan = {
    requirements: settings.requirements,
    torchBackend: settings.torchBackend,
    shownIndexes: shownIndexes(env),
  };
  const name = environmentName(plan, interpreter, process.platform, process.arch);
  const venv = join(process.env.RUNNER_TEMP || tmpdir(), name.folder);
  const version = settings.requirements.version;
  return core.group(`Preparing LightEval ${version} with Python ${interpreter.version}`, async () => {
    // An earlier step of the job may have made it already.
    if (existsSync(venv) && (await environmentProblem(venv, version, secrets)) === undefined) {
      logLine(`Using the LightEval environment an earlier step made at ${venv}`);
      return lightevalIn(venv) as string;
    }
    if (settings.cache && (await restoreEnvironment(venv, name.key))) {
      const problem = await environmentProblem(venv, version, secrets);
      if (problem === undefined) {
        logLine(`Restored the LightEval environment from the cache (${name.key}) at ${venv}`);
        return lightevalIn(venv) as string;
      }
      // The entry cannot be replaced under the same key: say so, and install for this job.
      core.warning(
        `The cached LightEval environment ${name.key} does not run (${problem}): installing it again. Delete that cache entry to stop restoring it.`,
      );
      await installEnvironment(venv, plan, interpreter, env, secrets);
      return installedProgram(venv, version);
    }
    await installEnvironment(venv, plan, interpreter, env, secrets);
    const program = installedProgram(venv, version);
    // Saved by the post step, so that the evaluation does not wait for the upload.
    if (settings.cache)
      core.saveState(States.EnvironmentCache, JSON.stringify({ key: name.key, path: venv } satisfies SavedEnvironment));
    return program;
  });
}

/** Uses the lighteval on PATH when `install` allows it and it is the wanted version (auto), or whatever it is (false). */
async function lightevalOnPath(settings: InstallSettings, secrets: readonly string[]): Promise<string | undefined> {
  if (settings.mode === 'true') return undefined;
  const program = findOnPath('lighteval', process.env);
  if (program === undefined) return undefined;
  const python = pythonOfProgram(program);
  const found =
    python === undefined ? { problem: 'it is not a Python script' } : await lightevalVersionOf(python, secrets);
  const wanted = settings.requirements.version;
  if ('version' in found && found.version === wanted) {
    logLine(`Using LightEval ${wanted} from PATH: ${program}`);
    return program;
  }
  const what =
    'version' in found ? `is LightEval ${found.version}` : `is of a version this action cannot tell (${found.problem})`;
  if (settings.mode === 'false') {
    core.warning(
      `The lighteval on PATH (${program}) ${what}, not ${Inputs.LightevalVersion} ${wanted}; using it, since ${Inputs.Install} is false`,
    );
    return program;
  }
  logLine(`The lighteval on PATH (${program}) ${what}, not ${wanted}: installing LightEval ${wanted}`);
  return undefined;
}

/** The `lighteval` program to run: from PATH, or from an environment restored or installed, as `install` says. */
export async function locateLightEval(settings: InstallSettings, secrets: readonly string[] = []): Promise<string> {
  const onPath = await lightevalOnPath(settings, secrets);
  if (onPath !== undefined) return onPath;
  if (settings.mode === 'false') {
    throw new LightEvalError(
      `LightEval is not installed: no lighteval program on PATH, and ${Inputs.Install} is false. ` +
        `Install it in an earlier step, or set ${Inputs.Install} to auto or true.`,
    );
  }
  return prepareEnvironment(settings, secrets);
}
