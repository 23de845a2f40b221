import { type BuildInputs, readInputs } from '../../src/action/inputs.js';
import type { Environment } from '../../src/action/runner.js';

/** readInputs for tests of the build mode: fails unless the inputs read are the build mode's. */
export async function readBuildInputs(env: Environment): Promise<BuildInputs> {
  const inputs = await readInputs(env);
  if (inputs.mode !== 'build') throw new Error(`expected the build mode, got ${inputs.mode}`);
  return inputs;
}
