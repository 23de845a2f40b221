/**
 * Exports a build folder (what `lighteval-action build`, or the action, wrote, and perhaps a LightEval run's
 * results under it) as a `.eval752.zip` bundle. Exporting the same folder twice gives the same bytes: the creation
 * time is SOURCE_DATE_EPOCH, else the newest modification time of the files exported.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { type BundleContents, createBundle } from '../bundle/create.js';
import { bundleContentsFrom } from '../bundle/contents.js';
import { ConfigError } from '../config/errors.js';
import { CONFIG_FILE, NATIVE_FILE, readTextFile } from './files.js';
import type { Environment } from '../config/environment.js';

export interface DirectoryExportRequest {
  /** The build folder: config.yaml and lighteval-model.yaml, perhaps LightEval's results/ below it. */
  readonly directory: string;
  /** Task specs; undefined: the task keys of the results. */
  readonly tasks: readonly string[] | undefined;
  /** undefined: the results' own max_samples. */
  readonly maxSamples: number | undefined;
  /** Needed only for a native file whose first line does not name the version. */
  readonly lightevalVersion: string | undefined;
  /** For the key (its value is scrubbed) and SOURCE_DATE_EPOCH. */
  readonly env: Environment;
  /** Names the folder in messages (the command line's DIR). */
  readonly label: string;
}

export interface DirectoryExport {
  readonly bytes: Uint8Array;
  readonly contents: BundleContents;
  /** The results file exported, as found under the folder. */
  readonly resultsFile: string | undefined;
  readonly warnings: readonly string[];
}

const RESULTS_DIR = 'results';
const RESULTS_FILE = /^results_.*\.json$/;

interface FoundResults {
  readonly path: string;
  /** `results/<path below results/>`, `/`-separated: the bundle entry. */
  readonly entry: string;
  readonly mtimeMs: number;
}

/** LightEval's results files under `directory`, newest first (by modification time, then by name). */
function resultsFilesUnder(directory: string): FoundResults[] {
  const root = join(directory, RESULTS_DIR);
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // no run yet
  }
  const found = names.flatMap((name): FoundResults[] => {
    const path = join(root, name);
    if (!RESULTS_FILE.test(basename(path))) return [];
    const stats = statSync(path);
    if (!stats.isFile()) return [];
    return [{ path, entry: [RESULTS_DIR, ...relative(root, path).split(sep)].join('/'), mtimeMs: stats.mtimeMs }];
  });
  // LightEval's names end in the run's time: they order runs whose files were copied at once (an artifact download).
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.entry < b.entry ? 1 : a.entry > b.entry ? -1 : 0));
}

/**
 * A bundle's creation time: SOURCE_DATE_EPOCH (whole seconds), else the newest of the files' modification times, to
 * the second. Never "now": the same files give the same bytes.
 */
export function creationTime(env: Environment, paths: readonly string[]): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw new ConfigError([
        { path: 'SOURCE_DATE_EPOCH', message: 'expected whole seconds since 1970-01-01 UTC, such as 1767225600' },
      ]);
    }
    return new Date(Number(epoch) * 1000);
  }
  const newest = Math.max(...paths.map((path) => statSync(path).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

export async function exportDirectory(request: DirectoryExportRequest): Promise<DirectoryExport> {
  const { directory, label } = request;
  const configPath = join(directory, CONFIG_FILE);
  const nativePath = join(directory, NATIVE_FILE);
  const configYaml = readTextFile(configPath, label);
  const nativeYaml = readTextFile(nativePath, label);
  const [newest, ...older] = resultsFilesUnder(directory);
  const results = newest === undefined ? undefined : { path: newest.entry, text: readTextFile(newest.path, label) };

  const prepared = await bundleContentsFrom({
    configYaml,
    nativeYaml,
    results,
    lightevalVersion: request.lightevalVersion,
    tasks: request.tasks,
    maxSamples: request.maxSamples,
    command: null,
    createdAt: creationTime(request.env, [configPath, nativePath, ...(newest === undefined ? [] : [newest.path])]),
    env: request.env,
  });
  const warnings = [...prepared.warnings];
  if (newest !== undefined && older.length > 0) {
    warnings.push(
      `${label}: ${older.length + 1} results files under ${join(directory, RESULTS_DIR)}; exported the newest, ${newest.path}`,
    );
  }
  return {
    bytes: await createBundle(prepared.contents),
    contents: prepared.contents,
    resultsFile: newest?.path,
    warnings,
  };
}
