/**
 * Every input of the action, read in one place into one typed, validated object. Problems are reported as an
 * InputError naming the input (and the field inside it for the provider record and the run configuration).
 */
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { ConfigError, describeValue, type FieldIssue } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { parseDocument } from '../config/parse.js';
import { LightEvalVersionSchema } from '../config/schemas.js';
import { readTextFile } from '../io/files.js';
import { type InputName, Inputs } from './names.js';
import { type Environment, getInput } from './runner.js';

/** A user mistake in the inputs: reported as one line, without a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `Input "run-config", field generation.temperature: expected …`. */
export function inputMessage(input: InputName, message: string, field = ''): string {
  return field === '' ? `Input "${input}": ${message}` : `Input "${input}", field ${field}: ${message}`;
}

/** A ConfigError about reading, parsing or writing what `input` names, as an InputError; other errors as they are. */
export function asInputError(error: unknown, input: InputName): unknown {
  return error instanceof ConfigError ? new InputError(inputMessage(input, error.issues[0]?.message ?? error.message)) : error;
}

/** Defaults applied here, since the runner applies action.yml's only when the workflow omits an input. */
export const INPUT_DEFAULTS = {
  [Inputs.IncludeApiKey]: 'false',
  [Inputs.LightevalVersion]: '0.13.0',
  [Inputs.OutputDir]: 'lighteval-output',
  [Inputs.UploadArtifact]: 'true',
  [Inputs.Summary]: 'true',
} as const satisfies Partial<Record<InputName, string>>;

const ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;

function withDefault(input: keyof typeof INPUT_DEFAULTS) {
  return z.pipe(
    z.string(),
    z.transform((value: string) => (value === '' ? INPUT_DEFAULTS[input] : value)),
  );
}

const unset = (value: string) => (value === '' ? undefined : value);
const optionalText = z.pipe(z.string(), z.transform(unset));

function booleanInput(input: keyof typeof INPUT_DEFAULTS) {
  return z.pipe(
    withDefault(input),
    z.transform((value: string, context) => {
      const lower = value.toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
      context.issues.push({ code: 'custom', input: value, message: `expected true or false, got ${describeValue(value)}` });
      return z.NEVER;
    }),
  );
}

const retentionDays = z.pipe(
  z.string(),
  z.transform((value: string, context) => {
    if (value === '') return undefined;
    if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
    context.issues.push({
      code: 'custom',
      input: value,
      message: `expected a whole number of days (1 or more), got ${describeValue(value)}`,
    });
    return z.NEVER;
  }),
);

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

/** The inputs that are plain strings, flags and numbers. Documents and paths are read afterwards. */
const ScalarInputsSchema = z.object({
  [Inputs.Provider]: optionalText,
  [Inputs.ProviderFile]: optionalText,
  [Inputs.ProviderType]: optionalText,
  [Inputs.ProviderId]: optionalText,
  [Inputs.ProviderName]: optionalText,
  [Inputs.BaseUrl]: optionalText,
  [Inputs.Model]: z.string().check(z.minLength(1, { error: 'required; expected a model name such as gpt-4o-mini' })),
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

export interface ActionInputs {
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
}

/** The raw key, read before anything else so that it can be masked first. */
export function readApiKey(env: Environment = process.env): string {
  return getInput(Inputs.ApiKey, env);
}

function readScalars(env: Environment): ScalarInputs {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, getInput(name, env)]));
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

/** Reads and checks every input; throws InputError naming the first one that is wrong. */
export async function readInputs(env: Environment = process.env): Promise<ActionInputs> {
  const scalars = readScalars(env);
  const workspace = workspaceOf(env);
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
  return {
    provider,
    providerSource: record?.input,
    providerFieldInputs: fieldInputs,
    model: scalars[Inputs.Model],
    apiKey: scalars[Inputs.ApiKey],
    apiKeyEnv: scalars[Inputs.ApiKeyEnv],
    includeApiKey: scalars[Inputs.IncludeApiKey],
    // An empty document, like an absent one, is an empty run configuration.
    runConfig: runConfig?.value ?? {},
    runConfigSource: runConfig?.input ?? Inputs.RunConfig,
    runId: scalars[Inputs.RunId] ?? defaultRunId(env),
    datasetId: scalars[Inputs.DatasetId],
    datasetName: scalars[Inputs.DatasetName],
    lightevalVersion: scalars[Inputs.LightevalVersion],
    outputDir: resolve(workspace, scalars[Inputs.OutputDir]),
    uploadArtifact: scalars[Inputs.UploadArtifact],
    artifactName: scalars[Inputs.ArtifactName],
    retentionDays: scalars[Inputs.RetentionDays],
    summary: scalars[Inputs.Summary],
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
export function describeFieldIssue(issue: FieldIssue, inputs: ActionInputs): string {
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
