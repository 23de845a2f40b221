import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type BuildRequest, LightEvalConfigService } from '../../src/config/index.js';
import { toYamlText } from '../../src/config/serialize.js';

/** Strings YAML and JSON writers get wrong: quoting, comments, booleans, numbers, control and wide characters. */
const hostileString = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    'null',
    '~',
    'true',
    'NaN',
    '.inf',
    '0.10',
    '1e3',
    '0x1F',
    '007',
    '- x',
    '? x',
    ': x',
    'a: b',
    'a #b',
    '#c',
    '"q"',
    "'q'",
    '\\',
    '&anchor',
    '*alias',
    '!tag',
    '%TAG',
    '@at',
    '`tick`',
    '{a: 1}',
    '[1]',
    '|',
    '>',
    '---',
    '...',
    ' lead',
    'trail ',
    '\t',
    '\n',
    'a\nb',
    '\r\n',
    '\u0000',
    '\u0085',
    '\u2028',
    '\uFEFF',
    'é',
    '中文',
    '🙂',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);
const nonBlank = hostileString.filter((value) => value.trim() !== '');
const stopList = fc.array(
  hostileString.filter((value) => value !== ''),
  { maxLength: 3 },
);

const requestArbitrary: fc.Arbitrary<BuildRequest> = fc.record({
  provider: fc.record({
    id: fc.oneof(nonBlank, fc.nat()),
    name: nonBlank,
    type: fc.constantFrom('openai', 'Together AI', 'x-ai', 'OLLAMA', 'novita', 'hf'),
    base_url: fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
    capabilities: fc.record({ chat: fc.boolean() }, { requiredKeys: [] }),
  }),
  modelName: fc.stringMatching(/^[^\s/]\S{0,20}$/).filter((name) => !name.endsWith('/')),
  apiKey: fc.option(
    fc.tuple(fc.uuid(), hostileString).map(([id, tail]) => `sk-${id}${tail}`),
    { nil: undefined },
  ),
  includeApiKey: fc.boolean(),
  runId: fc.option(hostileString, { nil: undefined }),
  datasetId: fc.option(fc.oneof(hostileString, fc.integer()), { nil: undefined }),
  datasetName: fc.option(hostileString, { nil: undefined }),
  runConfig: fc.record(
    {
      concurrent_requests: fc.integer({ min: 1, max: 500 }),
      timeout: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      system_prompt: hostileString,
      generation: fc.record(
        {
          temperature: fc.double({ min: 0, max: 2, noNaN: true }),
          top_p: fc.double({ min: 0, max: 1, noNaN: true }),
          max_new_tokens: fc.integer({ min: 1, max: 1 << 20 }),
          stop: fc.oneof(
            hostileString.filter((value) => value !== ''),
            stopList,
          ),
          stop_sequences: stopList,
          frequency_penalty: fc.double({ min: 0, max: 2, noNaN: true }),
          seed: fc.nat(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
});

const service = new LightEvalConfigService();

describe('serialization', () => {
  it('YAML and JSON parse back to toDict() for any input, full and redacted', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const config = service.build(request);
        for (const variant of [config, config.redacted()]) {
          expect(parse(variant.toYaml())).toEqual(variant.toDict());
          expect(JSON.parse(variant.toJson())).toEqual(variant.toDict());
        }
        const native = config.toLightEvalModelConfig();
        expect(parse(native.toYaml())).toEqual(native.toDict());
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same bytes', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        expect(service.build(request).toYaml()).toBe(service.build(structuredClone(request)).toYaml());
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the key out of every redacted and native text', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        fc.pre(request.apiKey !== undefined && request.apiKey !== null);
        const config = service.build(request);
        const texts = [
          config.redacted().toYaml(),
          config.redacted().toJson(),
          config.toLightEvalModelConfig().toYaml(),
        ];
        for (const text of texts) expect(text).not.toContain(request.apiKey);
      }),
      { numRuns: 200 },
    );
  });
});

/** What toYamlText wrote with before it had its own emitter; the oracle for the layout. */
const yamlStringify = (value: unknown) =>
  stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

const finiteNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, 0.1, 1e21, 1e-7, 5e-7, 2 ** 53, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE),
);

/** JSON-like data whose strings and keys come from the given arbitraries; some properties are undefined. */
function plainData(string: fc.Arbitrary<string>, key: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(string, finiteNumber, fc.boolean(), fc.constant(null));
  return fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(key, fc.option(tie('value'), { nil: undefined, freq: 4 }), { maxKeys: 4 }),
  })).value;
}

/** The value yaml reads back: undefined properties dropped, every object a plain one. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutUndefined(item)]));
}

/**
 * Any UTF-16 unit, lone surrogates included, with the characters YAML and JSON writers get wrong made likely. (The
 * surrogates are listed low first: a high one followed by a low one would be a single astral character.)
 */
const anyUnit = fc.oneof(
  fc.constantFrom(...'"\\#: -?&*!|>\'%@`{}[],\t\n\r\0\x7f\x85\u2028\u2029\ufeff\ufffe\uffff\udc00\ud800'),
  fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const anyString = fc.oneof(hostileString, fc.string({ unit: anyUnit, maxLength: 20 }));
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
const anyKey = fc.oneof(
  identifier,
  fc.constantFrom(
    'yes',
    'No',
    'ON',
    'off',
    'y',
    'N',
    'true',
    'False',
    'null',
    'NULL',
    'e5',
    'E0',
    '~',
    '',
    '<<',
    '=',
    '1e3',
    '0x1F',
    '.inf',
    '- x',
    'a: b',
    'a #b',
    '__proto__',
    'constructor',
    'model_parameters',
  ),
  anyString,
);

/**
 * Characters yaml.stringify writes exactly as toYamlText does. Left out: LF, which yaml writes as a raw line break
 * in strings of 40 or more characters, and DEL, the C1 controls, U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF, which
 * yaml writes raw where toYamlText escapes them. The other C0 controls and lone surrogates are escaped alike.
 */
const sameAsYamlUnit = fc.oneof(
  fc.constantFrom(...'"\\#: -?&*!|>\'%@`{}[],\t\r\0\x07\x1b\u00a0\udc00\ud800'),
  fc
    .integer({ min: 0, max: 0x7e })
    .filter((code) => code !== 0x0a)
    .map((code) => String.fromCharCode(code)),
  fc
    .integer({ min: 0xa0, max: 0xfffd })
    .filter((code) => code !== 0x2028 && code !== 0x2029 && code !== 0xfeff)
    .map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
);
const sameAsYamlString = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'null',
    '~',
    'true',
    '0x1F',
    '1e3',
    '007',
    '- x',
    'a: b',
    '#c',
    ' lead',
    'trail ',
    '---',
  ),
  fc.string({ unit: sameAsYamlUnit, maxLength: 30 }),
);
/** Identifiers yaml also writes plain: it quotes only the YAML 1.2 words, toYamlText the YAML 1.1 ones and `e5` too. */
const plainKey = fc.oneof(
  fc.constantFrom('model_parameters', 'generation_parameters', 'max_new_tokens', 'api_key', 'id', '_'),
  identifier.filter((key) => !/^(?:y|n|yes|no|true|false|on|off|null|e[0-9]+)$/i.test(key)),
);

describe('toYamlText', () => {
  it('reads back, as YAML 1.2 and as YAML 1.1, to the value without its undefined properties', () => {
    fc.assert(
      fc.property(plainData(anyString, anyKey), (value) => {
        const text = toYamlText(value);
        const expected = withoutUndefined(value);
        // toEqual, not toStrictEqual: neither side has undefined properties, and toStrictEqual compares an own
        // `constructor` key as if it were the class. toEqual still tells -0 from 0.
        expect(parse(text)).toEqual(expected);
        expect(parse(text, { version: '1.1' })).toEqual(expected);
        expect(text).toMatch(/[^\n]\n$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the bytes yaml.stringify wrote, for the characters and keys both write alike', () => {
    fc.assert(
      fc.property(plainData(sameAsYamlString, plainKey), (value) => {
        expect(toYamlText(value)).toBe(yamlStringify(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('lays out nested and empty collections as yaml.stringify did', () => {
    const value = {
      a: [{ b: 1, c: [1, 2], d: { e: null } }, [], {}, [[{ f: true }]]],
      g: { h: { i: [] }, j: {} },
      k: undefined,
    };
    const text = [
      'a:',
      '  - b: 1',
      '    c:',
      '      - 1',
      '      - 2',
      '    d:',
      '      e: null',
      '  - []',
      '  - {}',
      '  - - - f: true',
      'g:',
      '  h:',
      '    i: []',
      '  j: {}',
      '',
    ].join('\n');
    expect(toYamlText(value)).toBe(text);
    expect(toYamlText([])).toBe('[]\n');
    expect(toYamlText({ k: undefined })).toBe('{}\n');
    expect(toYamlText('x')).toBe('"x"\n');
  });

  it('escapes what a double-quoted scalar must not hold as is, and nothing else', () => {
    const escapes = [
      ['\0', '\\0'],
      ['\x01', '\\x01'],
      ['\x07', '\\a'],
      ['\b', '\\b'],
      ['\t', '\\t'],
      ['\n', '\\n'],
      ['\v', '\\v'],
      ['\f', '\\f'],
      ['\r', '\\r'],
      ['\x1b', '\\e'],
      ['\x1f', '\\x1f'],
      ['"', '\\"'],
      ['\\', '\\\\'],
      ['\x7f', '\\x7f'],
      ['\x80', '\\x80'],
      ['\x85', '\\N'],
      ['\x9f', '\\x9f'],
      ['\u2028', '\\L'],
      ['\u2029', '\\P'],
      ['\udc00', '\\udc00'],
      ['\ud800', '\\ud800'],
      ['\ufeff', '\\ufeff'],
      ['\ufffe', '\\ufffe'],
      ['\uffff', '\\uffff'],
    ] as const;
    // Joined with `x`, so no high surrogate is followed by a low one.
    const value = escapes.map(([char]) => char).join('x');
    const text = escapes.map(([, escaped]) => escaped).join('x');
    expect(toYamlText(value)).toBe(`"${text}"\n`);
    expect(toYamlText(["\u00a0 é中🙂\ud800\udc00#: '~"])).toBe('- "\u00a0 é中🙂\ud800\udc00#: \'~"\n');
  });

  it('quotes every key that is not an identifier or that a YAML 1.1 or 1.2 reader takes for a non-string', () => {
    const value = {
      yes: 1,
      On: 2,
      N: 3,
      NULL: 4,
      E5: 5,
      '~': 6,
      '': 7,
      'a b': 8,
      '1e3': 9,
      'a\nb': 10,
      model_parameters: 11,
      _x1: 12,
    };
    const text = String.raw`"yes": 1
"On": 2
"N": 3
"NULL": 4
"E5": 5
"~": 6
"": 7
"a b": 8
"1e3": 9
"a\nb": 10
model_parameters: 11
_x1: 12
`;
    expect(toYamlText(value)).toBe(text);
  });

  it('writes numbers as yaml.stringify did', () => {
    const numbers = [0, -0, 7, -3, 1.5, 0.1, 1e21, 1e-7, 5e-7, 123456789012345680000, -1.5e300, Number.MIN_VALUE];
    expect(toYamlText(numbers)).toBe(
      '- 0\n- -0\n- 7\n- -3\n- 1.5\n- 0.1\n- 1e+21\n- 1e-7\n- 5e-7\n- 123456789012345680000\n- -1.5e+300\n- 5e-324\n',
    );
  });

  it('writes an object met twice in full both times, without anchors', () => {
    const shared = { x: 1 };
    expect(toYamlText({ a: shared, b: [shared] })).toBe('a:\n  x: 1\nb:\n  - x: 1\n');
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = { cyclic };
  class Point {
    x = 1;
  }
  it.each([
    ['a function', () => 1],
    ['a bigint', 1n],
    ['a symbol', Symbol('s')],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set([1])],
    ['a class instance', new Point()],
    ['a boxed string', Object('x')],
    ['undefined', undefined],
    ['undefined in an array', [1, undefined]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in an array', [1, , 2]],
    ['a nested bigint', { a: [{ b: 2n }] }],
    ['a nested non-finite number', { a: { b: [Number.NaN] } }],
    ['a cycle', cyclic],
    ['a key too long to write before `: `', { ['k'.repeat(1025)]: 1 }],
    ['a quoted key too long to write before `: `', { ['\n'.repeat(512)]: 1 }],
  ])('throws a TypeError for %s', (_name, value) => {
    expect(() => toYamlText(value)).toThrow(TypeError);
  });

  it('writes keys up to the 1024 characters YAML allows before `: `', () => {
    const key = 'k'.repeat(1024);
    expect(parse(toYamlText({ [key]: 1 }))).toEqual({ [key]: 1 });
    const quoted = '\n'.repeat(511);
    expect(parse(toYamlText({ [quoted]: 1 }))).toEqual({ [quoted]: 1 });
  });

  it('does not import the yaml package, whose loading adds about 10% to a config-only start (bench/yaml-load.ts)', () => {
    const source = readFileSync(new URL('../../src/config/serialize.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from\s+['"]yaml['"]|import\(\s*['"]yaml['"]/);
  });
});
