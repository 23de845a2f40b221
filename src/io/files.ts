/**
 * File reading and writing shared by the command line and the action; errors name the option or input.
 * Synchronous on purpose: a few small files, and a short-lived process whose start-up time matters. The async API
 * would load more of Node and hand each call to a worker thread.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/errors.js';

/** The builder's contract, as people and later tooling read it. */
export const CONFIG_FILE = 'config.yaml';
/** The file LightEval loads; it reads a model config as YAML only when the path ends in `.yaml` (not `.yml`). */
export const NATIVE_FILE = 'lighteval-model.yaml';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'a file is in the way',
};

export function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return (code !== undefined && REASONS[code]) || (error instanceof Error ? error.message : String(error));
}

/** Reads a UTF-8 file; a failure is a ConfigError under `label` (the option or input that named the file). */
export function readTextFile(path: string, label: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([{ path: label, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
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
