/** README.md makes claims users act on: the commands it opens with, the CLI usage and the provider table. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS, USAGE } from '../src/cli/main.js';
import { resolveProviderType } from '../src/config/index.js';
import { createSandbox } from './support/action-runner.js';
import { startArtifactService } from './support/artifact-service.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const codeBlocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

/** From the heading `start` to the next heading of any level. */
function sectionOf(start: string): string {
  const from = readme.indexOf(`\n${start}\n`);
  expect(from, start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n#', from + start.length + 2);
  return readme.slice(from, end === -1 ? undefined : end);
}

/** The cells of a Markdown table's rows, without its header row (which starts with `| <header> |`). */
function tableRows(section: string, header: string): string[][] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith(`| ${header} |`))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '').trim()));
}

describe('README.md', () => {
  it('links only to headings it has', () => {
    // GitHub's anchors: the heading's text in lower case, punctuation but - and _ dropped, spaces as -.
    const anchors = new Set(
      [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/^#+ (.+)$/gm)].map(([, title = '']) =>
        title.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-'),
      ),
    );
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map(([, anchor = '']) => anchor);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(anchors, link).toContain(link);
  });

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

  it('shows the usage the CLI prints, and that of each command', () => {
    expect(codeBlocks).toContain(USAGE);
    for (const command of COMMANDS) expect(codeBlocks, command.name).toContain(command.usage);
  });

  it('documents a demo that runs the bundled example', () => {
    const demo: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.demo;
    const [node, cli, ...args] = demo.split(' ');
    expect([node, cli]).toEqual(['node', 'dist/cli/index.cjs']);
    const out = mkdtempSync(join(tmpdir(), 'lighteval-action-demo-'));
    const result = spawnSync(process.execPath, [cli ?? '', ...args, '--out-dir', out], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.status).toBe(0);
    expect(parse(result.stdout).metadata).toMatchObject({ model_name: 'openai/gpt-4o-mini', run_id: 'demo-run' });
  });

  it('documents every input of action.yml with its default, and every output', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
    const inputs = tableRows(sectionOf('### Inputs'), 'input');
    expect(inputs.map(([name = '']) => name.replace(' (required)', ''))).toEqual(Object.keys(action.inputs).map((name) => `\`${name}\``));
    for (const [name = '', , documentedDefault = ''] of inputs) {
      const input = action.inputs[name.replace(' (required)', '').replace(/`/g, '')];
      expect(name.endsWith('(required)'), name).toBe(input?.required === true);
      // Computed defaults (run-id, artifact-name, ...) are described in words and not declared in action.yml.
      if (input?.default !== undefined) expect(documentedDefault, name).toBe(`\`${input.default === '' ? "''" : input.default}\``);
    }
    const outputs = tableRows(sectionOf('### Outputs'), 'output');
    expect(outputs.map(([name]) => name)).toEqual(Object.keys(action.outputs).map((name) => `\`${name}\``));
  });

  it('shows a minimal workflow that uses only inputs the action has, and that does what the README says', async () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
    const workflowText = codeBlocks.find((block) => block.includes('uses: OWNER/lighteval-action@v1')) ?? '';
    const workflow = parse(workflowText) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses?.includes('lighteval-action'));
    const inputs = step?.with ?? {};
    for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs), name).toContain(name);
    for (const [name, input] of Object.entries(action.inputs)) if (input.required === true) expect(inputs).toHaveProperty(name);

    // Run it as the runner would, the secret standing in for itself, against the stand-in artifact service.
    const key = 'sk-readme-0123456789abcdef';
    const withSecret = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [name, value.replace('${{ secrets.OPENAI_API_KEY }}', key)]),
    );
    const service = await startArtifactService();
    try {
      const sandbox = createSandbox();
      const result = await sandbox.main(withSecret, service.env);
      expect(result.status).toBe(0);
      expect(Object.keys(sandbox.workspaceFiles()).sort()).toEqual(['lighteval-output/config.yaml', 'lighteval-output/lighteval-model.yaml']);
      expect(service.uploads.map((upload) => upload.name)).toEqual([expect.stringMatching(/^lighteval-1234-2-openai-gpt-4o-mini-[0-9a-f]{8}$/)]);
      expect(result.summary).toContain('### Model parameters');
      expect(result.summary).toContain('| max_new_tokens | <code>256</code> |');
    } finally {
      await service.close();
    }
  });

  it('lists provider types exactly as the builder resolves them', () => {
    const section = sectionOf('### Provider types');
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| stored type'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [types = '', prefix = '', keyEnv = '', key = '', baseUrl = ''] = row.split('|').slice(1, 6).map((cell) => cell.trim());
      for (const type of types.split(', ')) {
        const provider = resolveProviderType(type);
        expect(provider?.prefix, type).toBe(prefix);
        expect(provider?.keyEnv, type).toBe(keyEnv.replace(' (a guess)', ''));
        expect(provider?.keyEnvDocumented, type).toBe(!keyEnv.endsWith('(a guess)'));
        expect(provider?.needsKey, type).toBe(key === 'required');
        expect(provider?.needsBaseUrl, type).toBe(baseUrl === 'required');
      }
    }
  });
});
