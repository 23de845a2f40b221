import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, parseDocument } from '../config/index.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return (code !== undefined && REASONS[code]) || (error instanceof Error ? error.message : String(error));
}

/** Reads a YAML or JSON file; errors name the option it came from and the file. */
export async function readDocument(path: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([{ path: option, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
  return parseDocument(text, path);
}

export interface FileToWrite {
  /** A file name inside the target folder. */
  readonly name: string;
  readonly text: string;
  /** Holds a secret: created 0600, and put in place last. */
  readonly secret: boolean;
}

/**
 * Writes every file into a fresh staging folder beside them, then renames them into place, secret files last.
 * On failure nothing staged stays behind, nor any secret file this call placed. Renaming also gives an existing
 * file the new mode, which rewriting it in place would not.
 */
/** Writes `files` into `directory`, creating it. */
export async function writeFiles(directory: string, files: readonly FileToWrite[]): Promise<void> {
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
    throw new ConfigError([{ path: '--out-dir', message: `cannot write ${directory} (${reasonOf(error)})` }]);
  } finally {
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
  }
}
