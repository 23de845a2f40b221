/**
 * Provider types a provider table stores, and what LiteLLM calls them. LightEval calls LiteLLM without a
 * provider argument, so the prefix of the model name alone routes each request.
 */
interface ProviderEntry {
  /** The LiteLLM prefix, also written as the canonical provider. */
  readonly prefix: string;
  /** Stored types that mean this provider, as a provider table spells them. */
  readonly aliases: readonly string[];
  /** Other first segments LiteLLM routes to the same provider; a model name starting with one is already prefixed. */
  readonly family?: readonly string[];
  /** The variable LiteLLM reads the key from; absent when LiteLLM documents none (the name is then a guess). */
  readonly keyEnv?: string;
  /** Variables LiteLLM reads the key from before `keyEnv`: an inherited one would beat the key the action sets. */
  readonly keyEnvShadowedBy?: readonly string[];
  /**
   * True where a run needs no key: local servers LiteLLM calls without one, and clouds whose own credentials
   * LiteLLM reads from the environment (then `credentials` says which).
   */
  readonly keyOptional?: boolean;
  /** What LiteLLM authenticates with when no key is given, for messages and the docs. */
  readonly credentials?: string;
  /** True when LiteLLM knows no endpoint for the provider: the provider record must give base_url. */
  readonly needsBaseUrl?: boolean;
}

const PROVIDERS: readonly ProviderEntry[] = [
  { prefix: 'openai', aliases: ['openai'], family: ['custom_openai'], keyEnv: 'OPENAI_API_KEY' },
  // Servers that speak OpenAI's API: LiteLLM calls them as openai, at the address only the record knows.
  {
    prefix: 'openai',
    aliases: ['openai_compatible', 'generic', 'llamacpp', 'llama.cpp', 'sglang', 'tgi'],
    family: ['custom_openai'],
    keyEnv: 'OPENAI_API_KEY',
    needsBaseUrl: true,
  },
  {
    prefix: 'azure',
    aliases: ['azure', 'azure_openai'],
    family: ['azure_text'],
    keyEnv: 'AZURE_API_KEY',
    keyEnvShadowedBy: ['AZURE_OPENAI_API_KEY'],
    needsBaseUrl: true,
  },
  { prefix: 'azure_ai', aliases: ['azure_ai', 'foundry'], keyEnv: 'AZURE_AI_API_KEY', needsBaseUrl: true },
  { prefix: 'anthropic', aliases: ['anthropic', 'claude'], family: ['anthropic_text'], keyEnv: 'ANTHROPIC_API_KEY' },
  { prefix: 'gemini', aliases: ['gemini', 'google', 'google_ai_studio'], keyEnv: 'GEMINI_API_KEY' },
  {
    prefix: 'vertex_ai',
    aliases: ['vertex', 'vertexai', 'vertex_ai', 'gcp'],
    family: ['vertex_ai_beta'],
    // A key, when given, is a service account's JSON: LiteLLM reads it from this variable.
    keyEnv: 'VERTEXAI_CREDENTIALS',
    keyOptional: true,
    credentials:
      'Google application default credentials (GOOGLE_APPLICATION_CREDENTIALS), with VERTEXAI_PROJECT and VERTEXAI_LOCATION',
  },
  { prefix: 'together_ai', aliases: ['together', 'togetherai', 'together_ai'], keyEnv: 'TOGETHERAI_API_KEY' },
  { prefix: 'huggingface', aliases: ['huggingface', 'hf'], keyEnv: 'HF_TOKEN' },
  {
    prefix: 'bedrock',
    aliases: ['bedrock', 'aws'],
    // A key, when given, is a Bedrock API key (a bearer token).
    keyEnv: 'AWS_BEARER_TOKEN_BEDROCK',
    keyOptional: true,
    credentials: 'AWS credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) and AWS_REGION_NAME',
  },
  { prefix: 'fireworks_ai', aliases: ['fireworks', 'fireworks_ai'], keyEnv: 'FIREWORKS_AI_API_KEY' },
  {
    prefix: 'ollama_chat',
    aliases: ['ollama', 'ollama_chat'],
    family: ['ollama'],
    keyEnv: 'OLLAMA_API_KEY',
    keyOptional: true,
  },
  {
    prefix: 'lm_studio',
    aliases: ['lmstudio', 'lm_studio'],
    keyEnv: 'LM_STUDIO_API_KEY',
    keyOptional: true,
    needsBaseUrl: true,
  },
  {
    prefix: 'hosted_vllm',
    aliases: ['vllm', 'hosted_vllm'],
    keyEnv: 'HOSTED_VLLM_API_KEY',
    keyOptional: true,
    needsBaseUrl: true,
  },
  { prefix: 'mistral', aliases: ['mistral', 'mistralai'], keyEnv: 'MISTRAL_API_KEY' },
  { prefix: 'groq', aliases: ['groq'], keyEnv: 'GROQ_API_KEY' },
  { prefix: 'deepseek', aliases: ['deepseek'], keyEnv: 'DEEPSEEK_API_KEY' },
  { prefix: 'openrouter', aliases: ['openrouter'], keyEnv: 'OPENROUTER_API_KEY' },
  { prefix: 'cohere', aliases: ['cohere'], family: ['cohere_chat'], keyEnv: 'COHERE_API_KEY' },
  { prefix: 'perplexity', aliases: ['perplexity'], keyEnv: 'PERPLEXITYAI_API_KEY' },
  { prefix: 'deepinfra', aliases: ['deepinfra'], keyEnv: 'DEEPINFRA_API_KEY' },
  { prefix: 'cerebras', aliases: ['cerebras'], keyEnv: 'CEREBRAS_API_KEY' },
  { prefix: 'sambanova', aliases: ['sambanova'], keyEnv: 'SAMBANOVA_API_KEY' },
  { prefix: 'xai', aliases: ['xai', 'x-ai', 'grok'], keyEnv: 'XAI_API_KEY' },
  { prefix: 'nvidia_nim', aliases: ['nvidia', 'nim', 'nvidia_nim'], keyEnv: 'NVIDIA_NIM_API_KEY' },
  { prefix: 'moonshot', aliases: ['kimi', 'moonshot'], keyEnv: 'MOONSHOT_API_KEY' },
  { prefix: 'dashscope', aliases: ['qwen', 'dashscope', 'alibaba'], keyEnv: 'DASHSCOPE_API_KEY' },
  { prefix: 'watsonx', aliases: ['watsonx', 'ibm'], needsBaseUrl: true },
];

/** Stored types match case-insensitively, with `-`, `_` and spaces equivalent. */
export function normalizeProviderType(type: string): string {
  return type
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, '_');
}

const BY_ALIAS = new Map(
  PROVIDERS.flatMap((entry) => entry.aliases.map((alias) => [normalizeProviderType(alias), entry] as const)),
);

/** What a provider type resolves to in LiteLLM. */
export interface LiteLlmProvider {
  readonly prefix: string;
  /** First segments of a model name that count as already prefixed: the prefix and its family. */
  readonly prefixes: readonly string[];
  readonly keyEnv: string;
  /** False when `keyEnv` is `<PREFIX>_API_KEY` by convention rather than a variable LiteLLM documents. */
  readonly keyEnvDocumented: boolean;
  /** False when the type is not in the table and is used as the prefix as it stands. */
  readonly known: boolean;
  /** Every variable LiteLLM reads the key from, first read first; `keyEnv` is one of them. */
  readonly keyVariables: readonly string[];
  /** False for local servers LiteLLM calls without a key, and clouds that use their own credentials. */
  readonly needsKey: boolean;
  /** What LiteLLM authenticates with when no key is given, where that is a cloud's own credentials. */
  readonly credentials?: string;
  /** True when LiteLLM knows no endpoint for the provider, so the record must give base_url. */
  readonly needsBaseUrl: boolean;
}

/** A prefix LiteLLM could know: lower-case letters, digits, `_`, `.` and `-`. */
const UNKNOWN_PREFIX_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;

/**
 * A JSON Schema pattern every type `resolveProviderType` accepts matches: UNKNOWN_PREFIX_PATTERN before trimming and
 * lower-casing (the Kelvin sign, U+212A, lower-cases to `k`), and inner whitespace, which known types may hold
 * (`Azure OpenAI`). Looser than the resolver on purpose: an editor must never reject a type the builder takes.
 */
export const PROVIDER_TYPE_PATTERN = String.raw`^\s*[A-Za-z0-9\u212A][A-Za-z0-9\u212A_.\s-]*$`;

/** Every stored type the table knows, in its order: what editors suggest. */
export function knownProviderTypes(): string[] {
  return PROVIDERS.flatMap((entry) => entry.aliases);
}

/**
 * Resolves a stored provider type. An unknown type is used lower-cased as the prefix (LiteLLM adds providers
 * every month); returns undefined when it cannot be a prefix at all.
 */
export function resolveProviderType(type: string): LiteLlmProvider | undefined {
  const entry = BY_ALIAS.get(normalizeProviderType(type));
  if (entry !== undefined) {
    const keyEnv = entry.keyEnv ?? conventionalKeyEnv(entry.prefix);
    return {
      prefix: entry.prefix,
      prefixes: [entry.prefix, ...(entry.family ?? [])],
      keyEnv,
      keyEnvDocumented: entry.keyEnv !== undefined,
      known: true,
      keyVariables: [...(entry.keyEnvShadowedBy ?? []), keyEnv],
      needsKey: entry.keyOptional !== true,
      ...(entry.credentials === undefined ? {} : { credentials: entry.credentials }),
      needsBaseUrl: entry.needsBaseUrl === true,
    };
  }
  const prefix = type.trim().toLowerCase();
  if (!UNKNOWN_PREFIX_PATTERN.test(prefix)) return undefined;
  const keyEnv = conventionalKeyEnv(prefix);
  // Whether LiteLLM knows an endpoint for a provider this table does not know cannot be told: base_url is required.
  return {
    prefix,
    prefixes: [prefix],
    keyEnv,
    keyEnvDocumented: false,
    known: false,
    keyVariables: [keyEnv],
    needsKey: true,
    needsBaseUrl: true,
  };
}

function conventionalKeyEnv(prefix: string): string {
  return `${prefix.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
}
