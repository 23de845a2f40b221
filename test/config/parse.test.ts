import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { parseDocument } from '../../src/config/index.js';
import { issuesOfAsync } from '../fixtures/requests.js';

describe('parseDocument', () => {
  it('reads YAML and JSON alike', async () => {
    expect(await parseDocument('id: p\nrate_limits:\n  timeout: 30\n', 'provider.yaml')).toEqual({
      id: 'p',
      rate_limits: { timeout: 30 },
    });
    expect(await parseDocument('{"id": "p", "n": [1, 2.5]}', 'provider.json')).toEqual({ id: 'p', n: [1, 2.5] });
  });

  it('reads YAML 1.2: yes, no and on stay strings', async () => {
    expect(await parseDocument('a: yes\nb: no\nc: on\nd: 0o17\ne: ~', 'x')).toEqual({
      a: 'yes',
      b: 'no',
      c: 'on',
      d: 15,
      e: null,
    });
  });

  it('gives null for an empty document', async () => {
    expect(await parseDocument('', 'x')).toBeNull();
    expect(await parseDocument('# nothing here\n', 'x')).toBeNull();
  });

  it('names the source and position of a syntax error, without quoting the text', async () => {
    expect(await issuesOfAsync(() => parseDocument('id: p\nname: "unterminated sk-secret\n', 'provider.yaml'))).toEqual(
      [{ path: 'provider.yaml', message: 'invalid YAML or JSON at line 3, column 1: missing closing "quote' }],
    );
  });

  it('refuses duplicate keys and several documents', async () => {
    expect((await issuesOfAsync(() => parseDocument('a: 1\na: 2\n', 'run.yaml')))[0]?.message).toMatch(
      /^invalid YAML or JSON at line 2, column 1: map keys must be unique/,
    );
    expect(await issuesOfAsync(() => parseDocument('a: 1\n---\nb: 2\n', 'run.yaml'))).toEqual([
      { path: 'run.yaml', message: 'expected one YAML or JSON document, found several' },
    ]);
  });

  it('refuses alias bombs: before toJS when aliases refer to nodes full of aliases, in toJS when one node is aliased too often', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(await issuesOfAsync(() => parseDocument(bomb, 'run.yaml'))).toEqual([
      {
        path: 'run.yaml',
        message:
          'invalid YAML or JSON at line 4, column 8: more than 10 aliases inside the nodes that aliases refer to',
      },
    ]);
    // Within the limits here (10 aliases inside the one node aliased), toJS's own guard (maxAliasCount 100) still
    // counts copies: it takes 8 of a node holding 10 aliases, and refuses 9.
    const wide = (copies: number) =>
      `x: &x 1\na: &a [${Array(10).fill('*x').join(', ')}]\nb: [${Array(copies).fill('*a').join(', ')}]\n`;
    expect(await issuesOfAsync(() => parseDocument(wide(9), 'run.yaml'))).toEqual([
      { path: 'run.yaml', message: 'unusable YAML: Excessive alias count indicates a resource exhaustion attack' },
    ]);
    expect(await parseDocument(wide(8), 'run.yaml')).toMatchObject({ b: Array(8).fill(Array(10).fill(1)) });
  });
});

describe('parseDocument on YAML with repeated keys', () => {
  const refusal = (line: number, column: number) => [
    { path: 'run.yaml', message: `invalid YAML or JSON at line ${line}, column ${column}: map keys must be unique` },
  ];

  it.each([
    ['plain and double-quoted', 'a: 1\n"a": 2\n', 2, 1],
    ['single-quoted and plain', "'a': 1\na: 2\n", 2, 1],
    ['plain and escaped', 'ab: 1\n"a\\x62": 2\n', 2, 1],
    ['tagged and plain', '!!str a: 1\na: 2\n', 2, 1],
    ['one number written two ways', 'n: 0\n1: a\n0x1: b\n', 3, 1],
    ['null written two ways', '~: 1\nnull: 2\n', 2, 1],
    ['in a flow map', 'x: {a: 1, "a": 2}\n', 1, 11],
    ['in a nested block map', 'outer:\n  inner:\n    k: 1\n    j: 2\n    k: 3\n', 5, 5],
    ['in a map inside a sequence', 'list:\n  - a: 1\n  - b: 1\n    c: 2\n    b: 3\n', 5, 5],
    ['at the end of a long map, after a CRLF line', 'a: 1\r\nb: 2\r\nc: 3\r\na: 4\r\n', 4, 1],
    ['as collection keys equal as JSON', '? [a]\n: 1\n? ["a"]\n: 2\n', 3, 3],
    ['as the same alias twice', 'v: &k x\nm:\n  *k : 1\n  *k : 2\n', 4, 3],
    ["as merge keys, which YAML 1.2 reads as plain '<<' keys", 'd: &d {x: 1}\nm:\n  <<: *d\n  <<: {y: 2}\n', 4, 3],
  ])('refuses a repeat: %s', async (_name, text, line, column) => {
    expect(await issuesOfAsync(() => parseDocument(text, 'run.yaml'))).toEqual(refusal(line, column));
  });

  it('keeps apart what yaml kept apart: a number and a string, an alias and its text, keys of separate maps', async () => {
    expect(await parseDocument('1: a\n"1": b\n', 'x')).toEqual({ 1: 'b' });
    expect(await parseDocument('a: &k b\n*k : c\nb: d\n', 'x')).toEqual({ a: 'b', b: 'd' });
    expect(await parseDocument('- a: 1\n- a: 2\n', 'x')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await parseDocument('s: [a: 1, a: 2]\n', 'x')).toEqual({ s: [{ a: 1 }, { a: 2 }] });
    expect(await parseDocument('d: &d {x: 1}\nm:\n  <<: *d\n  y: 2\n', 'x')).toEqual({
      d: { x: 1 },
      m: { '<<': { x: 1 }, y: 2 },
    });
  });

  it('reports the repeat yaml reported first: a block map checks a key before its value, a flow map after it', async () => {
    // Block: the outer repeat (line 2) comes before the one in its value.
    expect(await issuesOfAsync(() => parseDocument('a: 1\na:\n  x: 1\n  x: 2\n', 'run.yaml'))).toEqual(refusal(2, 1));
    // Block: a repeat inside an earlier value comes first.
    expect(await issuesOfAsync(() => parseDocument('a:\n  x: 1\n  x: 2\na: 3\n', 'run.yaml'))).toEqual(refusal(3, 3));
    // Flow: the repeat inside the repeated key's value comes first.
    expect(await issuesOfAsync(() => parseDocument('{a: 1, a: {b: 1, b: 2}}', 'run.yaml'))).toEqual(refusal(1, 18));
    expect(await issuesOfAsync(() => parseDocument('- {a: 1, b: {c: 1, c: 2}, a: 2}\n', 'run.yaml'))).toEqual(
      refusal(1, 20),
    );
  });

  it('reports a syntax error before a repeated key, which a broken structure may only seem to have', async () => {
    expect(await issuesOfAsync(() => parseDocument('a: 1\na: 2\nb: "unterminated\n', 'run.yaml'))).toEqual([
      { path: 'run.yaml', message: 'invalid YAML or JSON at line 4, column 1: missing closing "quote' },
    ]);
  });

  it('never quotes the key', async () => {
    const [issue] = await issuesOfAsync(() => parseDocument('sk-secret-123: 1\n"sk-secret-123": 2\n', 'x'));
    expect(issue?.message).not.toContain('sk-secret');
  });

  // ---- Against yaml's own check (uniqueKeys: true), on documents of scalar keys written many ways -----------------
  type Tree =
    | string
    | { readonly flow: boolean; readonly entries: readonly (readonly [string, Tree])[] }
    | { readonly flow: boolean; readonly items: readonly Tree[] };
  const keys = fc.constantFrom(
    'a',
    '"a"',
    "'a'",
    '"\\x61"',
    '!!str a',
    '&k a',
    'b',
    '"b"',
    '0',
    '-0',
    '1',
    '"1"',
    '1.0',
    '0x1',
    '~',
    'null',
    '""',
    'true',
    'TRUE',
  );
  const trees = fc.letrec<{ node: Tree; map: Tree; seq: Tree }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.constantFrom('1', 'x', '"y"', '~', "'z'"), tie('map'), tie('seq')),
    map: fc.record({ flow: fc.boolean(), entries: fc.array(fc.tuple(keys, tie('node')), { maxLength: 5 }) }),
    seq: fc.record({ flow: fc.boolean(), items: fc.array(tie('node'), { maxLength: 3 }) }),
  })).map;
  const inline = (tree: Tree): string =>
    typeof tree === 'string'
      ? tree
      : 'entries' in tree
        ? `{${tree.entries.map(([key, value]) => `${key}: ${inline(value)}`).join(', ')}}`
        : `[${tree.items.map(inline).join(', ')}]`;
  const isBlock = (tree: Tree) =>
    typeof tree !== 'string' && !tree.flow && ('entries' in tree ? tree.entries.length : tree.items.length) > 0;
  const block = (tree: Tree, indent: string): string => {
    if (typeof tree === 'string') return `${indent}${tree}\n`;
    const lines =
      'entries' in tree
        ? tree.entries.map(([key, value]) =>
            isBlock(value) ? `${indent}${key}:\n${block(value, `${indent}  `)}` : `${indent}${key}: ${inline(value)}\n`,
          )
        : tree.items.map((item) =>
            isBlock(item) ? `${indent}-\n${block(item, `${indent}  `)}` : `${indent}- ${inline(item)}\n`,
          );
    return lines.join('');
  };
  const documents = trees.map((tree) => (isBlock(tree) ? block(tree, '') : `${inline(tree)}\n`));

  /** What parseDocument gave when yaml itself checked repeated keys. */
  function yamlOutcome(text: string): { value: unknown } | { issues: unknown } {
    const lineCounter = new LineCounter();
    const [document] = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      logLevel: 'error',
    });
    const [error] = document?.errors ?? [];
    if (error === undefined) return { value: document?.toJS({ maxAliasCount: 100 }) };
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return {
      issues: [{ path: 'doc.json', message: `invalid YAML or JSON at line ${line}, column ${col}: ${reason}` }],
    };
  }

  it('gives what yaml gave: the same value, or the same first repeat at the same place', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const expected = yamlOutcome(text);
        if ('issues' in expected) refused += 1;
        expect(await outcome(text)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    // The documents repeat keys often enough to test the order of the refusals.
    expect(refused).toBeGreaterThan(300);
  });
});

/** What parseDocument gives: the value, or the issues it refuses the text with. */
async function outcome(text: string): Promise<{ value: unknown } | { issues: unknown }> {
  try {
    return { value: await parseDocument(text, 'doc.json') };
  } catch (error) {
    return { issues: (error as { issues?: unknown }).issues ?? error };
  }
}

/**
 * The text read by the YAML parser: a comment after it is not JSON, so JSON.parse refuses it, and it moves no
 * position that a message gives.
 */
const asYaml = (text: string) => outcome(`${text}\n#`);

// ---- JSON texts as people and tools write them ------------------------------------------------------------
const whitespace = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\n    ', ' \n\t');
/** A JSON string token with some characters written as \u escapes, others raw (control characters always escaped). */
const stringToken = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'a',
          'b',
          'é',
          '"',
          '\\',
          '/',
          '#',
          ':',
          '\n',
          '\t',
          '\0',
          '\x7f',
          '\x85',
          '\u2028',
          '\ufeff',
          '\ud800',
          '🙂',
        ),
        fc.string({ maxLength: 3 }),
      ),
      fc.boolean(),
    ),
    { maxLength: 4 },
  )
  .map((parts) =>
    parts
      .map(([text, escaped]) =>
        escaped
          ? Array.from(text, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
          : JSON.stringify(text).slice(1, -1),
      )
      .join(''),
  )
  .map((inner) => `"${inner}"`);
/** Few distinct keys, written in several ways, so that objects often repeat one. */
const keyToken = fc.oneof(
  fc.constantFrom(
    '"a"',
    '"\\u0061"',
    '"b"',
    '""',
    '"__proto__"',
    '"\\u005f_proto__"',
    '"constructor"',
    '"é"',
    '"\\u00e9"',
    '"\\ud800"',
  ),
  stringToken,
);
const numberToken = fc.oneof(
  fc.stringMatching(/^-?(?:0|[1-9][0-9]{0,30})(?:\.[0-9]{1,25})?(?:[eE][-+]?[0-9]{1,3})?$/),
  fc.constantFrom('-0', '-0.0', '1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890'),
);
const jsonText = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    numberToken,
    stringToken,
    fc.constantFrom('true', 'false', 'null'),
    tie('array'),
    tie('object'),
  ),
  array: fc
    .array(fc.tuple(whitespace, tie('value'), whitespace), { maxLength: 4 })
    .map((items) => `[${items.map((parts) => parts.join('')).join(',')}]`),
  object: fc
    .array(fc.tuple(whitespace, keyToken, whitespace, whitespace, tie('value'), whitespace), { maxLength: 5 })
    .map((entries) => `{${entries.map(([a, key, b, c, value, d]) => `${a}${key}${b}:${c}${value}${d}`).join(',')}}`),
})).value;
const documentText = fc
  .tuple(
    fc.constantFrom('', '\ufeff'),
    whitespace,
    fc.oneof(
      jsonText.map((text) => `{"k":${text}}`),
      jsonText,
    ),
    whitespace,
  )
  .map((parts) => parts.join(''));

describe('parseDocument on JSON', () => {
  it('gives back any JSON value from its JSON text, compact or indented', async () => {
    await fc.assert(
      // Through JSON once: JSON.stringify writes -0 as 0.
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 8 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
        async (value) => {
          expect(await parseDocument(JSON.stringify(value), 'doc.json')).toEqual(value);
          expect(await parseDocument(JSON.stringify(value, null, 2), 'doc.json')).toEqual(value);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives what the YAML parser gives for any JSON text: the same value, or the same refusal at the same place', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        expect(await outcome(text)).toEqual(await asYaml(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads numbers as YAML does: -0, big integers rounded, out-of-range exponents to Infinity and 0', async () => {
    const value = await parseDocument('[-0, 9007199254740993, 1e400, -1e400, 1e-400, 1E2]', 'doc.json');
    expect(value).toEqual([-0, 9007199254740992, Infinity, -Infinity, 0, 100]);
    expect(value).toEqual(
      ((await asYaml('[-0, 9007199254740993, 1e400, -1e400, 1e-400, 1E2]')) as { value: unknown }).value,
    );
  });

  it('keeps __proto__ an own key, as YAML does, without touching the prototype', async () => {
    const value = await parseDocument('{"__proto__": {"polluted": true}}', 'doc.json');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a lone carriage return as the whitespace JSON says it is, where yaml took it for text', async () => {
    expect(await parseDocument('{"a": 1,\r"b": [1,\r2]}', 'x')).toEqual({ a: 1, b: [1, 2] });
  });

  it('refuses a key repeated in one object, at any depth, naming the line and column of the repeat', async () => {
    const text =
      '{\n  "generation": {\n    "stop": ["a", {"x": 1, "y": 2}],\n    "seed": 1,\n    "s\\u0065ed": 2\n  },\n  "seed": 3\n}';
    expect(await issuesOfAsync(() => parseDocument(text, 'run-config'))).toEqual([
      { path: 'run-config', message: 'invalid YAML or JSON at line 5, column 5: map keys must be unique' },
    ]);
    expect(await issuesOfAsync(() => parseDocument('[{"a": 1}, {"b": {"c": 1, "c": 2}}]', 'x'))).toEqual([
      { path: 'x', message: 'invalid YAML or JSON at line 1, column 27: map keys must be unique' },
    ]);
  });

  it('never quotes the text in an error', async () => {
    const [issue] = await issuesOfAsync(() => parseDocument('{"sk-secret-123": 1, "sk-secret-123": 2}', 'x'));
    expect(issue?.message).not.toContain('sk-secret');
  });

  it('refuses nesting deeper than 100 levels, where YAML overflowed its stack a few hundred levels down', async () => {
    const nested = (depth: number) => `${'{"a":['.repeat(depth / 2)}1${']}'.repeat(depth / 2)}`;
    await expect(parseDocument(nested(100), 'x')).resolves.toBeDefined();
    expect(await issuesOfAsync(() => parseDocument(`\n${nested(102)}`, 'x'))).toEqual([
      { path: 'x', message: 'invalid YAML or JSON at line 2, column 301: nested more than 100 levels deep' },
    ]);
  });

  it('reads what is not JSON as YAML: flow YAML, comments, and its errors', async () => {
    expect(await parseDocument('{temperature: 0, stop: [a, "b"]}', 'x')).toEqual({ temperature: 0, stop: ['a', 'b'] });
    expect(await parseDocument('  {"a": 1} # why\n', 'x')).toEqual({ a: 1 });
    expect(await issuesOfAsync(() => parseDocument('{"a": 1,, }', 'x'))).toEqual([
      { path: 'x', message: 'invalid YAML or JSON at line 1, column 9: unexpected , in flow map' },
    ]);
    expect(await issuesOfAsync(() => parseDocument('{a: 1, a: 2}', 'x'))).toEqual([
      { path: 'x', message: 'invalid YAML or JSON at line 1, column 8: map keys must be unique' },
    ]);
  });

  it('reads JSON without loading the yaml package', async () => {
    const loads = vi.fn();
    vi.resetModules();
    vi.doMock('yaml', async (importOriginal) => {
      loads();
      return importOriginal();
    });
    try {
      const fresh = await import('../../src/config/parse.js');
      expect(await fresh.parseDocument('\ufeff {"a": [1, {"b": null}], "c": "d"}\n', 'x')).toEqual({
        a: [1, { b: null }],
        c: 'd',
      });
      await expect(fresh.parseDocument('{"a": 1, "a": 2}', 'x')).rejects.toThrow(/map keys must be unique/);
      expect(loads).not.toHaveBeenCalled();
      // The watch works: what JSON.parse refuses loads the package.
      expect(await fresh.parseDocument('{a: 1}', 'x')).toEqual({ a: 1 });
      expect(loads).toHaveBeenCalledOnce();
    } finally {
      vi.doUnmock('yaml');
      vi.resetModules();
    }
  });
});

describe('parseDocument on YAML warnings', () => {
  it('prints nothing of the text: a key that is a collection makes yaml warn with the key in the warning', async () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const consoleWarnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await parseDocument('? [sk-secret-0123456789]\n: 1\n', 'run-config')).toEqual({
        '[ sk-secret-0123456789 ]': 1,
      });
      expect(warnings).not.toHaveBeenCalled();
      expect(consoleWarnings).not.toHaveBeenCalled();
    } finally {
      warnings.mockRestore();
      consoleWarnings.mockRestore();
    }
  });
});
