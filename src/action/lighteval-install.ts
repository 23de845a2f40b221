/**
 * Finds the `lighteval` program, or installs it into a fresh virtual environment under RUNNER_TEMP: never into
 * the system Python, which Ubuntu 24.04 refuses (externally managed) and which other steps share.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { findOnPath, runChildProcess } from '../io/child-process.js';
import { failureHeadline, failureMessage } from '../io/lighteval-run.js';
import { inheritableEnvironment } from '../lighteval/command.js';
import { type LightEvalRequirements, pipRequirements } from '../lighteval/requirements.js';
import { type InstallMode, InputError, inputMessage } from './inputs.js';
import { Inputs } from './names.js';
import { logLine, programLog } from './log.js';

const IS_WINDOWS = process.platform === 'win32';

/** LightEval is missing, or could not be installed: the message says why, with the installer's last lines. */
export class LightEvalError extends Error {
  override readonly name = 'LightEvalError';
}

function scriptsDir(venv: string): string {
  return IS_WINDOWS ? join(venv, 'Scripts') : join(venv, 'bin');
}

/** Runs a step of the installation; an interpreter that is not there is the `python` input's fault. */
async function installStep(what: string, command: string, args: readonly string[], secrets: readonly string[]): Promise<void> {
  const log = programLog();
  // The step's environment may hold a key under a variable of its own (not an input): the quoted lines are scrubbed.
  const outcome = await runChildProcess({ command, args, env: inheritableEnvironment(process.env), output: log.write, secrets });
  log.flush();
  if (outcome.startError?.code === 'ENOENT') {
    throw new InputError(inputMessage(Inputs.Python, `cannot run ${JSON.stringify(command)}: not found; expected a Python 3 interpreter`));
  }
  if (outcome.startError !== undefined) throw new LightEvalError(`${what} could not start: ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) throw new LightEvalError(failureMessage(failureHeadline(what, outcome), outcome.tail));
}

async function installLightEval(python: string, requirements: LightEvalRequirements, secrets: readonly string[]): Promise<string> {
  const venv = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'lighteval-venv-'));
  const packages = pipRequirements(requirements);
  const shown = packages.join(' ');
  return core.group(`Installing ${shown}`, async () => {
    logLine(`Into a virtual environment at ${venv}`);
    await installStep(`Creating a virtual environment with ${python}`, python, ['-m', 'venv', venv], secrets);
    const venvPython = join(scriptsDir(venv), IS_WINDOWS ? 'python.exe' : 'python');
    await installStep(`Installing ${shown}`, venvPython, ['-m', 'pip', 'install', ...packages], secrets);
    const program = findOnPath('lighteval', { PATH: scriptsDir(venv), PATHEXT: process.env.PATHEXT });
    if (program === undefined) throw new LightEvalError(`Installing ${shown} left no lighteval program in ${scriptsDir(venv)}`);
    return program;
  });
}

/** The `lighteval` program to run: from PATH, or freshly installed, as `install` says; `secrets` are hidden in what it quotes. */
export async function locateLightEval(
  install: InstallMode,
  python: string,
  requirements: LightEvalRequirements,
  secrets: readonly string[] = [],
): Promise<string> {
  const onPath = install === 'true' ? undefined : findOnPath('lighteval', process.env);
  if (onPath !== undefined) {
    logLine(`Using LightEval from PATH: ${onPath}`);
    return onPath;
  }
  if (install === 'false') {
    throw new LightEvalError(
      `LightEval is not installed: no lighteval program on PATH, and ${Inputs.Install} is false. ` +
        `Install it in an earlier step, or set ${Inputs.Install} to auto or true.`,
    );
  }
  return installLightEval(python, requirements, secrets);
}
