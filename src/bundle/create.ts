/**
 * Writes a `.eval752.zip` bundle. The same contents always give the same bytes: fixed entry order, times,
 * attributes and compression level, and no "now" anywhere (`created_at` is part of the contents).
 */
import { ConfigError, fieldIssuesFrom } from '../config/errors.js';
import { sha256Hex } from './digest.js';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleMetadata,
  type Manifest,
  ManifestSchema,
} from './manifest.js';
import {
  CONFIG_ENTRY,
  entryPathProblem,
  isResultsEntry,
  MANIFEST_ENTRY,
  NATIVE_ENTRY,
  RESULTS_ENTRY_EXPECTED,
} from './paths.js';

/** LightEval's results file in a bundle. */
export interface BundleResults {
  /** The entry: `results/<path as LightEval laid it out>`, e.g. `results/openai/gpt-4o-mini/results_<time>.json`. */
  readonly path: string;
  readonly text: string;
}

/** The entries after the manifest, as text. */
export interface BundleFiles {
  /** Redacted config.yaml. */
  readonly configYaml: string;
  /** lighteval-model.yaml: `api_key: null`, the base URL without credentials, a first line naming the version. */
  readonly nativeYaml: string;
  /** The scrubbed results, when LightEval ran. */
  readonly results: BundleResults | undefined;
}

export interface BundleContents {
  readonly metadata: BundleMetadata;
  readonly files: BundleFiles;
}

/** The entries after the manifest, in the order a bundle holds them. */
function bundleEntries(files: BundleFiles): [path: string, text: string][] {
  return [
    [CONFIG_ENTRY, files.configYaml],
    [NATIVE_ENTRY, files.nativeYaml],
    ...(files.results === undefined ? [] : [[files.results.path, files.results.text] as [string, string]]),
  ];
}

/** Unix, a regular file, rw-r--r--: the same on every machine, whatever the umask. */
const ZIP_OS_UNIX = 3;
const REGULAR_FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const COMPRESSION_LEVEL = 9;

/**
 * The time every entry gets: the DOS epoch, as reproducible zips have it. fflate writes a Date's LOCAL components
 * (zip times have no zone), so the Date is built from local components, at each call (the zone may change), and
 * at an hour no zone skips for daylight saving time: the bytes are then the same in every time zone.
 */
function entryTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The bundle's bytes. Throws a ConfigError for metadata the manifest cannot hold or a results path that is not
 * `results/…/results_<time>.json`; redacting and scrubbing is the caller's part (see bundleContentsFrom).
 */
export async function createBundle(contents: BundleContents): Promise<Uint8Array> {
  const { files, metadata } = contents;
  if (files.results !== undefined && !isResultsEntry(files.results.path)) {
    const problem = entryPathProblem(files.results.path);
    throw new ConfigError([
      {
        path: 'results.path',
        message: problem === undefined ? `expected ${RESULTS_ENTRY_EXPECTED}` : `unsafe path: ${problem}`,
      },
    ]);
  }
  const encoder = new TextEncoder();
  const entries = bundleEntries(files).map(([path, text]) => [path, encoder.encode(text)] as const);
  const listed = await Promise.all(
    entries.map(async ([path, bytes]) => ({ path, size: bytes.length, sha256: await sha256Hex(bytes) })),
  );
  // Spelled out, so that the key order is the schema's whatever the order of `metadata`'s keys.
  const parsed = ManifestSchema.safeParse({
    format: BUNDLE_FORMAT,
    format_version: BUNDLE_FORMAT_VERSION,
    created_at: metadata.created_at,
    run_id: metadata.run_id,
    model_name: metadata.model_name,
    lighteval_version: metadata.lighteval_version,
    tasks: metadata.tasks,
    max_samples: metadata.max_samples,
    command: metadata.command,
    files: listed,
  });
  if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ['manifest']));

  const { zipSync } = await import('fflate');
  const options = {
    level: COMPRESSION_LEVEL,
    mtime: entryTime(),
    os: ZIP_OS_UNIX,
    attrs: REGULAR_FILE_ATTRIBUTES,
  } as const;
  // fflate writes entries in key order. Insertion order holds here: no entry name is an integer-like key, which
  // JavaScript would list first (every name has a `.`).
  const zippable: Record<string, [Uint8Array, typeof options]> = {
    [MANIFEST_ENTRY]: [encoder.encode(manifestText(parsed.data)), options],
  };
  for (const [path, bytes] of entries) zippable[path] = [bytes, options];
  return zipSync(zippable);
}
