import { type BuildInputs, readInputs } from '../../src/action/inputs.js';
import { inStepEnv } from './step-env.js';

/** readInputs in a step whose environment is exactly `env` (inputs as INPUT_* variables, GITHUB_WORKSPACE, ...). */
export function readBuildInputs(env: Readonly<Record<string, string>>): Promise<BuildInputs> {
  return inStepEnv(env, () => readInputs());
}
