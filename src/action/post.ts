/** The post step: deletes the secret files the main step left under RUNNER_TEMP. It never fails the job. */
import { rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SECRET_DIR_PREFIX, States } from './names.js';
import { type Environment, getState, info, warning } from './runner.js';

/** Only a folder this action made: named by its prefix, and directly under RUNNER_TEMP when that is known. */
function isOurSecretDir(directory: string, env: Environment): boolean {
  const runnerTemp = env.RUNNER_TEMP;
  const inRunnerTemp = runnerTemp === undefined || runnerTemp === '' || dirname(resolve(directory)) === resolve(runnerTemp);
  return basename(directory).startsWith(SECRET_DIR_PREFIX) && inRunnerTemp;
}

export function cleanup(env: Environment = process.env): void {
  const directory = getState(States.SecretDir, env);
  if (directory === '') return;
  try {
    if (!isOurSecretDir(directory, env)) {
      warning(`Not removing ${directory}: it is not a folder this action made under RUNNER_TEMP`);
      return;
    }
    rmSync(directory, { recursive: true, force: true });
    info(`Removed the secret files in ${directory}`);
  } catch (error) {
    warning(`Could not remove the secret files in ${directory}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
