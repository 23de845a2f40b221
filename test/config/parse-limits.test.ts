// parseDocument's limits (size, depth, aliases) and its time on the largest documents they let through.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALIASES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  MAX_NESTED_ALIASES,
  parseDocument,
} from '../../src/config/parse.js';
import { readTextFile } from '../../src/io/files.js';
import { issuesOfAsync } from '../fixtures/requests.js';
import { tempDirs } from '../support/temp-dirs.js';

const tempDir = tempDirs('lighteval-action-parse-limits-');

const refusal = (line: number, column: number, reason: string) => [
  { path: 'run.yaml', message: `invalid YAML or JSON at line ${line}, column ${column}: ${reason}` },
];

/** How many collections deep `value` goes, walked without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const open: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = open.pop(); next !== undefined; next = open.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    deepest = Math.max(deepest, next.depth + 1);
    for (const child of Object.values(next.value)) open.push({ value: child, depth: next.depth + 1 });
  }
  return deepest;
}

describe('parseDocument: size', () => {
  it('holds documents to 1 MiB', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(1024 * 1024);
  });

  /** A YAML or JSON document of exactly `bytes` UTF-8 bytes, its bulk one string written with `char`. */
  const sized = (kind: 'yaml' | 'json', bytes: number, char = 'x') => {
    const [open, close] = kind === 'yaml' ? ['a: "', '"\n'] : ['{"a": "', '"}'];
    const body = bytes - open.length - close.length;
    const width = Buffer.byteLength(char);
    return `${open}${char.repeat(Math.floor(body / width))}${'x'.repeat(body % width)}${close}`;
  };

  it.each(['yaml', 'json'] as const)(
    'reads a %s document of MAX_DOCUMENT_BYTES, and refuses one a byte longer',
    async (kind) => {
      expect(Buffer.byteLength(sized(kind, MAX_DOCUMENT_BYTES))).toBe(MAX_DOCUMENT_BYTES);
      const value = (await parseDocument(sized(kind, MAX_DOCUMENT_BYTES), 'run.yaml')) as { a: string };
      expect(value.a).toHaveLength(MAX_DOCUMENT_BYTES - (kind === 'yaml' ? 6 : 9));
      expect(await issuesOfAsync(() => parseDocument(sized(kind, MAX_DOCUMENT_BYTES + 1), 'run.yaml'))).toEqual([
        { path: 'run.yaml', message: 'is 1.1 MiB; expected at most 1 MiB' },
      ]);
    },
  );

  it('counts UTF-8 bytes, not characters', async () => {
    const text = sized('yaml', MAX_DOCUMENT_BYTES + 200_000, 'é');
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(await issuesOfAsync(() => parseDocument(text, 'run-config'))).toEqual([
      { path: 'run-config', message: 'is 1.2 MiB; expected at most 1 MiB' },
    ]);
    await expect(parseDocument(sized('yaml', MAX_DOCUMENT_BYTES, '😀'), 'run-config')).resolves.toBeDefined();
  });

  it('refuses a 20 MB string before parsing it, whatever is in it', async () => {
    for (const text of ['x'.repeat(20_000_000), `a: [${'1,'.repeat(10_000_000)}]`, '['.repeat(20_000_000)]) {
      expect(await issuesOfAsync(() => parseDocument(text, 'run-config'))).toEqual([
        { path: 'run-config', message: 'is 19.1 MiB; expected at most 1 MiB' },
      ]);
    }
  });

  it('refuses a document file over the limit, read as the command line and the action read one', async () => {
    const path = join(tempDir(), 'run-config.yaml');
    const read = (bytes: number) => {
      writeFileSync(path, sized('yaml', bytes));
      return parseDocument(readTextFile(path, '--run-config'), path);
    };
    await expect(read(MAX_DOCUMENT_BYTES)).resolves.toBeDefined();
    expect(await issuesOfAsync(() => read(MAX_DOCUMENT_BYTES + 1))).toEqual([
      { path, message: 'is 1.1 MiB; expected at most 1 MiB' },
    ]);
    expect(await issuesOfAsync(() => read(3_355_443))).toEqual([
      { path, message: 'is 3.2 MiB; expected at most 1 MiB' },
    ]);
  });
});

describe('parseDocument: YAML nested too deep', () => {
  const lines = (count: number, line: (level: number) => string) =>
    Array.from({ length: count }, (_, level) => line(level)).join('\n');
  /** Each shape at `levels` levels of collections, with the line and column where its 101st opens. */
  const shapes: readonly [string, (levels: number) => string, number, number][] = [
    ['block maps', (n) => `${lines(n, (i) => `${'  '.repeat(i)}a:`)} 1\n`, 101, 201],
    ['block sequences', (n) => `${lines(n, (i) => `${'  '.repeat(i)}-`)} 1\n`, 101, 201],
    ['compact block sequences', (n) => `${'- '.repeat(n)}1\n`, 1, 201],
    ['explicit keys', (n) => `${lines(n, (i) => `${'  '.repeat(i)}? a\n${'  '.repeat(i)}:`)} 1\n`, 201, 201],
    ['flow sequences', (n) => `${'['.repeat(n)}1${']'.repeat(n)} # not JSON\n`, 1, 101],
    ['flow maps', (n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`, 1, 401],
    [
      'flow in block',
      (n) => `${lines(n - 10, (i) => `${'  '.repeat(i)}a:`)} ${'['.repeat(10)}${']'.repeat(10)}\n`,
      91,
      193,
    ],
  ];

  it.each(shapes)(
    'reads %s 100 levels deep, and refuses 101 where the 101st opens',
    async (_name, shape, line, column) => {
      expect(MAX_DOCUMENT_DEPTH).toBe(100);
      expect(depthOf(await parseDocument(shape(100), 'run.yaml'))).toBe(100);
      expect(await issuesOfAsync(() => parseDocument(shape(101), 'run.yaml'))).toEqual(
        refusal(line, column, 'nested more than 100 levels deep'),
      );
    },
  );

  it('counts a key that is a collection as a level of its map', async () => {
    const key = (levels: number) => `? ${'['.repeat(levels)}${']'.repeat(levels)}\n: 1\n`;
    await expect(parseDocument(key(99), 'run.yaml')).resolves.toBeDefined();
    expect(await issuesOfAsync(() => parseDocument(key(100), 'run.yaml'))).toEqual(
      refusal(1, 102, 'nested more than 100 levels deep'),
    );
  });

  it('refuses 100,000 levels as it refuses 101', async () => {
    expect(
      await issuesOfAsync(() => parseDocument(`${'['.repeat(100_000)}${']'.repeat(100_000)} #`, 'run.yaml')),
    ).toEqual(refusal(1, 101, 'nested more than 100 levels deep'));
    expect(await issuesOfAsync(() => parseDocument(`${'- '.repeat(100_000)}1`, 'run.yaml'))).toEqual(
      refusal(1, 201, 'nested more than 100 levels deep'),
    );
    expect(await issuesOfAsync(() => parseDocument('{a: ['.repeat(100_000), 'run.yaml'))).toEqual(
      refusal(1, 251, 'nested more than 100 levels deep'),
    );
  });

  it('gives the message and place JSON gives for the same text', async () => {
    const nested = `\n${'{"a":['.repeat(51)}1${']}'.repeat(51)}`;
    const json = await issuesOfAsync(() => parseDocument(nested, 'run.yaml'));
    expect(json).toEqual(refusal(2, 301, 'nested more than 100 levels deep'));
    expect(await issuesOfAsync(() => parseDocument(`${nested}\n# a comment: YAML, not JSON`, 'run.yaml'))).toEqual(
      json,
    );
  });
});

describe('parseDocument: YAML aliases', () => {
  it('reads 100 aliases and refuses the 101st', async () => {
    expect(MAX_ALIASES).toBe(100);
    // Of two anchors: toJS's own guard refuses a 100th alias of one scalar.
    const aliases = (count: number) =>
      `a: &a x\nb: &b y\nc:\n${Array.from({ length: count }, (_, i) => `  - *${'ab'[i % 2]}\n`).join('')}`;
    expect(await parseDocument(aliases(100), 'run.yaml')).toEqual({
      a: 'x',
      b: 'y',
      c: Array(50).fill(['x', 'y']).flat(),
    });
    expect(await issuesOfAsync(() => parseDocument(aliases(101), 'run.yaml'))).toEqual(
      refusal(104, 5, 'more than 100 aliases'),
    );
    // Aliases as keys count too.
    const keys = `a: &a x\n${Array.from({ length: 101 }, (_, i) => `m${i}: {*a : ${i}}\n`).join('')}`;
    expect(await issuesOfAsync(() => parseDocument(keys, 'run.yaml'))).toEqual(
      refusal(102, 8, 'more than 100 aliases'),
    );
  });

  it('reads 10 aliases inside the nodes that aliases refer to, counting each node once, and refuses the 11th', async () => {
    expect(MAX_NESTED_ALIASES).toBe(10);
    // t and u are each aliased twice but counted once: 5 + 5 aliases inside them.
    const within =
      's: &s 1\nr: &r 2\nt: &t [*s, *s, *s, *s, *s]\nu: &u {a: *r, b: *r, c: [*r, *r, *r]}\nuse: [*t, *t, *u, *u]\n';
    expect(await parseDocument(within, 'run.yaml')).toMatchObject({
      use: [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], { a: 2 }, { a: 2 }],
    });
    const over = within.replace('c: [*r, *r, *r]', 'c: [*r, *r, *r, *r]');
    expect(await issuesOfAsync(() => parseDocument(over, 'run.yaml'))).toEqual(
      refusal(5, 15, 'more than 10 aliases inside the nodes that aliases refer to'),
    );
    // Many nodes of one alias each.
    const many = (nodes: number) =>
      `s: &s 1\n${Array.from({ length: nodes }, (_, i) => `n${i}: &n${i} [*s]\n`).join('')}use: [${Array.from({ length: nodes }, (_, i) => `*n${i}`).join(', ')}]\n`;
    expect(await parseDocument(many(10), 'run.yaml')).toMatchObject({ use: Array(10).fill([1]) });
    expect(await issuesOfAsync(() => parseDocument(many(11), 'run.yaml'))).toEqual(
      refusal(13, 57, 'more than 10 aliases inside the nodes that aliases refer to'),
    );
  });

  it('refuses an alias inside the node it refers to, whose value would contain itself', async () => {
    expect(await issuesOfAsync(() => parseDocument('a: &a [1, *a]\n', 'run.yaml'))).toEqual(
      refusal(1, 11, 'an alias inside the node it refers to'),
    );
    expect(await issuesOfAsync(() => parseDocument('a: &a\n  b:\n    c: *a\n', 'run.yaml'))).toEqual(
      refusal(3, 8, 'an alias inside the node it refers to'),
    );
    expect(await issuesOfAsync(() => parseDocument('? &k [*k]\n: 1\n', 'run.yaml'))).toEqual(
      refusal(1, 7, 'an alias inside the node it refers to'),
    );
  });

  it('still leaves an unknown anchor to toJS, which refuses it', async () => {
    expect((await issuesOfAsync(() => parseDocument('a: *nowhere\n', 'run.yaml')))[0]?.message).toMatch(
      /^unusable YAML: Unresolved alias/,
    );
  });
});

describe('parseDocument: time linear in the text', () => {
  /** `count` distinct keys of one to three characters, which YAML reads as strings. */
  function shortKeys(count: number): string[] {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const rest = `${letters}0123456789`;
    const keys = [...letters];
    for (const first of keys) {
      if (keys.length >= count) break;
      if (first.length < 3) for (const next of rest) keys.push(first + next);
    }
    return keys.slice(0, count);
  }

  // yaml's own check compared every key of a map with every other: 40,000 keys took 11 to 28 s, and 200,000 would
  // take several minutes. Each document here fits in MAX_DOCUMENT_BYTES.
  it(
    'reads a block map of 200,000 keys, and finds a repeat of the first one at its end',
    { timeout: 60_000 },
    async () => {
      const keys = shortKeys(200_000);
      const text = keys.map((key) => `${key}:\n`).join('');
      expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
      const value = (await parseDocument(text, 'run.yaml')) as Record<string, null>;
      expect(Object.keys(value)).toHaveLength(200_000);
      expect(value[keys[199_999] ?? '']).toBeNull();
      expect(await issuesOfAsync(() => parseDocument(`${text}"a":\n`, 'run.yaml'))).toEqual(
        refusal(200_001, 1, 'map keys must be unique'),
      );
    },
  );

  it('reads a flow map of 110,000 keys, and finds a repeat at its end', { timeout: 60_000 }, async () => {
    const keys = shortKeys(110_000);
    const text = `{${keys.map((key, index) => `${key}: ${index % 10}`).join(', ')}}\n`;
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(Object.keys((await parseDocument(text, 'run.yaml')) as object)).toHaveLength(110_000);
    const repeated = `${text.slice(0, -2)}, 'a': 0}\n`;
    expect(await issuesOfAsync(() => parseDocument(repeated, 'run.yaml'))).toEqual(
      refusal(1, repeated.indexOf("'a'") + 1, 'map keys must be unique'),
    );
  });

  it('reads a JSON object of 110,000 keys, and finds a repeat at its end', { timeout: 60_000 }, async () => {
    const keys = shortKeys(110_000);
    const text = `{\n${keys.map((key) => `"${key}":0`).join(',\n')}\n}`;
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(Object.keys((await parseDocument(text, 'run.yaml')) as object)).toHaveLength(110_000);
    expect(await issuesOfAsync(() => parseDocument(text.replace(/\n}$/, ',\n"a":1\n}'), 'run.yaml'))).toEqual(
      refusal(110_002, 1, 'map keys must be unique'),
    );
  });

  it('reads a sequence of 100,000 small maps', { timeout: 60_000 }, async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `- {k: ${i % 10}}\n`).join('');
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(await parseDocument(text, 'run.yaml')).toHaveLength(100_000);
  });
});
