/**
 * Reads what the run's inputs name: the task list (normalized to the LightEval version), the LightEval arguments,
 * the thresholds, the baseline and the custom tasks file. Loaded only for a run: it needs the YAML parser and the
 * schemas of LightEval's files.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, describeValue } from '../config/errors.js';
import { parseDocument } from '../config/parse.js';
import { readTextFile } from '../io/files.js';
import { checkExtraArguments, splitArguments } from '../lighteval/arguments.js';
import { parseThresholds, type Thresholds } from '../lighteval/gate.js';
import type { Baseline } from '../lighteval/metrics.js';
import { parseBaseline, parseResultsText } from '../lighteval/results.js';
import { normalizeTaskList, splitTaskList } from '../lighteval/tasks.js';
import type { EvaluationInputs, EvaluationScalars } from './evaluation-inputs.js';
import { asInputError, INPUT_DEFAULTS, InputError, inputMessage } from './input-fields.js';
import { type InputName, Inputs } from './names.js';

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
function readTasks(
  text: string | undefined,
  lightevalVersion: string,
  workspace: string,
): { written: readonly string[]; specs: readonly string[]; warnings: readonly string[] } {
  if (text === undefined) {
    throw new InputError(
      inputMessage(
        Inputs.Tasks,
        `required when ${Inputs.RunLighteval} is true; expected task specs such as gsm8k|0, comma- or newline-separated, or the path of a .txt file of them`,
      ),
    );
  }
  const isFile = !/[,\n]/.test(text) && /\.txt$/i.test(text);
  const specs = isFile ? splitTaskList(readWorkspaceFile(text, Inputs.Tasks, workspace), { comments: true }) : splitTaskList(text);
  if (specs.length === 0) throw new InputError(inputMessage(Inputs.Tasks, isFile ? `${text} lists no task` : 'expected at least one task spec'));
  try {
    const normalized = normalizeTaskList(specs, lightevalVersion);
    return { written: specs, specs: normalized.specs, warnings: normalized.warnings.map((warning) => inputMessage(Inputs.Tasks, warning)) };
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
    // Sourced to the input itself: a file path there would be reported as a field of it.
    return parseBaseline(parseResultsText(text, Inputs.Baseline), Inputs.Baseline);
  } catch (error) {
    return rethrowForInput(error, Inputs.Baseline);
  }
}

/** A pip extra name, as packaging normalizes them: letters, digits and `-_.`, starting with a letter or digit. */
const EXTRA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const MAX_EXTRAS = 20;

/** The extras to install besides litellm: comma- or whitespace-separated names, each checked, duplicates dropped. */
function readExtras(text: string | undefined): readonly string[] {
  if (text === undefined) return [];
  const names = text.split(/[\s,]+/).filter((name) => name !== '');
  const bad = names.find((name) => !EXTRA_NAME.test(name));
  if (bad !== undefined) {
    throw new InputError(
      inputMessage(Inputs.LightevalExtras, `${describeValue(bad)} is not an extra's name; expected names such as multilingual, math, comma-separated`),
    );
  }
  if (names.length > MAX_EXTRAS) throw new InputError(inputMessage(Inputs.LightevalExtras, `expected at most ${MAX_EXTRAS} extras, got ${names.length}`));
  return [...new Set(names.map((name) => name.toLowerCase().replace(/[-_.]+/g, '_')))].filter((name) => name !== 'litellm');
}

function readCustomTasks(path: string | undefined, workspace: string): string | undefined {
  if (path === undefined) return undefined;
  const absolute = resolve(workspace, path);
  if (!existsSync(absolute)) throw new InputError(inputMessage(Inputs.CustomTasks, `${path} does not exist`));
  return absolute;
}

/** The run's inputs, for run-lighteval: true. */
export async function readEvaluationInputs(
  scalars: EvaluationScalars,
  lightevalVersion: string,
  workspace: string,
): Promise<EvaluationInputs> {
  const tasks = readTasks(scalars[Inputs.Tasks], lightevalVersion, workspace);
  return {
    taskSpecs: tasks.written,
    tasks: tasks.specs,
    maxSamples: scalars[Inputs.MaxSamples],
    customTasks: readCustomTasks(scalars[Inputs.CustomTasks], workspace),
    extraArguments: readExtraArguments(scalars[Inputs.LightevalArgs]),
    install: scalars[Inputs.Install],
    python: scalars[Inputs.Python],
    extras: readExtras(scalars[Inputs.LightevalExtras]),
    timeoutMinutes: scalars[Inputs.LightevalTimeoutMinutes],
    // Never undefined: the input has a default.
    maxFailedShare: scalars[Inputs.MaxFailedRequests] ?? Number(INPUT_DEFAULTS[Inputs.MaxFailedRequests]),
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
