/**
 * What goes into a bundle, from the files a build (and perhaps a LightEval run) left: config.yaml redacted,
 * lighteval-model.yaml with `api_key: null` and its base URL redacted, the results scrubbed, and the manifest's
 * facts. Pure: the command line (src/io/export-directory.ts) and the action both build bundles through here.
 */
import { ConfigError, type FieldIssue, fieldIssuesFrom, formatIssue } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { lightevalVersionOfNativeText, nativeFileText } from '../config/native.js';
import { parseDocument } from '../config/parse.js';
import { baseUrlCredentials, isRedactedApiKey, redactBaseUrl, redactConfigDict } from '../config/redact.js';
import {
  type ConfigDict,
  ConfigDictSchema,
  LightEvalVersionSchema,
  type NativeModelFile,
  NativeModelFileSchema,
} from '../config/schemas.js';
import { scrubSecrets } from '../config/secrets.js';
import { toYamlText } from '../config/serialize.js';
import {
  type LightEvalResults,
  LightEvalResultsSchema,
  parseResultsText,
  scrubResults,
  serializeResults,
} from '../lighteval/results.js';
import { normalizeTaskList, normalizeTaskSpec } from '../lighteval/tasks.js';
import type { BundleContents, BundleResults } from './create.js';
import type { Environment } from '../config/environment.js';
import { keysInEnvironment, providerKeyOf } from '../config/provider-key.js';
import { resolveProviderType } from '../config/providers.js';
import { formatCreatedAt } from './manifest.js';
import { CONFIG_ENTRY, entryPathProblem, isResultsEntry, NATIVE_ENTRY, RESULTS_ENTRY_EXPECTED } from './paths.js';

export interface BundleSource {
  /** config.yaml as the build wrote it: redacted, or with the key (`--include-api-key`). */
  readonly configYaml: string;
  /** lighteval-model.yaml as the build wrote it; its first line names the LightEval version it targets. */
  readonly nativeYaml: string;
  /**
   * LightEval's results file, as written or already scrubbed. `path` is relative to LightEval's `--output-dir`,
   * `/`-separated: `results/<model>/results_<time>.json`. It becomes the entry's path.
   */
  readonly results?: BundleResults | undefined;
  /** Needed only when nativeYaml's first line does not name the version; when both do, they must agree. */
  readonly lightevalVersion?: string | undefined;
  /** Task specs as given (normalized here for the version); undefined: the task keys of the results. */
  readonly tasks?: readonly string[] | undefined;
  /** undefined: the results' own max_samples, else null. */
  readonly maxSamples?: number | null | undefined;
  /** The LightEval command line that ran, program first; null or undefined when unknown. Scrubbed here as well. */
  readonly command?: readonly string[] | null | undefined;
  /** The manifest's created_at (to the second): a time of the run or of its files, never "now", for reproducible bytes. */
  readonly createdAt: Date;
  /** Strings that must appear nowhere in the bundle, in every form a caller knows (the action's masked secrets). */
  readonly secrets?: readonly string[] | undefined;
  /**
   * Where to look up the key: the values of the variable config.yaml names (`api_key_env`) and of the provider's
   * LiteLLM variable become secrets too.
   */
  readonly env?: Environment | undefined;
}

export interface PreparedBundle {
  /** Ready for createBundle. */
  readonly contents: BundleContents;
  /** What was left out or changed on the way, as `<file or field>: <what happened>`. */
  readonly warnings: readonly string[];
}

/** The task keys of a results file, without the overall and group averages (`all`, `mmlu:_average|0`). */
export function taskKeysOf(results: Pick<LightEvalResults, 'results'>): string[] {
  return Object.keys(results.results).filter((key) => key !== 'all' && !key.includes('_average'));
}

/**
 * The version the native file targets: its first line, or `given` when that line is missing. Throws a ConfigError
 * (path `lighteval_version`) when neither says it, or when they disagree (naming both).
 */
export function lightevalVersionFor(nativeYaml: string, given: string | undefined): string {
  const written = lightevalVersionOfNativeText(nativeYaml);
  if (given !== undefined) {
    const parsed = LightEvalVersionSchema.safeParse(given);
    if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ['lighteval_version']));
    if (written !== undefined && written !== given) {
      throw new ConfigError([
        {
          path: 'lighteval_version',
          message: `${given} was given, but ${NATIVE_ENTRY} was written for LightEval ${written} (its first line says so); leave the version out, or rebuild the file for ${given}`,
        },
      ]);
    }
    return given;
  }
  if (written === undefined) {
    throw new ConfigError([
      {
        path: 'lighteval_version',
        message: `${NATIVE_ENTRY} does not name the LightEval version it was written for (files written before its first line did); give the version it targets`,
      },
    ]);
  }
  return written;
}

function schemaIssue(
  entry: string,
  error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] },
): ConfigError {
  const [issue] = fieldIssuesFrom(error);
  return new ConfigError([{ path: entry, message: issue === undefined ? 'unexpected layout' : formatIssue(issue) }]);
}

async function parseConfig(text: string): Promise<ConfigDict> {
  const parsed = ConfigDictSchema.safeParse(await parseDocument(text, CONFIG_ENTRY));
  if (!parsed.success) throw schemaIssue(CONFIG_ENTRY, parsed.error);
  return parsed.data;
}

/** A literal key in a hand-edited native file: a secret to scrub everywhere, and never bundled. */
function literalNativeKey(raw: unknown): string | undefined {
  const parameters = isRecord(raw) ? raw.model_parameters : undefined;
  const key = isRecord(parameters) ? parameters.api_key : undefined;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

function nativeBaseUrl(raw: unknown): string | undefined {
  const parameters = isRecord(raw) ? raw.model_parameters : undefined;
  const url = isRecord(parameters) ? parameters.base_url : undefined;
  return typeof url === 'string' ? url : undefined;
}

function redactedNative(raw: unknown, secrets: readonly string[]): NativeModelFile {
  const withoutKey =
    isRecord(raw) && isRecord(raw.model_parameters)
      ? { ...raw, model_parameters: { ...raw.model_parameters, api_key: null } }
      : raw;
  const parsed = NativeModelFileSchema.safeParse(withoutKey);
  if (!parsed.success) throw schemaIssue(NATIVE_ENTRY, parsed.error);
  const file = parsed.data;
  file.model_parameters.base_url = redactBaseUrl(file.model_parameters.base_url, secrets);
  return file;
}

interface PreparedResults {
  readonly bundled: BundleResults;
  readonly document: LightEvalResults;
}

function preparedResults(results: BundleResults, secrets: readonly string[]): PreparedResults {
  if (!isResultsEntry(results.path)) {
    const problem = entryPathProblem(results.path);
    throw new ConfigError([
      {
        path: 'results.path',
        message: problem === undefined ? `expected ${RESULTS_ENTRY_EXPECTED}` : `unsafe path: ${problem}`,
      },
    ]);
  }
  // Scrubbed as text first, so that a parse error can never quote the key.
  const raw = parseResultsText(scrubSecrets(results.text, secrets), results.path);
  const scrubbed = scrubResults(raw, secrets);
  const parsed = LightEvalResultsSchema.safeParse(scrubbed);
  if (!parsed.success) throw schemaIssue(results.path, parsed.error);
  return { bundled: { path: results.path, text: serializeResults(scrubbed) }, document: parsed.data };
}

/** `name` without its first segment when that is one of `prefixes`. */
function withoutPrefix(name: string, prefixes: readonly string[]): string {
  const slash = name.indexOf('/');
  return slash > 0 && prefixes.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
}

/**
 * Why `results` are not the run of `config`'s model, or undefined when they are (or name no model). LightEval
 * records the model file's name in config_general.model_name and, since 0.11, in model_config.model_name; the
 * provider's LiteLLM prefix may be kept there or not, so names are compared without it.
 */
export function resultsModelMismatch(config: ConfigDict, results: LightEvalResults): string | undefined {
  const model = config.metadata.model_name;
  const prefixes = resolveProviderType(config.metadata.provider_type)?.prefixes ?? [];
  const general = results.config_general;
  const recorded = [
    ['config_general.model_name', general.model_name],
    [
      'config_general.model_config.model_name',
      isRecord(general.model_config) ? general.model_config.model_name : undefined,
    ],
  ] as const;
  for (const [field, name] of recorded) {
    if (typeof name === 'string' && withoutPrefix(name, prefixes) !== withoutPrefix(model, prefixes)) {
      return `${field} is ${JSON.stringify(name)}, but ${CONFIG_ENTRY} is for ${JSON.stringify(model)}: the results are another model's`;
    }
  }
  return undefined;
}

function tasksFromResults(results: LightEvalResults, lightevalVersion: string, warnings: string[]): string[] {
  const specs = new Set<string>();
  for (const key of taskKeysOf(results)) {
    try {
      const normalized = normalizeTaskSpec(key, lightevalVersion);
      specs.add(normalized.spec);
      if (normalized.warning !== undefined) warnings.push(`tasks: ${normalized.warning}`);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      warnings.push(
        `tasks: the results' task key ${JSON.stringify(key)} is not a task spec; it is left out of the manifest`,
      );
    }
  }
  return [...specs];
}

function givenTasks(tasks: readonly string[], lightevalVersion: string, warnings: string[]): string[] {
  try {
    const normalized = normalizeTaskList(tasks, lightevalVersion);
    warnings.push(...normalized.warnings.map((warning) => `tasks: ${warning}`));
    return normalized.specs;
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.issues.map((issue) => ({ path: 'tasks', message: issue.message })));
    throw error;
  }
}

function isSampleCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function maxSamplesOf(given: number | null | undefined, results: LightEvalResults | undefined): number | null {
  if (given !== undefined) {
    if (given !== null && !isSampleCount(given)) {
      throw new ConfigError([
        { path: 'max_samples', message: `expected a whole number of at least 1, got ${String(given)}` },
      ]);
    }
    return given;
  }
  // LightEval records the --max-samples it ran with.
  const recorded: unknown = results?.config_general.max_samples;
  return isSampleCount(recorded) ? recorded : null;
}

function uniqueSecrets(secrets: readonly (string | undefined)[]): string[] {
  return [...new Set(secrets.filter((secret): secret is string => secret !== undefined && secret !== ''))];
}

async function prepare(source: BundleSource, knownSecrets: string[]): Promise<PreparedBundle> {
  const warnings: string[] = [];
  const config = await parseConfig(source.configYaml);
  const [parameters] = config.model_parameters;
  const key = providerKeyOf(config);
  const nativeRaw = await parseDocument(source.nativeYaml, NATIVE_ENTRY);
  const nativeKey = literalNativeKey(nativeRaw);
  const configKey =
    parameters.api_key !== undefined && !isRedactedApiKey(parameters.api_key) ? parameters.api_key : undefined;
  const nativeUrl = nativeBaseUrl(nativeRaw);
  const secrets = uniqueSecrets([
    ...(source.secrets ?? []),
    ...(source.env === undefined ? [] : keysInEnvironment(key, source.env)),
    configKey,
    nativeKey,
    ...baseUrlCredentials(parameters.base_url),
    ...(nativeUrl === undefined ? [] : baseUrlCredentials(nativeUrl)),
  ]);
  knownSecrets.push(...secrets);
  if (nativeKey !== undefined)
    warnings.push(`${NATIVE_ENTRY}: held a literal api_key; the bundled file has api_key: null`);

  const lightevalVersion = lightevalVersionFor(source.nativeYaml, source.lightevalVersion);
  const results = source.results === undefined ? undefined : preparedResults(source.results, secrets);
  if (results !== undefined) {
    // A folder rebuilt for another model keeps the first model's results: they never go with the new configuration.
    const mismatch = resultsModelMismatch(config, results.document);
    if (mismatch !== undefined) throw new ConfigError([{ path: results.bundled.path, message: mismatch }]);
  }
  const tasks =
    source.tasks !== undefined
      ? givenTasks(source.tasks, lightevalVersion, warnings)
      : results === undefined
        ? []
        : tasksFromResults(results.document, lightevalVersion, warnings);
  if (Number.isNaN(source.createdAt.getTime()))
    throw new ConfigError([{ path: 'created_at', message: 'not a valid time' }]);
  const native = redactedNative(nativeRaw, secrets);
  if (native.model_parameters.model_name !== config.metadata.model_name) {
    const names = `model_name is ${JSON.stringify(native.model_parameters.model_name)}, but ${CONFIG_ENTRY} is for ${JSON.stringify(config.metadata.model_name)}`;
    throw new ConfigError([{ path: NATIVE_ENTRY, message: `${names}: the two files come from different builds` }]);
  }

  return {
    contents: {
      metadata: {
        created_at: formatCreatedAt(source.createdAt),
        run_id: config.metadata.run_id,
        model_name: config.metadata.model_name,
        lighteval_version: lightevalVersion,
        tasks,
        max_samples: maxSamplesOf(source.maxSamples, results?.document),
        command:
          source.command === undefined || source.command === null
            ? null
            : source.command.map((arg) => scrubSecrets(arg, secrets)),
      },
      files: {
        configYaml: toYamlText(redactConfigDict(config, secrets)),
        nativeYaml: nativeFileText(native, lightevalVersion),
        results: results?.bundled,
      },
    },
    warnings: warnings.map((warning) => scrubSecrets(warning, secrets)),
  };
}

/**
 * The contents of a bundle (for createBundle) from a build's files. Throws a ConfigError naming the file
 * (`config.yaml`, `lighteval-model.yaml`, the results path; also when they are not all the same model's) or the
 * field (`tasks`, `lighteval_version`, `max_samples`, `created_at`); no message holds a secret.
 */
export async function bundleContentsFrom(source: BundleSource): Promise<PreparedBundle> {
  const secrets: string[] = [...(source.secrets ?? [])];
  try {
    return await prepare(source, secrets);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const scrub = (text: string) => scrubSecrets(text, secrets);
    throw new ConfigError(
      error.issues.map((issue: FieldIssue) => ({ path: scrub(issue.path), message: scrub(issue.message) })),
    );
  }
}
