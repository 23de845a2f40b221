/** The LightEval command line, and the environment that carries the key to it. */
import { inheritableEnvironment } from './child-process.js';
import type { EvaluationInputs } from './evaluation-inputs.js';
import type { Environment } from './runner.js';

export interface LightEvalCommand {
  /** The native file LightEval loads: the workspace copy, or the 0600 one with the real base URL. */
  readonly modelFile: string;
  readonly outputDir: string;
  readonly evaluation: EvaluationInputs;
}

/** `endpoint litellm MODEL_FILE TASKS --output-dir DIR [...]`: never the key, which travels in the environment. */
export function lightevalArguments({ modelFile, outputDir, evaluation }: LightEvalCommand): string[] {
  return [
    'endpoint',
    'litellm',
    modelFile,
    evaluation.tasks.join(','),
    '--output-dir',
    outputDir,
    ...(evaluation.maxSamples === undefined ? [] : ['--max-samples', String(evaluation.maxSamples)]),
    ...(evaluation.customTasks === undefined ? [] : ['--custom-tasks', evaluation.customTasks]),
    ...evaluation.extraArguments,
  ];
}

/**
 * LightEval's environment: the step's, without the inputs and runner tokens, plus the key under the variable
 * LiteLLM reads for the provider (whatever api-key-env names: that one is for people reading config.yaml).
 */
export function lightevalEnvironment(env: Environment, keyVariable: string, apiKey: string): Record<string, string> {
  return {
    ...inheritableEnvironment(env),
    // Output as it comes, not in blocks when the program finds itself writing to a pipe.
    PYTHONUNBUFFERED: '1',
    ...(apiKey === '' ? {} : { [keyVariable]: apiKey }),
  };
}

/** True when the extra arguments ask LightEval for per-sample details, which then join the artifact. */
export function savesDetails(evaluation: EvaluationInputs): boolean {
  return evaluation.extraArguments.includes('--save-details');
}
