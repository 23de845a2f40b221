/**
 * Reads a `.eval752.zip` bundle and verifies all of it before returning anything: the zip, the manifest, every
 * path, and every entry's size and SHA-256. Sizes are capped, and checked as declared before anything is inflated,
 * so that a zip bomb cannot exhaust memory. Every problem is a ConfigError naming the bundle and the entry.
 */
import type { UnzipFileInfo } from 'fflate';
import { ConfigError, describeValue, fieldIssuesFrom, formatIssue } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { orList } from '../config/or-list.js';
import type { BundleFiles, BundleResults } from './create.js';
import { sha256Hex } from './digest.js';
import { bundleError, shownEntryName } from './errors.js';
import { BUNDLE_FORMAT, type Manifest, ManifestSchema, READABLE_FORMAT_VERSIONS } from './manifest.js';
import {
  CONFIG_ENTRY,
  entryPathProblem,
  isResultsEntry,
  MANIFEST_ENTRY,
  NATIVE_ENTRY,
  RESULTS_ENTRY_EXPECTED,
} from './paths.js';

const MIB = 1024 * 1024;

/** Far above what a bundle holds (a few kilobytes of configuration, results of a few hundred kilobytes). */
export const BUNDLE_LIMITS = {
  /** The bundle file itself. */
  bundleBytes: 64 * MIB,
  /** The manifest, config, native file and one results file. */
  entries: 16,
  entryBytes: 32 * MIB,
  manifestBytes: 1 * MIB,
  /** All entries together, as declared. */
  totalBytes: 64 * MIB,
} as const;

export interface ReadBundle {
  readonly manifest: Manifest;
  readonly files: BundleFiles;
}

interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  /** As the zip declares it; checked again when inflated. */
  readonly size: number;
  readonly compression: number;
}

const STORED = 0;
const DEFLATED = 8;

type Unzip = typeof import('fflate').unzipSync;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every entry of the central directory, nothing inflated. */
function listEntries(unzip: Unzip, bytes: Uint8Array, source: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const record = (file: UnzipFileInfo): boolean => {
    if (entries.length === BUNDLE_LIMITS.entries) {
      throw bundleError(source, undefined, `has more than ${BUNDLE_LIMITS.entries} entries; a bundle has at most 4`);
    }
    entries.push({
      name: file.name,
      compressedSize: file.size,
      size: file.originalSize,
      compression: file.compression,
    });
    return false;
  };
  try {
    unzip(bytes, { filter: record });
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw bundleError(source, undefined, `not a zip file, or a damaged or truncated one (${reasonOf(error)})`);
  }
  return entries;
}

/** Paths, duplicates, methods and declared sizes: everything that can be checked without inflating. */
function checkListing(entries: readonly ZipEntry[], bytes: Uint8Array, source: string): void {
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const name = shownEntryName(entry.name);
    const problem = entryPathProblem(entry.name);
    if (problem !== undefined) throw bundleError(source, name, `unsafe path: ${problem}`);
    if (seen.has(entry.name)) throw bundleError(source, name, 'appears more than once');
    seen.add(entry.name);
    if (entry.compression !== STORED && entry.compression !== DEFLATED) {
      throw bundleError(
        source,
        name,
        `compressed with method ${entry.compression}; bundles use deflate (8) or none (0)`,
      );
    }
    const limit = entry.name === MANIFEST_ENTRY ? BUNDLE_LIMITS.manifestBytes : BUNDLE_LIMITS.entryBytes;
    if (entry.size > limit) {
      throw bundleError(source, name, `declares ${entry.size} bytes, more than the ${limit} a bundle entry may hold`);
    }
    if (entry.compressedSize > bytes.length)
      throw bundleError(source, name, 'its data runs past the end of the file (truncated?)');
    if (entry.compression === STORED && entry.compressedSize !== entry.size) {
      throw bundleError(source, name, 'stored uncompressed, yet its two declared sizes differ');
    }
    total += entry.size;
    if (total > BUNDLE_LIMITS.totalBytes) {
      throw bundleError(source, undefined, `its entries declare more than ${BUNDLE_LIMITS.totalBytes} bytes in all`);
    }
  }
}

/** One entry's bytes, inflated into a buffer of its declared (already capped) size: data beyond it is dropped. */
function extract(unzip: Unzip, bytes: Uint8Array, entry: ZipEntry, source: string): Uint8Array {
  let inflated: Uint8Array | undefined;
  try {
    inflated = unzip(bytes, { filter: (file) => file.name === entry.name })[entry.name];
  } catch (error) {
    throw bundleError(source, entry.name, `cannot be decompressed (${reasonOf(error)})`);
  }
  if (inflated === undefined) throw bundleError(source, entry.name, 'cannot be decompressed');
  return inflated;
}

function decodeText(bytes: Uint8Array, source: string, entry: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw bundleError(source, entry, 'not UTF-8 text');
  }
}

/** The format first, so that a zip of something else is called that rather than a list of missing fields. */
function parseManifest(text: string, source: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bundleError(source, MANIFEST_ENTRY, 'not valid JSON');
  }
  const format = isRecord(raw) ? raw.format : undefined;
  if (format !== BUNDLE_FORMAT) {
    throw bundleError(
      source,
      MANIFEST_ENTRY,
      `format is ${describeValue(format)}, not "${BUNDLE_FORMAT}": not an eval752 export`,
    );
  }
  const version = isRecord(raw) ? raw.format_version : undefined;
  if (typeof version !== 'number' || !READABLE_FORMAT_VERSIONS.includes(version)) {
    throw bundleError(
      source,
      MANIFEST_ENTRY,
      `format_version ${describeValue(version)} is not one this lighteval-action reads (it reads format_version ` +
        `${orList(READABLE_FORMAT_VERSIONS.map(String))}); a newer lighteval-action may read it`,
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = fieldIssuesFrom(parsed.error);
    throw bundleError(source, MANIFEST_ENTRY, issue === undefined ? 'not a valid manifest' : formatIssue(issue));
  }
  return parsed.data;
}

/** The manifest's list against format version 1's layout and against the zip's entries. */
function checkManifestFiles(manifest: Manifest, entries: ReadonlyMap<string, ZipEntry>, source: string): void {
  const listed = new Set<string>();
  let results = 0;
  for (const file of manifest.files) {
    const name = shownEntryName(file.path);
    const problem = entryPathProblem(file.path);
    if (problem !== undefined) throw bundleError(source, MANIFEST_ENTRY, `lists ${name}: unsafe path: ${problem}`);
    if (listed.has(file.path)) throw bundleError(source, MANIFEST_ENTRY, `lists ${name} more than once`);
    listed.add(file.path);
    if (file.path === MANIFEST_ENTRY) throw bundleError(source, MANIFEST_ENTRY, 'lists itself');
    if (isResultsEntry(file.path)) results += 1;
    else if (file.path !== CONFIG_ENTRY && file.path !== NATIVE_ENTRY) {
      throw bundleError(
        source,
        name,
        `not part of format version 1, which holds ${CONFIG_ENTRY}, ${NATIVE_ENTRY} and at most one ${RESULTS_ENTRY_EXPECTED}`,
      );
    }
    const entry = entries.get(file.path);
    if (entry === undefined) throw bundleError(source, name, 'listed in the manifest, but not in the bundle');
    if (entry.size !== file.size) {
      throw bundleError(source, name, `the zip declares ${entry.size} bytes, the manifest ${file.size}`);
    }
  }
  for (const required of [CONFIG_ENTRY, NATIVE_ENTRY]) {
    if (!listed.has(required)) throw bundleError(source, required, 'missing: every bundle has it');
  }
  if (results > 1)
    throw bundleError(source, MANIFEST_ENTRY, `lists ${results} results files; a bundle holds at most one`);
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      throw bundleError(source, shownEntryName(name), 'not listed in the manifest');
  }
}

/**
 * The manifest and the entries' text, once every check has passed. `source` names the bundle in messages (its
 * file name). Throws a ConfigError for anything wrong: `run.eval752.zip: config.yaml: sha256 does not match the
 * manifest`. It checks integrity, not origin: whoever can rewrite a bundle can rewrite its manifest too.
 */
export async function readBundle(bytes: Uint8Array, source: string): Promise<ReadBundle> {
  if (bytes.length > BUNDLE_LIMITS.bundleBytes) {
    throw bundleError(
      source,
      undefined,
      `is ${bytes.length} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}`,
    );
  }
  const { unzipSync } = await import('fflate');
  const listing = listEntries(unzipSync, bytes, source);
  checkListing(listing, bytes, source);
  const entries = new Map(listing.map((entry) => [entry.name, entry]));

  const manifestEntry = entries.get(MANIFEST_ENTRY);
  if (manifestEntry === undefined) {
    throw bundleError(source, undefined, `has no ${MANIFEST_ENTRY}: not an eval752 export (a zip of something else?)`);
  }
  const manifest = parseManifest(
    decodeText(extract(unzipSync, bytes, manifestEntry, source), source, MANIFEST_ENTRY),
    source,
  );
  checkManifestFiles(manifest, entries, source);

  const texts = new Map<string, string>();
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (entry === undefined) throw bundleError(source, file.path, 'listed in the manifest, but not in the bundle');
    const data = extract(unzipSync, bytes, entry, source);
    if (data.length !== file.size) {
      throw bundleError(source, file.path, `holds ${data.length} bytes, the manifest says ${file.size}`);
    }
    if ((await sha256Hex(data)) !== file.sha256)
      throw bundleError(source, file.path, 'sha256 does not match the manifest');
    texts.set(file.path, decodeText(data, source, file.path));
  }
  const resultsPath = manifest.files.map((file) => file.path).find(isResultsEntry);
  const results: BundleResults | undefined =
    resultsPath === undefined ? undefined : { path: resultsPath, text: texts.get(resultsPath) ?? '' };
  return {
    manifest,
    files: { configYaml: texts.get(CONFIG_ENTRY) ?? '', nativeYaml: texts.get(NATIVE_ENTRY) ?? '', results },
  };
}
