/**
 * The post step: deletes the secret files the main step left under RUNNER_TEMP, and saves the LightEval environment
 * it installed to the Actions cache. It never fails the job.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import type { SavedEnvironment } from './lighteval-install.js';
import { SECRET_DIR_PREFIX, States } from './names.js';
import { logLine } from './log.js';

/** Only a folder this action made: named by its prefix, and directly under RUNNER_TEMP when that is known. */
function isOurSecretDir(directory: string): boolean {
  const runnerTemp = process.env.RUNNER_TEMP;
  const inRunnerTemp =
    runnerTemp === undefined || runnerTemp === '' || dirname(resolve(directory)) === resolve(runnerTemp);
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
    core.warning(
      `Could not remove the secret files in ${directory}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function savedEnvironmentOf(state: string): SavedEnvironment | undefined {
  const parsed: unknown = JSON.parse(state);
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { key, path } = parsed as Record<string, unknown>;
  return typeof key === 'string' && typeof path === 'string' ? { key, path } : undefined;
}

/** Saves the environment the main step installed, under the key that names what it holds. */
export async function saveEnvironment(): Promise<void> {
  const state = core.getState(States.EnvironmentCache);
  if (state === '') return;
  try {
    const saved = savedEnvironmentOf(state);
    if (saved === undefined || !existsSync(saved.path)) return;
    const { isFeatureAvailable, saveCache } = await import('@actions/cache');
    if (!isFeatureAvailable()) return;
    // -1: not saved, the client having said why (another job saved this key first, or the service refused).
    if ((await saveCache([saved.path], saved.key)) !== -1)
      logLine(`Saved the LightEval environment to the cache as ${saved.key}`);
  } catch (error) {
    core.warning(
      `Could not save the LightEval environment to the cache: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
