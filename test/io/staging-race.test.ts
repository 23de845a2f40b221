// Every writer against a racer that acts between its steps: just before a staged file is created, just after, and
// just before it is renamed into place. Names the racer could not guess are handed to it here, the worst case.
import * as fs from 'node:fs';
import { chmodSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { writeBundleFile } from '../../src/io/bundle-file.js';
import { writeFiles } from '../../src/io/files.js';
import { scrubResultsFile } from '../../src/io/results-files.js';
import { LINK_TARGETS, namesIn, PLAIN_MODE, plantLinks } from './planted-links.js';
import { tempDirs } from '../support/temp-dirs.js';

const hooks = vi.hoisted(() => ({
  beforeCreate: undefined as ((path: string) => void) | undefined,
  afterCreate: undefined as ((path: string) => void) | undefined,
  beforeRename: undefined as ((to: string) => void) | undefined,
}));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    writeFileSync: ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      hooks.beforeCreate?.(String(file));
      (actual.writeFileSync as (...args: unknown[]) => void)(file, ...rest);
      hooks.afterCreate?.(String(file));
    }) as typeof fs.writeFileSync,
    renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
      hooks.beforeRename?.(String(to));
      actual.renameSync(from, to);
    }) as typeof fs.renameSync,
  };
});
afterEach(() => {
  hooks.beforeCreate = undefined;
  hooks.afterCreate = undefined;
  hooks.beforeRename = undefined;
});

const sandbox = tempDirs('staging-race-');
const KEY = 'sk-race-0123456789';

interface Writer {
  readonly name: string;
  /** The mode the written file must have. */
  readonly mode: number;
  /** Makes what the writer needs under `root`; returns the file it writes and the write itself. */
  prepare(root: string): { readonly target: string; readonly write: () => void };
  /** Fails unless `thrown` is this writer's error for `code` at `target`. */
  expectError(thrown: unknown, code: string, target: string): void;
}

const REASONS: Readonly<Record<string, string>> = { EEXIST: 'a file is in the way', EISDIR: 'is a directory' };

const WRITERS: readonly Writer[] = [
  {
    name: 'writeFiles, a secret file',
    mode: 0o600,
    prepare: (root) => {
      const out = join(root, 'secret');
      return {
        target: join(out, 'config.yaml'),
        write: () => writeFiles(out, [{ name: 'config.yaml', text: `key: ${KEY}\n`, secret: true }], 'RUNNER_TEMP'),
      };
    },
    expectError: (thrown, code, target) => {
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toBe(`RUNNER_TEMP: cannot write ${dirname(target)} (${REASONS[code]})`);
    },
  },
  {
    name: 'writeFiles, a plain file',
    mode: PLAIN_MODE,
    prepare: (root) => {
      const out = join(root, 'out');
      return {
        target: join(out, 'plain.yaml'),
        write: () => writeFiles(out, [{ name: 'plain.yaml', text: 'a: 1\n', secret: false }], '--out-dir'),
      };
    },
    expectError: (thrown, code, target) => {
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toBe(`--out-dir: cannot write ${dirname(target)} (${REASONS[code]})`);
    },
  },
  {
    name: 'writeBundleFile',
    mode: PLAIN_MODE,
    prepare: (root) => {
      const target = join(root, 'out', 'run.eval752.zip');
      return { target, write: () => writeBundleFile(target, new Uint8Array([1, 2, 3]), '--output') };
    },
    expectError: (thrown, code, target) => {
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toBe(`--output: cannot write ${target} (${REASONS[code]})`);
    },
  },
  {
    name: 'scrubResultsFile',
    mode: 0o640,
    prepare: (root) => {
      const target = join(root, 'out', 'results', 'm', 'results_A.json');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify({ config_general: { model_config: { api_key: KEY } }, results: {} }));
      chmodSync(target, 0o640);
      return { target, write: () => void scrubResultsFile(target, [KEY]) };
    },
    // Not a ConfigError: the run cannot go on, and lighteval-run lets it through.
    expectError: (thrown, code) => expect(thrown).toMatchObject({ code }),
  },
];

/** What `write` threw; fails if it did not throw. */
function thrownBy(write: () => void): unknown {
  try {
    write();
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

/** What a folder holds when the writer has left nothing of its own: the target alone, or nothing. */
const onlyTarget = (target: string, existed: boolean) => (existed ? [basename(target)] : []);

describe.each(WRITERS)('$name', (writer) => {
  it.each(LINK_TARGETS)(
    'refuses a symlink planted at its staged name just before the create, to an outside %s',
    (linkTarget) => {
      const root = sandbox();
      const { target, write } = writer.prepare(root);
      const existed = fs.existsSync(target);
      const before = existed ? readFileSync(target) : undefined;
      let planted: ReturnType<typeof plantLinks> | undefined;
      hooks.beforeCreate = (path) => {
        hooks.beforeCreate = undefined;
        planted = plantLinks([path], join(root, 'outside'), linkTarget);
      };

      writer.expectError(thrownBy(write), 'EEXIST', target);

      expect(planted).toBeDefined();
      planted?.expectUntouched();
      // The staging folder is gone, the planted link inside it with it; an existing target is as it was.
      expect(namesIn(dirname(target))).toEqual(onlyTarget(target, existed));
      if (before !== undefined) expect(readFileSync(target)).toEqual(before);
    },
  );

  it('stages in a fresh 0700 folder beside its target, under a new name each time, in its final mode from the start', () => {
    const { target, write } = writer.prepare(sandbox());
    const staged: { folder: string; folderMode: number; mode: number; isFile: boolean }[] = [];
    hooks.afterCreate = (path) => {
      const file = lstatSync(path);
      staged.push({
        folder: dirname(path),
        folderMode: lstatSync(dirname(path)).mode & 0o777,
        mode: file.mode & 0o777,
        isFile: file.isFile(),
      });
    };

    write();
    write();

    expect(staged).toHaveLength(2);
    for (const entry of staged) {
      expect(dirname(entry.folder)).toBe(dirname(target));
      expect(basename(entry.folder)).toMatch(/^\.staging-\w{6}$/);
      expect(entry).toMatchObject({ folderMode: 0o700, mode: writer.mode, isFile: true });
    }
    expect(staged[0]?.folder).not.toBe(staged[1]?.folder);
    expect(lstatSync(target).mode & 0o777).toBe(writer.mode);
    expect(namesIn(dirname(target))).toEqual([basename(target)]);
  });

  it('leaves no staging folder behind when the rename fails, a folder having taken the target just before', () => {
    const { target, write } = writer.prepare(sandbox());
    hooks.beforeRename = (to) => {
      hooks.beforeRename = undefined;
      rmSync(to, { force: true });
      mkdirSync(join(to, 'inside'), { recursive: true });
    };

    writer.expectError(thrownBy(write), 'EISDIR', target);

    expect(lstatSync(target).isDirectory()).toBe(true);
    expect(namesIn(dirname(target))).toEqual([basename(target)]);
    expect(namesIn(target)).toEqual(['inside']);
  });
});
