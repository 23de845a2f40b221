// Symlinks planted where a writer might write, pointing outside its folder, and the checks that nothing went through them.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** What a planted link points to: an existing file, a name nothing is at yet, or an existing folder. */
export type LinkTarget = 'file' | 'dangling' | 'folder';
export const LINK_TARGETS: readonly LinkTarget[] = ['file', 'dangling', 'folder'];

export interface PlantedLinks {
  /** Fails unless every outside file and folder is as planted, and nothing appeared where a dangling link points. */
  expectUntouched(): void;
}

const OUTSIDE_MODE = 0o644;

/** Plants a symlink at each of `paths`, each to its own place in `outside` (a folder away from the writer's). */
export function plantLinks(paths: readonly string[], outside: string, target: LinkTarget): PlantedLinks {
  mkdirSync(outside, { recursive: true });
  const planted = paths.map((path, index) => {
    const to = join(outside, `target-${index}`);
    const text = `outside file ${index}, not to be written\n`;
    if (target === 'file') writeFileSync(to, text, { mode: OUTSIDE_MODE });
    if (target === 'folder') mkdirSync(to);
    symlinkSync(to, path);
    return { to, text };
  });
  const listing = readdirSync(outside, { recursive: true }).sort();
  return {
    expectUntouched() {
      expect(readdirSync(outside, { recursive: true }).sort()).toEqual(listing);
      for (const { to, text } of planted) {
        if (target === 'dangling') expect(existsSync(to)).toBe(false);
        if (target === 'file') {
          expect(readFileSync(to, 'utf8')).toBe(text);
          expect(lstatSync(to).mode & 0o777).toBe(OUTSIDE_MODE);
        }
      }
    },
  };
}

/** Fails unless `path` is a regular file itself (not a symlink) with exactly `content` and permission bits `mode`. */
export function expectRegularFile(path: string, content: string | Uint8Array, mode: number): void {
  const stats = lstatSync(path);
  expect(stats.isFile()).toBe(true);
  expect(stats.mode & 0o777).toBe(mode);
  const read = readFileSync(path);
  if (typeof content === 'string') expect(read.toString('utf8')).toBe(content);
  else expect(new Uint8Array(read)).toEqual(content);
}

/** The names in `directory`, sorted: what a test expects there exactly, staging folders and leftovers included. */
export const namesIn = (directory: string): string[] => readdirSync(directory).sort();

/** The permission bits a file created with 0666 gets in this process. */
export const PLAIN_MODE = 0o666 & ~process.umask();
