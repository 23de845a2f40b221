/** File reading and writing shared by the command line and the action; errors name the option or input. */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../config/errors.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a folder',
};

export function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return (code !== undefined && REASONS[code]) || (error instanceof Error ? error.message : String(error));
}

/** Reads a UTF-8 file; a failure is a ConfigError under `label` (the option or input that named the file). */
export async function readTextFile(path: string, label: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
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
export async function writeFiles(directory: string, files: readonly FileToWrite[], label: string): Promise<void> {
  const ordered = [...files].sort((a, b) => Number(a.secret) - Number(b.secret));
  const placedSecrets: string[] = [];
  let staging: string | undefined;
  try {
    await mkdir(directory, { recursive: true });
    staging = await mkdtemp(join(directory, '.staging-'));
    for (const file of ordered) {
      await writeFile(join(staging, file.name), file.text, { mode: file.secret ? 0o600 : 0o666 });
    }
    for (const file of ordered) {
      await rename(join(staging, file.name), join(directory, file.name));
      if (file.secret) placedSecrets.push(join(directory, file.name));
    }
  } catch (error) {
    await Promise.all(placedSecrets.map((path) => rm(path, { force: true })));
    throw new ConfigError([{ path: label, message: `cannot write ${directory} (${reasonOf(error)})` }]);
  } finally {
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
  }
}
