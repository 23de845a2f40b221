/** The LightEval command line, and the environment that carries the key to it: for the action and for replay. */
import type { Environment } from '../config/environment.js';

/** Whether `endpoint litellm` must be told to use the chat template: 0.9 defaults it to off, then sends a bare string. */
function needsChatTemplateFlag(lightevalVersion: string): boolean {
  return /^0\.9\./.test(lightevalVersion);
}

export interface LightEvalCommand {
  /** X.Y.Z of the LightEval that runs: its options differ. */
  readonly lightevalVersion: string;
  /** The native file LightEval loads. */
  readonly modelFile: string;
  readonly outputDir: string;
  /** Task specs in the syntax of the LightEval version that runs. */
  readonly tasks: readonly string[];
  readonly maxSamples: number | undefined;
  readonly customTasks?: string | undefined;
  readonly extraArguments?: readonly string[];
}

/** `endpoint litellm MODEL_FILE TASKS --output-dir DIR [...]`: never the key, which travels in the environment. */
export function lightevalArguments(command: LightEvalCommand): string[] {
  return [
    'endpoint',
    'litellm',
    command.modelFile,
    command.tasks.join(','),
    '--output-dir',
    command.outputDir,
    ...(command.maxSamples === undefined ? [] : ['--max-samples', String(command.maxSamples)]),
    ...(command.customTasks === undefined ? [] : ['--custom-tasks', command.customTasks]),
    // Without it LightEval 0.9 sends LiteLLM a bare string as messages: every request fails, every answer is empty.
    ...(needsChatTemplateFlag(command.lightevalVersion) &&
    !(command.extraArguments ?? []).includes('--use-chat-template')
      ? ['--use-chat-template']
      : []),
    ...(command.extraArguments ?? []),
  ];
}

/** The environment without what a program has no use for: the action's inputs (the key is one) and the runner's tokens. */
export function inheritableEnvironment(env: Environment): Record<string, string> {
  const withheld = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/;
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !withheld.test(entry[0]),
    ),
  );
}

/**
 * LightEval's environment: the given one without the inputs and runner tokens, plus the key under every variable
 * LiteLLM reads it from for the provider (whatever api_key_env names: that one is for people reading config.yaml).
 */
export function lightevalEnvironment(
  env: Environment,
  keyVariables: readonly string[],
  apiKey: string,
): Record<string, string> {
  return {
    ...inheritableEnvironment(env),
    // Output as it comes, not in blocks when the program finds itself writing to a pipe.
    PYTHONUNBUFFERED: '1',
    ...(apiKey === '' ? {} : Object.fromEntries(keyVariables.map((name) => [name, apiKey]))),
  };
}

/** True when the extra arguments ask LightEval for per-sample details, which then join the artifact. */
export function savesDetails(extraArguments: readonly string[]): boolean {
  return extraArguments.includes('--save-details');
}
