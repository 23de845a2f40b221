/**
 * File reading and writing shared by the command line and the action; errors name the option or input.
 * Synchronous on purpose: a few small files, and a short-lived process whose start-up time matters. The async API
 * would load more of Node and hand each call to a worker thread.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * ConfigError is under `label`. Renaming also gives an existing file the new mode, which rewriting would not.
 */
export function writeFiles(directory: string, files: readonly FileToWrite[], label: string): void {
  const ordered = [...files].sort((a, b) => Number(a.secret) - Number(b.secret));
  const placedSecrets: string[] = [];
  let staging: string | undefined;
  try {
    mkdirSync(directory, { recursive: true });
    staging = mkdtempSync(join(directory, '.staging-'));
    for (const file of ordered) {
      writeFileSync(join(staging, file.name), file.text, { mode: file.secret ? 0o600 : 0o666 });
    }
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
