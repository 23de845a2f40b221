/**
 * Every input of the action, read through @actions/core in one place into one typed, checked object. A mistake is
 * an InputError naming the input (and the field inside it for the provider record and the run configuration).
 * What only a LightEval run reads (task list, thresholds, baseline) is parsed with modules loaded for a run only.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, describeValue, type FieldIssue } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { orList } from '../config/or-list.js';
import { parseDocument } from '../config/parse.js';
import { DEFAULT_LIGHTEVAL_VERSION } from '../config/native.js';
import { LightEvalVersionSchema } from '../config/schemas.js';
import { readTextFile } from '../io/files.js';
import { DEFAULT_TORCH_BACKEND, isTorchBackend } from '../lighteval/torch-backend.js';
import type { Thresholds } from '../lighteval/gate.js';
import type { Baseline } from '../lighteval/metrics.js';
import { type InputName, Inputs } from './names.js';

/** A user mistake in the inputs: reported as one line, without a stack trace, pinned to the file and line when known. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    message: string,
    /** The workspace file the mistake is in, and where, for the annotation. */
    readonly location?: { readonly file: string; readonly line: number; readonly column?: number | undefined },
  ) {
    super(message);
  }
}

/** `Input "run-config", field generation.temperature: expected …`. */
export function inputMessage(input: string, message: string, field = ''): string {
  return field === '' ? `Input "${input}": ${message}` : `Input "${input}", field ${field}: ${message}`;
}

/** A ConfigError about reading, parsing or writing what `input` names, as an InputError; other errors as they are. */
export function asInputError(error: unknown, input: string): unknown {
  return error instanceof ConfigError
    ? new InputError(inputMessage(input, error.issues[0]?.message ?? error.message))
    : error;
}

/** Defaults applied here too: the runner applies action.yml's only when a workflow omits an input, not when it is empty. */
export const INPUT_DEFAULTS = {
  [Inputs.IncludeApiKey]: 'false',
  [Inputs.LightevalVersion]: DEFAULT_LIGHTEVAL_VERSION,
  [Inputs.OutputDir]: 'lighteval-output',
  [Inputs.UploadArtifact]: 'true',
  [Inputs.Summary]: 'true',
  [Inputs.ExportBundle]: 'false',
  [Inputs.RunLighteval]: 'false',
  [Inputs.Install]: 'auto',
  [Inputs.Python]: 'python3',
  [Inputs.TorchBackend]: DEFAULT_TORCH_BACKEND,
  [Inputs.CacheLighteval]: 'true',
  [Inputs.BaselineTolerance]: '0.02',
  [Inputs.MaxFailedRequests]: '0.05',
  [Inputs.Comment]: 'false',
} as const satisfies Partial<Record<InputName, string>>;
type DefaultedInput = keyof typeof INPUT_DEFAULTS;

// ---- Reading one input --------------------------------------------------------------------------------------

/** The trimmed value, undefined when empty. */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function defaultedInput(name: DefaultedInput): string {
  return optionalInput(name) ?? INPUT_DEFAULTS[name];
}

/** `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`), as @actions/core reads YAML 1.2 booleans. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(inputMessage(name, `expected true or false, got ${describeValue(value)}`));
  }
}

function flagInput(name: DefaultedInput): boolean {
  return booleanInput(name, INPUT_DEFAULTS[name] === 'true');
}

/** One of a few words, in any case. */
function choiceInput<const Choice extends string>(name: DefaultedInput, choices: readonly Choice[]): Choice {
  const value = defaultedInput(name);
  const choice = choices.find((candidate) => candidate === value.toLowerCase());
  if (choice === undefined)
    throw new InputError(inputMessage(name, `expected ${orList(choices)}, got ${describeValue(value)}`));
  return choice;
}

/** Node's timers hold at most 2^31 - 1 ms; a longer one fires at once. */
const MAX_TIMEOUT_MINUTES = Math.floor((2 ** 31 - 1) / 60_000);

interface NumberSpec {
  readonly test: (value: number) => boolean;
  readonly expected: string;
  readonly whole?: boolean;
}

/**
 * A number the text spells plainly (`12`, `0.5`; no `1e3`, `0x10` or `Infinity`, which Number() would take), of at
 * most 15 digits on either side of the point, so that it is exact and prints back as it was written.
 */
function parseNumber(name: string, value: string, spec: NumberSpec): number {
  const pattern = spec.whole === true ? /^\d{1,15}$/ : /^\d{1,15}(\.\d{1,15})?$|^\.\d{1,15}$/;
  if (pattern.test(value) && spec.test(Number(value))) return Number(value);
  throw new InputError(inputMessage(name, `expected ${spec.expected}, got ${describeValue(value)}`));
}

function numberInput(name: string, spec: NumberSpec): number | undefined {
  const value = optionalInput(name);
  return value === undefined ? undefined : parseNumber(name, value, spec);
}

function defaultedNumberInput(name: DefaultedInput, spec: NumberSpec): number {
  return parseNumber(name, defaultedInput(name), spec);
}

// ---- The key first --------------------------------------------------------------------------------------------

/** The raw key, read before anything else so that it can be masked first. */
export function readApiKey(): string {
  return core.getInput(Inputs.ApiKey);
}

/** Keys shorter than this could match ordinary text by chance; they are not looked for in other inputs. */
const MIN_SPOTTED_KEY_LENGTH = 8;

/**
 * Refuses the key in any input but api-key: from there it would reach places the key must never be (LightEval's
 * command line, a warning, the summary, a file), where masks do not reach or come too late.
 */
function refuseMisplacedKey(key: string): void {
  if (key.length < MIN_SPOTTED_KEY_LENGTH) return;
  const holder = Object.values(Inputs).find((name) => name !== Inputs.ApiKey && core.getInput(name).includes(key));
  if (holder !== undefined)
    throw new InputError(inputMessage(holder, `holds the API key; pass the key in ${Inputs.ApiKey} only`));
}

/** Where the files that inputs name are read: the workspace, and the key none of them may hold. */
interface FileContext {
  readonly workspace: string;
  readonly apiKey: string;
}

/**
 * The text of the workspace file at `path`, which `input` names. A file holding the key is refused like an input
 * holding it: its text reaches the configuration, the bundle, the summary or the comment.
 */
function readWorkspaceFile(path: string, input: InputName, context: FileContext): string {
  let text: string;
  try {
    text = readTextFile(resolve(context.workspace, path), input);
  } catch (error) {
    throw asInputError(error, input);
  }
  if (context.apiKey.length >= MIN_SPOTTED_KEY_LENGTH && text.includes(context.apiKey)) {
    throw new InputError(inputMessage(input, `${path} holds the API key; pass the key in ${Inputs.ApiKey} only`));
  }
  return text;
}

// ---- Documents --------------------------------------------------------------------------------------------------

/** Where a document came from: errors about its fields name this input, and the file when it is one. */
export interface DocumentSource {
  readonly input: InputName;
  /** The text, for finding the line of a field an error is about. */
  readonly text: string;
  /** Relative to the workspace, when the document is a file. */
  readonly file: string | undefined;
}

interface ReadDocument {
  readonly source: DocumentSource;
  readonly value: unknown;
}

/** The line and column a parse error gives (`… at line 3, column 5: …`), for the annotation. */
function parseErrorLocation(error: ConfigError, file: string | undefined): InputError['location'] {
  const position = /at line (\d+), column (\d+)/.exec(error.issues[0]?.message ?? '');
  return file === undefined || position === null
    ? undefined
    : { file, line: Number(position[1]), column: Number(position[2]) };
}

async function parseInputDocument(text: string, input: InputName, file: string | undefined): Promise<unknown> {
  try {
    return await parseDocument(text, file ?? input);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new InputError(
      inputMessage(input, error.issues[0]?.message ?? error.message),
      parseErrorLocation(error, file),
    );
  }
}

/** A document given inline (`inline`) or as a workspace file (`file`); not both. */
async function readDocumentInput(
  inline: InputName,
  file: InputName,
  context: FileContext,
): Promise<ReadDocument | undefined> {
  const text = optionalInput(inline);
  const path = optionalInput(file);
  if (text !== undefined && path !== undefined)
    throw new InputError(inputMessage(file, `set either ${inline} or ${file}, not both`));
  if (text !== undefined)
    return {
      source: { input: inline, text, file: undefined },
      value: await parseInputDocument(text, inline, undefined),
    };
  if (path === undefined) return undefined;
  const contents = readWorkspaceFile(path, file, context);
  return { source: { input: file, text: contents, file: path }, value: await parseInputDocument(contents, file, path) };
}

// ---- The build inputs -----------------------------------------------------------------------------------------

const ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;

function readArtifactName(): string | undefined {
  const name = optionalInput(Inputs.ArtifactName);
  if (name !== undefined && ARTIFACT_NAME_FORBIDDEN.test(name)) {
    throw new InputError(
      inputMessage(
        Inputs.ArtifactName,
        `expected an artifact name without " ' : < > | * ? \\ / or line breaks, got ${describeValue(name)}`,
      ),
    );
  }
  return name;
}

function readLightevalVersion(): string {
  const parsed = LightEvalVersionSchema.safeParse(defaultedInput(Inputs.LightevalVersion));
  if (!parsed.success)
    throw new InputError(inputMessage(Inputs.LightevalVersion, parsed.error.issues[0]?.message ?? 'invalid'));
  return parsed.data.text;
}

/** The provider record fields that single inputs can set, and which input sets each. */
const PROVIDER_FIELD_INPUTS = {
  type: Inputs.ProviderType,
  id: Inputs.ProviderId,
  name: Inputs.ProviderName,
  base_url: Inputs.BaseUrl,
} as const satisfies Record<string, InputName>;
type ProviderField = keyof typeof PROVIDER_FIELD_INPUTS;

/** The record with single-field inputs laid over it; id and name default to the type. */
function mergeProvider(record: unknown): { provider: unknown; fieldInputs: ProviderField[] } {
  const fields = (Object.keys(PROVIDER_FIELD_INPUTS) as ProviderField[]).flatMap((field) => {
    const value = optionalInput(PROVIDER_FIELD_INPUTS[field]);
    return value === undefined ? [] : [[field, value] as const];
  });
  if (record !== undefined && !isRecord(record)) return { provider: record, fieldInputs: [] };
  const merged: Record<string, unknown> = { ...record, ...Object.fromEntries(fields) };
  merged.id ??= merged.type;
  merged.name ??= merged.type;
  return { provider: merged, fieldInputs: fields.map(([field]) => field) };
}

export interface BuildInputs {
  /** The provider record with the single-field inputs applied; not yet validated (the builder does that). */
  readonly provider: unknown;
  /** The input the record came from, if any. */
  readonly providerSource: DocumentSource | undefined;
  /** The record fields that single inputs set. */
  readonly providerFieldInputs: readonly ProviderField[];
  readonly model: string;
  /** `''` when no key is given (keyless servers, fork pull requests). */
  readonly apiKey: string;
  readonly apiKeyEnv: string | undefined;
  readonly includeApiKey: boolean;
  readonly runConfig: unknown;
  /** Undefined when neither run-config nor run-config-file is set. */
  readonly runConfigSource: DocumentSource | undefined;
  readonly runId: string | undefined;
  readonly datasetId: string | undefined;
  readonly datasetName: string | undefined;
  readonly lightevalVersion: string;
  /** Absolute. */
  readonly outputDir: string;
  readonly uploadArtifact: boolean;
  /** Unset: a name is made from the run and the model when uploading. */
  readonly artifactName: string | undefined;
  readonly retentionDays: number | undefined;
  readonly summary: boolean;
  /** Pack the configuration and results into an `.eval752.zip` bundle, which joins the artifact. */
  readonly exportBundle: boolean;
  /** The LightEval run's inputs; undefined when run-lighteval is not true. */
  readonly evaluation: EvaluationInputs | undefined;
  /** About inputs that are set but have no effect, or were rewritten. */
  readonly warnings: readonly string[];
}

/** Reads and checks every input; throws InputError naming the first one that is wrong. */
export async function readInputs(): Promise<BuildInputs> {
  const apiKey = readApiKey();
  refuseMisplacedKey(apiKey);
  const workspace = workspaceOf();
  const files: FileContext = { workspace, apiKey };
  const model = optionalInput(Inputs.Model);
  if (model === undefined)
    throw new InputError(inputMessage(Inputs.Model, 'required; expected a model name such as gpt-4o-mini'));
  const record = await readDocumentInput(Inputs.Provider, Inputs.ProviderFile, files);
  if (record === undefined && optionalInput(Inputs.ProviderType) === undefined) {
    throw new InputError(
      inputMessage(
        Inputs.Provider,
        `required; set ${Inputs.Provider}, ${Inputs.ProviderFile} or ${Inputs.ProviderType}`,
      ),
    );
  }
  const runConfig = await readDocumentInput(Inputs.RunConfig, Inputs.RunConfigFile, files);
  const { provider, fieldInputs } = mergeProvider(record?.value);
  const lightevalVersion = readLightevalVersion();
  const runLighteval = flagInput(Inputs.RunLighteval);
  const evaluation = runLighteval ? await readEvaluationInputs(lightevalVersion, files) : undefined;
  return {
    provider,
    providerSource: record?.source,
    providerFieldInputs: fieldInputs,
    model,
    apiKey,
    apiKeyEnv: optionalInput(Inputs.ApiKeyEnv),
    includeApiKey: flagInput(Inputs.IncludeApiKey),
    // An empty document, like an absent one, is an empty run configuration.
    runConfig: runConfig?.value ?? {},
    runConfigSource: runConfig?.source,
    runId: optionalInput(Inputs.RunId) ?? defaultRunId(),
    datasetId: optionalInput(Inputs.DatasetId),
    datasetName: optionalInput(Inputs.DatasetName),
    lightevalVersion,
    outputDir: readOutputDir(workspace),
    uploadArtifact: flagInput(Inputs.UploadArtifact),
    artifactName: readArtifactName(),
    retentionDays: numberInput(Inputs.RetentionDays, {
      whole: true,
      test: (days) => days >= 1,
      expected: 'a whole number of days (1 or more)',
    }),
    summary: flagInput(Inputs.Summary),
    exportBundle: flagInput(Inputs.ExportBundle),
    evaluation,
    warnings: runLighteval ? (evaluation?.warnings ?? []) : ignoredRunInputs(),
  };
}

/**
 * The output folder: relative to the workspace and inside it, or absolute (`${{ runner.temp }}/out`), which says
 * plainly where it goes. A relative path that climbs out with `..` is refused: the input promises the workspace.
 */
function readOutputDir(workspace: string): string {
  const given = defaultedInput(Inputs.OutputDir);
  const absolute = resolve(workspace, given);
  const inside = relative(workspace, absolute);
  if (!isAbsolute(given) && (inside === '..' || inside.startsWith(`..${sep}`))) {
    throw new InputError(
      inputMessage(
        Inputs.OutputDir,
        `${describeValue(given)} is outside the workspace; expected a folder inside it, or an absolute path`,
      ),
    );
  }
  return absolute;
}

/** The folder relative paths start from: the checked-out repository on a runner. */
export function workspaceOf(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`, unique to this attempt of this workflow run. */
function defaultRunId(): string | undefined {
  const runId = process.env.GITHUB_RUN_ID;
  if (runId === undefined || runId === '') return undefined;
  return `${runId}-${process.env.GITHUB_RUN_ATTEMPT || '1'}`;
}

// ---- The LightEval run's inputs -------------------------------------------------------------------------------

const INSTALL_MODES = ['auto', 'true', 'false'] as const;
export type InstallMode = (typeof INSTALL_MODES)[number];

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
  readonly torchBackend: string;
  readonly cacheLighteval: boolean;
  readonly indexUrl: string | undefined;
  readonly extraIndexUrls: readonly string[];
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
  Inputs.IndexUrl,
  Inputs.ExtraIndexUrls,
  Inputs.LightevalTimeoutMinutes,
  Inputs.Thresholds,
  Inputs.Baseline,
] as const satisfies readonly InputName[];

/** Warnings for run inputs set while run-lighteval is false. */
function ignoredRunInputs(): string[] {
  const set: InputName[] = RUN_ONLY_INPUTS.filter((input) => optionalInput(input) !== undefined);
  if (booleanInput(Inputs.Comment, false)) set.push(Inputs.Comment);
  return set.map((input) => inputMessage(input, `ignored, since ${Inputs.RunLighteval} is not true`));
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
async function readTasks(
  lightevalVersion: string,
  files: FileContext,
): Promise<{ written: string[]; specs: string[]; warnings: string[] }> {
  const text = optionalInput(Inputs.Tasks);
  if (text === undefined) {
    throw new InputError(
      inputMessage(
        Inputs.Tasks,
        `required when ${Inputs.RunLighteval} is true; expected task specs such as gsm8k|0, comma- or newline-separated, or the path of a .txt file of them`,
      ),
    );
  }
  const { normalizeTaskList, splitTaskList } = await import('../lighteval/tasks.js');
  const isFile = !/[,\n]/.test(text) && /\.txt$/i.test(text);
  const specs = isFile
    ? splitTaskList(readWorkspaceFile(text, Inputs.Tasks, files), { comments: true })
    : splitTaskList(text);
  if (specs.length === 0)
    throw new InputError(
      inputMessage(Inputs.Tasks, isFile ? `${text} lists no task` : 'expected at least one task spec'),
    );
  try {
    const normalized = normalizeTaskList(specs, lightevalVersion);
    return {
      written: specs,
      specs: normalized.specs,
      warnings: normalized.warnings.map((warning) => inputMessage(Inputs.Tasks, warning)),
    };
  } catch (error) {
    return rethrowForInput(error, Inputs.Tasks);
  }
}

/** One argument per line, each passed to LightEval as it is written. */
async function readExtraArguments(): Promise<string[]> {
  const args = core.getMultilineInput(Inputs.LightevalArgs);
  if (args.length === 0) return [];
  const { checkExtraArguments } = await import('../lighteval/arguments.js');
  try {
    checkExtraArguments(args);
    return args;
  } catch (error) {
    return rethrowForInput(error, Inputs.LightevalArgs);
  }
}

async function readThresholds(): Promise<Thresholds | undefined> {
  const text = optionalInput(Inputs.Thresholds);
  if (text === undefined) return undefined;
  const { parseThresholds } = await import('../lighteval/gate.js');
  try {
    return parseThresholds(await parseDocument(text, Inputs.Thresholds));
  } catch (error) {
    return rethrowForInput(error, Inputs.Thresholds);
  }
}

async function readBaseline(files: FileContext): Promise<Baseline | undefined> {
  const path = optionalInput(Inputs.Baseline);
  if (path === undefined) return undefined;
  const text = readWorkspaceFile(path, Inputs.Baseline, files);
  const { parseBaseline, parseResultsText } = await import('../lighteval/results.js');
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
function readExtras(): string[] {
  const text = optionalInput(Inputs.LightevalExtras);
  if (text === undefined) return [];
  const names = text.split(/[\s,]+/).filter((name) => name !== '');
  const bad = names.find((name) => !EXTRA_NAME.test(name));
  if (bad !== undefined) {
    throw new InputError(
      inputMessage(
        Inputs.LightevalExtras,
        `${describeValue(bad)} is not an extra's name; expected names such as multilingual, math, comma-separated`,
      ),
    );
  }
  if (names.length > MAX_EXTRAS)
    throw new InputError(
      inputMessage(Inputs.LightevalExtras, `expected at most ${MAX_EXTRAS} extras, got ${names.length}`),
    );
  return [...new Set(names.map((name) => name.toLowerCase().replace(/[-_.]+/g, '_')))].filter(
    (name) => name !== 'litellm',
  );
}

function readTorchBackend(): string {
  const value = defaultedInput(Inputs.TorchBackend);
  if (isTorchBackend(value)) return value;
  throw new InputError(
    inputMessage(
      Inputs.TorchBackend,
      `expected ${orList(['cpu', 'auto', 'pypi', 'a build such as cu128 or rocm6.4'])}, got ${describeValue(value)}`,
    ),
  );
}

const MAX_INDEX_URL_LENGTH = 2048;
const MAX_EXTRA_INDEXES = 10;

/** A package index: an http or https URL. */
function checkedIndexUrl(input: InputName, url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = url.length <= MAX_INDEX_URL_LENGTH ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new InputError(
      inputMessage(
        input,
        `expected an http or https URL of at most ${MAX_INDEX_URL_LENGTH} characters, got ${describeValue(url)}`,
      ),
    );
  }
  return url;
}

function readIndexUrl(): string | undefined {
  const url = optionalInput(Inputs.IndexUrl)?.trim();
  return url === undefined || url === '' ? undefined : checkedIndexUrl(Inputs.IndexUrl, url);
}

/** The extra package indexes: URLs separated by spaces or line breaks. */
function readExtraIndexUrls(): string[] {
  const urls = (optionalInput(Inputs.ExtraIndexUrls) ?? '').split(/\s+/).filter((url) => url !== '');
  if (urls.length > MAX_EXTRA_INDEXES) {
    throw new InputError(
      inputMessage(Inputs.ExtraIndexUrls, `expected at most ${MAX_EXTRA_INDEXES} URLs, got ${urls.length}`),
    );
  }
  return urls.map((url) => checkedIndexUrl(Inputs.ExtraIndexUrls, url));
}

function readCustomTasks(files: FileContext): string | undefined {
  const path = optionalInput(Inputs.CustomTasks);
  if (path === undefined) return undefined;
  // Read now, so that a missing or unreadable file is this input's error rather than LightEval's.
  readWorkspaceFile(path, Inputs.CustomTasks, files);
  return resolve(files.workspace, path);
}

/** The run's inputs, for run-lighteval: true. */
async function readEvaluationInputs(lightevalVersion: string, files: FileContext): Promise<EvaluationInputs> {
  const tasks = await readTasks(lightevalVersion, files);
  return {
    taskSpecs: tasks.written,
    tasks: tasks.specs,
    maxSamples: numberInput(Inputs.MaxSamples, {
      whole: true,
      test: (count) => count >= 1,
      expected: 'a whole number of samples (1 or more)',
    }),
    customTasks: readCustomTasks(files),
    extraArguments: await readExtraArguments(),
    install: choiceInput(Inputs.Install, INSTALL_MODES),
    python: defaultedInput(Inputs.Python),
    extras: readExtras(),
    torchBackend: readTorchBackend(),
    cacheLighteval: flagInput(Inputs.CacheLighteval),
    indexUrl: readIndexUrl(),
    extraIndexUrls: readExtraIndexUrls(),
    timeoutMinutes: numberInput(Inputs.LightevalTimeoutMinutes, {
      test: (minutes) => minutes > 0 && minutes <= MAX_TIMEOUT_MINUTES,
      expected: `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (Node's longest timer)`,
    }),
    maxFailedShare: defaultedNumberInput(Inputs.MaxFailedRequests, {
      test: (share) => share <= 1,
      expected: 'a share of requests from 0 to 1, such as 0.05',
    }),
    thresholds: await readThresholds(),
    baseline: await readBaseline(files),
    baselineTolerance: defaultedNumberInput(Inputs.BaselineTolerance, {
      test: (tolerance) => tolerance >= 0,
      expected: 'a number of 0 or more, such as 0.02',
    }),
    comment: flagInput(Inputs.Comment),
    commentKey: optionalInput(Inputs.CommentKey),
    githubToken: core.getInput(Inputs.GithubToken),
    warnings: tasks.warnings,
  };
}

// ---- Builder issues, named by input ---------------------------------------------------------------------------

/** Builder fields that come from single inputs rather than from a document. */
const SCALAR_FIELD_INPUTS: Readonly<Record<string, InputName>> = {
  model: Inputs.Model,
  api_key: Inputs.ApiKey,
  api_key_env: Inputs.ApiKeyEnv,
  include_api_key: Inputs.IncludeApiKey,
  run_id: Inputs.RunId,
  dataset_id: Inputs.DatasetId,
  dataset_name: Inputs.DatasetName,
  lighteval_version: Inputs.LightevalVersion,
};

/** The input a builder issue is about, and the field inside the document that input holds ('' for a single input). */
export function issueSource(
  issue: FieldIssue,
  inputs: BuildInputs,
): { input: InputName; field: string; document: DocumentSource | undefined } {
  const [head = '', ...rest] = issue.path.split('.');
  const scalarInput = SCALAR_FIELD_INPUTS[issue.path];
  if (scalarInput !== undefined) return { input: scalarInput, field: '', document: undefined };
  if (head === 'provider' || head.startsWith('provider[')) {
    const [fieldHead = ''] = rest;
    if (fieldHead in PROVIDER_FIELD_INPUTS) {
      const fieldInput = PROVIDER_FIELD_INPUTS[fieldHead as ProviderField];
      if (inputs.providerFieldInputs.includes(fieldHead as ProviderField) || inputs.providerSource === undefined) {
        return { input: fieldInput, field: '', document: undefined };
      }
    }
    return {
      input: inputs.providerSource?.input ?? Inputs.Provider,
      field: rest.join('.'),
      document: inputs.providerSource,
    };
  }
  return {
    input: inputs.runConfigSource?.input ?? Inputs.RunConfig,
    field: issue.path,
    document: inputs.runConfigSource,
  };
}
