import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
  readonly path: string;
  readonly text: string;
  /** Holds a secret: created 0600, and put in place last. */
  readonly secret: boolean;
}

/**
 * Writes each file to a fresh temporary name, then renames them all into place, secret files last. On failure
 * no temporary file stays behind, nor any secret file this call placed. Renaming also gives an existing file
 * the new mode, which rewriting it in place would not.
 */
export async function writeFiles(directory: string, files: readonly FileToWrite[]): Promise<void> {
  const ordered = [...files].sort((a, b) => Number(a.secret) - Number(b.secret));
  const staged: { readonly temporary: string; readonly file: FileToWrite }[] = [];
  const placedSecrets: string[] = [];
  try {
    await mkdir(directory, { recursive: true });
    for (const file of ordered) {
      const temporary = `${file.path}.${randomBytes(6).toString('hex')}.tmp`;
      staged.push({ temporary, file });
      await writeFile(temporary, file.text, { mode: file.secret ? 0o600 : 0o666, flag: 'wx' });
    }
    for (const { temporary, file } of staged) {
      await rename(temporary, file.path);
      if (file.secret) placedSecrets.push(file.path);
    }
  } catch (error) {
    const leftovers = [...staged.map(({ temporary }) => temporary), ...placedSecrets];
    await Promise.all(leftovers.map((path) => rm(path, { force: true })));
    throw new ConfigError([{ path: '--out-dir', message: `cannot write ${directory} (${reasonOf(error)})` }]);
  }
}
