import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/config/index.js';
import { issuesOfAsync } from '../fixtures/requests.js';

describe('parseDocument', () => {
  it('reads YAML and JSON alike', async () => {
    expect(await parseDocument('id: p\nrate_limits:\n  timeout: 30\n', 'provider.yaml')).toEqual({ id: 'p', rate_limits: { timeout: 30 } });
    expect(await parseDocument('{"id": "p", "n": [1, 2.5]}', 'provider.json')).toEqual({ id: 'p', n: [1, 2.5] });
  });

  it('reads YAML 1.2: yes, no and on stay strings', async () => {
    expect(await parseDocument('a: yes\nb: no\nc: on\nd: 0o17\ne: ~', 'x')).toEqual({ a: 'yes', b: 'no', c: 'on', d: 15, e: null });
  });

  it('gives null for an empty document', async () => {
    expect(await parseDocument('', 'x')).toBeNull();
    expect(await parseDocument('# nothing here\n', 'x')).toBeNull();
  });

  it('names the source and position of a syntax error, without quoting the text', async () => {
    expect(await issuesOfAsync(() => parseDocument('id: p\nname: "unterminated sk-secret\n', 'provider.yaml'))).toEqual([
      { path: 'provider.yaml', message: 'invalid YAML or JSON at line 3, column 1: missing closing "quote' },
    ]);
  });

  it('refuses duplicate keys and several documents', async () => {
    expect((await issuesOfAsync(() => parseDocument('a: 1\na: 2\n', 'run.yaml')))[0]?.message).toMatch(
      /^invalid YAML or JSON at line 2, column 1: map keys must be unique/,
    );
    expect(await issuesOfAsync(() => parseDocument('a: 1\n---\nb: 2\n', 'run.yaml'))).toEqual([
      { path: 'run.yaml', message: 'expected one YAML or JSON document, found several' },
    ]);
  });

  it('refuses alias bombs', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect((await issuesOfAsync(() => parseDocument(bomb, 'run.yaml')))[0]?.message).toMatch(/^unusable YAML: /);
  });
});
