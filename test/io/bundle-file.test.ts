// Writing a bundle: renamed into place from a fresh staging folder, never through a symlink, nothing left on failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { writeBundleFile } from '../../src/io/bundle-file.js';
import { expectRegularFile, LINK_TARGETS, namesIn, PLAIN_MODE, plantLinks } from './planted-links.js';
import { tempDirs } from '../support/temp-dirs.js';

const sandbox = tempDirs('bundle-file-');
const BYTES = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array.from({ length: 18 }, (_, i) => i)]);
const NAME = 'run.eval752.zip';

/** The name the bundle was once staged at, beside it: predictable, so a symlink could be waiting there. */
const oldStagingName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.partial`);

describe('writeBundleFile', () => {
  const layouts = [
    { planted: 'the old staging name', at: (path: string) => [oldStagingName(path)] },
    { planted: "the bundle's name", at: (path: string) => [path] },
    { planted: 'both', at: (path: string) => [oldStagingName(path), path] },
  ];
  const cases = layouts.flatMap((layout) => LINK_TARGETS.map((target) => ({ ...layout, target })));

  it.each(cases)('never writes through a symlink at $planted, to an outside $target', ({ at, target }) => {
    const root = sandbox();
    const out = join(root, 'out');
    mkdirSync(out);
    const path = join(out, NAME);
    const links = at(path);
    const planted = plantLinks(links, join(root, 'outside'), target);

    writeBundleFile(path, BYTES, '--output');

    planted.expectUntouched();
    expectRegularFile(path, BYTES, PLAIN_MODE);
    // The link at the old staging name is left alone; no staging folder stays.
    expect(namesIn(out)).toEqual([...new Set([NAME, ...links.map((link) => basename(link))])].sort());
  });

  it('replaces an existing bundle with a fresh file, whatever its mode was', () => {
    const out = sandbox();
    const path = join(out, NAME);
    writeFileSync(path, 'old', { mode: 0o600 });
    writeBundleFile(path, BYTES, '--output');
    expectRegularFile(path, BYTES, PLAIN_MODE);
    expect(namesIn(out)).toEqual([NAME]);
  });

  it('creates the missing folders', () => {
    const root = sandbox();
    const path = join(root, 'a', 'b', NAME);
    writeBundleFile(path, BYTES, 'output-dir');
    expectRegularFile(path, BYTES, PLAIN_MODE);
    expect(namesIn(join(root, 'a', 'b'))).toEqual([NAME]);
  });

  // Each fails for root too: permission bits would not stop a test run as root.
  const failures = [
    {
      why: 'a folder is in the way',
      setUp: (out: string) => mkdirSync(join(out, NAME, 'inside'), { recursive: true }),
      path: (out: string) => join(out, NAME),
      reason: 'is a directory',
      left: [NAME],
    },
    {
      why: 'an empty folder is in the way',
      setUp: (out: string) => mkdirSync(join(out, NAME)),
      path: (out: string) => join(out, NAME),
      reason: 'is a directory',
      left: [NAME],
    },
    {
      why: 'a file is where its folder must be',
      setUp: (out: string) => writeFileSync(join(out, 'sub'), 'a file'),
      path: (out: string) => join(out, 'sub', NAME),
      reason: 'a file is in the way',
      left: ['sub'],
    },
    {
      why: 'a file is where a folder above it must be',
      setUp: (out: string) => writeFileSync(join(out, 'sub'), 'a file'),
      path: (out: string) => join(out, 'sub', 'deeper', NAME),
      reason: 'a part of the path is not a folder',
      left: ['sub'],
    },
    {
      why: 'the name is too long (the bundle is staged before the rename fails)',
      setUp: () => undefined,
      path: (out: string) => join(out, `${'x'.repeat(250)}.eval752.zip`),
      reason: 'ENAMETOOLONG',
      left: [],
    },
  ];

  it.each(failures)(
    'fails with a ConfigError and leaves nothing behind when $why',
    ({ setUp, path: pathIn, reason, left }) => {
      const root = sandbox();
      const out = join(root, 'out');
      mkdirSync(out);
      setUp(out);
      const path = pathIn(out);
      let thrown: unknown;
      try {
        writeBundleFile(path, BYTES, '--output');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).message).toContain(`--output: cannot write ${path} (${reason}`);
      expect(namesIn(out)).toEqual(left);
    },
  );

  it('leaves a folder in the way as it was, and a link planted beside it untouched', () => {
    const root = sandbox();
    const out = join(root, 'out');
    const path = join(out, NAME);
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'inside'), 'kept');
    const planted = plantLinks([oldStagingName(path)], join(root, 'outside'), 'file');
    expect(() => writeBundleFile(path, BYTES, '--output')).toThrow(`--output: cannot write ${path} (is a directory)`);
    planted.expectUntouched();
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('kept');
    expect(namesIn(out)).toEqual([basename(oldStagingName(path)), NAME].sort());
  });
});
