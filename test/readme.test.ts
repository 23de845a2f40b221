/**
 * README.md is the user guide and docs/ holds the rest; both make claims users act on: the quick start, the set-up
 * commands, the inputs and outputs, the CLI usage, the provider table, and links that lead somewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS, USAGE } from '../src/cli/main.js';
import { type ConfigDict, resolveProviderType } from '../src/config/index.js';
import { createSandbox } from './support/action-runner.js';
import { startArtifactService } from './support/artifact-service.js';
import { documentationFiles, README_ACTION_REF } from './support/readme-workflows.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The most README.md may hold: a guide read top to bottom, the rest in docs/. */
const README_MAX_BYTES = 16_384;
/** How far into README.md the quick start's workflow must begin. */
const QUICK_START_WITHIN_BYTES = 3_072;

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const readme = read('README.md');
const pages = documentationFiles();

const codeBlocksOf = (text: string): string[] =>
  [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** Text outside fenced code blocks, where headings are (a `#` line in a block is code). */
const withoutFences = (text: string): string => text.replace(/```[\s\S]*?```/g, '');

/** Text outside fenced code blocks and inline code, where links are. */
const proseOf = (text: string): string => withoutFences(text).replace(/`[^`\n]*`/g, '');

/** GitHub's anchors: the heading's text in lower case, punctuation but - and _ dropped, spaces as -. */
function anchorOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(text: string): Set<string> {
  return new Set([...withoutFences(text).matchAll(/^#+ (.+)$/gm)].map(([, title = '']) => anchorOf(title)));
}

/** The targets of a page's Markdown links (`[text](target)`), code left out. */
function linksOf(text: string): string[] {
  return [...proseOf(text).matchAll(/\]\(([^)\s]+)\)/g)].map(([, target = '']) => target);
}

/** A link's file (relative to the repository; the page itself for `#anchor`) and anchor; undefined for a URL. */
function resolveLink(page: string, target: string): { file: string; anchor: string | undefined } | undefined {
  if (/^[a-z][a-z+.-]*:/i.test(target)) return undefined;
  const [path = '', anchor] = target.split('#');
  return { file: path === '' ? page : normalize(join(dirname(page), path)), anchor };
}

/** From the heading `start` to the next heading of any level. */
function sectionOf(text: string, start: string): string {
  const from = text.indexOf(`\n${start}\n`);
  expect(from, start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n#', from + start.length + 2);
  return text.slice(from, end === -1 ? undefined : end);
}

/** The cells of a Markdown table's rows, without its header row (which starts with `| <header> |`). */
function tableRows(section: string, header: string): string[][] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith(`| ${header} |`))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '').trim()));
}

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

const actionYml = (path: string): ActionYml => parse(read(path)) as ActionYml;

/** A table of inputs names each, in action.yml's order, `(required)` where required, and its declared default. */
function expectInputsDocumented(section: string, action: ActionYml, where: string): void {
  const inputs = tableRows(section, 'input');
  expect(
    inputs.map(([name = '']) => name.replace(' (required)', '')),
    where,
  ).toEqual(Object.keys(action.inputs).map((name) => `\`${name}\``));
  for (const [name = '', , documentedDefault = ''] of inputs) {
    const input = action.inputs[name.replace(' (required)', '').replace(/`/g, '')];
    expect(name.endsWith('(required)'), `${where}: ${name}`).toBe(input?.required === true);
    // Computed defaults (run-id, artifact-name, ...) are described in words and not declared in action.yml.
    if (input?.default !== undefined)
      expect(documentedDefault, `${where}: ${name}`).toBe(`\`${input.default === '' ? "''" : input.default}\``);
  }
}

function expectOutputsDocumented(section: string, action: ActionYml, where: string): void {
  const outputs = tableRows(section, 'output');
  expect(
    outputs.map(([name]) => name),
    where,
  ).toEqual(Object.keys(action.outputs).map((name) => `\`${name}\``));
}

describe('README.md', () => {
  it(`holds at most ${README_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('has a table of contents linking each of its sections and each page under docs/', () => {
    const contents = sectionOf(readme, '## Contents');
    const linked = linksOf(contents);
    const headings = [...withoutFences(readme).matchAll(/^#{2,3} (.+)$/gm)]
      .map(([, title = '']) => title)
      .filter((title) => title !== 'Contents');
    expect(headings.length).toBeGreaterThan(5);
    for (const title of headings) expect(linked, title).toContain(`#${anchorOf(title)}`);
    const docsPages = pages.filter((page) => page !== 'README.md');
    expect(docsPages.length).toBeGreaterThan(5);
    for (const page of docsPages)
      expect(
        linked.some((target) => target.split('#')[0] === page),
        page,
      ).toBe(true);
    // It comes first, after the title and the paragraph saying what the project does.
    expect(readme.indexOf('\n## ')).toBe(readme.indexOf('\n## Contents\n'));
  });

  it('starts with the quick start: a workflow that uses the action, near the top', () => {
    const quickStart = sectionOf(readme, '## Quick start');
    const [workflow] = codeBlocksOf(quickStart);
    expect(workflow).toContain(`uses: ${README_ACTION_REF}`);
    expect(codeBlocksOf(readme)[0]).toBe(workflow);
    expect(Buffer.byteLength(readme.slice(0, readme.indexOf(`uses: ${README_ACTION_REF}`)))).toBeLessThan(
      QUICK_START_WITHIN_BYTES,
    );
  });

  it('gives the set-up-and-run and the test commands of a fresh clone, together in one block', () => {
    const blocks = codeBlocksOf(readme).filter((block) => /^npm ci && /m.test(block));
    expect(blocks).toHaveLength(1);
    const [first, second, ...rest] = (blocks[0] ?? '').split('\n');
    expect(first).toMatch(/^npm ci && npm run demo\s+# \S/);
    expect(second).toMatch(/^npm ci && npm test\s+# \S/);
    expect(rest).toEqual(['']);
    expect(readme).toContain(`\`\`\`sh\n${blocks[0] ?? ''}\`\`\``);
  });

  it('gives the test command CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('documents a demo that runs the bundled example', () => {
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { demo: string } };
    const demo = packageJson.scripts.demo;
    const [node, cli, ...args] = demo.split(' ');
    expect([node, cli]).toEqual(['node', 'dist/cli/index.cjs']);
    const out = mkdtempSync(join(tmpdir(), 'lighteval-action-demo-'));
    const result = spawnSync(process.execPath, [cli ?? '', ...args, '--out-dir', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(result.status).toBe(0);
    expect((parse(result.stdout) as ConfigDict).metadata).toMatchObject({
      model_name: 'openai/gpt-4o-mini',
      run_id: 'demo-run',
    });
  });

  it('documents every input of action.yml with its default, and every output', () => {
    const action = actionYml('action.yml');
    expectInputsDocumented(sectionOf(readme, '## Inputs'), action, 'README.md');
    expectOutputsDocumented(sectionOf(readme, '## Outputs'), action, 'README.md');
  });

  it('shows a quick start that uses only inputs the action has, and that does what the README says', async () => {
    const action = actionYml('action.yml');
    const [workflowText = ''] = codeBlocksOf(sectionOf(readme, '## Quick start'));
    const workflow = parse(workflowText) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.uses?.includes('lighteval-action'));
    const inputs = step?.with ?? {};
    for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs), name).toContain(name);
    for (const [name, input] of Object.entries(action.inputs))
      if (input.required === true) expect(inputs).toHaveProperty(name);

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
      expect(Object.keys(sandbox.workspaceFiles()).sort()).toEqual([
        'lighteval-output/config.yaml',
        'lighteval-output/lighteval-model.yaml',
      ]);
      expect(service.uploads.map((upload) => upload.name)).toEqual([
        expect.stringMatching(/^lighteval-1234-2-openai-gpt-4o-mini-[0-9a-f]{8}$/),
      ]);
      expect(result.summary).toContain('### Model parameters');
      expect(result.summary).toContain('| max_new_tokens | <code>256</code> |');
    } finally {
      await service.close();
    }
  });
});

describe('README.md and docs/', () => {
  it('link only to files and headings that exist', () => {
    let anchored = 0;
    let crossFile = 0;
    for (const page of pages) {
      for (const target of linksOf(read(page))) {
        const link = resolveLink(page, target);
        if (link === undefined) continue;
        const where = `${page}: ${target}`;
        expect(link.file.startsWith('..'), where).toBe(false);
        expect(existsSync(join(ROOT, link.file)), where).toBe(true);
        if (link.file !== page) crossFile += 1;
        if (link.anchor === undefined) continue;
        anchored += 1;
        expect(link.file.endsWith('.md'), where).toBe(true);
        expect(anchorsOf(read(link.file)), where).toContain(link.anchor);
      }
    }
    expect(anchored).toBeGreaterThan(20);
    expect(crossFile).toBeGreaterThan(20);
  });

  it('docs/inputs.md documents every input of both actions with its default, and every output', () => {
    const inputs = read('docs/inputs.md');
    const action = actionYml('action.yml');
    expectInputsDocumented(sectionOf(inputs, '## Inputs'), action, 'docs/inputs.md');
    expectOutputsDocumented(sectionOf(inputs, '## Outputs'), action, 'docs/inputs.md');
    expectInputsDocumented(
      sectionOf(inputs, '## The compare action'),
      actionYml('compare/action.yml'),
      'docs/inputs.md, the compare action',
    );
  });

  it('docs/cli.md shows the usage the CLI prints, and that of each command', () => {
    // Compared with the CLI's own text, so that a change to either shows here.
    const blocks = codeBlocksOf(read('docs/cli.md'));
    expect(blocks).toContain(USAGE);
    for (const command of COMMANDS) expect(blocks, command.name).toContain(command.usage);
  });

  it('docs/configuration.md lists provider types exactly as the builder resolves them', () => {
    const section = sectionOf(read('docs/configuration.md'), '### Provider types');
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| stored type'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [types = '', prefix = '', keyEnv = '', key = '', baseUrl = ''] = row
        .split('|')
        .slice(1, 6)
        .map((cell) => cell.trim());
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
