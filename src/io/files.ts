/**
 * File reading and writing shared by the command line and the action; errors name the option or input.
 * Synchronous on purpose: a few small files, and a short-lived process whose start-up time matters. The async API
 * would load more of Node and hand each call to a worker thread.
 */
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { MIB, mebibytes, sizeOverLimit } from '../config/parse.js';

/** The builder's contract, as people and later tooling read it. */
export const CONFIG_FILE = 'config.yaml';
/** The file LightEval loads; it reads a model config as YAML only when the path ends in `.yaml` (not `.yml`). */
export const NATIVE_FILE = 'lighteval-model.yaml';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'a file is in the way',
  // What open(2) says of a socket, or of a device file whose device is not there.
  ENXIO: 'is a socket or a missing device, not a file',
};

export function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return (code !== undefined && REASONS[code]) || (error instanceof Error ? error.message : String(error));
}

/**
 * The largest file readTextFile reads: what a bundle entry may hold. Besides documents (which parseDocument holds to
 * MAX_DOCUMENT_BYTES), it reads LightEval results files, task lists and custom task files.
 */
export const MAX_TEXT_FILE_BYTES = 32 * MIB;

/**
 * Reads the regular file `path`, which must be UTF-8 and at most MAX_TEXT_FILE_BYTES; a failure is a ConfigError
 * under `label` (the option or input that named the file). A byte order mark is kept: the parsers skip it.
 */
export function readTextFile(path: string, label: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, MAX_TEXT_FILE_BYTES);
  } catch (error) {
    throw new ConfigError([{ path: label, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ConfigError([
      { path: label, message: `cannot read ${path} (not valid UTF-8 at byte offset ${invalidUtf8At(bytes)})` },
    ]);
  }
}

/**
 * The bytes of `path`, checked on what was opened, so that nothing can be swapped in between the check and the read.
 * Opened non-blocking, since opening a named pipe waits for a writer; only a regular file is read, since a device
 * may never end (/dev/zero).
 */
function readRegularFile(path: string, limit: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error(notAFile(stats));
    if (stats.size > limit) throw new Error(sizeOverLimit(stats.size, limit));
    return readAtMost(fd, stats.size, limit);
  } finally {
    closeSync(fd);
  }
}

/** What a path that is not a regular file is. (A socket cannot be opened: open(2) gives ENXIO.) */
function notAFile(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory';
  if (stats.isFIFO()) return 'is a named pipe, not a file';
  return stats.isCharacterDevice() || stats.isBlockDevice() ? 'is a device, not a file' : 'is not a regular file';
}

/**
 * All of `fd` when it holds at most `limit` bytes, reading no more than one byte past that. fstat's size is a hint
 * only: a file may grow while it is read, and some (under /proc) say 0.
 */
function readAtMost(fd: number, sizeHint: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // A byte more than the hint: a file that kept its size takes one read, and one more that finds its end.
  const chunkBytes = Math.max(sizeHint + 1, 64 * 1024);
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, limit + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  throw new Error(`holds more than ${mebibytes(limit)}`);
}

/** Where the first byte sequence that is not UTF-8 starts in `bytes`; its length when there is none. */
function invalidUtf8At(bytes: Uint8Array): number {
  let at = 0;
  for (let length = utf8SequenceLength(bytes, at); length > 0; length = utf8SequenceLength(bytes, at)) at += length;
  return at;
}

/**
 * The length of the UTF-8 sequence at `at`, 0 when none starts there (nor at the end). RFC 3629: a lead byte gives
 * the length; the range of the second byte rules out overlong forms, surrogates and code points past U+10FFFF.
 */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at];
  if (lead === undefined) return 0;
  if (lead < 0x80) return 1;
  const [length, low, high] =
    lead < 0xc2
      ? [0, 0, 0]
      : lead < 0xe0
        ? [2, 0x80, 0xbf]
        : lead === 0xe0
          ? [3, 0xa0, 0xbf]
          : lead === 0xed
            ? [3, 0x80, 0x9f]
            : lead < 0xf0
              ? [3, 0x80, 0xbf]
              : lead === 0xf0
                ? [4, 0x90, 0xbf]
                : lead < 0xf4
                  ? [4, 0x80, 0xbf]
                  : lead === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0];
  for (let index = 1; index < length; index += 1) {
    const byte = bytes[at + index];
    if (byte === undefined || byte < (index === 1 ? low : 0x80) || byte > (index === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

/**
 * Temporary files are made only inside a folder from here, never at a name derived from their target's: a name that
 * can be guessed can be taken first by a symlink, and a write to it would land wherever the link points. mkdtemp
 * picks an unused, unpredictable name and creates the folder itself, mode 0700.
 */
function makeStagingDir(directory: string): string {
  return mkdtempSync(join(directory, '.staging-'));
}

/**
 * Creates `path` holding `data`, with `mode` (less the umask) from the start. 'wx' is O_CREAT|O_EXCL: it fails on
 * anything already at `path`, a symlink planted there included, instead of writing through it.
 */
function createFile(path: string, data: string | Uint8Array, mode: number): void {
  writeFileSync(path, data, { flag: 'wx', mode });
}

/**
 * Replaces `path` (or creates it) with a file holding `data`, created with `mode` (less the umask): staged in a
 * fresh folder beside it, then renamed over it. rename(2) replaces a symlink at `path` itself rather than following
 * it. A failure leaves `path` as it was and no staging folder behind.
 */
export function replaceFile(path: string, data: string | Uint8Array, mode: number): void {
  const staging = makeStagingDir(dirname(path));
  try {
    // A fixed name that no reader of the folder takes for a real file (results_*.json, say), should a kill leave it.
    const staged = join(staging, 'staged');
    createFile(staged, data, mode);
    renameSync(staged, path);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface FileToWrite {
  /** A file name inside the target folder. */
  readonly name: string;
  readonly text: string;
  /** Holds a secret: created 0600, and put in place last. */
  readonly secret: boolean;
}

/**
 * Writes `files` into `directory`, creating it: first into a fresh staging folder beside them, then renamed into
 * place, secret files last. On failure nothing staged stays behind, nor any secret file this call placed, and the
 * ConfigError is under `label`. Renaming also gives an existing file the new mode, which rewriting would not, and
 * replaces a symlink at a file's name instead of writing through it.
 */
export function writeFiles(directory: string, files: readonly FileToWrite[], label: string): void {
  const ordered = [...files].sort((a, b) => Number(a.secret) - Number(b.secret));
  const placedSecrets: string[] = [];
  let staging: string | undefined;
  try {
    mkdirSync(directory, { recursive: true });
    staging = makeStagingDir(directory);
    for (const file of ordered) createFile(join(staging, file.name), file.text, file.secret ? 0o600 : 0o666);
    for (const file of ordered) {
      renameSync(join(staging, file.name), join(directory, file.name));
      if (file.secret) placedSecrets.push(join(directory, file.name));
    }
    rmdirSync(staging);
    staging = undefined;
  } catch (error) {
    for (const path of placedSecrets) rmSync(path, { force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
    throw new ConfigError([{ path: label, message: `cannot write ${directory} (${reasonOf(error)})` }]);
  }
}
