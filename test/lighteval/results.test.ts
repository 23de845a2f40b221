import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LightEvalResultsSchema,
  MAX_RESULTS_DEPTH,
  metricValuesOf,
  parseBaseline,
  parseResultsText,
  scrubResults,
  serializeResults,
  taskMetricsOf,
} from '../../src/lighteval/results.js';
import { configErrorOf } from '../fixtures/requests.js';

/** The example of /work/shared/reference/lighteval.md, as written there. */
const EXAMPLE = `{"config_general": {"lighteval_sha": "?", "num_fewshot_seeds": 1, "max_samples": 10, "job_id": "0",
  "start_time": 51234.81, "end_time": 51290.37, "total_evaluation_time_secondes": "55.56",
  "model_config": {"model_name": "openai/gpt-4o-mini", "generation_parameters": {"temperature": 0.7,
    "max_new_tokens": 512, "top_p": null, "stop_tokens": null}, "system_prompt": null,
    "cache_dir": "~/.cache/huggingface/lighteval", "provider": "openai", "base_url": "https://api.example.com/v1",
    "api_key": null, "concurrent_requests": 6, "verbose": false, "max_model_length": null, "api_max_retry": 5,
    "api_retry_sleep": 1.0, "api_retry_multiplier": 2.0, "timeout": 120.0},
  "model_name": "openai/gpt-4o-mini"},
 "results": {"gsm8k|0": {"extractive_match": 0.9, "extractive_match_stderr": 0.1},
  "mmlu:abstract_algebra|0": {"em": 0.6, "em_stderr": 0.1633}, "mmlu:anatomy|0": {"em": 0.8, "em_stderr": 0.1333},
  "mmlu:_average|0": {"em": 0.7, "em_stderr": 0.1483},
  "all": {"extractive_match": 0.9, "extractive_match_stderr": 0.1, "em": 0.7, "em_stderr": 0.1483}},
 "versions": {},
 "config_tasks": {"gsm8k|0": {"name": "gsm8k", "hf_repo": "openai/gsm8k", "generation_size": 256}},
 "summary_tasks": {"gsm8k|0": {"hashes": {"hash_examples": "8517d5bf7e880086"}, "truncated": 0,
  "non_truncated": 0, "padded": 0, "non_padded": 0}},
 "summary_general": {"hashes": {}, "truncated": 0, "non_truncated": 0, "padded": 0, "non_padded": 0}}
`;

/** Before 0.12.1, with the suite in the task keys, one NaN metric and a key LightEval 0.11 wrote in plain text. */
const OLD_STYLE = `{
  "config_general": {"model_config": {"model_name": "openai/gpt-4o-mini", "api_key": "sk-live-123"}, "model_name": "openai/gpt-4o-mini"},
  "results": {
    "lighteval|gsm8k|0": {"extractive_match": NaN, "extractive_match_stderr": NaN},
    "lighteval|ifeval|0": {"prompt_level_strict_acc": 0.5, "prompt_level_strict_acc_stderr": Infinity, "inst_level_strict_acc": 0.75},
    "all": {"extractive_match": NaN, "prompt_level_strict_acc": 0.5, "inst_level_strict_acc": 0.75}
  }
}`;

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** `levels` lists (`[[…]]`) or mappings (`{"a": {"a": …}}`) one inside another around `inner`, as JSON text. */
function nestedText(levels: number, kind: 'list' | 'mapping', inner: string): string {
  return kind === 'list'
    ? `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`
    : `${'{"a": '.repeat(levels)}${inner}${'}'.repeat(levels)}`;
}

/** `levels` lists or mappings one inside another around `inner`, built without recursion. */
function nestedValue(levels: number, kind: 'list' | 'mapping', inner: unknown): unknown {
  let value = inner;
  for (let level = 0; level < levels; level += 1) value = kind === 'list' ? [value] : { a: value };
  return value;
}

/** What lies `levels` lists or mappings down, walked without recursion. */
function innermost(value: unknown, levels: number): unknown {
  let at = value;
  for (let level = 0; level < levels; level += 1) {
    if (Array.isArray(at)) at = at[0];
    else if (typeof at === 'object' && at !== null) at = Object.values(at)[0];
  }
  return at;
}

/** Every string of a document, values and mapping keys, at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  }
  return [];
}

describe('parseResultsText', () => {
  it('reads the example of the reference exactly as JSON.parse does', () => {
    expect(parseResultsText(EXAMPLE, 'results.json')).toEqual(JSON.parse(EXAMPLE));
  });

  it('reads NaN, Infinity and -Infinity outside strings as null, and leaves them alone inside strings', () => {
    const text = '{"a": NaN, "b": [Infinity, -Infinity, 1], "NaN": "NaN Infinity -Infinity", "c": {"d":-Infinity}}';
    expect(parseResultsText(text, 'r.json')).toEqual({
      a: null,
      b: [null, null, 1],
      NaN: 'NaN Infinity -Infinity',
      c: { d: null },
    });
  });

  it('behaves like JSON.parse on any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseResultsText(text, 'r.json')).toEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps a "__proto__" key as an own key, as JSON.parse does', () => {
    const parsed = parseResultsText('{"__proto__": {"polluted": true}}', 'r.json') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes a leading byte order mark', () => {
    expect(parseResultsText('\uFEFF{"a": 1}', 'r.json')).toEqual({ a: 1 });
  });

  it.each([
    '',
    '{"a": 1,}',
    '{\n  "a":\n    nan}',
    '[1 2]',
    "{'a': 1}",
    '"abc',
    '"a\nb"',
    '01',
    '{"a": +1}',
    '{"a": 1',
  ])('rejects %j, naming the file', (text) => {
    const error = configErrorOf(() => parseResultsText(text, 'out/results.json'));
    expect(error.issues).toEqual([
      {
        path: 'out/results.json',
        message: expect.stringMatching(/^not valid JSON( at line \d+, column \d+)?$/) as string,
      },
    ]);
  });

  it('gives the line and column of the problem when the JSON parser tells where it is', () => {
    expect(configErrorOf(() => parseResultsText('{\n"a": 1\n"b": 2}', 'r.json')).message).toBe(
      'r.json: not valid JSON at line 3, column 1',
    );
  });

  it('never quotes the text in its errors', () => {
    const key = 'sk-proj-Zx81_secret';
    for (const text of [`{"api_key": "${key}" x}`, `{"api_key": ${key}}`, `{"${key}": 1,}`, `{"api_key": "${key}`]) {
      const error = configErrorOf(() => parseResultsText(text, 'r.json'));
      expect(error.message).not.toContain('sk-');
      expect(error.message).not.toContain('secret');
    }
  });

  it.each([
    ['100,000 unclosed lists', '['.repeat(100_000)],
    ['20,000 nested lists', nestedText(20_000, 'list', '1')],
    ['200,000 nested mappings', nestedText(200_000, 'mapping', '"sk-proj-Zx81_secret"')],
    ['mappings and lists in turn', nestedText(10_000, 'mapping', nestedText(10_000, 'list', 'NaN'))],
    ['65 levels', nestedText(65, 'mapping', '1')],
    ['a list of deep mappings', `[${Array.from({ length: 100 }, () => nestedText(70, 'mapping', '1')).join(', ')}]`],
    [
      'results holding a deep value',
      `{"config_general": {}, "results": {"t|0": {"em": ${nestedText(20_000, 'list', '1')}}}}`,
    ],
  ])('refuses %s as a ConfigError, not a stack overflow, quoting nothing', (_name, text) => {
    const error = configErrorOf(() => parseResultsText(text, 'r.json'));
    expect(error.issues).toEqual([{ path: 'r.json', message: 'not LightEval results (nested deeper than 64 levels)' }]);
    expect(error.message).not.toContain('sk-');
  });

  it('reads up to 64 levels, however many values there are at each', () => {
    for (const kind of ['list', 'mapping'] as const) {
      const text = nestedText(MAX_RESULTS_DEPTH, kind, 'NaN');
      expect(parseResultsText(text, 'r.json')).toEqual(JSON.parse(text.replace('NaN', 'null')));
    }
    const wide = `[${Array.from({ length: 1_000 }, () => nestedText(63, 'list', '1')).join(',')}]`;
    expect(parseResultsText(wide, 'r.json')).toEqual(JSON.parse(wide));
  });

  it('does not count brackets or tokens inside strings, whatever the escapes before a quote', () => {
    const brackets = '[{'.repeat(50_000);
    for (const text of [
      `{"a": "${brackets}", "b": [NaN]}`,
      `{"a\\\\": "\\\\\\"${brackets}\\\\", "b": [NaN]}`,
      `{"a": "\\"", "b": "${brackets}\\\\\\\\", "c": [NaN], "d": "NaN -Infinity"}`,
    ]) {
      expect(parseResultsText(text, 'r.json')).toEqual(JSON.parse(text.replace('[NaN]', '[null]')));
    }
  });

  it('reads a string of many megabytes, plain or full of escapes, without a stack overflow', () => {
    const nineMegabytes = 9 * 1024 * 1024;
    for (const value of [
      'x'.repeat(nineMegabytes),
      '"\\'.repeat(nineMegabytes / 2),
      'é NaN [{ '.repeat(nineMegabytes / 8),
    ]) {
      const text = `{"config_general": {"note": ${JSON.stringify(value)}}, "results": {"t|0": {"em": NaN}}}`;
      const parsed = parseResultsText(text, 'r.json') as { config_general: { note: string }; results: unknown };
      expect(parsed.config_general.note === value).toBe(true);
      expect(parsed.results).toEqual({ 't|0': { em: null } });
    }
  });

  it('behaves like JSON.parse on text thick with quotes, backslashes, brackets and tokens', () => {
    const unit = fc.constantFrom('"', '\\', '[', ']', '{', '}', 'N', 'NaN', 'Infinity', '-', 'a', 'é', '\n');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 6 }), (strings) => {
        const text = JSON.stringify({ strings, nested: [strings, { [strings.join('')]: strings }] });
        expect(parseResultsText(text, 'r.json')).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('LightEvalResultsSchema', () => {
  it('takes the example, keeping the keys it does not name', () => {
    const parsed = LightEvalResultsSchema.parse(parseResultsText(EXAMPLE, 'r.json'));
    expect(parsed.results['mmlu:_average|0']).toEqual({ em: 0.7, em_stderr: 0.1483 });
    expect(parsed.config_general.model_config?.provider).toBe('openai');
    expect(parsed.summary_general).toEqual({ hashes: {}, truncated: 0, non_truncated: 0, padded: 0, non_padded: 0 });
  });

  it('takes task keys with a suite, and null metrics', () => {
    const parsed = LightEvalResultsSchema.parse(parseResultsText(OLD_STYLE, 'r.json'));
    expect(Object.keys(parsed.results)).toEqual(['lighteval|gsm8k|0', 'lighteval|ifeval|0', 'all']);
    expect(parsed.results['lighteval|gsm8k|0']).toEqual({ extractive_match: null, extractive_match_stderr: null });
  });

  it('rejects a document without results, or with a metric that is not a number, without echoing it', () => {
    expect(LightEvalResultsSchema.safeParse({ config_general: {} }).success).toBe(false);
    expect(LightEvalResultsSchema.safeParse({ results: {} }).success).toBe(false);
    const parsed = LightEvalResultsSchema.safeParse({
      config_general: {},
      results: { 'gsm8k|0': { em: 'sk-secret' } },
    });
    expect(parsed.error?.issues[0]?.path).toEqual(['results', 'gsm8k|0', 'em']);
    expect(parsed.error?.issues[0]?.message).toBe('expected a number or null');
  });
});

describe('scrubResults', () => {
  const KEY = 'sk-"q\\\'😀é\u2028ü';

  function hostileDocument(): Record<string, unknown> {
    return {
      config_general: {
        model_config: { model_name: 'openai/gpt-4o-mini', api_key: KEY, base_url: `https://u:${KEY}@example.com/v1` },
        job_id: '0',
      },
      results: { 'gsm8k|0': { em: 0.5, em_stderr: null } },
      versions: { [`task-${KEY}`]: 1, deep: [[{ [KEY]: { note: `Bearer ${KEY} and ${KEY}${KEY}` } }]] },
      // Strings holding JSON text: the key escaped in it, as JavaScript and as Python (ensure_ascii) write it.
      model_args: JSON.stringify({ api_key: KEY }),
      ascii_escaped: `api_key='${JSON.stringify(KEY)
        .slice(1, -1)
        .replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`,
      flags: [true, false, null, 3.5],
    };
  }

  it('nulls the model config api_key and masks the key in every value and key, at any depth', () => {
    const scrubbed = scrubResults(hostileDocument(), [KEY]) as Record<string, Record<string, unknown>>;
    expect(scrubbed.config_general).toEqual({
      model_config: { model_name: 'openai/gpt-4o-mini', api_key: null, base_url: 'https://u:***@example.com/v1' },
      job_id: '0',
    });
    expect(scrubbed.versions).toEqual({ 'task-***': 1, deep: [[{ '***': { note: 'Bearer *** and ***' } }]] });
    expect(scrubbed.model_args).toBe('{"api_key":"***"}');
    expect(scrubbed.ascii_escaped).toBe("api_key='***'");
    expect(scrubbed.flags).toEqual([true, false, null, 3.5]);
    expect(scrubbed.results).toEqual({ 'gsm8k|0': { em: 0.5, em_stderr: null } });
    const text = serializeResults(scrubbed);
    for (const form of ['😀', 'é', 'ü', '\\u2028', 'sk-\\"', JSON.stringify(KEY).slice(1, -1)])
      expect(text).not.toContain(form);
  });

  it('does not change its input', () => {
    const input = hostileDocument();
    const before = structuredClone(input);
    expect(() => scrubResults(deepFreeze(input), [KEY])).not.toThrow();
    expect(input).toEqual(before);
  });

  it('nulls an api_key that is already gone from strings, and adds none where there was none', () => {
    const withKey = { config_general: { model_config: { api_key: 'not-in-the-secrets' } } };
    expect(scrubResults(withKey, [])).toEqual({ config_general: { model_config: { api_key: null } } });
    const withoutKey = { config_general: { model_config: { model_name: 'm' } }, results: {} };
    expect(scrubResults(withoutKey, ['x-secret'])).toEqual(withoutKey);
    expect(scrubResults('just text', ['text'])).toBe('just ***');
    expect(scrubResults(42, ['42'])).toBe(42);
  });

  it.each([
    ['20,000 lists', 20_000, 'list'],
    ['200,000 mappings', 200_000, 'mapping'],
  ] as const)('scrubs a key %s down, without a stack overflow, leaving its input alone', (_name, levels, kind) => {
    const key = 'sk-deep-0123456789';
    const input = {
      config_general: { model_config: { api_key: key } },
      results: {},
      deep: nestedValue(levels, kind, { [key]: `a ${key} b` }),
    };
    const scrubbed = scrubResults(input, [key]) as typeof input;
    expect(scrubbed.config_general.model_config.api_key).toBeNull();
    expect(innermost(scrubbed.deep, levels)).toEqual({ '***': 'a *** b' });
    expect(innermost(input.deep, levels)).toEqual({ [key]: `a ${key} b` });
  });

  it('scrubs every item of a list of deep mappings, and a key in a string of many megabytes', () => {
    const key = 'sk-wide-0123456789';
    const huge = `${'x'.repeat(9 * 1024 * 1024)}${key}`;
    const scrubbed = scrubResults(
      { items: Array.from({ length: 100 }, (_item, index) => nestedValue(2_000, 'mapping', [index, key])), huge },
      [key],
    ) as { items: unknown[]; huge: string };
    expect(scrubbed.items.map((item) => innermost(item, 2_000))).toEqual(
      Array.from({ length: 100 }, (_item, index) => [index, '***']),
    );
    expect(scrubbed.huge.length).toBe(9 * 1024 * 1024 + 3);
    expect(scrubbed.huge.endsWith('x***')).toBe(true);
  });

  it('keeps the order of keys, a "__proto__" key as an own key, and the later of two keys that scrub alike', () => {
    const parsed = parseResultsText('{"z": 1, "__proto__": {"p": "KEY"}, "x-KEY": 2, "a": 3, "x-***": 4}', 'r.json');
    const scrubbed = scrubResults(parsed, ['KEY']) as Record<string, unknown>;
    expect(Object.keys(scrubbed)).toEqual(['z', '__proto__', 'x-***', 'a']);
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype);
    expect(scrubbed['__proto__']).toEqual({ p: '***' });
    expect(scrubbed['x-***']).toBe(4);
  });

  it('leaves nothing of two overlapping secrets', () => {
    expect(scrubResults({ note: 'xxabcdefyy' }, ['abcd', 'cdef'])).toEqual({ note: 'xx***yy' });
    expect(scrubResults({ note: 'xxabcdefyy' }, ['cdef', 'abcd'])).toEqual({ note: 'xx***yy' });
  });

  it('leaves no secret in any string of the output', () => {
    const secret = fc
      .oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }))
      // The mask itself is made of stars; a blank secret is not hidden.
      .filter((text) => !text.includes('*') && text.trim() !== '');
    const property = fc.property(
      fc.array(secret, { minLength: 1, maxLength: 3 }).chain((secrets) => {
        const text = fc
          .array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...secrets)), { maxLength: 6 })
          .map((pieces) => pieces.join(''));
        const { document } = fc.letrec<{ document: unknown }>((tie) => ({
          document: fc.oneof(
            { depthSize: 'small' },
            text,
            fc.double(),
            fc.boolean(),
            fc.constant(null),
            fc.array(tie('document'), { maxLength: 4 }),
            fc.dictionary(text, tie('document'), { maxKeys: 4 }),
          ),
        }));
        return fc.tuple(fc.constant(secrets), document);
      }),
      ([secrets, document]) => {
        const scrubbed = scrubResults(document, secrets);
        for (const text of stringsOf(scrubbed)) {
          for (const secretText of secrets) expect(text).not.toContain(secretText);
        }
      },
    );
    fc.assert(property, { numRuns: 300 });
  });
});

describe('metrics', () => {
  it('folds each stderr into its metric', () => {
    const metrics = taskMetricsOf(LightEvalResultsSchema.parse(parseResultsText(EXAMPLE, 'r.json')));
    expect(metrics).toEqual({
      'gsm8k|0': { extractive_match: { value: 0.9, stderr: 0.1 } },
      'mmlu:abstract_algebra|0': { em: { value: 0.6, stderr: 0.1633 } },
      'mmlu:anatomy|0': { em: { value: 0.8, stderr: 0.1333 } },
      'mmlu:_average|0': { em: { value: 0.7, stderr: 0.1483 } },
      all: { extractive_match: { value: 0.9, stderr: 0.1 }, em: { value: 0.7, stderr: 0.1483 } },
    });
    expect(metricValuesOf(metrics)).toEqual({
      'gsm8k|0': { extractive_match: 0.9 },
      'mmlu:abstract_algebra|0': { em: 0.6 },
      'mmlu:anatomy|0': { em: 0.8 },
      'mmlu:_average|0': { em: 0.7 },
      all: { extractive_match: 0.9, em: 0.7 },
    });
  });

  it('keeps null values, leaves out null stderr, and keeps the suite in task keys', () => {
    const metrics = taskMetricsOf(LightEvalResultsSchema.parse(parseResultsText(OLD_STYLE, 'r.json')));
    expect(metrics['lighteval|gsm8k|0']).toEqual({ extractive_match: { value: null, stderr: undefined } });
    expect(metrics['lighteval|ifeval|0']).toEqual({
      prompt_level_strict_acc: { value: 0.5, stderr: undefined },
      inst_level_strict_acc: { value: 0.75, stderr: undefined },
    });
    expect(metricValuesOf(metrics)['all']).toEqual({
      extractive_match: null,
      prompt_level_strict_acc: 0.5,
      inst_level_strict_acc: 0.75,
    });
  });

  it('keeps a _stderr key without its metric as a metric of its own', () => {
    const metrics = taskMetricsOf({
      results: {
        t: {
          lonely_stderr: 0.2,
          'pass@k:k=1&n=1': 0.4,
          'pass@k:k=1&n=1_stderr': 0.05,
          a: 1,
          a_stderr: 0.1,
          a_stderr_stderr: 0.01,
        },
      },
    });
    expect(metrics['t']).toEqual({
      lonely_stderr: { value: 0.2, stderr: undefined },
      'pass@k:k=1&n=1': { value: 0.4, stderr: 0.05 },
      a: { value: 1, stderr: 0.1 },
      // Its base is itself a stderr, folded into `a`.
      a_stderr_stderr: { value: 0.01, stderr: undefined },
    });
  });
});

describe('metrics of a long chain of stderr keys', () => {
  /** `m`, `m_stderr`, `m_stderr_stderr`…, `length` keys in all, each valued its place in the chain. */
  const chain = (length: number): [string, number][] =>
    Array.from({ length }, (_key, index) => [`m${'_stderr'.repeat(index)}`, index]);

  it.each([
    ['shortest first', (keys: [string, number][]) => keys],
    ['longest first', (keys: [string, number][]) => [...keys].reverse()],
    [
      'interleaved',
      (keys: [string, number][]) => [
        ...keys.filter((_key, index) => index % 3 === 1),
        ...keys.filter((_key, index) => index % 3 !== 1),
      ],
    ],
  ])('folds every other key into the one before it, in any order (%s)', (_name, order) => {
    const length = 3_001;
    const metrics = taskMetricsOf({ results: { t: Object.fromEntries(order(chain(length))) } })['t'] ?? {};
    // m takes m_stderr; m_stderr_stderr, whose metric is folded, is a metric and takes the next; and so on.
    expect(Object.keys(metrics)).toHaveLength((length + 1) / 2);
    for (let index = 0; index < length; index += 2) {
      expect(metrics[`m${'_stderr'.repeat(index)}`]).toEqual({
        value: index,
        stderr: index + 1 < length ? index + 1 : undefined,
      });
    }
  });
});

describe('parseBaseline', () => {
  const EXPECTED = {
    'gsm8k|0': { extractive_match: 0.9 },
    'mmlu:abstract_algebra|0': { em: 0.6 },
    'mmlu:anatomy|0': { em: 0.8 },
    'mmlu:_average|0': { em: 0.7 },
    all: { extractive_match: 0.9, em: 0.7 },
  };

  it("reads LightEval's results, without stderr", () => {
    expect(parseBaseline(parseResultsText(EXAMPLE, 'base.json'), 'base.json')).toEqual(EXPECTED);
  });

  it("reads LightEval's results with suites in task keys, leaving nulls out", () => {
    expect(parseBaseline(parseResultsText(OLD_STYLE, 'base.json'), 'base.json')).toEqual({
      'lighteval|gsm8k|0': {},
      'lighteval|ifeval|0': { prompt_level_strict_acc: 0.5, inst_level_strict_acc: 0.75 },
      all: { prompt_level_strict_acc: 0.5, inst_level_strict_acc: 0.75 },
    });
  });

  it("reads the action's metrics output, leaving nulls out", () => {
    const output = metricValuesOf(taskMetricsOf(LightEvalResultsSchema.parse(parseResultsText(EXAMPLE, 'r.json'))));
    expect(parseBaseline(JSON.parse(JSON.stringify(output)), 'metrics.json')).toEqual(EXPECTED);
    expect(parseBaseline({ 'gsm8k|0': { em: null, f1: 0.5 } }, 'metrics.json')).toEqual({ 'gsm8k|0': { f1: 0.5 } });
  });

  it.each([
    ['a foreign document', { name: 'my-package', version: '1.0.0' }],
    ['a list', [{ 'gsm8k|0': { em: 0.5 } }]],
    ['text', 'gsm8k|0'],
    ['null', null],
    ['metrics that are not numbers', { 'gsm8k|0': { em: 'high' } }],
  ])('rejects %s, naming the file and both shapes', (_name, value) => {
    const error = configErrorOf(() => parseBaseline(value, 'baseline.json'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('baseline.json');
    expect(error.message).toContain("LightEval's results JSON");
    expect(error.message).toContain("the action's metrics output");
  });

  it("points at the bad value of LightEval's results", () => {
    const error = configErrorOf(() => parseBaseline({ results: { 'gsm8k|0': { em: 'high' } } }, 'baseline.json'));
    expect(error.message).toBe('baseline.json: results.gsm8k|0.em: expected a number or null');
  });
});

describe('serializeResults', () => {
  it('writes JSON with a 4-space indent and a final line break', () => {
    expect(serializeResults({ results: { 'gsm8k|0': { em: null } } })).toBe(
      '{\n    "results": {\n        "gsm8k|0": {\n            "em": null\n        }\n    }\n}\n',
    );
  });

  it('writes back what it read', () => {
    const document = scrubResults(parseResultsText(OLD_STYLE, 'r.json'), ['sk-live-123']);
    expect(parseResultsText(serializeResults(document), 'r.json')).toEqual(document);
    expect(serializeResults(document)).not.toContain('sk-live-123');
  });
});
