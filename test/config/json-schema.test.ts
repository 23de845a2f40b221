/**
 * The JSON Schemas for editors: committed up to date, satisfied by the examples, refusing what the builder refuses
 * where JSON Schema can say it, and never refusing what the builder accepts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// The named export: under NodeNext, TypeScript types the default import of this CommonJS module as the namespace.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withoutNulls } from '../../src/config/fields.js';
import {
  JSON_SCHEMA_FILES,
  type JsonSchema,
  jsonSchemaText,
  providerJsonSchema,
  runConfigJsonSchema,
} from '../../src/config/json-schema.js';
import { knownProviderTypes, PROVIDER_TYPE_PATTERN, resolveProviderType } from '../../src/config/providers.js';
import { ProviderSchema, RunConfigSchema } from '../../src/config/schemas.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Strict: a keyword ajv does not know, or one that cannot apply to its type, fails the compilation.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const ajvAcceptsProvider = ajv.compile(providerJsonSchema());
const ajvAcceptsRunConfig = ajv.compile(runConfigJsonSchema());

/** What the builder does with a document before its schema sees it (see parseInto in service.ts). */
const builderAcceptsProvider = (document: unknown) => ProviderSchema.safeParse(withoutNulls(document)).success;
const builderAcceptsRunConfig = (document: unknown) => RunConfigSchema.safeParse(withoutNulls(document)).success;

const builderIssuePaths = (schema: typeof ProviderSchema | typeof RunConfigSchema, document: unknown) => {
  const result = schema.safeParse(withoutNulls(document));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

const readExample = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const EXAMPLE_PROVIDER = parse(readExample('provider.yaml')) as Record<string, unknown>;
const EXAMPLE_RUN_CONFIG = parse(readExample('run-config.yaml')) as Record<string, unknown>;

describe('the committed JSON Schemas', () => {
  it.each(JSON_SCHEMA_FILES)('$path is what npm run schema writes now', ({ path, schema }) => {
    const committed = readFileSync(join(ROOT, path), 'utf8');
    expect(JSON.parse(committed)).toEqual(schema());
    expect(committed).toBe(jsonSchemaText(schema()));
  });

  it('have a title and the draft 2020-12 dialect', () => {
    for (const { schema } of JSON_SCHEMA_FILES) {
      expect(schema()).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: expect.any(String) as string,
      });
    }
  });

  it('describe every field, for editors to show on hover', () => {
    const undescribed: string[] = [];
    const visit = (schema: JsonSchema, path: string) => {
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (typeof property === 'boolean') continue;
        if (property.description === undefined) undescribed.push(`${path}${key}`);
        visit(property, `${path}${key}.`);
      }
    };
    visit(providerJsonSchema(), 'provider.');
    visit(runConfigJsonSchema(), '');
    expect(undescribed).toEqual([]);
  });

  it('suggest the known provider types', () => {
    const type = providerJsonSchema().properties?.type;
    expect(type).toMatchObject({ examples: knownProviderTypes() });
    expect(knownProviderTypes()).toContain('openai');
  });
});

describe('the examples', () => {
  it.each([
    ['provider.yaml', 'schema/provider.schema.json', ajvAcceptsProvider],
    ['run-config.yaml', 'schema/run-config.schema.json', ajvAcceptsRunConfig],
  ] as const)('%s names its schema for editors and satisfies it', (name, schemaPath, accepts) => {
    const text = readExample(name);
    const [firstLine = ''] = text.split('\n');
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    const named = resolve(join(ROOT, 'examples'), match?.[1] ?? '');
    expect(relative(ROOT, named)).toBe(schemaPath);
    expect(existsSync(named)).toBe(true);
    expect(accepts(parse(text)), JSON.stringify(accepts.errors)).toBe(true);
  });

  it('are accepted by the builder too', () => {
    expect(builderAcceptsProvider(EXAMPLE_PROVIDER)).toBe(true);
    expect(builderAcceptsRunConfig(EXAMPLE_RUN_CONFIG)).toBe(true);
  });
});

describe('documents', () => {
  const providerWith = (changes: Record<string, unknown>) => ({ ...EXAMPLE_PROVIDER, ...changes });
  const rateLimitsWith = (changes: Record<string, unknown>) =>
    providerWith({ rate_limits: { max_retries: 5, ...changes } });
  const runConfigWith = (changes: Record<string, unknown>) => ({ ...EXAMPLE_RUN_CONFIG, ...changes });
  const { id: _id, ...providerWithoutId } = EXAMPLE_PROVIDER;

  it.each([
    ['id', providerWith({ id: '' })],
    ['id', providerWith({ id: -1 })],
    ['id', providerWith({ id: 1.5 })],
    ['id', providerWith({ id: null })],
    ['id', providerWithoutId],
    ['name', providerWith({ name: '   ' })],
    ['type', providerWith({ type: '' })],
    ['type', providerWith({ type: '-openai' })],
    ['type', providerWith({ type: 'open/ai' })],
    ['base_url', providerWith({ base_url: 'ftp://example.com/v1' })],
    ['base_url', providerWith({ base_url: 'https://' })],
    ['rate_limits.max_concurrency', rateLimitsWith({ max_concurrency: 0 })],
    ['rate_limits.max_concurrency', rateLimitsWith({ max_concurrency: 2.5 })],
    ['rate_limits.requests_per_minute', rateLimitsWith({ requests_per_minute: 0 })],
    ['rate_limits.timeout', rateLimitsWith({ timeout: -1 })],
    ['rate_limits.max_retries', rateLimitsWith({ max_retries: 2 ** 53 })],
    ['rate_limits.requests_per_second', rateLimitsWith({ requests_per_second: 5 })],
    ['rate_limits', providerWith({ rate_limits: [] })],
    ['capabilities.chat', providerWith({ capabilities: { chat: 'yes' } })],
    ['capabilities.unsupported_parameters.0', providerWith({ capabilities: { unsupported_parameters: [''] } })],
    ['capabilities.unsupported_parameters.0', providerWith({ capabilities: { unsupported_parameters: [null] } })],
  ])('a provider record with a bad %s is refused by both', (path, document) => {
    expect(ajvAcceptsProvider(document)).toBe(false);
    expect(builderIssuePaths(ProviderSchema, document)).toContain(path);
  });

  it.each([
    ['temperature', runConfigWith({ temperature: 5 })],
    ['generation.temperature', runConfigWith({ generation: { temperature: 2.01 } })],
    ['sampling.top_p', runConfigWith({ sampling: { top_p: 1.5 } })],
    ['top_k', runConfigWith({ top_k: -1 })],
    ['generation.max_new_tokens', runConfigWith({ generation: { max_new_tokens: 0 } })],
    ['max_tokens', runConfigWith({ max_tokens: 10.5 })],
    ['seed', runConfigWith({ seed: 1.5 })],
    ['presence_penalty', runConfigWith({ presence_penalty: -3 })],
    ['sampling.repetition_penalty', runConfigWith({ sampling: { repetition_penalty: 0 } })],
    ['generation.tempreature', runConfigWith({ generation: { tempreature: 0.7 } })],
    ['sampling.max_concurrency', runConfigWith({ sampling: { max_concurrency: 4 } })],
    ['execution.concurrency', runConfigWith({ execution: { concurrency: 4 } })],
    ['execution.concurrent_requests', runConfigWith({ execution: { concurrent_requests: 0 } })],
    ['concurrent_requests', runConfigWith({ concurrent_requests: 0 })],
    ['timeout', runConfigWith({ timeout: 0 })],
    ['execution.expected_latency_seconds', runConfigWith({ execution: { expected_latency_seconds: -6 } })],
    ['use_chat_template', runConfigWith({ use_chat_template: 'yes' })],
    ['stop', runConfigWith({ stop: '' })],
    ['generation.stop.1', runConfigWith({ generation: { stop: ['a', ''] } })],
    ['stop_sequences', runConfigWith({ stop_sequences: [null] })],
    ['system_prompt', runConfigWith({ system_prompt: 5 })],
    ['max_model_length', runConfigWith({ max_model_length: 0 })],
    ['generation', runConfigWith({ generation: ['temperature'] })],
    ['', []],
    ['', 'temperature: 0.7'],
  ])('a run configuration with a bad %s is refused by both', (path, document) => {
    expect(ajvAcceptsRunConfig(document)).toBe(false);
    expect(builderIssuePaths(RunConfigSchema, document)).toContain(path);
  });

  it.each([
    ['null as unset', providerWith({ rate_limits: null, capabilities: { chat: null, unsupported_parameters: null } })],
    ['null in a closed mapping', rateLimitsWith({ timeout: null, rate: null })],
    ['other keys', providerWith({ created_at: '2024-01-01', capabilities: { vision: true } })],
    ['an integer id, any type LiteLLM could name', providerWith({ id: 7, type: ' Azure OpenAI ' })],
    ['a LiteLLM provider the table does not list', providerWith({ type: 'novita' })],
  ])('a provider record with %s is accepted by both', (_what, document) => {
    expect(builderAcceptsProvider(document)).toBe(true);
    expect(ajvAcceptsProvider(document), JSON.stringify(ajvAcceptsProvider.errors)).toBe(true);
  });

  it.each([
    ['null as unset', runConfigWith({ temperature: null, generation: null, execution: { timeout: null } })],
    ['null for an unknown key of a closed section', runConfigWith({ generation: { tempreature: null } })],
    ['other top-level keys', runConfigWith({ tasks: ['gsm8k|0'], temprature: 3 })],
    ['boundaries', runConfigWith({ temperature: 0, top_p: 1, presence_penalty: -2, seed: 0, stop: ['\n\n'] })],
  ])('a run configuration with %s is accepted by both', (_what, document) => {
    expect(builderAcceptsRunConfig(document)).toBe(true);
    expect(ajvAcceptsRunConfig(document), JSON.stringify(ajvAcceptsRunConfig.errors)).toBe(true);
  });
});

// ---- Properties --------------------------------------------------------------------------------------------

/** Values that are wrong for most fields, or right for a few. */
const strayValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    '',
    ' ',
    'x',
    '\n',
    -1,
    0,
    0.5,
    1.5,
    3,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_VALUE,
    {},
    [],
    ['x'],
    [''],
    [null],
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 6 }),
);

/** A field's valid values mostly, else null (unset) or a stray value: documents the builder accepts, and some it refuses. */
const fieldOf = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 20, arbitrary: valid },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: strayValue },
  );

const between = (min: number, max: number) => fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
const positive = fc.oneof(
  fc.constantFrom(Number.MIN_VALUE, 1e-9, 120),
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
);
const integerFrom = (min: number) =>
  fc.oneof(
    fc.constantFrom(min, Number.MAX_SAFE_INTEGER),
    fc.integer({ min, max: 1000 }),
    fc.maxSafeNat().filter((value) => value >= min),
  );
const nonEmptyString = fc.oneof(fc.constantFrom(' x ', '\u00A0a', 'Demo'), fc.string({ minLength: 1, maxLength: 8 }));
const stopValue = fc.oneof(nonEmptyString, fc.constant('\n'), fc.array(nonEmptyString, { maxLength: 3 }));

/** Characters that provider types are made of, and some they must not contain. */
const typeCharacter = fc.constantFrom('a', 'Z', 'k', '\u212A', '0', '.', '_', '-', ' ', '\t', '\u00A0', '/', 'é', 'İ');
const providerType = fc.oneof(
  fc.constantFrom(...knownProviderTypes()),
  fc.constantFrom(...knownProviderTypes()).map((type) => ` ${type.toUpperCase().replace(/_/g, ' ')} `),
  fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,10}$/),
  fc.string({ unit: typeCharacter, maxLength: 10 }),
);
const baseUrl = fc.oneof(
  fc.constantFrom(
    'https://api.example.com/v1',
    'HTTP://LOCALHOST:8080',
    'http://[::1]:11434',
    'https://u:p@h/x?key=1#f',
    'https://',
    'http://a b',
  ),
  fc.webUrl({ validSchemes: ['http', 'https', 'ftp'], withQueryParameters: true, withFragments: true }),
);

/** Unknown keys, some near a known one: mostly null in closed mappings (where only null is allowed). */
const unknownKey = fc.constantFrom('tempreature', 'rate', 'extra', 'created_at', 'max_concurency', 'x');
const withUnknownKeys = <T extends object>(mapping: fc.Arbitrary<T>, closed = false) => {
  const value = closed
    ? fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: strayValue })
    : strayValue;
  return fc
    .tuple(mapping, fc.dictionary(unknownKey, value, { maxKeys: 2 }))
    .map(([known, unknown]) => ({ ...unknown, ...known }));
};
const optionalFields = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.record(fields, { requiredKeys: [] });

const rateLimits = withUnknownKeys(
  optionalFields({
    requests_per_minute: fieldOf(positive),
    tokens_per_minute: fieldOf(positive),
    max_concurrency: fieldOf(integerFrom(1)),
    timeout: fieldOf(positive),
    max_retries: fieldOf(integerFrom(0)),
  }),
  true,
);
const providerDocument = withUnknownKeys(
  fc.record(
    {
      id: fieldOf(fc.oneof(nonEmptyString, integerFrom(0))),
      name: fieldOf(nonEmptyString),
      type: fieldOf(providerType),
      base_url: fieldOf(baseUrl),
      rate_limits: fieldOf(rateLimits),
      capabilities: fieldOf(
        withUnknownKeys(
          optionalFields({
            chat: fieldOf(fc.boolean()),
            unsupported_parameters: fieldOf(fc.array(fc.oneof(nonEmptyString, strayValue), { maxLength: 3 })),
          }),
        ),
      ),
    },
    { requiredKeys: ['id', 'name', 'type'] },
  ),
);

const generationFields = {
  temperature: fieldOf(between(0, 2)),
  top_p: fieldOf(between(0, 1)),
  top_k: fieldOf(integerFrom(0)),
  max_new_tokens: fieldOf(integerFrom(1)),
  max_tokens: fieldOf(integerFrom(1)),
  stop: fieldOf(stopValue),
  stop_sequences: fieldOf(stopValue),
  presence_penalty: fieldOf(between(-2, 2)),
  frequency_penalty: fieldOf(between(-2, 2)),
  repetition_penalty: fieldOf(positive),
  seed: fieldOf(integerFrom(0)),
};
const executionFields = {
  concurrent_requests: fieldOf(integerFrom(1)),
  timeout: fieldOf(positive),
  max_retries: fieldOf(integerFrom(0)),
  expected_latency_seconds: fieldOf(positive),
  use_chat_template: fieldOf(fc.boolean()),
};
const runConfigDocument = withUnknownKeys(
  optionalFields({
    ...generationFields,
    ...executionFields,
    generation: fieldOf(withUnknownKeys(optionalFields(generationFields), true)),
    sampling: fieldOf(withUnknownKeys(optionalFields(generationFields), true)),
    execution: fieldOf(withUnknownKeys(optionalFields(executionFields), true)),
    system_prompt: fieldOf(fc.string({ maxLength: 10 })),
    max_model_length: fieldOf(integerFrom(1)),
  }),
);

describe('the JSON Schemas against the builder', () => {
  it.each([
    ['provider record', providerDocument, builderAcceptsProvider, ajvAcceptsProvider],
    ['run configuration', runConfigDocument, builderAcceptsRunConfig, ajvAcceptsRunConfig],
  ] as const)(
    'accept every %s the builder accepts (they are never stricter)',
    (_name, documents, builderAccepts, ajvAccepts) => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(documents, (document) => {
          if (!builderAccepts(document)) {
            refused++;
            return;
          }
          accepted++;
          expect(ajvAccepts(document), JSON.stringify(ajvAccepts.errors)).toBe(true);
        }),
        { numRuns: 3000 },
      );
      // Both outcomes often enough for the property to mean something.
      expect(accepted).toBeGreaterThan(300);
      expect(refused).toBeGreaterThan(300);
    },
  );

  it('match every provider type the builder resolves', () => {
    const pattern = new RegExp(PROVIDER_TYPE_PATTERN, 'u');
    fc.assert(
      fc.property(fc.oneof(providerType, fc.string({ unit: 'binary', maxLength: 6 })), (type) => {
        if (resolveProviderType(type) !== undefined && type.trim() !== '') expect(pattern.test(type), type).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  /** Each numeric field, where it may sit, and its range as the mapping rules (docs/configuration.md) state it. */
  interface NumericField {
    readonly path: readonly string[];
    readonly min: number;
    readonly max?: number;
    readonly exclusiveMin?: boolean;
    readonly integer?: boolean;
  }
  const generationRanges: [string, Omit<NumericField, 'path'>][] = [
    ['temperature', { min: 0, max: 2 }],
    ['top_p', { min: 0, max: 1 }],
    ['top_k', { min: 0, integer: true }],
    ['max_new_tokens', { min: 1, integer: true }],
    ['max_tokens', { min: 1, integer: true }],
    ['presence_penalty', { min: -2, max: 2 }],
    ['frequency_penalty', { min: -2, max: 2 }],
    ['repetition_penalty', { min: 0, exclusiveMin: true }],
    ['seed', { min: 0, integer: true }],
  ];
  const executionRanges: [string, Omit<NumericField, 'path'>][] = [
    ['concurrent_requests', { min: 1, integer: true }],
    ['timeout', { min: 0, exclusiveMin: true }],
    ['max_retries', { min: 0, integer: true }],
    ['expected_latency_seconds', { min: 0, exclusiveMin: true }],
  ];
  const runConfigFields: NumericField[] = [
    ...generationRanges.flatMap(([name, range]) =>
      [[name], ['generation', name], ['sampling', name]].map((path) => ({ path, ...range })),
    ),
    ...executionRanges.flatMap(([name, range]) => [[name], ['execution', name]].map((path) => ({ path, ...range }))),
    { path: ['max_model_length'], min: 1, integer: true },
  ];
  const providerFields: NumericField[] = [
    { path: ['id'], min: 0, integer: true },
    { path: ['rate_limits', 'requests_per_minute'], min: 0, exclusiveMin: true },
    { path: ['rate_limits', 'tokens_per_minute'], min: 0, exclusiveMin: true },
    { path: ['rate_limits', 'max_concurrency'], min: 1, integer: true },
    { path: ['rate_limits', 'timeout'], min: 0, exclusiveMin: true },
    { path: ['rate_limits', 'max_retries'], min: 0, integer: true },
  ];

  /** Numbers outside a field's range: below it, above it (beyond the safe integers for an integer), or between integers. */
  const outOfRange = (field: NumericField) => {
    const finite = { noNaN: true, noDefaultInfinity: true } as const;
    const candidates = [
      fc
        .double({ ...finite, max: field.min })
        .filter((value) => (field.exclusiveMin ? value <= field.min : value < field.min)),
    ];
    const max = field.integer ? Number.MAX_SAFE_INTEGER : field.max;
    if (max !== undefined) candidates.push(fc.double({ ...finite, min: max }).filter((value) => value > max));
    if (field.integer)
      candidates.push(fc.double({ ...finite, min: field.min, max: 1e6 }).filter((value) => !Number.isInteger(value)));
    return fc.oneof(...candidates);
  };

  const placed = (base: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> => {
    const [key = '', ...rest] = path;
    const inner = base[key];
    const child =
      rest.length === 0 ? value : placed(typeof inner === 'object' && inner !== null ? { ...inner } : {}, rest, value);
    return { ...base, [key]: child };
  };

  it.each([
    ['provider record', EXAMPLE_PROVIDER, providerFields, ProviderSchema, ajvAcceptsProvider],
    ['run configuration', EXAMPLE_RUN_CONFIG, runConfigFields, RunConfigSchema, ajvAcceptsRunConfig],
  ] as const)(
    'refuse a number out of range anywhere in a %s, as the builder does',
    (_name, base, fields, schema, ajvAccepts) => {
      const case_ = fc.constantFrom(...fields).chain((field) => fc.tuple(fc.constant(field), outOfRange(field)));
      fc.assert(
        fc.property(case_, ([field, value]) => {
          const document = placed(base, field.path, value);
          expect(builderIssuePaths(schema, document)).toContain(field.path.join('.'));
          expect(ajvAccepts(document)).toBe(false);
        }),
        { numRuns: 2000 },
      );
    },
  );
});
