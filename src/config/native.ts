/**
 * The file LightEval itself loads (`lighteval endpoint litellm FILE.yaml …`): a `model_parameters` mapping with
 * LightEval's field names for the target version. The seed's config.yaml does not load in LightEval.
 */
import type { FieldIssue } from './errors.js';
import type { ExecutionSettings } from './execution.js';
import { toYamlText } from './serialize.js';
import type {
  ConfigDict,
  GenerationField,
  LightEvalVersion,
  NativeGenerationParameters,
  NativeModelFile,
} from './schemas.js';

/**
 * The LightEval version the files target unless told otherwise: the newest whose format this file follows (newer
 * versions get the same format, with a warning).
 */
export const DEFAULT_LIGHTEVAL_VERSION = '0.13.0';
const [NEWEST_KNOWN_MAJOR = 0, NEWEST_KNOWN_MINOR = 0] = DEFAULT_LIGHTEVAL_VERSION.split('.').map(Number);

/** What the native file reads beyond config.yaml, and where each value came from in the input. */
export interface NativeSource {
  readonly dict: ConfigDict;
  readonly systemPrompt: string | undefined;
  readonly maxModelLength: number | undefined;
  readonly sources: Partial<Record<GenerationField | keyof ExecutionSettings, string>>;
}

export interface NativeResult {
  readonly file: NativeModelFile;
  readonly warnings: string[];
  readonly issues: FieldIssue[];
}

function atLeast(version: LightEvalVersion, major: number, minor: number): boolean {
  return version.major !== major ? version.major > major : version.minor >= minor;
}

/** Fields LightEval validates but its litellm backend never sends to the provider. */
const NEVER_SENT: readonly GenerationField[] = ['top_k', 'presence_penalty'];
/** OpenAI accepts penalties from -2; LightEval rejects every negative generation value. */
const SIGNED_FIELDS = ['presence_penalty', 'frequency_penalty'] as const;

function nativeGeneration(source: NativeSource, warnings: string[], issues: FieldIssue[]): NativeGenerationParameters {
  const generation = source.dict.generation_parameters;
  const pathOf = (field: GenerationField): string => source.sources[field] ?? field;
  for (const field of SIGNED_FIELDS) {
    const value = generation[field];
    if (value !== undefined && value < 0) {
      issues.push({
        path: pathOf(field),
        message: `LightEval rejects negative generation parameters; expected a number from 0 to 2, got ${value}`,
      });
    }
  }
  for (const field of NEVER_SENT) {
    if (generation[field] !== undefined) {
      warnings.push(
        `${pathOf(field)}: LightEval accepts ${field} but its litellm backend never sends it to the provider`,
      );
    }
  }
  const { stop = [], stop_sequences: stopSequences = [] } = generation;
  const stopTokens = [...new Set([...stop, ...stopSequences])];
  return {
    temperature: generation.temperature,
    top_p: generation.top_p,
    top_k: generation.top_k,
    max_new_tokens: generation.max_new_tokens,
    stop_tokens: generation.stop === undefined && generation.stop_sequences === undefined ? undefined : stopTokens,
    presence_penalty: generation.presence_penalty,
    frequency_penalty: generation.frequency_penalty,
    repetition_penalty: generation.repetition_penalty,
    seed: generation.seed,
  };
}

/** Drops undefined values, so the YAML lists only what is set. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export function buildNativeModelFile(source: NativeSource, version: LightEvalVersion): NativeResult {
  const warnings: string[] = [];
  const issues: FieldIssue[] = [];
  if (!atLeast(version, 0, 9)) {
    issues.push({
      path: 'lighteval_version',
      message: `expected 0.9.0 or later (LightEval before 0.9 reads another format), got "${version.text}"`,
    });
  } else if (atLeast(version, NEWEST_KNOWN_MAJOR, NEWEST_KNOWN_MINOR + 1)) {
    warnings.push(
      `lighteval_version: ${version.text} is newer than ${DEFAULT_LIGHTEVAL_VERSION}, the newest version this ` +
        `file format was checked against; the ${DEFAULT_LIGHTEVAL_VERSION} format is used`,
    );
  }

  const parameters = source.dict.model_parameters[0];
  const { execution } = source.dict;
  if (!execution.use_chat_template) {
    warnings.push(
      `${source.sources.use_chat_template ?? 'use_chat_template'}: use_chat_template false has no effect; ` +
        `LightEval's litellm endpoint always applies the chat template`,
    );
  }

  /** An operational setting the target version cannot express: dropped, with a warning if the input set it. */
  const keptSince = <T>(field: keyof ExecutionSettings, name: string, minor: number, value: T): T | undefined => {
    if (atLeast(version, 0, minor)) return value;
    const path = source.sources[field];
    if (path !== undefined) {
      warnings.push(
        `${path}: not written to the LightEval file; LightEval ${version.text} has no ${name} (added in 0.${minor})`,
      );
    }
    return undefined;
  };
  /** A field that changes what is evaluated: an error rather than silently evaluating something else. */
  const refusedBefore = <T>(path: string, minor: number, value: T | undefined): T | undefined => {
    if (value === undefined || atLeast(version, 0, minor)) return value;
    issues.push({ path, message: `needs LightEval 0.${minor} or later; lighteval_version is ${version.text}` });
    return undefined;
  };

  const modelParameters = defined({
    model_name: parameters.model_name,
    provider: parameters.provider_type,
    // Absent: LiteLLM's own endpoint for the provider.
    base_url: parameters.base_url ?? undefined,
    // Never a literal key: LightEval copies the whole model config, key included, into its results files.
    api_key: null,
    concurrent_requests: keptSince('concurrent_requests', 'concurrent_requests', 11, parameters.concurrent_requests),
    timeout: keptSince('timeout', 'timeout', 12, parameters.timeout),
    api_max_retry: keptSince('max_retries', 'api_max_retry', 12, parameters.max_retries),
    system_prompt: refusedBefore('system_prompt', 11, source.systemPrompt),
    max_model_length: refusedBefore('max_model_length', 12, source.maxModelLength),
    generation_parameters: defined(nativeGeneration(source, warnings, issues)),
  });
  return { file: { model_parameters: modelParameters }, warnings, issues };
}

// ---- The file's first line: which LightEval it targets ------------------------------------------------------

/** Written first, so that a reader (an export, a person) knows the version without being told again. */
const HEADER = /^# lighteval-model\.yaml for LightEval (\d+\.\d+\.\d+),/;

function nativeFileHeader(lightevalVersion: string): string {
  return (
    `# lighteval-model.yaml for LightEval ${lightevalVersion}, written by lighteval-action ` +
    '(api_key is null: the key travels in the environment)\n'
  );
}

/** The native file's text: the header line naming the LightEval version, then the YAML. */
export function nativeFileText(file: NativeModelFile, lightevalVersion: string): string {
  return `${nativeFileHeader(lightevalVersion)}${toYamlText(file)}`;
}

/** The LightEval version the first line of a native file names; undefined for files without that line. */
export function lightevalVersionOfNativeText(text: string): string | undefined {
  return HEADER.exec(text.replace(/^\uFEFF/, ''))?.[1];
}
