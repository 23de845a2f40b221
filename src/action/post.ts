/** The post step: deletes the secret files the main step left under RUNNER_TEMP. It never fails the job. */
import { rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { SECRET_DIR_PREFIX, States } from './names.js';
import { logLine } from './log.js';

/** Only a folder this action made: named by its prefix, and directly under RUNNER_TEMP when that is known. */
function isOurSecretDir(directory: string): boolean {
  const runnerTemp = process.env.RUNNER_TEMP;
  const inRunnerTemp = runnerTemp === undefined || runnerTemp === '' || dirname(resolve(directory)) === resolve(runnerTemp);
  return basename(directory).startsWith(SECRET_DIR_PREFIX) && inRunnerTemp;
}

export function cleanup(): void {
  const directory = core.getState(States.SecretDir);
  if (directory === '') return;
  try {
    if (!isOurSecretDir(directory)) {
      core.warning(`Not removing ${directory}: it is not a folder this action made under RUNNER_TEMP`);
      return;
    }
    rmSync(directory, { recursive: true, force: true });
    logLine(`Removed the secret files in ${directory}`);
  } catch (error) {
    core.warning(`Could not remove the secret files in ${directory}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
