import type * as z from 'zod/mini';
import { ConfigError, type FieldIssue, fieldIssuesFrom } from './errors.js';
import { resolveExecution } from './execution.js';
import { isRecord, likelyTypos, withoutNulls } from './fields.js';
import { type ResolvedGeneration, resolveGeneration } from './generation.js';
import { prefixModelName } from './model-name.js';
import { buildNativeModelFile, DEFAULT_LIGHTEVAL_VERSION, nativeFileText, type NativeSource } from './native.js';
import { type LiteLlmProvider, resolveProviderType } from './providers.js';
import { redactBaseUrl, redactConfigDict } from './redact.js';
import {
  BuildScalarsSchema,
  CapabilitiesSchema,
  type ConfigDict,
  LightEvalVersionSchema,
  type NativeModelFile,
  type Provider,
  ProviderSchema,
  type RunConfig,
  RunConfigSchema,
} from './schemas.js';
import { scrubSecrets } from './secrets.js';
import { toJsonText, toYamlText } from './serialize.js';

export interface BuildRequest {
  /** The provider record (id, name, type, base_url, rate_limits, capabilities), as parsed from YAML or JSON. */
  readonly provider: unknown;
  /** With or without the LiteLLM prefix. */
  readonly modelName: string;
  /** Empty or absent for keyless servers. */
  readonly apiKey?: string | null;
  /** Free-form; see RunConfigSchema for the keys that are read. */
  readonly runConfig?: unknown;
  readonly runId?: string | number | null;
  readonly datasetId?: string | number | null;
  readonly datasetName?: string | number | null;
  /** Write the key as `api_key` (the original builder's default). Otherwise `api_key_env` names a variable. */
  readonly includeApiKey?: boolean;
  /** The variable written as `api_key_env`; defaults to the one LiteLLM reads for the provider. */
  readonly apiKeyEnv?: string | null;
}

export interface NativeOptions {
  /** The LightEval version the file targets, `X.Y.Z`. */
  readonly lightevalVersion?: string;
}

interface ConfigState extends NativeSource {
  /** Strings that must never appear in a message. */
  readonly secrets: readonly string[];
  readonly warnings: readonly string[];
  readonly isRedacted: boolean;
}

/** The native LightEval model file (`lighteval-model.yaml`). */
export class LightEvalModelConfig {
  readonly warnings: readonly string[];
  /** True when the base URL carries credentials: write the file where only its owner can read it. */
  readonly hasSecrets: boolean;
  /** The LightEval version the file targets, `X.Y.Z`: its first line says so. */
  readonly lightevalVersion: string;
  readonly #file: NativeModelFile;

  constructor(file: NativeModelFile, warnings: readonly string[], hasSecrets: boolean, lightevalVersion: string) {
    this.#file = file;
    this.warnings = warnings;
    this.hasSecrets = hasSecrets;
    this.lightevalVersion = lightevalVersion;
  }

  toDict(): NativeModelFile {
    return structuredClone(this.#file);
  }

  /** The YAML LightEval loads, after a comment line naming the LightEval version it targets. */
  toYaml(): string {
    return nativeFileText(this.#file, this.lightevalVersion);
  }
}

/** A built configuration: config.yaml's contract, and the source of the native LightEval file. */
export class LightEvalConfig {
  readonly warnings: readonly string[];
  readonly #state: ConfigState;

  constructor(state: ConfigState) {
    this.#state = state;
    this.warnings = state.warnings;
  }

  toDict(): ConfigDict {
    return structuredClone(this.#state.dict);
  }

  toYaml(): string {
    return toYamlText(this.#state.dict);
  }

  toJson(): string {
    return toJsonText(this.#state.dict);
  }

  /** True when the configuration holds the key or credentials in its base URL. */
  get hasSecrets(): boolean {
    const [parameters] = this.#state.dict.model_parameters;
    return !this.#state.isRedacted && (parameters.api_key !== undefined || this.#baseUrlHasSecrets());
  }

  #baseUrlHasSecrets(): boolean {
    const { base_url: baseUrl } = this.#state.dict.model_parameters[0];
    return redactBaseUrl(baseUrl, this.#state.secrets) !== baseUrl;
  }

  /** A copy whose key shows only its vendor prefix (`sk-***`) and whose base URL hides its credentials. */
  redacted(): LightEvalConfig {
    // The same redaction an export applies to a config.yaml read from disk.
    const dict = redactConfigDict(this.#state.dict, this.#state.secrets);
    return new LightEvalConfig({ ...this.#state, dict, isRedacted: true });
  }

  /**
   * The native file for `lightevalVersion`. Its `api_key` is always null: the key travels in the provider's
   * environment variable. Throws a ConfigError for values LightEval would reject.
   */
  toLightEvalModelConfig(options: NativeOptions = {}): LightEvalModelConfig {
    const parsed = LightEvalVersionSchema.safeParse(options.lightevalVersion ?? DEFAULT_LIGHTEVAL_VERSION, {
      reportInput: true,
    });
    if (!parsed.success) throw this.#error(fieldIssuesFrom(parsed.error, ['lighteval_version']));
    const { file, warnings, issues } = buildNativeModelFile(this.#state, parsed.data);
    if (issues.length > 0) throw this.#error(issues);
    return new LightEvalModelConfig(
      file,
      warnings.map((warning) => scrubSecrets(warning, this.#state.secrets)),
      !this.#state.isRedacted && this.#baseUrlHasSecrets(),
      parsed.data.text,
    );
  }

  #error(issues: readonly FieldIssue[]): ConfigError {
    return scrubbedError(issues, this.#state.secrets);
  }
}

function scrubIssues(issues: readonly FieldIssue[], secrets: readonly string[]): FieldIssue[] {
  return issues.map(({ path, message }) => ({
    path: scrubSecrets(path, secrets),
    message: scrubSecrets(message, secrets),
  }));
}

function scrubbedError(issues: readonly FieldIssue[], secrets: readonly string[]): ConfigError {
  return new ConfigError(scrubIssues(issues, secrets));
}

function parseInto<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  root: readonly string[],
  issues: FieldIssue[],
): z.output<T> | undefined {
  const result = schema.safeParse(withoutNulls(input), { reportInput: true });
  if (result.success) return result.data;
  issues.push(...fieldIssuesFrom(result.error, root));
  return undefined;
}

/** Unknown keys in open mappings that look like typos of known ones: ignored, with a warning. */
function typoWarnings(provider: unknown, runConfig: unknown): string[] {
  const places: [string, unknown, readonly string[]][] = [
    ['provider.', provider, Object.keys(ProviderSchema.shape)],
    [
      'provider.capabilities.',
      isRecord(provider) ? provider.capabilities : undefined,
      Object.keys(CapabilitiesSchema.shape),
    ],
    ['', runConfig, Object.keys(RunConfigSchema.shape)],
  ];
  return places.flatMap(([prefix, value, known]) =>
    isRecord(value)
      ? likelyTypos(value, known).map(
          ([key, guess]) => `${prefix}${key}: unknown field, ignored; did you mean ${guess}?`,
        )
      : [],
  );
}

/** Warnings about how the provider type and its key variable were worked out. */
function providerWarnings(type: string, litellm: LiteLlmProvider, namesKeyVariableByGuess: boolean): string[] {
  if (!litellm.known) {
    return [
      `provider.type: "${type}" is not a known provider type; using "${litellm.prefix}/" as the LiteLLM prefix ` +
        `and ${litellm.keyEnv} as its key variable`,
    ];
  }
  if (namesKeyVariableByGuess) {
    return [
      `provider.type: LiteLLM documents no single key variable for ${litellm.prefix}; api_key_env ` +
        `${litellm.keyEnv} is a guess (set api_key_env to name the variable)`,
    ];
  }
  return [];
}

type BuildScalars = z.output<typeof BuildScalarsSchema>;

/** The inputs of a build, each as its schema parsed it. */
interface ParsedInputs {
  readonly provider: Provider;
  readonly litellm: LiteLlmProvider;
  readonly runConfig: RunConfig;
  readonly scalars: BuildScalars;
}

interface ParsedRequest {
  /** Set when every input parsed. */
  readonly inputs: ParsedInputs | undefined;
  readonly provider: Provider | undefined;
  readonly runConfig: RunConfig | undefined;
  /** Every schema issue: the provider's, the run config's, then the other inputs'. */
  readonly issues: readonly FieldIssue[];
}

/** The build's first step: each input through its schema, every issue collected. */
function parseRequest(request: BuildRequest): ParsedRequest {
  const issues: FieldIssue[] = [];
  const provider = parseInto(ProviderSchema, request.provider, ['provider'], issues);
  const runConfig = parseInto(RunConfigSchema, request.runConfig ?? {}, [], issues);
  const scalars = parseInto(
    BuildScalarsSchema,
    {
      model: request.modelName,
      api_key: request.apiKey,
      api_key_env: request.apiKeyEnv,
      include_api_key: request.includeApiKey,
      run_id: request.runId,
      dataset_id: request.datasetId,
      dataset_name: request.datasetName,
    },
    [],
    issues,
  );
  // The provider schema already refuses a type that cannot be resolved.
  const litellm = provider === undefined ? undefined : resolveProviderType(provider.type);
  if (provider !== undefined && litellm?.needsBaseUrl === true && provider.base_url === undefined) {
    issues.push({
      path: 'provider.base_url',
      message: `required for provider type "${provider.type}": LiteLLM knows no endpoint for it; expected an http(s) URL`,
    });
  }
  const inputs =
    provider === undefined ||
    runConfig === undefined ||
    scalars === undefined ||
    litellm === undefined ||
    issues.length > 0
      ? undefined
      : { provider, litellm, runConfig, scalars };
  return { inputs, provider, runConfig, issues };
}

/** The build's second step: the generation parameters, minus those the provider (when known) rejects. */
function generationOf(runConfig: RunConfig, provider: Provider | undefined): ResolvedGeneration {
  return resolveGeneration(runConfig, provider?.capabilities?.unsupported_parameters ?? []);
}

/** The build's last step, from inputs that all parsed and generation parameters without issues. */
function assemble(
  request: BuildRequest,
  { provider, litellm, runConfig, scalars }: ParsedInputs,
  generation: ResolvedGeneration,
  secrets: readonly string[],
): LightEvalConfig {
  const execution = resolveExecution(runConfig, provider, generation.parameters.max_new_tokens);

  const apiKey = scalars.api_key ?? '';
  const writesKey = scalars.include_api_key && apiKey !== '';
  const keyField = writesKey ? { api_key: apiKey } : { api_key_env: scalars.api_key_env ?? litellm.keyEnv };
  const warnings = [
    ...typoWarnings(request.provider, request.runConfig),
    ...providerWarnings(
      provider.type,
      litellm,
      !writesKey && scalars.api_key_env === undefined && !litellm.keyEnvDocumented,
    ),
    ...generation.warnings,
    ...execution.warnings,
  ];

  const modelName = prefixModelName(scalars.model, litellm);
  const { settings } = execution;
  return new LightEvalConfig({
    dict: {
      metadata: {
        provider_id: provider.id,
        provider_name: provider.name,
        provider_type: provider.type,
        model_name: modelName,
        run_id: scalars.run_id,
        dataset_id: scalars.dataset_id,
        dataset_name: scalars.dataset_name,
      },
      model_parameters: [
        {
          model_name: modelName,
          provider_type: litellm.prefix,
          base_url: provider.base_url ?? null,
          ...keyField,
          concurrent_requests: settings.concurrent_requests,
          timeout: settings.timeout,
          max_retries: settings.max_retries,
        },
      ],
      generation_parameters: generation.parameters,
      execution: { endpoint: 'litellm', use_chat_template: settings.use_chat_template },
    },
    systemPrompt: runConfig.system_prompt,
    maxModelLength: runConfig.max_model_length,
    sources: { ...generation.sources, ...execution.sources },
    secrets,
    warnings: warnings.map((warning) => scrubSecrets(warning, secrets)),
    isRedacted: false,
  });
}

/** What `validate` found. */
export interface ValidationReport {
  /** Every problem found; empty when `build` and the native file would both succeed. */
  readonly issues: readonly FieldIssue[];
  /** The warnings of the steps that ran: all of `build`'s and the native file's when there are no issues. */
  readonly warnings: readonly string[];
}

function secretsOf(request: BuildRequest): string[] {
  return typeof request.apiKey === 'string' && request.apiKey !== '' ? [request.apiKey] : [];
}

/** Builds LightEval configuration from a provider record, a model, a key and a run configuration. */
export class LightEvalConfigService {
  /** Throws a ConfigError naming the first invalid field; its message never contains the key. */
  build(request: BuildRequest): LightEvalConfig {
    const secrets = secretsOf(request);
    const parsed = parseRequest(request);
    if (parsed.inputs === undefined) throw scrubbedError(parsed.issues, secrets);
    const generation = generationOf(parsed.inputs.runConfig, parsed.inputs.provider);
    if (generation.issues.length > 0) throw scrubbedError(generation.issues, secrets);
    return assemble(request, parsed.inputs, generation, secrets);
  }

  /**
   * The checks of `build` and of the native file for `options.lightevalVersion`, building nothing, and listing
   * every problem rather than the first: the schema issues of every input (the LightEval version's with them);
   * then the run config's generation issues, when it parsed; then the native file's, when the build succeeds.
   * Never throws for bad input; no message contains the key.
   */
  validate(request: BuildRequest, options: NativeOptions = {}): ValidationReport {
    const secrets = secretsOf(request);
    const parsed = parseRequest(request);
    const issues = [...parsed.issues];
    // Parsed here too (the native step parses it again), so that a mistyped version is listed with the rest.
    const versionText = options.lightevalVersion ?? DEFAULT_LIGHTEVAL_VERSION;
    const version = parseInto(LightEvalVersionSchema, versionText, ['lighteval_version'], issues);
    const generation = parsed.runConfig === undefined ? undefined : generationOf(parsed.runConfig, parsed.provider);
    issues.push(...(generation?.issues ?? []));
    if (parsed.inputs === undefined || generation === undefined || version === undefined || issues.length > 0) {
      const warnings = [...typoWarnings(request.provider, request.runConfig), ...(generation?.warnings ?? [])];
      return {
        issues: scrubIssues(issues, secrets),
        warnings: warnings.map((warning) => scrubSecrets(warning, secrets)),
      };
    }
    const config = assemble(request, parsed.inputs, generation, secrets);
    try {
      const native = config.toLightEvalModelConfig(options);
      return { issues: [], warnings: [...config.warnings, ...native.warnings] };
    } catch (error) {
      // The native file's issues, already scrubbed.
      if (error instanceof ConfigError) return { issues: error.issues, warnings: config.warnings };
      throw error;
    }
  }
}

/** The variable LiteLLM reads the key of this provider type from, if the type can be resolved at all. */
export function apiKeyEnvFor(providerType: string): string | undefined {
  return resolveProviderType(providerType)?.keyEnv;
}
