import { mkdirSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readTextFile, writeFiles } from '../../src/io/files.js';
import { ConfigError } from '../../src/config/index.js';
import { expectRegularFile, LINK_TARGETS, namesIn, PLAIN_MODE, plantLinks } from './planted-links.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lighteval-action-files-'));
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFiles', () => {
  it('writes secret files 0600 and others by the umask', async () => {
    const out = join(directory, 'nested', 'out');
    writeFiles(out, [
      { name: 'secret.yaml', text: 'key: 1\n', secret: true },
      { name: 'plain.yaml', text: 'a: 1\n', secret: false },
    ], '--out-dir');
    expect(await modeOf(join(out, 'secret.yaml'))).toBe(0o600);
    expect(await modeOf(join(out, 'plain.yaml'))).toBe(0o666 & ~process.umask());
    expect(await readFile(join(out, 'secret.yaml'), 'utf8')).toBe('key: 1\n');
    expect((await readdir(out)).sort()).toEqual(['plain.yaml', 'secret.yaml']);
  });

  it('gives an existing readable file the secret mode when it now holds a secret', async () => {
    const path = join(directory, 'config.yaml');
    await writeFile(path, 'old\n', { mode: 0o644 });
    await chmod(path, 0o644);
    writeFiles(directory, [{ name: 'config.yaml', text: 'new\n', secret: true }], '--out-dir');
    expect(await modeOf(path)).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe('new\n');
  });

  it('leaves no file behind when a write fails, and names the folder', async () => {
    const blocked = join(directory, 'blocked');
    await mkdir(join(blocked, 'config.yaml'), { recursive: true }); // a folder where a file must go
    const attempt = () => writeFiles(blocked, [
      { name: 'lighteval-model.yaml', text: 'a\n', secret: false },
      { name: 'secret.yaml', text: 'k\n', secret: true },
      { name: 'config.yaml', text: 'k\n', secret: true },
    ], 'output-dir');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(`output-dir: cannot write ${blocked}`);
    // Secret files are renamed into place last and removed on failure; the staging folder is gone too.
    expect((await readdir(blocked)).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
    expect((await stat(join(blocked, 'config.yaml'))).isDirectory()).toBe(true);
  });
});

describe('writeFiles with symlinks planted at the names it writes', () => {
  const FILES = [
    { name: 'config.yaml', text: 'key: sk-1\n', secret: true },
    { name: 'lighteval-model.yaml', text: 'base_url: https://u:p@host\n', secret: true },
    { name: 'plain.yaml', text: 'a: 1\n', secret: false },
  ];
  const layouts = [
    { planted: 'every file', names: FILES.map((file) => file.name) },
    { planted: 'the secret files', names: ['config.yaml', 'lighteval-model.yaml'] },
    { planted: 'the plain file', names: ['plain.yaml'] },
  ];
  const cases = layouts.flatMap((layout) => LINK_TARGETS.map((target) => ({ ...layout, target })));

  it.each(cases)('replaces the links at $planted, to an outside $target, with regular files, secret ones 0600', ({ names, target }) => {
    const out = join(directory, 'out');
    mkdirSync(out);
    const planted = plantLinks(names.map((name) => join(out, name)), join(directory, 'outside'), target);

    writeFiles(out, FILES, '--out-dir');

    planted.expectUntouched();
    for (const file of FILES) expectRegularFile(join(out, file.name), file.text, file.secret ? 0o600 : PLAIN_MODE);
    expect(namesIn(out)).toEqual(FILES.map((file) => file.name).sort());
  });

  it('removes the secret files it placed, and its staging folder, when a later one fails; links elsewhere stay untouched', () => {
    const out = join(directory, 'out');
    mkdirSync(join(out, 'z-secret.yaml', 'inside'), { recursive: true }); // renamed last: the first secret is placed by then
    const planted = plantLinks([join(out, 'a-secret.yaml'), join(out, 'plain.yaml')], join(directory, 'outside'), 'file');
    const attempt = () => writeFiles(out, [
      { name: 'a-secret.yaml', text: 'k\n', secret: true },
      { name: 'z-secret.yaml', text: 'k\n', secret: true },
      { name: 'plain.yaml', text: 'p\n', secret: false },
    ], 'output-dir');
    expect(attempt).toThrow(`output-dir: cannot write ${out} (is a directory)`);
    planted.expectUntouched();
    // The plain file was placed over its link before the secrets; the secret placed over its link is gone again.
    expectRegularFile(join(out, 'plain.yaml'), 'p\n', PLAIN_MODE);
    expect(namesIn(out)).toEqual(['plain.yaml', 'z-secret.yaml']);
  });

  it('creates nothing when a file is where the folder must be', () => {
    const file = join(directory, 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => writeFiles(join(file, 'out'), FILES, '--out-dir')).toThrow(`--out-dir: cannot write ${join(file, 'out')} (a part of the path is not a folder)`);
    expect(() => writeFiles(file, FILES, '--out-dir')).toThrow(`--out-dir: cannot write ${file} (a file is in the way)`);
    expect(namesIn(directory)).toEqual(['not-a-folder']);
  });
});

describe('readTextFile', () => {
  it('names the option and the file when it cannot read', async () => {
    const missing = join(directory, 'missing.yaml');
    expect(() => readTextFile(missing, '--provider')).toThrow(`--provider: cannot read ${missing} (no such file)`);
    expect(() => readTextFile(directory, 'run-config-file')).toThrow(`run-config-file: cannot read ${directory} (is a directory)`);
  });
});
