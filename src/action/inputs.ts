/**
 * Every input of the action, read in one place into one typed, validated object. Problems are reported as an
 * InputError naming the input (and the field inside it for the provider record and the run configuration).
 */
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { describeValue, type FieldIssue } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { parseDocument } from '../config/parse.js';
import { LightEvalVersionSchema } from '../config/schemas.js';
import { readTextFile } from '../io/files.js';
import { type EvaluationInputs, EvaluationScalarFields, ignoredRunInputs } from './evaluation-inputs.js';
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
import { type Environment, getInput } from './runner.js';

const ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;

const retentionDays = numberInput({ whole: true, test: (days) => days >= 1, expected: 'a whole number of days (1 or more)' });

const artifactName = optionalText.check(
  z.refine((name) => name === undefined || !ARTIFACT_NAME_FORBIDDEN.test(name), {
    error: (issue) =>
      `expected an artifact name without " ' : < > | * ? \\ / or line breaks, got ${describeValue(issue.input)}`,
  }),
);

const lightevalVersion = z.pipe(
  withDefault(Inputs.LightevalVersion),
  z.pipe(
    LightEvalVersionSchema,
    z.transform((version) => version.text),
  ),
);

/** `build`: build the configuration (and run LightEval if asked); `report`: compare the results of a matrix's legs. */
const MODES = ['build', 'report'] as const;

/** The inputs that are plain strings, flags and numbers. Documents and paths are read afterwards. */
const ScalarInputsSchema = z.object({
  [Inputs.Mode]: choiceInput(Inputs.Mode, MODES),
  [Inputs.ResultsDir]: optionalText,
  [Inputs.Provider]: optionalText,
  [Inputs.ProviderFile]: optionalText,
  [Inputs.ProviderType]: optionalText,
  [Inputs.ProviderId]: optionalText,
  [Inputs.ProviderName]: optionalText,
  [Inputs.BaseUrl]: optionalText,
  [Inputs.Model]: optionalText,
  [Inputs.ApiKey]: z.string(),
  [Inputs.ApiKeyEnv]: optionalText,
  [Inputs.IncludeApiKey]: booleanInput(Inputs.IncludeApiKey),
  [Inputs.RunConfig]: optionalText,
  [Inputs.RunConfigFile]: optionalText,
  [Inputs.RunId]: optionalText,
  [Inputs.DatasetId]: optionalText,
  [Inputs.DatasetName]: optionalText,
  [Inputs.LightevalVersion]: lightevalVersion,
  [Inputs.OutputDir]: withDefault(Inputs.OutputDir),
  [Inputs.UploadArtifact]: booleanInput(Inputs.UploadArtifact),
  [Inputs.ArtifactName]: artifactName,
  [Inputs.RetentionDays]: retentionDays,
  [Inputs.Summary]: booleanInput(Inputs.Summary),
  [Inputs.ExportBundle]: booleanInput(Inputs.ExportBundle),
  ...EvaluationScalarFields,
});
type ScalarInputs = z.output<typeof ScalarInputsSchema>;

/** The provider record fields that single inputs can set, and which input sets each. */
const PROVIDER_FIELD_INPUTS = {
  type: Inputs.ProviderType,
  id: Inputs.ProviderId,
  name: Inputs.ProviderName,
  base_url: Inputs.BaseUrl,
} as const satisfies Record<string, InputName>;
type ProviderField = keyof typeof PROVIDER_FIELD_INPUTS;

/** Where a document came from: inline text or a file; errors about its fields name this input. */
interface DocumentSource {
  readonly input: InputName;
  readonly value: unknown;
}

export interface BuildInputs {
  readonly mode: 'build';
  /** The provider record with the single-field inputs applied; not yet validated (the builder does that). */
  readonly provider: unknown;
  /** The input the record came from, if any. */
  readonly providerSource: InputName | undefined;
  /** The record fields that single inputs set. */
  readonly providerFieldInputs: readonly ProviderField[];
  readonly model: string;
  /** `''` when no key is given (keyless servers, fork pull requests). */
  readonly apiKey: string;
  readonly apiKeyEnv: string | undefined;
  readonly includeApiKey: boolean;
  readonly runConfig: unknown;
  readonly runConfigSource: InputName;
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

/** `mode: report`: one comparison of the results files a later job gathered from the legs of a matrix. */
export interface ReportInputs {
  readonly mode: 'report';
  /** Absolute: the folder the legs' artifacts were downloaded into. */
  readonly resultsDir: string;
  readonly summary: boolean;
  readonly comment: boolean;
  /** Unset: one key per job. */
  readonly commentKey: string | undefined;
  /** `''` when none was given. */
  readonly githubToken: string;
  readonly warnings: readonly string[];
}

export type ActionInputs = BuildInputs | ReportInputs;

/** The raw key, read before anything else so that it can be masked first. */
export function readApiKey(env: Environment = process.env): string {
  return getInput(Inputs.ApiKey, env);
}

/** Keys shorter than this could match ordinary text by chance; they are not looked for in other inputs. */
const MIN_SPOTTED_KEY_LENGTH = 8;

/**
 * Refuses the key in any input but api-key: from there it would reach places the key must never be (LightEval's
 * command line, a warning, the summary, a file), where masks do not reach or come too late.
 */
function refuseMisplacedKey(raw: Readonly<Record<string, string>>): void {
  const key = raw[Inputs.ApiKey] ?? '';
  if (key.length < MIN_SPOTTED_KEY_LENGTH) return;
  const holder = Object.values(Inputs).find((name) => name !== Inputs.ApiKey && (raw[name] ?? '').includes(key));
  if (holder !== undefined) throw new InputError(inputMessage(holder, `holds the API key; pass the key in ${Inputs.ApiKey} only`));
}

/** Every input as the runner passed it. */
type RawInputs = Readonly<Record<InputName, string>>;

function readScalars(raw: RawInputs): ScalarInputs {
  refuseMisplacedKey(raw);
  const parsed = ScalarInputsSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const input = String(issue?.path[0] ?? '') as InputName;
  throw new InputError(inputMessage(input, issue?.message ?? 'invalid'));
}

/** A document given inline or as a path: the two inputs that can carry it, and what each holds. */
interface DocumentInputs {
  readonly inline: InputName;
  readonly text: string | undefined;
  readonly file: InputName;
  readonly path: string | undefined;
}

async function parseInputDocument(text: string, input: InputName, label: string): Promise<unknown> {
  try {
    return await parseDocument(text, label);
  } catch (error) {
    throw asInputError(error, input);
  }
}

async function readDocumentInput(
  { inline, text, file, path }: DocumentInputs,
  workspace: string,
): Promise<DocumentSource | undefined> {
  if (text !== undefined && path !== undefined) {
    throw new InputError(inputMessage(file, `set either ${inline} or ${file}, not both`));
  }
  if (text !== undefined) return { input: inline, value: await parseInputDocument(text, inline, inline) };
  if (path === undefined) return undefined;
  const absolute = resolve(workspace, path);
  let contents: string;
  try {
    contents = readTextFile(absolute, file);
  } catch (error) {
    throw asInputError(error, file);
  }
  return { input: file, value: await parseInputDocument(contents, file, path) };
}

/** The record with single-field inputs laid over it; id and name default to the type. */
function mergeProvider(record: unknown, scalars: ScalarInputs): { provider: unknown; fieldInputs: ProviderField[] } {
  const fields = Object.entries(PROVIDER_FIELD_INPUTS).flatMap(([field, input]) => {
    const value = scalars[input];
    return value === undefined ? [] : [[field as ProviderField, value] as const];
  });
  if (record !== undefined && !isRecord(record)) return { provider: record, fieldInputs: [] };
  const merged: Record<string, unknown> = { ...record, ...Object.fromEntries(fields) };
  merged.id ??= merged.type;
  merged.name ??= merged.type;
  return { provider: merged, fieldInputs: fields.map(([field]) => field) };
}

/** The inputs report mode reads; the others have no effect there. */
const REPORT_INPUTS: ReadonlySet<InputName> = new Set([Inputs.Mode, Inputs.ResultsDir, Inputs.Summary, Inputs.Comment, Inputs.CommentKey, Inputs.GithubToken]);

/**
 * Warnings for inputs that have no effect in report mode. An input that action.yml gives a default is compared with
 * that default: the runner fills it in, so only a different value says someone set it.
 */
function ignoredInReportMode(raw: RawInputs): string[] {
  const defaults: Partial<Record<InputName, string>> = INPUT_DEFAULTS;
  const set = Object.values(Inputs).filter((name) => {
    const value = raw[name].trim().toLowerCase();
    return !REPORT_INPUTS.has(name) && value !== '' && value !== (defaults[name] ?? '').toLowerCase();
  });
  return set.map((input) => inputMessage(input, `ignored, since ${Inputs.Mode} is report`));
}

function readReportInputs(raw: RawInputs, scalars: ScalarInputs, workspace: string): ReportInputs {
  const resultsDir = scalars[Inputs.ResultsDir];
  if (resultsDir === undefined) {
    throw new InputError(inputMessage(Inputs.ResultsDir, `required when ${Inputs.Mode} is report; expected the folder the results were downloaded into`));
  }
  return {
    mode: 'report',
    resultsDir: resolve(workspace, resultsDir),
    summary: scalars[Inputs.Summary],
    comment: scalars[Inputs.Comment],
    commentKey: scalars[Inputs.CommentKey],
    githubToken: scalars[Inputs.GithubToken],
    warnings: ignoredInReportMode(raw),
  };
}

/** Reads and checks every input; throws InputError naming the first one that is wrong. */
export async function readInputs(env: Environment = process.env): Promise<ActionInputs> {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, getInput(name, env)])) as RawInputs;
  const scalars = readScalars(raw);
  const workspace = workspaceOf(env);
  if (scalars[Inputs.Mode] === 'report') return readReportInputs(raw, scalars, workspace);
  const model = scalars[Inputs.Model];
  if (model === undefined) throw new InputError(inputMessage(Inputs.Model, 'required; expected a model name such as gpt-4o-mini'));
  const record = await readDocumentInput(
    { inline: Inputs.Provider, text: scalars.provider, file: Inputs.ProviderFile, path: scalars['provider-file'] },
    workspace,
  );
  if (record === undefined && scalars[Inputs.ProviderType] === undefined) {
    throw new InputError(
      inputMessage(Inputs.Provider, `required; set ${Inputs.Provider}, ${Inputs.ProviderFile} or ${Inputs.ProviderType}`),
    );
  }
  const runConfig = await readDocumentInput(
    { inline: Inputs.RunConfig, text: scalars['run-config'], file: Inputs.RunConfigFile, path: scalars['run-config-file'] },
    workspace,
  );
  const { provider, fieldInputs } = mergeProvider(record?.value, scalars);
  const lightevalVersion = scalars[Inputs.LightevalVersion];
  // Only a run reads its task list, thresholds and baseline, with parsers a config-only run need not load.
  const evaluation = scalars[Inputs.RunLighteval]
    ? await (await import('./read-evaluation-inputs.js')).readEvaluationInputs(scalars, lightevalVersion, workspace)
    : undefined;
  return {
    mode: 'build',
    provider,
    providerSource: record?.input,
    providerFieldInputs: fieldInputs,
    model,
    apiKey: scalars[Inputs.ApiKey],
    apiKeyEnv: scalars[Inputs.ApiKeyEnv],
    includeApiKey: scalars[Inputs.IncludeApiKey],
    // An empty document, like an absent one, is an empty run configuration.
    runConfig: runConfig?.value ?? {},
    runConfigSource: runConfig?.input ?? Inputs.RunConfig,
    runId: scalars[Inputs.RunId] ?? defaultRunId(env),
    datasetId: scalars[Inputs.DatasetId],
    datasetName: scalars[Inputs.DatasetName],
    lightevalVersion,
    outputDir: resolve(workspace, scalars[Inputs.OutputDir]),
    uploadArtifact: scalars[Inputs.UploadArtifact],
    artifactName: scalars[Inputs.ArtifactName],
    retentionDays: scalars[Inputs.RetentionDays],
    summary: scalars[Inputs.Summary],
    exportBundle: scalars[Inputs.ExportBundle],
    evaluation,
    warnings: [
      ...(scalars[Inputs.ResultsDir] === undefined ? [] : [inputMessage(Inputs.ResultsDir, `ignored, since ${Inputs.Mode} is not report`)]),
      ...ignoredRunInputs(scalars),
      ...(evaluation?.warnings ?? []),
    ],
  };
}

/** The folder relative paths start from: the checked-out repository on a runner. */
export function workspaceOf(env: Environment): string {
  return env.GITHUB_WORKSPACE || process.cwd();
}

/** `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`, unique to this attempt of this workflow run. */
function defaultRunId(env: Environment): string | undefined {
  const runId = env.GITHUB_RUN_ID;
  if (runId === undefined || runId === '') return undefined;
  return `${runId}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
}

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

/** The message for a builder issue, naming the input the field came from. */
export function describeFieldIssue(issue: FieldIssue, inputs: BuildInputs): string {
  const [head = '', ...rest] = issue.path.split('.');
  const scalarInput = SCALAR_FIELD_INPUTS[issue.path];
  if (scalarInput !== undefined) return inputMessage(scalarInput, issue.message);
  if (head === 'provider' || head.startsWith('provider[')) {
    const field = rest.join('.');
    const [fieldHead = ''] = rest;
    if (fieldHead in PROVIDER_FIELD_INPUTS) {
      const fieldInput = PROVIDER_FIELD_INPUTS[fieldHead as ProviderField];
      if (inputs.providerFieldInputs.includes(fieldHead as ProviderField) || inputs.providerSource === undefined) {
        return inputMessage(fieldInput, issue.message);
      }
    }
    return inputMessage(inputs.providerSource ?? Inputs.Provider, issue.message, field);
  }
  return inputMessage(inputs.runConfigSource, issue.message, issue.path);
}
