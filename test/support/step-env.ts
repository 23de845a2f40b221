/**
 * The environment a runner gives a step, for code that reads it through @actions/core and process.env: a test sets
 * the variables it means, and none of the runner's or other inputs leak in from the process running the tests.
 */
const RUNNER_VARIABLE = /^(INPUT_|STATE_|GITHUB_|RUNNER_)/;

/** `INPUT_<NAME>` for each input, as the runner names them (upper-cased, hyphens kept). */
export function inputVariables(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** Sets exactly these runner variables in process.env; returns what puts back what was there. */
function enterStepEnv(variables: Readonly<Record<string, string>>): () => void {
  const saved = Object.entries(process.env).filter(
    ([name]) => RUNNER_VARIABLE.test(name) || Object.hasOwn(variables, name),
  );
  for (const [name] of saved) delete process.env[name];
  Object.assign(process.env, variables);
  return () => {
    for (const name of Object.keys(variables)) delete process.env[name];
    for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) delete process.env[name];
    Object.assign(process.env, Object.fromEntries(saved));
  };
}

/** Runs `body` with exactly these runner variables in process.env, then puts back what was there. */
export async function inStepEnv<T>(
  variables: Readonly<Record<string, string>>,
  body: () => Promise<T> | T,
): Promise<T> {
  const leave = enterStepEnv(variables);
  try {
    return await body();
  } finally {
    leave();
  }
}

/** inStepEnv for code that does not wait. */
export function inStepEnvSync<T>(variables: Readonly<Record<string, string>>, body: () => T): T {
  const leave = enterStepEnv(variables);
  try {
    return body();
  } finally {
    leave();
  }
}
