/**
 * The files a LightEval run wrote under the output folder, told apart from earlier runs' by a snapshot taken
 * before it started, and its results files scrubbed of secrets in place: LightEval writes its whole model
 * config, key included, into them.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scrubSecrets } from '../config/secrets.js';
import { parseResultsText, scrubResults, serializeResults } from '../lighteval/results.js';
import { replaceFile } from './files.js';

/** Where LightEval writes under its `--output-dir`. */
const RESULTS_DIR = 'results';
const DETAILS_DIR = 'details';
const RESULTS_FILE = /^results_.*\.json$/;

/** Modification times of the files under the output folder's results and details folders, by path. */
export type FilesSnapshot = ReadonlyMap<string, number>;

/** The files below `directory`, each with its modification time. */
function filesUnder(directory: string): [path: string, mtime: number][] {
  let names: string[];
  try {
    names = readdirSync(directory, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // no such folder yet
  }
  return names.flatMap((name) => {
    const path = join(directory, name);
    // lstat: a link is not a file of the run (it would be read, scrubbed and uploaded through), and one that leads
    // nowhere must not abort the snapshot.
    const stats = lstatSync(path, { throwIfNoEntry: false });
    return stats?.isFile() === true ? [[path, stats.mtimeMs] as [string, number]] : [];
  });
}

export function snapshotRunFiles(outputDir: string): FilesSnapshot {
  return new Map([RESULTS_DIR, DETAILS_DIR].flatMap((folder) => filesUnder(join(outputDir, folder))));
}

export interface RunFiles {
  /** This run's results files, newest first. */
  readonly results: readonly string[];
  /** This run's details files (with `--save-details`). */
  readonly details: readonly string[];
}

/** The files written or rewritten since `before` was taken. */
export function runFilesSince(outputDir: string, before: FilesSnapshot): RunFiles {
  const written = [...snapshotRunFiles(outputDir)].filter(([path, mtime]) => before.get(path) !== mtime);
  const newestFirst = written.sort((a, b) => b[1] - a[1]).map(([path]) => path);
  const resultsRoot = join(outputDir, RESULTS_DIR);
  return {
    results: newestFirst.filter((path) => path.startsWith(resultsRoot) && RESULTS_FILE.test(basename(path))),
    details: newestFirst.filter((path) => path.startsWith(join(outputDir, DETAILS_DIR))),
  };
}

/** Replaces the file with `text`, in the mode it had (less the umask). */
function rewriteFile(path: string, text: string): void {
  replaceFile(path, text, statSync(path).mode & 0o7777);
}

/**
 * Rewrites a results file without the key: `config_general.model_config.api_key` null and every occurrence of a
 * secret `***`. Returns the scrubbed document. A file that cannot be read as one (not valid JSON, nested too
 * deep) is still scrubbed as text, and then the error (a ConfigError naming the file) is thrown.
 */
export function scrubResultsFile(path: string, secrets: readonly string[]): unknown {
  const text = scrubSecrets(readFileSync(path, 'utf8'), secrets);
  let document: unknown;
  let scrubbed: string;
  try {
    document = scrubResults(parseResultsText(text, path), secrets);
    // Inside the try: should writing it out fail (too large once indented), the file is still scrubbed as text.
    scrubbed = serializeResults(document);
  } catch (error) {
    rewriteFile(path, text);
    throw error;
  }
  rewriteFile(path, scrubbed);
  return document;
}
