/**
 * What a LightEval environment holds and where it lives: the uv command that installs it, and the cache key and
 * folder that name it. Pure: the action layer runs the commands and talks to the cache.
 */
import { createHash } from 'node:crypto';
import { type LightEvalRequirements, pipRequirements } from './requirements.js';

export interface EnvironmentPlan {
  readonly requirements: LightEvalRequirements;
  readonly torchBackend: string;
  /** The package index and extra ones, redacted of credentials: they name the environment, never reach a log. */
  readonly shownIndexes: readonly string[];
}

export interface Interpreter {
  /** Absolute path of the Python the environment is made from. */
  readonly executable: string;
  /** `3.12.3`. */
  readonly version: string;
}

/** The packages, LightEval first. */
export function packagesOf(plan: EnvironmentPlan): string[] {
  return pipRequirements(plan.requirements);
}

/** `uv pip install`'s arguments, into the environment whose interpreter is `python`. */
export function uvInstallArguments(plan: EnvironmentPlan, python: string): string[] {
  const backend = plan.torchBackend === 'pypi' ? [] : ['--torch-backend', plan.torchBackend];
  return ['pip', 'install', '--python', python, '--no-python-downloads', ...backend, ...packagesOf(plan)];
}

export interface EnvironmentName {
  /** The cache key: readable, and different whenever what the environment holds would be. */
  readonly key: string;
  /** The folder's name, the same in every job with the same key (a virtual environment cannot move). */
  readonly folder: string;
}

/**
 * The key and folder of the environment `plan` makes from `interpreter` on `platform`/`arch`. Everything that changes
 * what is installed is in the key; what is only shown (the Python path) is not.
 */
export function environmentName(
  plan: EnvironmentPlan,
  interpreter: Interpreter,
  platform: string,
  arch: string,
): EnvironmentName {
  const digest = createHash('sha256')
    .update(JSON.stringify({ packages: packagesOf(plan), torch: plan.torchBackend, indexes: plan.shownIndexes }))
    .digest('hex')
    .slice(0, 16);
  const key = `lighteval-${plan.requirements.version}-${platform}-${arch}-python${interpreter.version}-torch-${plan.torchBackend}-${digest}`;
  return { key, folder: `lighteval-env-${createHash('sha256').update(key).digest('hex').slice(0, 16)}` };
}
