/**
 * The documentation (README.md and the pages under docs/) and the GitHub workflows it shows: its ```yaml blocks that
 * are workflows (a mapping with `on` and `jobs`), as written, with the file and line each starts on, so that a finding
 * inside one can be pointed at in its page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './action-runner.js';

export const README_PATH = join(ROOT, 'README.md');

/** How the documentation's workflows name this action, and the compare action beside it. */
export const README_ACTION_REF = 'OWNER/lighteval-action@v1';
export const README_COMPARE_REF = 'OWNER/lighteval-action/compare@v1';

export interface ReadmeYamlBlock {
  /** The page, relative to the repository (`README.md`, `docs/cli.md`). */
  readonly file: string;
  /** The nearest heading above the block, as written (`### Release gate`). */
  readonly heading: string;
  /** Line (1-based) of the page where the block's first line is, the one after the opening fence. */
  readonly firstLine: number;
  readonly text: string;
}

export interface Workflow {
  readonly on: unknown;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<
    string,
    {
      needs?: string;
      strategy?: { matrix?: Record<string, unknown[]> };
      steps: { id?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }[];
    }
  >;
}

export interface ReadmeWorkflow extends ReadmeYamlBlock {
  readonly workflow: Workflow;
}

export function readmeText(): string {
  return readFileSync(README_PATH, 'utf8');
}

function markdownUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return entry.endsWith('.md') ? [path] : [];
  });
}

/** The documentation's pages, relative to the repository: README.md first, then every Markdown file under docs/. */
export function documentationFiles(): string[] {
  return [
    'README.md',
    ...markdownUnder(join(ROOT, 'docs'))
      .map((path) => relative(ROOT, path))
      .sort(),
  ];
}

/** Every ```yaml block of a page, in order. */
export function readmeYamlBlocks(text: string = readmeText(), file = 'README.md'): ReadmeYamlBlock[] {
  const lines = text.split('\n');
  const blocks: ReadmeYamlBlock[] = [];
  let heading = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^#{1,6} /.test(line)) heading = line;
    const fence = /^(`{3,})(\w*)\s*$/.exec(line);
    if (fence === null) continue;
    const [, ticks = '```', language = ''] = fence;
    const end = lines.findIndex(
      (candidate, at) => at > index && candidate.startsWith(ticks) && candidate.trim() === ticks,
    );
    if (end === -1) throw new Error(`${file} line ${index + 1}: a code block that is never closed`);
    if (language === 'yaml' || language === 'yml') {
      blocks.push({ file, heading, firstLine: index + 2, text: `${lines.slice(index + 1, end).join('\n')}\n` });
    }
    // Past the block: a `#` line inside it is a YAML comment, not a heading.
    index = end;
  }
  return blocks;
}

function isWorkflow(value: unknown): value is Workflow {
  return typeof value === 'object' && value !== null && 'on' in value && 'jobs' in value;
}

function workflowsOf(blocks: readonly ReadmeYamlBlock[]): ReadmeWorkflow[] {
  return blocks.flatMap((block) => {
    const workflow: unknown = parse(block.text);
    return isWorkflow(workflow) ? [{ ...block, workflow }] : [];
  });
}

/** The README's yaml blocks that are GitHub workflows (provider records and run configurations are not). */
export function readmeWorkflows(readme: string = readmeText()): ReadmeWorkflow[] {
  return workflowsOf(readmeYamlBlocks(readme));
}

/** The yaml blocks of the pages under docs/. */
export function docsYamlBlocks(): ReadmeYamlBlock[] {
  return documentationFiles()
    .filter((file) => file !== 'README.md')
    .flatMap((file) => readmeYamlBlocks(readFileSync(join(ROOT, file), 'utf8'), file));
}

/** The workflows the pages under docs/ show. */
export function docsWorkflows(): ReadmeWorkflow[] {
  return workflowsOf(docsYamlBlocks());
}

/** The workflow under a README heading (`### Release gate`). */
export function workflowUnder(heading: string, readme: string = readmeText()): Workflow {
  const found = readmeWorkflows(readme).find((block) => block.heading === heading);
  if (found === undefined) throw new Error(`README.md has no workflow under "${heading}"`);
  return found.workflow;
}
