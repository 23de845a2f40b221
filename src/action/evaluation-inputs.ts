/**
 * The inputs of a LightEval run: their schema, and the documents and files they name (task list, thresholds,
 * baseline), read only when run-lighteval is true.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { ConfigError } from '../config/errors.js';
import { parseDocument } from '../config/parse.js';
import { checkExtraArguments, splitArguments } from '../lighteval/arguments.js';
import { parseThresholds, type Thresholds } from '../lighteval/gate.js';
import type { Baseline } from '../lighteval/metrics.js';
import { parseBaseline, parseResultsText } from '../lighteval/results.js';
import { normalizeTaskList, splitTaskList } from '../lighteval/tasks.js';
import { readTextFile } from '../io/files.js';
import {
  asInputError,
  booleanInput,
  choiceInput,
  INPUT_DEFAULTS,
  InputError,
  inputMessage,
  numberInput,
  optionalText,
  withDefault,
} from './input-fields.js';
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
  [Inputs.LightevalTimeoutMinutes]: numberInput({ test: (minutes) => minutes > 0, expected: 'a number of minutes above 0' }),
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
type EvaluationScalars = { readonly [Name in keyof typeof EvaluationScalarFields]: z.output<(typeof EvaluationScalarFields)[Name]> };

export interface EvaluationInputs {
  /** Task specs in the syntax of lighteval-version. */
  readonly tasks: readonly string[];
  readonly maxSamples: number | undefined;
  /** Absolute. */
  readonly customTasks: string | undefined;
  readonly extraArguments: readonly string[];
  readonly install: InstallMode;
  readonly python: string;
  readonly timeoutMinutes: number | undefined;
  readonly thresholds: Thresholds | undefined;
  readonly baseline: Baseline | undefined;
  readonly baselineTolerance: number;
  readonly comment: boolean;
  /** Unset: the artifact name. */
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
  Inputs.LightevalTimeoutMinutes,
  Inputs.Thresholds,
  Inputs.Baseline,
] as const satisfies readonly InputName[];

/** Warnings for run inputs set while run-lighteval is false. */
export function ignoredRunInputs(scalars: EvaluationScalars): string[] {
  if (scalars[Inputs.RunLighteval]) return [];
  return RUN_ONLY_INPUTS.filter((input) => scalars[input] !== undefined).map((input) =>
    inputMessage(input, `ignored, since ${Inputs.RunLighteval} is not true`),
  );
}

function readWorkspaceFile(path: string, input: InputName, workspace: string): string {
  try {
    return readTextFile(resolve(workspace, path), input);
  } catch (error) {
    throw asInputError(error, input);
  }
}

/** A ConfigError raised while reading `input` becomes an InputError naming it and the field, if any. */
function rethrowForInput(error: unknown, input: InputName): never {
  if (error instanceof ConfigError && error.issues[0] !== undefined) {
    const [issue] = error.issues;
    throw new InputError(inputMessage(input, issue.message, issue.path === input ? '' : issue.path));
  }
  throw error;
}

/** The task list: specs in the input itself, or one `.txt` path to a file of them. */
function readTasks(text: string | undefined, lightevalVersion: string, workspace: string): { specs: readonly string[]; warnings: readonly string[] } {
  if (text === undefined) {
    throw new InputError(
      inputMessage(
        Inputs.Tasks,
        `required when ${Inputs.RunLighteval} is true; expected task specs such as gsm8k|0, comma- or newline-separated, or the path of a .txt file of them`,
      ),
    );
  }
  const isFile = !/[,\n]/.test(text) && text.endsWith('.txt');
  const specs = isFile ? splitTaskList(readWorkspaceFile(text, Inputs.Tasks, workspace), { comments: true }) : splitTaskList(text);
  if (specs.length === 0) throw new InputError(inputMessage(Inputs.Tasks, isFile ? `${text} lists no task` : 'expected at least one task spec'));
  try {
    const normalized = normalizeTaskList(specs, lightevalVersion);
    return { specs: normalized.specs, warnings: normalized.warnings.map((warning) => inputMessage(Inputs.Tasks, warning)) };
  } catch (error) {
    return rethrowForInput(error, Inputs.Tasks);
  }
}

function readExtraArguments(text: string | undefined): readonly string[] {
  if (text === undefined) return [];
  try {
    const args = splitArguments(text);
    checkExtraArguments(args);
    return args;
  } catch (error) {
    return rethrowForInput(error, Inputs.LightevalArgs);
  }
}

async function readThresholds(text: string | undefined): Promise<Thresholds | undefined> {
  if (text === undefined) return undefined;
  try {
    return parseThresholds(await parseDocument(text, Inputs.Thresholds));
  } catch (error) {
    return rethrowForInput(error, Inputs.Thresholds);
  }
}

function readBaseline(path: string | undefined, workspace: string): Baseline | undefined {
  if (path === undefined) return undefined;
  const text = readWorkspaceFile(path, Inputs.Baseline, workspace);
  try {
    return parseBaseline(parseResultsText(text, path), path);
  } catch (error) {
    return rethrowForInput(error, Inputs.Baseline);
  }
}

function readCustomTasks(path: string | undefined, workspace: string): string | undefined {
  if (path === undefined) return undefined;
  const absolute = resolve(workspace, path);
  if (!existsSync(absolute)) throw new InputError(inputMessage(Inputs.CustomTasks, `${path} does not exist`));
  return absolute;
}

/** The run's inputs, or undefined when run-lighteval is not true. */
export async function readEvaluationInputs(
  scalars: EvaluationScalars,
  lightevalVersion: string,
  workspace: string,
): Promise<EvaluationInputs | undefined> {
  if (!scalars[Inputs.RunLighteval]) return undefined;
  const tasks = readTasks(scalars[Inputs.Tasks], lightevalVersion, workspace);
  return {
    tasks: tasks.specs,
    maxSamples: scalars[Inputs.MaxSamples],
    customTasks: readCustomTasks(scalars[Inputs.CustomTasks], workspace),
    extraArguments: readExtraArguments(scalars[Inputs.LightevalArgs]),
    install: scalars[Inputs.Install],
    python: scalars[Inputs.Python],
    timeoutMinutes: scalars[Inputs.LightevalTimeoutMinutes],
    thresholds: await readThresholds(scalars[Inputs.Thresholds]),
    baseline: readBaseline(scalars[Inputs.Baseline], workspace),
    // Never undefined: the input has a default.
    baselineTolerance: scalars[Inputs.BaselineTolerance] ?? Number(INPUT_DEFAULTS[Inputs.BaselineTolerance]),
    comment: scalars[Inputs.Comment],
    commentKey: scalars[Inputs.CommentKey],
    githubToken: scalars[Inputs.GithubToken],
    warnings: tasks.warnings,
  };
}
