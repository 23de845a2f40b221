/**
 * The files a LightEval run wrote under the output folder, told apart from earlier runs' by a snapshot taken
 * before it started, and its results files scrubbed of secrets in place: LightEval writes its whole model
 * config, key included, into them.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { scrubSecrets } from '../config/secrets.js';
import { parseResultsText, scrubResults, serializeResults } from '../lighteval/results.js';

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
    const stats = statSync(path);
    return stats.isFile() ? [[path, stats.mtimeMs] as [string, number]] : [];
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

function replaceFile(path: string, text: string): void {
  const staging = join(dirname(path), `.${basename(path)}.scrubbing`);
  writeFileSync(staging, text, { encoding: 'utf8', mode: statSync(path).mode });
  renameSync(staging, path);
}

/**
 * Rewrites a results file without the key: `config_general.model_config.api_key` null and every occurrence of a
 * secret `***`. Returns the scrubbed document. A file that is not valid JSON is still scrubbed as text, and then
 * the parse error (a ConfigError naming the file) is thrown.
 */
export function scrubResultsFile(path: string, secrets: readonly string[]): unknown {
  const text = scrubSecrets(readFileSync(path, 'utf8'), secrets);
  let document: unknown;
  try {
    document = scrubResults(parseResultsText(text, path), secrets);
  } catch (error) {
    replaceFile(path, text);
    throw error;
  }
  replaceFile(path, serializeResults(document));
  return document;
}
