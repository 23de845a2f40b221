/** README.md makes claims users act on: the commands it opens with, the CLI usage and the provider table. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/usage.js';
import { resolveProviderType } from '../src/config/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const codeBlocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README.md', () => {
  it('opens with the set-up-and-run and the test commands', () => {
    const [title, blank, fence, first, second] = readme.split('\n');
    expect([title, blank, fence]).toEqual(['# lighteval-action', '', '```sh']);
    expect(first).toMatch(/^npm ci && npm run demo\s+#/);
    expect(second).toMatch(/^npm ci && npm test\s+#/);
  });

  it('gives the test command CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('shows the usage the CLI prints', () => {
    expect(codeBlocks).toContain(USAGE);
  });

  it('documents a demo that runs the bundled example', () => {
    const demo: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.demo;
    const [node, cli, ...args] = demo.split(' ');
    expect([node, cli]).toEqual(['node', 'dist/cli/index.js']);
    const out = mkdtempSync(join(tmpdir(), 'lighteval-action-demo-'));
    const result = spawnSync(process.execPath, [cli ?? '', ...args, '--out-dir', out], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.status).toBe(0);
    expect(parse(result.stdout).metadata).toMatchObject({ model_name: 'openai/gpt-4o-mini', run_id: 'demo-run' });
  });

  it('lists provider types exactly as the builder resolves them', () => {
    const section = readme.slice(readme.indexOf('### Provider types'), readme.indexOf('## Running LightEval'));
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| stored type'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [types = '', prefix = '', keyEnv = ''] = row.split('|').slice(1, 4).map((cell) => cell.trim());
      for (const type of types.split(', ')) {
        const provider = resolveProviderType(type);
        expect(provider?.prefix, type).toBe(prefix.replace(' (with base_url)', ''));
        expect(provider?.keyEnv, type).toBe(keyEnv.replace(' (a guess)', ''));
        expect(provider?.keyEnvDocumented, type).toBe(!keyEnv.endsWith('(a guess)'));
      }
    }
  });
});
