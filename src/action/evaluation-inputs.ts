/**
 * The inputs of a LightEval run: their schema, part of the one schema every input is read with, and the typed
 * object they become. The documents and files they name are read by read-evaluation-inputs.ts, loaded only for a run.
 */
import * as z from 'zod/mini';
import type { Thresholds } from '../lighteval/gate.js';
import type { Baseline } from '../lighteval/metrics.js';
import { booleanInput, choiceInput, inputMessage, numberInput, optionalText, withDefault } from './input-fields.js';
import { type InputName, Inputs } from './names.js';

export const INSTALL_MODES = ['auto', 'true', 'false'] as const;
export type InstallMode = (typeof INSTALL_MODES)[number];

/** The schema of the run's plain inputs, part of the one schema every input is read with. */
export const EvaluationScalarFields = {
  [Inputs.RunLighteval]: booleanInput(Inputs.RunLighteval),
  [Inputs.Tasks]: optionalText,
  [Inputs.MaxSamples]: numberInput({ whole: true, test: (count) => count >= 1, expected: 'a whole number of samples (1 or more)' }),
  [Inputs.CustomTasks]: optionalText,
  [Inputs.LightevalArgs]: optionalText,
  [Inputs.Install]: choiceInput(Inputs.Install, INSTALL_MODES),
  [Inputs.Python]: withDefault(Inputs.Python),
  [Inputs.LightevalExtras]: optionalText,
  [Inputs.LightevalTimeoutMinutes]: numberInput({ test: (minutes) => minutes > 0, expected: 'a number of minutes above 0' }),
  [Inputs.MaxFailedRequests]: z.pipe(
    withDefault(Inputs.MaxFailedRequests),
    numberInput({ test: (share) => share <= 1, expected: 'a share of requests from 0 to 1, such as 0.05' }),
  ),
  [Inputs.Thresholds]: optionalText,
  [Inputs.Baseline]: optionalText,
  [Inputs.BaselineTolerance]: z.pipe(
    withDefault(Inputs.BaselineTolerance),
    numberInput({ test: (tolerance) => tolerance >= 0, expected: 'a number of 0 or more, such as 0.02' }),
  ),
  [Inputs.Comment]: booleanInput(Inputs.Comment),
  [Inputs.CommentKey]: optionalText,
  [Inputs.GithubToken]: z.string(),
};
export type EvaluationScalars = { readonly [Name in keyof typeof EvaluationScalarFields]: z.output<(typeof EvaluationScalarFields)[Name]> };

export interface EvaluationInputs {
  /** Task specs as the user wrote them, for the lookup in the installed LightEval's registry. */
  readonly taskSpecs: readonly string[];
  /** Task specs in the syntax of lighteval-version, before that lookup. */
  readonly tasks: readonly string[];
  readonly maxSamples: number | undefined;
  /** Absolute. */
  readonly customTasks: string | undefined;
  readonly extraArguments: readonly string[];
  readonly install: InstallMode;
  readonly python: string;
  /** LightEval extras to install besides litellm, as the user named them. */
  readonly extras: readonly string[];
  readonly timeoutMinutes: number | undefined;
  /** The share of requests that may fail before the step fails. */
  readonly maxFailedShare: number;
  readonly thresholds: Thresholds | undefined;
  readonly baseline: Baseline | undefined;
  readonly baselineTolerance: number;
  readonly comment: boolean;
  /** Unset: artifact-name, else a key per job, model, configuration and task list. */
  readonly commentKey: string | undefined;
  /** `''` when none was given. */
  readonly githubToken: string;
  /** About task specs rewritten with a loss (a suite or truncation the installed LightEval ignores). */
  readonly warnings: readonly string[];
}

/** The run's inputs that have no effect without run-lighteval: setting one of them alone is likely a mistake. */
const RUN_ONLY_INPUTS = [
  Inputs.Tasks,
  Inputs.MaxSamples,
  Inputs.CustomTasks,
  Inputs.LightevalArgs,
  Inputs.LightevalExtras,
  Inputs.LightevalTimeoutMinutes,
  Inputs.Thresholds,
  Inputs.Baseline,
] as const satisfies readonly InputName[];

/** Warnings for run inputs set while run-lighteval is false. */
export function ignoredRunInputs(scalars: EvaluationScalars): string[] {
  if (scalars[Inputs.RunLighteval]) return [];
  const set = [...RUN_ONLY_INPUTS.filter((input) => scalars[input] !== undefined), ...(scalars[Inputs.Comment] ? [Inputs.Comment] : [])];
  return set.map((input) => inputMessage(input, `ignored, since ${Inputs.RunLighteval} is not true`));
}
