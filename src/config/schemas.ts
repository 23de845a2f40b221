/**
 * The schemas of everything the builder reads and writes: the single source of its types, and of the JSON
 * Schemas for editors when those are generated.
 */
import * as z from 'zod/mini';
import {
  booleanField,
  closedObject,
  expectation,
  integerFrom,
  nonEmptyString,
  numberBetween,
  positiveNumber,
} from './fields.js';
import { resolveProviderType } from './providers.js';

// ---- Provider record --------------------------------------------------------------------------------------

const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;

function httpUrl() {
  // The value is never echoed: a base URL may carry credentials.
  const error = 'expected an http(s) URL';
  return z
    .string({ error: expectation('an http(s) URL') })
    .check(z.refine((value) => HTTP_URL.test(value) && URL.canParse(value), { error }));
}

const providerType = nonEmptyString().check(
  z.refine((type) => resolveProviderType(type) !== undefined, {
    error: expectation('a known provider type or a LiteLLM provider name (letters, digits, _ . -)'),
  }),
);

const RateLimitsSchema = closedObject({
  requests_per_minute: z.optional(positiveNumber()),
  tokens_per_minute: z.optional(positiveNumber()),
  max_concurrency: z.optional(integerFrom(1)),
  timeout: z.optional(positiveNumber()),
  max_retries: z.optional(integerFrom(0)),
});

export const CapabilitiesSchema = z.looseObject(
  {
    chat: z.optional(booleanField()),
    unsupported_parameters: z.optional(z.array(nonEmptyString(), { error: expectation('a list of field names') })),
  },
  { error: expectation('a mapping') },
);

export const ProviderSchema = z.looseObject(
  {
    id: z.pipe(
      z.union([nonEmptyString(), integerFrom(0)], { error: expectation('a non-empty string or an integer') }),
      z.transform(String),
    ),
    name: nonEmptyString(),
    type: providerType,
    base_url: httpUrl(),
    rate_limits: z.optional(RateLimitsSchema),
    capabilities: z.optional(CapabilitiesSchema),
  },
  { error: expectation('a provider record (a mapping with id, name, type and base_url)') },
);
export type Provider = z.infer<typeof ProviderSchema>;

// ---- Run configuration ------------------------------------------------------------------------------------

const temperature = numberBetween(0, 2);
const topP = numberBetween(0, 1);
const topK = integerFrom(0);
const maxNewTokens = integerFrom(1);
const penalty = numberBetween(-2, 2);
const repetitionPenalty = positiveNumber();
const seed = integerFrom(0);
// Whitespace is a real stop sequence ("\n\n"); only the empty string is meaningless.
const stopExpected = expectation('a non-empty string');
const stopString = z.string({ error: stopExpected }).check(z.minLength(1, { error: stopExpected }));
const stopList = z.array(stopString, { error: expectation('a list of non-empty strings') });
const stopInput = z.pipe(
  z.union([stopString, stopList], { error: expectation('a non-empty string or a list of non-empty strings') }),
  z.transform((value: string | string[]) => (typeof value === 'string' ? [value] : value)),
);

/** Generation fields as a run config may give them; `null` means unset. */
const generationInput = {
  temperature: z.optional(temperature),
  top_p: z.optional(topP),
  top_k: z.optional(topK),
  max_new_tokens: z.optional(maxNewTokens),
  /** An alias of max_new_tokens. */
  max_tokens: z.optional(maxNewTokens),
  stop: z.optional(stopInput),
  stop_sequences: z.optional(stopInput),
  presence_penalty: z.optional(penalty),
  frequency_penalty: z.optional(penalty),
  repetition_penalty: z.optional(repetitionPenalty),
  seed: z.optional(seed),
};

const executionInput = {
  concurrent_requests: z.optional(integerFrom(1)),
  timeout: z.optional(positiveNumber()),
  max_retries: z.optional(integerFrom(0)),
  expected_latency_seconds: z.optional(positiveNumber()),
  use_chat_template: z.optional(booleanField()),
};

const GenerationSectionSchema = closedObject(generationInput);
export type GenerationSection = z.infer<typeof GenerationSectionSchema>;

const ExecutionSectionSchema = closedObject(executionInput);

/** A run configuration is free-form: these keys are read, other top-level keys are ignored. */
export const RunConfigSchema = z.object(
  {
    ...generationInput,
    ...executionInput,
    generation: z.optional(GenerationSectionSchema),
    sampling: z.optional(GenerationSectionSchema),
    execution: z.optional(ExecutionSectionSchema),
    system_prompt: z.optional(z.string({ error: expectation('a string') })),
    max_model_length: z.optional(integerFrom(1)),
  },
  { error: expectation('a mapping') },
);
export type RunConfig = z.infer<typeof RunConfigSchema>;

// ---- Other build inputs -----------------------------------------------------------------------------------

/** A run or dataset label: a string or a number; empty means unknown. */
const label = z.pipe(
  z.optional(z.union([z.string(), z.number()], { error: expectation('a string or a number') })),
  z.transform((value: string | number | undefined) => (value === undefined ? null : String(value).trim() || null)),
);

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MODEL_NAME = /^[^\s/]\S*$/;

export const BuildScalarsSchema = z.object({
  model: z.string({ error: expectation('a model name') }).check(
    z.trim(),
    z.refine((name) => MODEL_NAME.test(name) && !name.endsWith('/'), {
      error: expectation('a model name without spaces, such as gpt-4o-mini or openai/gpt-4o-mini'),
    }),
  ),
  // Never echoed: this is the secret.
  api_key: z.optional(z.string({ error: 'expected a string' })),
  // Never echoed: people paste the key itself where its variable's name belongs.
  api_key_env: z.optional(
    z.string({ error: 'expected an environment variable name' }).check(
      z.refine((name) => ENV_NAME.test(name), {
        error: 'expected an environment variable name (letters, digits and _, not starting with a digit)',
      }),
    ),
  ),
  include_api_key: z._default(booleanField(), true),
  run_id: label,
  dataset_id: label,
  dataset_name: label,
});

const versionExpected = expectation('a LightEval version X.Y.Z, such as 0.13.0');
export const LightEvalVersionSchema = z.pipe(
  z.string({ error: versionExpected }).check(z.regex(/^\d+\.\d+\.\d+$/, { error: versionExpected })),
  z.transform((version: string) => {
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    return { major, minor, patch, text: version };
  }),
);
export type LightEvalVersion = z.infer<typeof LightEvalVersionSchema>;

// ---- The built configuration (the contract of config.yaml) ------------------------------------------------

const stopOutput = z.array(z.string());

const GenerationParametersSchema = z.object({
  temperature: z.optional(temperature),
  top_p: z.optional(topP),
  top_k: z.optional(topK),
  max_new_tokens: z.optional(maxNewTokens),
  stop: z.optional(stopOutput),
  stop_sequences: z.optional(stopOutput),
  presence_penalty: z.optional(penalty),
  frequency_penalty: z.optional(penalty),
  repetition_penalty: z.optional(repetitionPenalty),
  seed: z.optional(seed),
});
export type GenerationParameters = z.infer<typeof GenerationParametersSchema>;
export type GenerationField = keyof GenerationParameters;
/** The order config.yaml lists generation fields in. */
export const GENERATION_FIELDS = z.keyof(GenerationParametersSchema).options;

/**
 * Built on first use, like the native file's schema below: the builder never parses its own output (tests and the
 * JSON Schemas do), so every run need not pay for building them.
 */
export const ConfigDictSchema = z.lazy(() => z.object({
  metadata: z.object({
    provider_id: z.string(),
    provider_name: z.string(),
    provider_type: z.string(),
    model_name: z.string(),
    run_id: z.nullable(z.string()),
    dataset_id: z.nullable(z.string()),
    dataset_name: z.nullable(z.string()),
  }),
  model_parameters: z.tuple([
    z.object({
      model_name: z.string(),
      provider_type: z.string(),
      base_url: z.string(),
      api_key: z.optional(z.string()),
      api_key_env: z.optional(z.string()),
      concurrent_requests: z.int(),
      timeout: z.number(),
      max_retries: z.int(),
    }),
  ]),
  generation_parameters: GenerationParametersSchema,
  execution: z.object({ endpoint: z.literal('litellm'), use_chat_template: z.boolean() }),
}));
export type ConfigDict = z.infer<typeof ConfigDictSchema>;

// ---- The native LightEval model file ----------------------------------------------------------------------

/** LightEval's names; it rejects unknown keys and negative values. */
const nonNegative = () => z.optional(z.number().check(z.nonnegative()));
const nonNegativeInteger = () => z.optional(z.int().check(z.nonnegative()));

const nativeGenerationParametersSchema = () => z.strictObject({
  temperature: nonNegative(),
  top_p: nonNegative(),
  top_k: nonNegativeInteger(),
  max_new_tokens: nonNegativeInteger(),
  stop_tokens: z.optional(z.array(z.string())),
  presence_penalty: nonNegative(),
  frequency_penalty: nonNegative(),
  repetition_penalty: nonNegative(),
  seed: nonNegativeInteger(),
});
export type NativeGenerationParameters = z.infer<ReturnType<typeof nativeGenerationParametersSchema>>;

export const NativeModelFileSchema = z.lazy(() => z.strictObject({
  model_parameters: z.strictObject({
    model_name: z.string(),
    provider: z.string(),
    base_url: z.string(),
    api_key: z.null(),
    concurrent_requests: z.optional(z.int()),
    timeout: z.optional(z.number()),
    api_max_retry: z.optional(z.int()),
    system_prompt: z.optional(z.string()),
    max_model_length: z.optional(z.int()),
    generation_parameters: nativeGenerationParametersSchema(),
  }),
}));
export type NativeModelFile = z.infer<typeof NativeModelFileSchema>;
