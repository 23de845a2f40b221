/**
 * Finds the `lighteval` program, or installs it into a fresh virtual environment under RUNNER_TEMP: never into
 * the system Python, which Ubuntu 24.04 refuses (externally managed) and which other steps share.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, type ProcessOutcome } from '../io/child-process.js';
import { inheritableEnvironment } from '../lighteval/command.js';
import { type LightEvalRequirements, pipRequirements } from '../lighteval/requirements.js';
import type { InstallMode } from './evaluation-inputs.js';
import { runProcess } from './fenced-process.js';
import { InputError, inputMessage } from './input-fields.js';
import { Inputs } from './names.js';
import { type Environment, info } from './runner.js';

const IS_WINDOWS = process.platform === 'win32';

/** LightEval is missing, failed or timed out: the message names it and shows the last lines it printed. */
export class LightEvalError extends Error {
  override readonly name = 'LightEvalError';
}

/** `what` failed, and how, in one sentence: `LightEval exited with code 1.` */
export function failureHeadline(what: string, outcome: ProcessOutcome, timeoutMinutes?: number): string {
  const reason = outcome.timedOut
    ? `did not finish within ${timeoutMinutes} minute${timeoutMinutes === 1 ? '' : 's'} (lighteval-timeout-minutes) and was stopped`
    : outcome.exitCode !== null
      ? `exited with code ${outcome.exitCode}`
      : `was stopped by ${outcome.signal ?? 'a signal'}`;
  return `${what} ${reason}.`;
}

/** The headline, then the last lines of output (already free of secrets, or scrubbed by the caller). */
export function failureMessage(what: string, outcome: ProcessOutcome, timeoutMinutes?: number): string {
  const lines = outcome.tail.length === 0 ? ' It printed nothing.' : ` Its last lines:\n${outcome.tail.join('\n')}`;
  return `${failureHeadline(what, outcome, timeoutMinutes)}${lines}`;
}

function scriptsDir(venv: string): string {
  return IS_WINDOWS ? join(venv, 'Scripts') : join(venv, 'bin');
}

/** Runs a step of the installation; an interpreter that is not there is the `python` input's fault. */
async function installStep(what: string, command: string, args: readonly string[], env: Environment): Promise<void> {
  const outcome = await runProcess({ command, args, env: inheritableEnvironment(env) });
  if (outcome.startError?.code === 'ENOENT') {
    throw new InputError(inputMessage(Inputs.Python, `cannot run ${JSON.stringify(command)}: not found; expected a Python 3 interpreter`));
  }
  if (outcome.startError !== undefined) throw new LightEvalError(`${what} could not start: ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) throw new LightEvalError(failureMessage(what, outcome));
}

async function installLightEval(python: string, requirements: LightEvalRequirements, env: Environment): Promise<string> {
  const venv = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'lighteval-venv-'));
  const packages = pipRequirements(requirements);
  const shown = packages.join(' ');
  info(`Installing ${shown} into a virtual environment at ${venv}`);
  await installStep(`Creating a virtual environment with ${python}`, python, ['-m', 'venv', venv], env);
  const venvPython = join(scriptsDir(venv), IS_WINDOWS ? 'python.exe' : 'python');
  await installStep(`Installing ${shown}`, venvPython, ['-m', 'pip', 'install', ...packages], env);
  const program = findOnPath('lighteval', { PATH: scriptsDir(venv), PATHEXT: env.PATHEXT });
  if (program === undefined) throw new LightEvalError(`Installing ${shown} left no lighteval program in ${scriptsDir(venv)}`);
  return program;
}

/** The `lighteval` program to run: from PATH, or freshly installed, as `install` says. */
export async function locateLightEval(
  install: InstallMode,
  python: string,
  requirements: LightEvalRequirements,
  env: Environment,
): Promise<string> {
  const onPath = install === 'true' ? undefined : findOnPath('lighteval', env);
  if (onPath !== undefined) {
    info(`Using LightEval from PATH: ${onPath}`);
    return onPath;
  }
  if (install === 'false') {
    throw new LightEvalError(
      `LightEval is not installed: no lighteval program on PATH, and ${Inputs.Install} is false. ` +
        `Install it in an earlier step, or set ${Inputs.Install} to auto or true.`,
    );
  }
  return installLightEval(python, requirements, env);
}
