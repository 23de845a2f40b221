/**
 * Finds and reads LightEval results files for the matrix report: every `*.json` under the given files and folders
 * (a matrix job downloads each leg's artifact into one folder), each parsed and checked. A file that cannot be
 * used is returned with the reason, never thrown, and its contents are never quoted: a results file may hold a key.
 * Synchronous, as src/io/files.ts: a handful of small files.
 */
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import type { ResultsDocument, SkippedFile } from '../lighteval/matrix.js';
import { visibleControls } from '../lighteval/markdown.js';
import { LightEvalResultsSchema, parseResultsText, taskMetricsOf } from '../lighteval/results.js';
import { reasonOf } from './files.js';

export interface ResultsScan {
  /** In the order found: the given paths in turn, each folder's entries sorted by name, depth first. */
  readonly found: readonly ResultsDocument[];
  readonly skipped: readonly SkippedFile[];
}

const JSON_FILE = /\.json$/i;
/** Results files are a few kilobytes; anything this big is something else, and not worth reading into memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Folders a recursive search does not enter (unless named as a path itself): hidden ones (`.git`, `.venv`) and
 * `node_modules`, which hold thousands of JSON files that are never results, each of which would be a warning.
 */
function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** `path` relative to `root`, `/`-separated; absolute when outside it. */
function displayPath(path: string, root: string): string {
  const fromRoot = relative(root, path);
  if (fromRoot === '') return '.';
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return path;
  return fromRoot.split(sep).join('/');
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A file to read, or a path that could not be looked at; in the order the walk met them. */
type WalkItem = { readonly file: string } | { readonly skipped: SkippedFile };

/**
 * The `*.json` files under the paths, each once (by its real path: a symbolic link loop ends, overlaps count once).
 * Folders wait on a stack rather than the call stack: a downloaded artifact's folders may nest deeper than a
 * recursion could go (Windows allows paths of 32,767 characters).
 */
class FileWalk {
  readonly items: WalkItem[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly root: string) {}

  /** `named`: given as a path, so read whatever its name; otherwise only `*.json` files and unignored folders. */
  visit(path: string, named: boolean): void {
    const pending: string[] = [];
    // Reversed onto the stack, so that a folder's entries come off it in order; pushed one by one, as spreading
    // a folder of some 100,000 entries into arguments would overflow the call stack.
    const enter = (children: string[]) => {
      for (const child of children.reverse()) pending.push(child);
    };
    enter(this.visitOne(path, named));
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) enter(this.visitOne(next, false));
  }

  skip(path: string, reason: string): void {
    this.items.push({ skipped: { path: displayPath(path, this.root), reason } });
  }

  /** Records `path` when it is a file to read; returns the paths in it to visit next when it is a folder. */
  private visitOne(path: string, named: boolean): string[] {
    let stats: Stats;
    let realPath: string;
    try {
      stats = statSync(path);
      realPath = realpathSync(path);
    } catch (error) {
      // A dangling link, or a file gone since its folder was listed.
      if (named || JSON_FILE.test(path)) this.skip(path, `cannot read (${reasonOf(error)})`);
      return [];
    }
    if (stats.isDirectory()) {
      if (!named && isIgnoredFolder(basename(path))) return [];
      if (this.seen.has(realPath)) return [];
      this.seen.add(realPath);
      return this.entriesOf(path);
    }
    if (stats.isFile()) {
      if (!named && !JSON_FILE.test(path)) return [];
      if (this.seen.has(realPath)) return [];
      this.seen.add(realPath);
      this.items.push({ file: path });
    } else if (named) {
      this.skip(path, 'not a file or folder');
    }
    return [];
  }

  private entriesOf(folder: string): string[] {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      this.skip(folder, `cannot list the folder (${reasonOf(error)})`);
      return [];
    }
    return entries.sort(byName).map((entry) => join(folder, entry.name));
  }
}

/** Where an issue is, without the file's own keys (task and metric names are its contents too). */
function issueWhere(path: readonly PropertyKey[]): string {
  const [section, ...rest] = path.map(String);
  if (section === undefined) return '';
  if (section === 'results') return ['results', '<task>', '<metric>'].slice(0, rest.length + 1).join('.');
  return [section, ...rest].join('.');
}

const TOP_LEVEL_KEYS = ['config_general', 'results'] as const;

/** What makes a parsed document other than LightEval's results, in a few words. */
function layoutProblem(
  parsed: unknown,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): string {
  // Most foreign JSON (package.json, other tools' reports) lacks both keys: say that rather than the first issue.
  if (isRecord(parsed)) {
    const absent = TOP_LEVEL_KEYS.filter((key) => !Object.hasOwn(parsed, key));
    if (absent.length > 0) return `no ${absent.join(' or ')}`;
  }
  const [issue] = issues;
  if (issue === undefined) return 'unexpected layout';
  const where = issueWhere(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

type Reading = { readonly results: ResultsDocument['results'] } | { readonly reason: string };

function readResultsFile(file: string, shownPath: string): Reading {
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES)
      return { reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not a results file` };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { reason: `cannot read (${reasonOf(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = parseResultsText(text, shownPath);
  } catch (error) {
    if (error instanceof ConfigError) return { reason: error.issues[0]?.message ?? 'not valid JSON' };
    throw error;
  }
  const checked = LightEvalResultsSchema.safeParse(parsed);
  if (!checked.success) return { reason: `not LightEval results (${layoutProblem(parsed, checked.error.issues)})` };
  const hasMetric = Object.values(taskMetricsOf(checked.data)).some((metrics) => Object.keys(metrics).length > 0);
  return hasMetric ? { results: checked.data } : { reason: 'LightEval results without any metric' };
}

/**
 * Every `*.json` file under `paths` (files, or folders searched recursively), read as LightEval results. Relative
 * paths are taken from `root`, and every path returned is shown relative to it (`resolve(root, path)` is the
 * file). Files that cannot be used are `skipped`, with the reason. Throws a ConfigError naming each given path
 * that does not exist or cannot be looked at.
 */
export function scanResults(paths: readonly string[], root: string = process.cwd()): ResultsScan {
  const absoluteRoot = resolve(root);
  const missing = paths.flatMap((path) => {
    try {
      statSync(resolve(absoluteRoot, path));
      return [];
    } catch (error) {
      const reason = reasonOf(error);
      // The path is the user's text: a newline in it would start a new line of the log (or a workflow command).
      return [
        {
          path: visibleControls(path),
          message: reason === 'no such file' ? 'no such file or folder' : `cannot read (${reason})`,
        },
      ];
    }
  });
  if (missing.length > 0) throw new ConfigError(missing);

  const walk = new FileWalk(absoluteRoot);
  for (const path of paths) walk.visit(resolve(absoluteRoot, path), true);
  const found: ResultsDocument[] = [];
  const skipped: SkippedFile[] = [];
  for (const item of walk.items) {
    if ('skipped' in item) {
      skipped.push(item.skipped);
      continue;
    }
    const shownPath = displayPath(item.file, absoluteRoot);
    const reading = readResultsFile(item.file, shownPath);
    if ('results' in reading) found.push({ path: shownPath, results: reading.results });
    else skipped.push({ path: shownPath, reason: reading.reason });
  }
  return { found, skipped };
}
