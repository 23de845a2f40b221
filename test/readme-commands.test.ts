/**
 * The command-line examples of the documentation (README.md and the pages under docs/) are run as shown.
 *
 * - Every ```console block is a transcript: its `$ ` commands run in a scratch folder (`node dist/cli/index.cjs`
 *   is the real built CLI, `cat FILE` writes the file it shows, `echo $?` checks the last exit status), and what each
 *   prints must be the lines under it. A command the runner does not know fails the test, so no transcript goes
 *   unchecked; blocks of other languages are not transcripts and may not hold `$ ` lines.
 * - The worked example of export, inspect and replay (a ```sh script in docs/bundle-format.md) is run line by line
 *   against the LightEval stand-in, with a canary key in the environment.
 * - The `$schema` lines shown for editors (docs/configuration.md) are the ones the examples start with, and name
 *   schemas that exist.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { leaksIn, secretFormsOf } from './support/leak-scan.js';
import {
  installLightevalStandin,
  pathWithPrepended,
  readLightevalInvocations,
  sha256Hex,
  standinEnvironment,
} from './support/lighteval-standin.js';
import { documentationFiles } from './support/readme-workflows.js';
import { runStandinLighteval } from './support/results-fixtures.js';
import { tempDirs } from './support/temp-dirs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = 'dist/cli/index.cjs';
const KEY = 'sk-readme-canary-0123456789abcdef';

// ---------------------------------------------------------------------------------------------------------------
// The documentation's pages as sections: each heading with its prose and its code blocks (headings inside code blocks
// are code).

interface CodeBlock {
  /** The page, relative to the repository (`docs/cli.md`). */
  readonly file: string;
  readonly heading: string;
  readonly language: string;
  /** The page's line number of the opening fence. */
  readonly line: number;
  readonly lines: readonly string[];
}

interface Section {
  readonly file: string;
  readonly heading: string;
  readonly prose: string;
  readonly blocks: readonly CodeBlock[];
}

function readSections(text: string, file: string): Section[] {
  const sections: Section[] = [];
  let section = { heading: '', prose: [] as string[], blocks: [] as CodeBlock[] };
  let block: { language: string; line: number; lines: string[] } | undefined;
  const close = () =>
    sections.push({ file, heading: section.heading, prose: section.prose.join('\n'), blocks: section.blocks });
  text.split('\n').forEach((line, index) => {
    if (block !== undefined) {
      if (line === '```') {
        section.blocks.push({ file, heading: section.heading, ...block });
        block = undefined;
      } else block.lines.push(line);
    } else if (line.startsWith('```')) block = { language: line.slice(3).trim(), line: index + 1, lines: [] };
    else if (/^#+ /.test(line)) {
      close();
      section = { heading: line, prose: [], blocks: [] };
    } else section.prose.push(line);
  });
  close();
  return sections;
}

const sections = documentationFiles().flatMap((file) => readSections(readFileSync(join(ROOT, file), 'utf8'), file));
const allBlocks = sections.flatMap((section) => section.blocks);

function sectionUnder(file: string, heading: string): Section {
  const section = sections.find((candidate) => candidate.file === file && candidate.heading === heading);
  if (section === undefined) throw new Error(`${file} has no heading ${heading}`);
  return section;
}

/** A block's page and heading, by which the transcripts below are named: docs/cli.md ## `compare`. */
const placeOf = (block: CodeBlock): string => `${block.file} ${block.heading}`;

// ---------------------------------------------------------------------------------------------------------------
// Commands as the documentation writes them.

/** Lines of a script or transcript joined where a line ends in `\`, as the shell joins them. */
function joinContinuations(lines: readonly string[], start: number): { text: string; next: number } {
  let text = lines[start] ?? '';
  let next = start + 1;
  while (text.endsWith('\\') && next < lines.length) text = text.slice(0, -1) + (lines[next++] ?? '');
  return { text, next };
}

interface Command {
  readonly program: string;
  readonly args: readonly string[];
  /** `> FILE`: standard output goes to FILE. */
  readonly stdoutTo?: string | undefined;
}

/** The words of a command line; comments dropped, a final `> FILE` taken apart, any other shell syntax refused. */
function commandOf(text: string, where: string): Command {
  const entries = parse(text, (name: string): string => {
    throw new Error(`${where}: the documentation test does not expand variables ($${name})`);
  }).filter((entry) => typeof entry === 'string' || !('comment' in entry));
  const target = entries.at(-1);
  const redirected =
    entries.length >= 2 && JSON.stringify(entries.at(-2)) === '{"op":">"}' && typeof target === 'string';
  const words = redirected ? entries.slice(0, -2) : entries;
  const syntax = words.find((entry) => typeof entry !== 'string');
  if (syntax !== undefined)
    throw new Error(
      `${where}: the documentation test supports no shell syntax but a final \`> FILE\` (found ${JSON.stringify(syntax)})`,
    );
  const [program = '', ...args] = words.map(String);
  return { program, args, stdoutTo: redirected ? target : undefined };
}

/** A path the documentation names, inside the working folder. */
function fileIn(cwd: string, name: string, where: string): string {
  const path = normalize(name);
  if (isAbsolute(path) || path === '..' || path.startsWith('../'))
    throw new Error(`${where}: ${name} is outside the working folder`);
  return join(cwd, path);
}

const isCli = (command: Command): boolean => command.program === 'node' && command.args[0] === CLI;

const scratchDir = tempDirs('readme-commands-');

/** A working folder for the documentation's commands, `dist` and `examples` linked to the repository's; its parent is scratch space. */
function workingFolder(): string {
  const scratch = scratchDir();
  const cwd = join(scratch, 'work');
  mkdirSync(cwd);
  symlinkSync(join(ROOT, 'dist'), join(cwd, 'dist'));
  symlinkSync(join(ROOT, 'examples'), join(cwd, 'examples'));
  return cwd;
}

/** Output as the lines a reader sees: the final newline is not a line of its own. */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Transcripts (```console): `$ command`, then the lines it prints.

interface Step {
  readonly command: string;
  readonly line: number;
  readonly output: readonly string[];
}

/**
 * The commands of a transcript, each with the lines shown under it up to the next command or blank line. Blank
 * lines separate commands; a shown output cannot hold one, so a line after a blank line must be a command.
 */
function stepsOf(block: CodeBlock): Step[] {
  const steps: { command: string; line: number; output: string[] }[] = [];
  let current: { output: string[] } | undefined;
  for (let index = 0; index < block.lines.length;) {
    const line = block.lines[index] ?? '';
    const where = `${block.file}:${block.line + 1 + index}`;
    if (line.startsWith('$ ')) {
      const { text, next } = joinContinuations(block.lines, index);
      const step = { command: text.slice(2), line: block.line + 1 + index, output: [] };
      steps.push(step);
      current = step;
      index = next;
      continue;
    }
    if (line === '') current = undefined;
    else if (current === undefined)
      throw new Error(`${where}: "${line}" is under no command (a shown output cannot hold a blank line)`);
    else current.output.push(line);
    index += 1;
  }
  return steps;
}

/** Runs a program as on a terminal: stdout and stderr on one screen in the order written, unless stdout goes to a file. */
function runOnScreen(
  program: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
  stdoutTo?: string,
) {
  const screenFile = join(dirname(cwd), 'screen');
  const screen = openSync(screenFile, 'w');
  const stdout = stdoutTo === undefined ? screen : openSync(stdoutTo, 'w');
  try {
    const result = spawnSync(program, args, { cwd, env, stdio: ['ignore', stdout, screen], timeout: 30_000 });
    if (result.error !== undefined) throw result.error;
    return { status: result.status ?? -1, screen: readFileSync(screenFile, 'utf8') };
  } finally {
    closeSync(screen);
    if (stdout !== screen) closeSync(stdout);
  }
}

function runTranscript(block: CodeBlock, cwd: string): void {
  const env = { PATH: process.env['PATH'] ?? '' };
  let status: number | undefined;
  const steps = stepsOf(block);
  expect(steps.length, `${block.file}:${block.line}: a console block with no command`).toBeGreaterThan(0);
  for (const step of steps) {
    const where = `${block.file}:${step.line}: $ ${step.command}`;
    if (step.command.trim() === 'echo $?') {
      if (status === undefined) throw new Error(`${where}: no command ran before it`);
      expect(step.output, where).toEqual([String(status)]);
      continue;
    }
    const command = commandOf(step.command, where);
    if (command.program === 'cat' && command.args.length === 1 && command.stdoutTo === undefined) {
      expect(step.output.length, `${where}: shows no content`).toBeGreaterThan(0);
      const file = fileIn(cwd, command.args[0] ?? '', where);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${step.output.join('\n')}\n`);
      status = 0;
    } else if (isCli(command)) {
      const stdoutTo = command.stdoutTo === undefined ? undefined : fileIn(cwd, command.stdoutTo, where);
      const ran = runOnScreen(process.execPath, command.args, cwd, env, stdoutTo);
      expect(linesOf(ran.screen), where).toEqual(step.output);
      status = ran.status;
    } else {
      throw new Error(
        `${where}: the documentation test runs only \`cat FILE\`, \`node ${CLI} …\` (optionally \`> FILE\`) and \`echo $?\` in a transcript`,
      );
    }
  }
}

/** The compare job's download folder: one artifact per leg, as LightEval laid out its results, and another tool's JSON. */
function downloadMatrixArtifacts(cwd: string): void {
  const legs = [
    { artifact: 'lighteval-gpt-4o-mini', modelName: 'openai/gpt-4o-mini' },
    { artifact: 'lighteval-gpt-4.1-mini', modelName: 'openai/gpt-4.1-mini' },
    { artifact: 'lighteval-llama', modelName: 'ollama/llama3.1' },
  ];
  for (const { artifact, modelName } of legs) {
    const outputDir = join(cwd, 'matrix-results', artifact);
    const file = runStandinLighteval({
      workDir: join(dirname(cwd), 'legs', artifact),
      outputDir,
      modelName,
      tasks: 'gsm8k|0',
    });
    expect(relative(outputDir, file)).toMatch(new RegExp(`^results/${modelName}/results_[^/]+\\.json$`));
  }
  const notes = join(cwd, 'matrix-results', 'lighteval-llama', 'notes');
  mkdirSync(notes, { recursive: true });
  writeFileSync(join(notes, 'timings.json'), '{"seconds": {"gsm8k|0": 412.5}}\n');
}

/** What a transcript relies on without showing it: files in place before it runs, and checks of what it wrote. */
const TRANSCRIPT_CONTEXT: Readonly<Record<string, { before?: (cwd: string) => void; after?: (cwd: string) => void }>> =
  {
    'docs/cli.md ## `compare`': {
      before: downloadMatrixArtifacts,
      after: (cwd) =>
        expect(readFileSync(join(cwd, 'comparison.md'), 'utf8')).toMatch(/^## LightEval results: 3 models compared\n/),
    },
  };

const transcripts = allBlocks.filter((block) => block.language === 'console');

describe('documentation transcripts (```console blocks)', () => {
  it('are the blocks with `$ ` commands, the validate and compare examples among them', () => {
    for (const block of allBlocks) {
      if (block.lines.some((line) => line.startsWith('$ ')))
        expect(block.language, `${block.file}:${block.line} has $ commands`).toBe('console');
    }
    const places = transcripts.map(placeOf);
    expect(places).toEqual(expect.arrayContaining(['docs/cli.md ## `validate`', 'docs/cli.md ## `compare`']));
    expect(places).toEqual(expect.arrayContaining(Object.keys(TRANSCRIPT_CONTEXT)));
  });

  for (const block of transcripts) {
    it(`${placeOf(block)} (${block.file}:${block.line}) prints what it shows`, () => {
      const cwd = workingFolder();
      const context = TRANSCRIPT_CONTEXT[placeOf(block)];
      context?.before?.(cwd);
      runTranscript(block, cwd);
      context?.after?.(cwd);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// The worked example (a ```sh script): each line run in order; any failure stops it, as `set -e` would.

interface Ran {
  readonly where: string;
  readonly command: Command;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node dist/cli/index.cjs …` runs the built CLI, `lighteval …` the program on PATH, `export NAME=…` sets NAME to `key`. */
function runScript(block: CodeBlock, cwd: string, env: Record<string, string>, key: string): Ran[] {
  const ran: Ran[] = [];
  for (let index = 0; index < block.lines.length;) {
    const { text, next } = joinContinuations(block.lines, index);
    const where = `${block.file}:${block.line + 1 + index}: ${text}`;
    index = next;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const command = commandOf(text, where);
    const exported =
      command.program === 'export' && command.args.length === 1 ? /^([A-Za-z_]\w*)=/.exec(command.args[0] ?? '') : null;
    if (exported?.[1] !== undefined && command.stdoutTo === undefined) {
      env[exported[1]] = key;
      continue;
    }
    let result;
    if (isCli(command))
      result = spawnSync(process.execPath, command.args, { cwd, env, encoding: 'utf8', timeout: 30_000 });
    else if (command.program === 'lighteval')
      result = spawnSync('lighteval', command.args, { cwd, env, encoding: 'utf8', timeout: 30_000 });
    else
      throw new Error(
        `${where}: the documentation test runs only \`node ${CLI} …\`, \`lighteval …\` and \`export NAME=…\` here`,
      );
    if (result.error !== undefined) throw result.error;
    expect(result.status, `${where}\n${result.stderr}`).toBe(0);
    if (command.stdoutTo !== undefined) writeFileSync(fileIn(cwd, command.stdoutTo, where), result.stdout);
    ran.push({ where, command, stdout: result.stdout, stderr: result.stderr });
  }
  return ran;
}

/** The cells of a Markdown table row. */
function cellsOf(row: string): string[] {
  return row
    .replace(/^\| | \|$/g, '')
    .split(/ (?<!\\)\| /)
    .map((cell) => cell.trim());
}

describe('the worked example of export, inspect and replay (docs/bundle-format.md)', () => {
  it('runs line by line, the key only in the environment, and replay prints the table shown', () => {
    const section = sectionUnder('docs/bundle-format.md', '## A worked example');
    const [script, table] = section.blocks;
    expect(script?.language).toBe('sh');
    expect(table?.language).toBe('text');
    if (script === undefined || table === undefined) return;

    const cwd = workingFolder();
    const bin = installLightevalStandin(join(dirname(cwd), 'lighteval', 'bin'), '0.13.0');
    const log = join(dirname(cwd), 'lighteval.log');
    const env: Record<string, string> = { PATH: pathWithPrepended(bin), ...standinEnvironment({ logFile: log }) };
    const ran = runScript(script, cwd, env, KEY);

    // Every line ran (each exiting 0), and the key was in LightEval's environment both times, never in any output.
    expect(ran.map(({ command }) => (isCli(command) ? command.args[1] : command.program))).toEqual([
      'build',
      'lighteval',
      'export',
      'inspect',
      'replay',
    ]);
    const invocations = readLightevalInvocations(log);
    expect(invocations.map((invocation) => invocation.keySha256)).toEqual([sha256Hex(KEY), sha256Hex(KEY)]);
    const forms = secretFormsOf([KEY]);
    for (const { where, stdout, stderr } of ran) expect(leaksIn(stdout + stderr, forms), where).toEqual([]);

    // The files the prose names exist.
    const prose = section.prose.replace(/\s+/g, ' ');
    const namedFiles = [
      {
        named: '`export` finds them (`results/openai/gpt-4o-mini/results_<time>.json`)',
        file: 'lighteval-output/results/openai/gpt-4o-mini/results_<time>.json',
      },
      {
        named: '`export` writes `lighteval-output/openai_gpt-4o-mini.eval752.zip`',
        file: 'lighteval-output/openai_gpt-4o-mini.eval752.zip',
      },
      {
        named: 'writes the bundled `lighteval-model.yaml` into `lighteval-replay/`',
        file: 'lighteval-replay/lighteval-model.yaml',
      },
    ];
    const files = filesUnder(cwd);
    for (const { named, file } of namedFiles) {
      expect(prose).toContain(named);
      const pattern = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<time>', '[^/]+')}$`);
      expect(
        files.filter((candidate) => pattern.test(candidate)),
        file,
      ).toHaveLength(1);
    }

    // export recorded the tasks and the sample count the prose names; inspect printed them.
    const [, tasks, samples] = /records the tasks \(`([^`]+)`\) and the sample count \((\d+)\)/.exec(prose) ?? [];
    const inspect = ran.find(({ command }) => command.args[1] === 'inspect');
    const manifest = /^==> manifest\.json <==\n([\s\S]*?)\n\n==> /.exec(inspect?.stdout ?? '')?.[1];
    expect(JSON.parse(manifest ?? '{}')).toMatchObject({ tasks: [tasks], max_samples: Number(samples) });

    // replay ran LightEval as the prose says.
    const [, replayCommand = ''] = /runs `(lighteval endpoint litellm [^`]+)`/.exec(prose) ?? [];
    expect(['lighteval', ...(invocations[1]?.argv ?? [])]).toEqual(replayCommand.split(/\s+/));

    // replay's standard output is the table shown: its header, then the same tasks and metrics (the numbers are invented).
    const replay = ran.find(({ command }) => command.args[1] === 'replay');
    const printed = linesOf(replay?.stdout ?? '');
    expect(printed.slice(0, 2)).toEqual(table.lines.slice(0, 2));
    expect(printed[0]).toBe('| task | metric | bundled | new | difference |');
    expect(printed.slice(2).map((row) => cellsOf(row).slice(0, 2))).toEqual(
      table.lines.slice(2).map((row) => cellsOf(row).slice(0, 2)),
    );
    for (const row of printed.slice(2))
      expect(
        cellsOf(row)
          .slice(2)
          .every((cell) => /^[+-]?\d+(\.\d+)?$/.test(cell)),
        row,
      ).toBe(true);
  });
});

/** Every file under `dir` (links not followed), relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Schemas for editors.

/** The `$schema=` targets of the `# yaml-language-server:` lines the section shows. */
function schemaTargets(): string[] {
  return sectionUnder('docs/configuration.md', '### JSON Schemas for editors').blocks.flatMap((block) =>
    block.lines.flatMap((line) => /^# yaml-language-server: \$schema=(\S+)$/.exec(line)?.[1] ?? []),
  );
}

describe('the schema lines for editors (docs/configuration.md)', () => {
  it('are the first lines of the examples, by a path from examples/ to a schema that exists', () => {
    const relativeTargets = schemaTargets().filter((target) => !target.startsWith('https://'));
    const provider = relativeTargets.find((target) => target.endsWith('/provider.schema.json'));
    expect(provider, 'the provider schema by a relative path').toBeDefined();
    const runConfig =
      relativeTargets.find((target) => target.endsWith('/run-config.schema.json')) ??
      provider?.replace('provider.schema.json', 'run-config.schema.json');
    for (const [example, target] of [
      ['provider.yaml', provider],
      ['run-config.yaml', runConfig],
    ] as const) {
      const [firstLine] = readFileSync(join(ROOT, 'examples', example), 'utf8').split('\n');
      expect(firstLine, example).toBe(`# yaml-language-server: $schema=${target}`);
      const schema = resolve(ROOT, 'examples', target ?? '');
      expect(relative(ROOT, schema), example).toMatch(/^schema\/[^/]+\.schema\.json$/);
      expect(existsSync(schema), schema).toBe(true);
    }
  });

  it('by raw GitHub URL name schema files this repository has', () => {
    const urls = schemaTargets().filter((target) => target.startsWith('https://'));
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) {
      const path =
        /^https:\/\/raw\.githubusercontent\.com\/OWNER\/lighteval-action\/v1\/(schema\/[^/]+\.schema\.json)$/.exec(
          url,
        )?.[1];
      expect(path, url).toBeDefined();
      expect(existsSync(join(ROOT, path ?? 'missing')), url).toBe(true);
    }
  });
});
