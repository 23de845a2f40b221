/**
 * The schemas of everything the builder reads and writes: the single source of its types, and of the JSON
 * Schemas for editors when those are generated.
 */
import * as z from 'zod/mini';
import {
  afterOtherChecks,
  booleanField,
  closedObject,
  expectation,
  integerFrom,
  nonEmptyString,
  numberBetween,
  positiveNumber,
} from './fields.js';
import { knownProviderTypes, PROVIDER_TYPE_PATTERN, resolveProviderType } from './providers.js';
import { described, withFacts } from './schema-facts.js';

// ---- Provider record --------------------------------------------------------------------------------------

// No flag: JSON Schema patterns have none, so the case-insensitive scheme is spelled out.
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/;

function httpUrl() {
  // The value is never echoed: a base URL may carry credentials.
  const error = 'expected an http(s) URL';
  // The JSON Schema says the pattern only: it cannot ask whether the URL parses.
  return z.string({ error: expectation('an http(s) URL') }).check(
    z.regex(HTTP_URL, { error }),
    z.refine((value) => URL.canParse(value), { error, ...afterOtherChecks }),
  );
}

const providerType = withFacts(
  nonEmptyString().check(
    z.refine((type) => resolveProviderType(type) !== undefined, {
      error: expectation('a known provider type or a LiteLLM provider name (letters, digits, _ . -)'),
    }),
  ),
  {
    description:
      'The provider type, in any case, with -, _ and spaces equivalent: a known type (see the suggestions) or a ' +
      'LiteLLM provider name, then used lower-cased as the prefix.',
    pattern: PROVIDER_TYPE_PATTERN,
    examples: knownProviderTypes(),
  },
);

const RateLimitsSchema = described(
  closedObject({
    requests_per_minute: z.optional(
      described(positiveNumber(), 'Requests a minute the provider allows; sets concurrent_requests if nothing does.'),
    ),
    tokens_per_minute: z.optional(
      described(
        positiveNumber(),
        'Tokens a minute the provider allows; with the generation budget, sets concurrent_requests if nothing does.',
      ),
    ),
    max_concurrency: z.optional(
      described(integerFrom(1), 'Requests in flight the provider allows: default and cap of concurrent_requests.'),
    ),
    timeout: z.optional(described(positiveNumber(), 'Seconds a request may take: the default timeout.')),
    max_retries: z.optional(described(integerFrom(0), 'Retries of a failed request: the default max_retries.')),
  }),
  "The provider's limits; each field is optional, and other keys are errors.",
);

export const CapabilitiesSchema = described(
  z.looseObject(
    {
      chat: z.optional(described(booleanField(), 'false: use_chat_template defaults to false.')),
      unsupported_parameters: z.optional(
        described(
          z.array(nonEmptyString(), { error: expectation('a list of field names') }),
          'Generation fields the provider rejects: dropped from the configuration, with a warning.',
        ),
      ),
    },
    { error: expectation('a mapping') },
  ),
  'What the provider supports; other keys are kept and ignored.',
);

export const ProviderSchema = described(
  z.looseObject(
    {
      id: described(
        z.pipe(
          z.union([nonEmptyString(), integerFrom(0)], { error: expectation('a non-empty string or an integer') }),
          z.transform(String),
        ),
        "The provider's id: a non-empty string or an integer, written to metadata.provider_id.",
      ),
      name: described(nonEmptyString(), "The provider's name, written to metadata.provider_name."),
      type: providerType,
      base_url: z.optional(
        described(
          httpUrl(),
          "The provider's API base URL, http or https; written byte for byte. Optional where LiteLLM knows the " +
            "provider's endpoint; required for Azure, OpenAI-compatible and self-hosted servers, and unknown types.",
        ),
      ),
      rate_limits: z.optional(RateLimitsSchema),
      capabilities: z.optional(CapabilitiesSchema),
    },
    { error: expectation('a provider record (a mapping with id, name, type and, for most types, base_url)') },
  ),
  "A provider record, as a provider table stores it. Other keys (a database row's created_at) are ignored; " +
    'null means unset.',
);
export type Provider = z.infer<typeof ProviderSchema>;

// ---- Run configuration ------------------------------------------------------------------------------------

const temperature = described(numberBetween(0, 2), 'Sampling temperature, from 0 to 2.');
const topP = described(numberBetween(0, 1), 'Nucleus sampling: the probability mass to sample from, from 0 to 1.');
const topK = described(integerFrom(0), 'Sample from the k most likely tokens; an integer of 0 or more.');
const maxNewTokens = integerFrom(1);
const penalty = numberBetween(-2, 2);
const repetitionPenalty = described(positiveNumber(), 'Repetition penalty, greater than 0.');
const seed = described(integerFrom(0), 'Random seed; an integer of 0 or more.');
// Whitespace is a real stop sequence ("\n\n"); only the empty string is meaningless.
const stopExpected = expectation('a non-empty string');
const stopString = z.string({ error: stopExpected }).check(z.minLength(1, { error: stopExpected }));
const stopList = z.array(stopString, { error: expectation('a list of non-empty strings') });
const stopInput = described(
  z.pipe(
    z.union([stopString, stopList], { error: expectation('a non-empty string or a list of non-empty strings') }),
    z.transform((value: string | string[]) => (typeof value === 'string' ? [value] : value)),
  ),
  'Where generation stops: a non-empty string or a list of them (written as a list).',
);

/** Generation fields as a run config may give them; `null` means unset. */
const generationInput = {
  temperature: z.optional(temperature),
  top_p: z.optional(topP),
  top_k: z.optional(topK),
  max_new_tokens: z.optional(described(maxNewTokens, 'Most tokens to generate; an integer of 1 or more.')),
  max_tokens: z.optional(described(maxNewTokens.clone(), 'An alias of max_new_tokens; set one of them.')),
  stop: z.optional(stopInput),
  stop_sequences: z.optional(stopInput),
  presence_penalty: z.optional(
    described(penalty, 'Presence penalty, from -2 to 2; the native LightEval file takes 0 to 2 only.'),
  ),
  frequency_penalty: z.optional(
    described(penalty.clone(), 'Frequency penalty, from -2 to 2; the native LightEval file takes 0 to 2 only.'),
  ),
  repetition_penalty: z.optional(repetitionPenalty),
  seed: z.optional(seed),
};

const executionInput = {
  concurrent_requests: z.optional(
    described(integerFrom(1), "Requests in flight; never more than the provider's max_concurrency, nor 1000."),
  ),
  timeout: z.optional(described(positiveNumber(), "Seconds a request may take (default: the provider's, else 120).")),
  max_retries: z.optional(
    described(integerFrom(0), "Retries of a failed request (default: the provider's, else 8, as LightEval)."),
  ),
  expected_latency_seconds: z.optional(
    described(
      positiveNumber(),
      'Seconds a request is expected to take, to turn the rate limits into concurrent_requests (default: 0.5 + 0.02 × max_new_tokens, 256 when unset).',
    ),
  ),
  use_chat_template: z.optional(
    described(booleanField(), "Apply the chat template (default: unless the provider's capabilities.chat is false)."),
  ),
};

const GenerationSectionSchema = closedObject(generationInput);
export type GenerationSection = z.infer<typeof GenerationSectionSchema>;

const ExecutionSectionSchema = closedObject(executionInput);

/** A run configuration is free-form: these keys are read, other top-level keys are ignored. */
export const RunConfigSchema = described(
  z.object(
    {
      ...generationInput,
      ...executionInput,
      generation: z.optional(
        described(
          GenerationSectionSchema,
          'Generation fields; they win over sampling: and the top level. Every key must be known.',
        ),
      ),
      sampling: z.optional(
        described(
          GenerationSectionSchema.clone(),
          'Generation fields for those generation: does not set. Every key must be known.',
        ),
      ),
      execution: z.optional(
        described(ExecutionSectionSchema, 'Execution fields; they win over the top level. Every key must be known.'),
      ),
      system_prompt: z.optional(
        described(
          z.string({ error: expectation('a string') }),
          'System prompt; native LightEval file only (LightEval 0.11 or later).',
        ),
      ),
      max_model_length: z.optional(
        described(
          integerFrom(1),
          "The model's context length in tokens; native LightEval file only (LightEval 0.12 or later).",
        ),
      ),
    },
    { error: expectation('a mapping') },
  ),
  'A run configuration. Free-form: these keys are read, others ignored. Generation fields come from generation:, ' +
    'else sampling:, else the top level; execution fields from execution:, else the top level. null means unset.',
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
export const ConfigDictSchema = z.lazy(() =>
  z.object({
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
        /** null: LiteLLM's own endpoint for the provider. */
        base_url: z.nullable(z.string()),
        api_key: z.optional(z.string()),
        api_key_env: z.optional(z.string()),
        concurrent_requests: z.int(),
        timeout: z.number(),
        max_retries: z.int(),
      }),
    ]),
    generation_parameters: GenerationParametersSchema,
    execution: z.object({ endpoint: z.literal('litellm'), use_chat_template: z.boolean() }),
  }),
);
export type ConfigDict = z.infer<typeof ConfigDictSchema>;

// ---- The native LightEval model file ----------------------------------------------------------------------

/** LightEval's names; it rejects unknown keys and negative values. */
const nonNegative = () => z.optional(z.number().check(z.nonnegative()));
const nonNegativeInteger = () => z.optional(z.int().check(z.nonnegative()));

const nativeGenerationParametersSchema = () =>
  z.strictObject({
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

export const NativeModelFileSchema = z.lazy(() =>
  z.strictObject({
    model_parameters: z.strictObject({
      model_name: z.string(),
      provider: z.string(),
      base_url: z.optional(z.string()),
      api_key: z.null(),
      concurrent_requests: z.optional(z.int()),
      timeout: z.optional(z.number()),
      api_max_retry: z.optional(z.int()),
      system_prompt: z.optional(z.string()),
      max_model_length: z.optional(z.int()),
      generation_parameters: nativeGenerationParametersSchema(),
    }),
  }),
);
export type NativeModelFile = z.infer<typeof NativeModelFileSchema>;
