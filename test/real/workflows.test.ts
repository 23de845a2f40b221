/**
 * Every GitHub workflow this repository holds or shows, linted by the real actionlint: the files in
 * .github/workflows/, the workflows in the ```yaml blocks of README.md and of the pages under docs/, and any workflow
 * file under examples/ or docs/.
 *
 * actionlint runs in a scratch project that mirrors the repository (each top-level entry linked, `.git` present so
 * that actionlint finds the project and resolves `uses: ./`), with the documentation's workflows written beside the
 * repository's own. There `OWNER/lighteval-action@v1` becomes `uses: ./`, so that actionlint checks their inputs and
 * `steps.<id>.outputs.<name>` against this repository's action.yml, and the action's metadata itself (runs.using,
 * the main and post files). actionlint also runs shellcheck over the `run:` scripts: given its path explicitly,
 * since actionlint skips shellcheck without a word when it finds none (or none at the path given), and a canary
 * proves that it ran.
 *
 * action.yml itself is validated by check-jsonschema against its vendored GitHub Actions metadata schema (offline:
 * the schema ships inside the package), and .github/dependabot.yml against its vendored Dependabot schema, with broken
 * copies proving each check can fail.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/action-runner.js';
import {
  docsWorkflows,
  docsYamlBlocks,
  README_ACTION_REF,
  README_COMPARE_REF,
  type ReadmeWorkflow,
  readmeWorkflows,
} from '../support/readme-workflows.js';
import { actionlintPath, lintToolsBin } from '../support/test-environments.js';

interface ActionMetadata {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, unknown>;
  readonly runs: { readonly using: string; readonly main: string; readonly post?: string };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;

/** A workflow to lint: where it comes from, and the line of that file its first line is. */
interface WorkflowSource {
  /** Path relative to the repository, for messages. */
  readonly origin: string;
  /** The origin's line number of the workflow's first line. */
  readonly firstLine: number;
  /** What a message adds after the position: the heading of the page. */
  readonly note?: string;
  /** The workflow as linted. */
  readonly text: string;
}

/** One finding in actionlint's JSON format. */
interface ActionlintError {
  readonly message: string;
  readonly filepath: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

function isWorkflowFile(name: string): boolean {
  return /\.ya?ml$/.test(name);
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A YAML file that is, or may be, a workflow: a mapping with `on` and `jobs`, or one that does not parse. */
function looksLikeWorkflow(text: string): boolean {
  try {
    const value: unknown = parse(text);
    return typeof value === 'object' && value !== null && 'on' in value && 'jobs' in value;
  } catch {
    return true;
  }
}

function repositoryWorkflows(): WorkflowSource[] {
  const own = filesUnder(join(ROOT, '.github', 'workflows')).filter(isWorkflowFile);
  const shown = ['examples', 'docs']
    .flatMap((folder) => filesUnder(join(ROOT, folder)))
    .filter((path) => isWorkflowFile(path) && looksLikeWorkflow(readFileSync(path, 'utf8')));
  return [...own, ...shown].map((path) => ({
    origin: relative(ROOT, path),
    firstLine: 1,
    text: readFileSync(path, 'utf8'),
  }));
}

/** Workflows shown in the documentation, this action named as the local `./` (same lines, so positions still match). */
function shownWorkflowSources(blocks: readonly ReadmeWorkflow[]): WorkflowSource[] {
  return blocks.map((block) => ({
    origin: block.file,
    firstLine: block.firstLine,
    note: block.heading,
    text: block.text
      .replaceAll(`uses: ${README_ACTION_REF}`, 'uses: ./')
      .replaceAll(`uses: ${README_COMPARE_REF}`, 'uses: ./compare'),
  }));
}

const scratchFolders: string[] = [];
afterAll(() => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

/** A project mirroring the repository, the workflows written into its .github/workflows/. */
function scratchProject(sources: readonly WorkflowSource[]): { root: string; files: Map<string, WorkflowSource> } {
  const root = mkdtempSync(join(tmpdir(), 'lighteval-action-actionlint-'));
  scratchFolders.push(root);
  // actionlint takes the folder holding .git for the project root; it needs no repository in it.
  mkdirSync(join(root, '.git'));
  for (const entry of readdirSync(ROOT)) {
    if (entry !== '.git' && entry !== '.github') symlinkSync(join(ROOT, entry), join(root, entry));
  }
  const github = join(ROOT, '.github');
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (const entry of existsSync(github) ? readdirSync(github) : []) {
    if (entry !== 'workflows') symlinkSync(join(github, entry), join(root, '.github', entry));
  }
  const files = new Map<string, WorkflowSource>();
  sources.forEach((source, index) => {
    const slug = `${source.origin}${source.note === undefined ? '' : `-${source.note}`}`
      .replace(/[^\w.-]+/g, '-')
      .toLowerCase();
    const path = join('.github', 'workflows', `${String(index).padStart(2, '0')}-${slug}.yml`);
    writeFileSync(join(root, path), source.text);
    files.set(path, source);
  });
  return { root, files };
}

/** actionlint's findings over these workflows, each as `origin:line:column (note): message [kind]`. */
function actionlint(sources: readonly WorkflowSource[]): string[] {
  const { root, files } = scratchProject(sources);
  const shellcheck = join(lintToolsBin(), 'shellcheck');
  const result = spawnSync(actionlintPath(), ['-format', '{{json .}}', `-shellcheck=${shellcheck}`, ...files.keys()], {
    cwd: root,
    encoding: 'utf8',
  });
  // 0: nothing found, 1: findings; anything else is actionlint failing to run.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`actionlint exited with ${String(result.status)}: ${result.stderr}${result.error?.message ?? ''}`);
  }
  const errors = JSON.parse(result.stdout.trim() === '' ? '[]' : result.stdout) as ActionlintError[];
  return errors.map((error) => {
    const source = files.get(error.filepath);
    const where =
      source === undefined ? error.filepath : `${source.origin}:${source.firstLine + error.line - 1}:${error.column}`;
    const note = source?.note === undefined ? '' : ` (${source.note})`;
    return `${where}${note}: ${error.message} [${error.kind}]`;
  });
}

interface ParsedWorkflow {
  readonly jobs: Record<
    string,
    { steps?: { id?: string; uses?: string; with?: Record<string, unknown>; run?: string }[] }
  >;
}

function parseWorkflow(source: WorkflowSource): ParsedWorkflow {
  try {
    return parse(source.text) as ParsedWorkflow;
  } catch (error) {
    throw new Error(
      `${source.origin}${source.note === undefined ? '' : ` (${source.note})`}: not valid YAML: ${String(error)}`,
      { cause: error },
    );
  }
}

/** The ids of the steps that run this action, job by job, and every `steps.<id>.outputs.<name>` each job reads. */
function actionOutputReads(workflow: ParsedWorkflow): { id: string; output: string }[] {
  return Object.values(workflow.jobs).flatMap((job) => {
    const ids = new Set(
      (job.steps ?? [])
        .filter((step) => step.uses === './' || step.uses === README_ACTION_REF)
        .flatMap((step) => (step.id === undefined ? [] : [step.id])),
    );
    const reads = [...JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)];
    return reads.flatMap(([, id = '', output = '']) => (ids.has(id) ? [{ id, output }] : []));
  });
}

describe('the workflows, linted by actionlint', () => {
  const repository = repositoryWorkflows();
  const readme = shownWorkflowSources(readmeWorkflows());
  const docs = shownWorkflowSources(docsWorkflows());

  it('finds the workflows to lint: every file in .github/workflows/ and the README workflows that run this action', () => {
    const own = readdirSync(join(ROOT, '.github', 'workflows')).map((name) => `.github/workflows/${name}`);
    expect(own).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/release.yml',
      ]),
    );
    expect(repository.map((source) => source.origin)).toEqual(expect.arrayContaining(own));
    expect(readme.map((source) => source.note)).toEqual(
      expect.arrayContaining([
        '## Quick start',
        '### Pull request smoke run',
        '### Nightly matrix of models',
        '### Release gate',
      ]),
    );
    // Every README workflow runs the action, so every one is checked against action.yml.
    for (const source of readme) expect(source.text, source.note).toMatch(/^\s*(- )?uses: \.\/\s*(#.*)?$/m);
  });

  it('reads the yaml blocks of the pages under docs/, and takes those that are workflows', () => {
    // The provider records and run configurations of docs/configuration.md show that the pages are read at all.
    const blocks = docsYamlBlocks();
    expect(blocks.map((block) => block.file)).toContain('docs/configuration.md');
    const workflows = blocks.filter((block) => /^on:/m.test(block.text) && /^jobs:/m.test(block.text));
    expect(docs.map((source) => `${source.origin}:${source.firstLine}`)).toEqual(
      workflows.map((block) => `${block.file}:${block.firstLine}`),
    );
  });

  it('reports nothing', () => {
    expect(actionlint([...repository, ...readme, ...docs])).toEqual([]);
  });

  it('checks, in this setup, the inputs and outputs of `uses: ./` and `uses: ./compare` against their action.yml, and runs shellcheck', () => {
    // Were `uses: ./` not resolved (no project root found, say), or shellcheck not found, the run above would pass
    // without checking them.
    const wrong = [
      'on: push',
      'jobs:',
      '  config:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: lighteval',
      '        uses: ./',
      '        with:',
      '          modle: gpt-4o-mini',
      '      - run: echo "$P"',
      '        env:',
      '          P: ${{ steps.lighteval.outputs.config-file }}',
      '      - run: cat $RUNNER_TEMP/config.yaml',
      '      - uses: ./compare',
      '        with:',
      '          result-dir: matrix-results',
      '',
    ].join('\n');
    const findings = actionlint([{ origin: 'canary.yml', firstLine: 1, text: wrong }]);
    expect(findings).toEqual([
      expect.stringMatching(/^canary\.yml:7:\d+: missing input "model" which is required by action "LightEval Action"/),
      expect.stringMatching(/^canary\.yml:9:\d+: input "modle" is not defined in action "LightEval Action"/),
      expect.stringMatching(/^canary\.yml:12:\d+: property "config-file" is not defined in object type \{/),
      expect.stringMatching(/^canary\.yml:13:\d+: shellcheck reported issue in this script: SC2086:.*\[shellcheck\]$/),
      expect.stringMatching(
        /^canary\.yml:14:\d+: missing input "results-dir" which is required by action "LightEval Action - compare"/,
      ),
      expect.stringMatching(
        /^canary\.yml:16:\d+: input "result-dir" is not defined in action "LightEval Action - compare"/,
      ),
    ]);
  });

  it('interpolates no expression into the run: scripts of .github/workflows/: values reach them through env:', () => {
    // An expression in a script is pasted into it before the shell reads it: an input or a branch name could run as
    // code. Through env:, the shell sees a variable's value as data.
    const own = repository.filter((source) => source.origin.startsWith('.github/workflows/'));
    for (const source of own) {
      for (const [name, job] of Object.entries(parseWorkflow(source).jobs)) {
        for (const step of job.steps ?? [])
          expect(step.run ?? '', `${source.origin}, job ${name}`).not.toContain('${{');
      }
    }
  });

  it('reads only outputs action.yml declares, and passes only inputs it declares', () => {
    const declared = Object.keys(action.outputs);
    for (const source of [...repository, ...readme, ...docs]) {
      const workflow = parseWorkflow(source);
      for (const { id, output } of actionOutputReads(workflow)) {
        expect(declared, `${source.origin} ${source.note ?? ''}: steps.${id}.outputs.${output}`).toContain(output);
      }
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses !== './' && step.uses !== README_ACTION_REF) continue;
          for (const input of Object.keys(step.with ?? {})) {
            expect(Object.keys(action.inputs), `${source.origin} ${source.note ?? ''}: input ${input}`).toContain(
              input,
            );
          }
        }
      }
    }
  });
});

/** One finding of check-jsonschema's JSON output. */
interface SchemaError {
  readonly filename: string;
  readonly path: string;
  readonly message: string;
  /** With `anyOf` (runs: JavaScript, composite or Docker), the finding deepest in the branch that fits best. */
  readonly best_deep_match?: { readonly path: string; readonly message: string };
}

/** check-jsonschema's verdict on files, against one of the schemas it ships with (`vendor.github-actions`, ...). */
function checkSchema(
  schema: string,
  paths: readonly string[],
): { status: number | null; errors: string[]; output: string } {
  const args = ['--output-format', 'JSON', '--builtin-schema', schema, ...paths];
  const result = spawnSync(join(lintToolsBin(), 'check-jsonschema'), args, { encoding: 'utf8' });
  if (result.error !== undefined) throw result.error;
  const output = `${result.stdout}${result.stderr}`;
  // `parse_errors` (files that are not YAML) only appears when there are errors.
  const report = JSON.parse(result.stdout) as { errors: SchemaError[]; parse_errors?: unknown[] };
  expect(report.parse_errors ?? [], output).toEqual([]);
  const errors = report.errors.map((error) => {
    const { path, message } = error.best_deep_match ?? error;
    return `${relative(dirname(paths[0] ?? ''), error.filename)} ${path}: ${message}`;
  });
  return { status: result.status, errors, output };
}

/** check-jsonschema's verdict on action metadata files, against the GitHub Actions schema it ships with. */
function checkActionSchema(paths: readonly string[]): { status: number | null; errors: string[]; output: string } {
  return checkSchema('vendor.github-actions', paths);
}

describe('action.yml', () => {
  it('is valid action metadata, as compare/action.yml is, by the GitHub Actions schema check-jsonschema ships (descriptions included)', () => {
    const { status, errors, output } = checkActionSchema([
      join(ROOT, 'action.yml'),
      join(ROOT, 'compare', 'action.yml'),
    ]);
    expect(errors).toEqual([]);
    expect(status, output).toBe(0);
  });

  it('would fail that check when broken: an unknown runs.using, a missing runs, an input without description', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lighteval-action-schema-'));
    scratchFolders.push(folder);
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const copies = {
      'node99.yml': text.replace(/^ {2}using: node24$/m, '  using: node99'),
      'no-runs.yml': text.slice(0, text.indexOf('\nruns:\n') + 1),
      'no-description.yml': text.replace(/^ {2}provider:\n {4}description: [^\n]*\n/m, '  provider:\n'),
    };
    for (const [name, copy] of Object.entries(copies)) {
      expect(copy, `${name}: the edit applies`).not.toBe(text);
      writeFileSync(join(folder, name), copy);
    }
    const { status, errors, output } = checkActionSchema(Object.keys(copies).map((name) => join(folder, name)));
    expect(status, output).toBe(1);
    expect(errors).toEqual(
      expect.arrayContaining([
        "node99.yml $.runs.using: 'node99' is not one of ['node12', 'node16', 'node20', 'node24']",
        "no-runs.yml $: 'runs' is a required property",
        "no-description.yml $.inputs.provider: 'description' is a required property",
      ]),
    );
    // Each copy is faulted for its own break alone (no-runs.yml: also its outputs, which without runs could be a
    // composite action's and then need a value).
    expect(
      errors.filter((error) => error.startsWith('node99.yml ') || error.startsWith('no-description.yml ')),
    ).toHaveLength(2);
  });

  // The schema allows any of node12 to node24 and knows nothing of files; actionlint checks the files only through
  // a workflow's `uses: ./`, done above. This holds on its own.
  it('runs on node24, from bundles that exist', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(ROOT, action.runs.main)), action.runs.main).toBe(true);
    if (action.runs.post !== undefined) expect(existsSync(join(ROOT, action.runs.post)), action.runs.post).toBe(true);
  });
});

describe('.github/dependabot.yml', () => {
  const path = join(ROOT, '.github', 'dependabot.yml');

  it('is valid by the Dependabot schema check-jsonschema ships, and updates the npm packages and the actions', () => {
    const { status, errors, output } = checkSchema('vendor.dependabot', [path]);
    expect(errors).toEqual([]);
    expect(status, output).toBe(0);
    const config = parse(readFileSync(path, 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((update) => update['package-ecosystem'])).toEqual(['npm', 'github-actions']);
  });

  it('would fail that check when broken: an unknown interval, an update without its ecosystem', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lighteval-action-dependabot-'));
    scratchFolders.push(folder);
    const text = readFileSync(path, 'utf8');
    const copies = {
      'fortnightly.yml': text.replace('interval: weekly', 'interval: fortnightly'),
      'no-ecosystem.yml': text.replace('- package-ecosystem: npm\n   ', '-'),
    };
    for (const [name, copy] of Object.entries(copies)) {
      expect(copy, `${name}: the edit applies`).not.toBe(text);
      writeFileSync(join(folder, name), copy);
    }
    const { status, errors, output } = checkSchema(
      'vendor.dependabot',
      Object.keys(copies).map((name) => join(folder, name)),
    );
    expect(status, output).toBe(1);
    expect(
      errors.some((error) => error.startsWith('fortnightly.yml ')),
      output,
    ).toBe(true);
    expect(
      errors.some((error) => error.startsWith('no-ecosystem.yml ')),
      output,
    ).toBe(true);
  });
});
