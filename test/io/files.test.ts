import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_FILE_BYTES, readTextFile, writeFiles } from '../../src/io/files.js';
import { ConfigError } from '../../src/config/index.js';
import { runUnprivileged } from '../support/unprivileged.js';
import { expectRegularFile, LINK_TARGETS, namesIn, PLAIN_MODE, plantLinks } from './planted-links.js';

/** The folder of the module under test, for scripts that import it. */
const SOURCE = fileURLToPath(new URL('../../src/io/', import.meta.url));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lighteval-action-files-'));
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFiles', () => {
  it('writes secret files 0600 and others by the umask', async () => {
    const out = join(directory, 'nested', 'out');
    writeFiles(
      out,
      [
        { name: 'secret.yaml', text: 'key: 1\n', secret: true },
        { name: 'plain.yaml', text: 'a: 1\n', secret: false },
      ],
      '--out-dir',
    );
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
    const attempt = () =>
      writeFiles(
        blocked,
        [
          { name: 'lighteval-model.yaml', text: 'a\n', secret: false },
          { name: 'secret.yaml', text: 'k\n', secret: true },
          { name: 'config.yaml', text: 'k\n', secret: true },
        ],
        'output-dir',
      );
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

  it.each(cases)(
    'replaces the links at $planted, to an outside $target, with regular files, secret ones 0600',
    ({ names, target }) => {
      const out = join(directory, 'out');
      mkdirSync(out);
      const planted = plantLinks(
        names.map((name) => join(out, name)),
        join(directory, 'outside'),
        target,
      );

      writeFiles(out, FILES, '--out-dir');

      planted.expectUntouched();
      for (const file of FILES) expectRegularFile(join(out, file.name), file.text, file.secret ? 0o600 : PLAIN_MODE);
      expect(namesIn(out)).toEqual(FILES.map((file) => file.name).sort());
    },
  );

  it('removes the secret files it placed, and its staging folder, when a later one fails; links elsewhere stay untouched', () => {
    const out = join(directory, 'out');
    mkdirSync(join(out, 'z-secret.yaml', 'inside'), { recursive: true }); // renamed last: the first secret is placed by then
    const planted = plantLinks(
      [join(out, 'a-secret.yaml'), join(out, 'plain.yaml')],
      join(directory, 'outside'),
      'file',
    );
    const attempt = () =>
      writeFiles(
        out,
        [
          { name: 'a-secret.yaml', text: 'k\n', secret: true },
          { name: 'z-secret.yaml', text: 'k\n', secret: true },
          { name: 'plain.yaml', text: 'p\n', secret: false },
        ],
        'output-dir',
      );
    expect(attempt).toThrow(`output-dir: cannot write ${out} (is a directory)`);
    planted.expectUntouched();
    // The plain file was placed over its link before the secrets; the secret placed over its link is gone again.
    expectRegularFile(join(out, 'plain.yaml'), 'p\n', PLAIN_MODE);
    expect(namesIn(out)).toEqual(['plain.yaml', 'z-secret.yaml']);
  });

  it('creates nothing when a file is where the folder must be', () => {
    const file = join(directory, 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => writeFiles(join(file, 'out'), FILES, '--out-dir')).toThrow(
      `--out-dir: cannot write ${join(file, 'out')} (a part of the path is not a folder)`,
    );
    expect(() => writeFiles(file, FILES, '--out-dir')).toThrow(
      `--out-dir: cannot write ${file} (a file is in the way)`,
    );
    expect(namesIn(directory)).toEqual(['not-a-folder']);
  });
});

describe('readTextFile', () => {
  it('names the option and the file when it cannot read', () => {
    const missing = join(directory, 'missing.yaml');
    expect(() => readTextFile(missing, '--provider')).toThrow(`--provider: cannot read ${missing} (no such file)`);
    expect(() => readTextFile(directory, 'run-config-file')).toThrow(
      `run-config-file: cannot read ${directory} (is a directory)`,
    );
  });

  it('reads UTF-8 as it is, a byte order mark and U+FFFD written in the file included', () => {
    const path = join(directory, 'provider.yaml');
    const text = '\ufeffname: "é € 😀 \ufffd"\r\nlast: line';
    writeFileSync(path, text);
    expect(readTextFile(path, '--provider')).toBe(text);
    writeFileSync(path, '');
    expect(readTextFile(path, '--provider')).toBe('');
  });

  it('refuses a device, which may never end, and says what it is', () => {
    for (const device of ['/dev/zero', '/dev/null', '/dev/urandom']) {
      expect(() => readTextFile(device, 'provider-file')).toThrow(
        `provider-file: cannot read ${device} (is a device, not a file)`,
      );
    }
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = join(directory, 'provider.yaml');
    const made = spawnSync('mkfifo', [fifo], { encoding: 'utf8' });
    expect(made.error, 'mkfifo must be installed to run this test').toBeUndefined();
    expect(made.status).toBe(0);
    expect(() => readTextFile(fifo, 'provider-file')).toThrow(
      `provider-file: cannot read ${fifo} (is a named pipe, not a file)`,
    );
  });

  it('refuses a socket', async () => {
    const socket = join(directory, 'run-config.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(() => readTextFile(socket, '--run-config')).toThrow(
        `--run-config: cannot read ${socket} (is a socket or a missing device, not a file)`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('checks what a symlink leads to, not the link', () => {
    const toDevice = join(directory, 'device.yaml');
    symlinkSync('/dev/zero', toDevice);
    expect(() => readTextFile(toDevice, '--provider')).toThrow(
      `--provider: cannot read ${toDevice} (is a device, not a file)`,
    );
    const toFile = join(directory, 'file.yaml');
    writeFileSync(join(directory, 'target.yaml'), 'a: 1\n');
    symlinkSync(join(directory, 'target.yaml'), toFile);
    expect(readTextFile(toFile, '--provider')).toBe('a: 1\n');
  });

  it('reads a file of MAX_TEXT_FILE_BYTES and refuses one a byte longer, or much longer, before reading it', () => {
    expect(MAX_TEXT_FILE_BYTES).toBe(32 * 1024 * 1024);
    const path = join(directory, 'results.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_TEXT_FILE_BYTES); // sparse: NUL bytes, which are UTF-8
    expect(readTextFile(path, 'baseline').length).toBe(MAX_TEXT_FILE_BYTES);
    truncateSync(path, MAX_TEXT_FILE_BYTES + 1);
    expect(() => readTextFile(path, 'baseline')).toThrow(
      `baseline: cannot read ${path} (is 32.1 MiB; expected at most 32 MiB)`,
    );
    truncateSync(path, 100 * 1024 * 1024);
    expect(() => readTextFile(path, 'baseline')).toThrow(
      `baseline: cannot read ${path} (is 100 MiB; expected at most 32 MiB)`,
    );
  });

  it('reads no more than a byte past the limit of a file that grew after fstat, and refuses it', async () => {
    const path = join(directory, 'results.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_TEXT_FILE_BYTES + 1024 * 1024);
    const reads = vi.fn<(length: number) => void>();
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      return {
        ...fs,
        // What fstat said before the file grew.
        fstatSync: (fd: number) => Object.assign(fs.fstatSync(fd), { size: 10 }),
        readSync: (fd: number, buffer: Buffer, offset: number, length: number, position: null) => {
          const read = fs.readSync(fd, buffer, offset, length, position);
          reads(read);
          return read;
        },
      };
    });
    try {
      const fresh = await import('../../src/io/files.js');
      expect(() => fresh.readTextFile(path, 'baseline')).toThrow(
        `baseline: cannot read ${path} (holds more than 32 MiB)`,
      );
      expect(reads.mock.calls.reduce((total, [read]) => total + read, 0)).toBe(MAX_TEXT_FILE_BYTES + 1);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });

  it('reads to the end of a file whose size says 0, as files under /proc do', () => {
    expect(readTextFile('/proc/self/status', 'x')).toMatch(/^Name:.*\n[^]*\nPid:\s+\d+\n/);
  });

  const PREFIX = Buffer.from('é€😀\n', 'utf8'); // 2 + 3 + 4 + 1 bytes
  it.each([
    ['the byte 0xff', [0xff]],
    ['a continuation byte alone', [0x80, 0x61]],
    ['an overlong two-byte form of "/"', [0xc0, 0xaf]],
    ['an overlong three-byte form of "/"', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form of "€"', [0xf0, 0x82, 0x82, 0xac]],
    ['a surrogate encoded on its own (U+D800)', [0xed, 0xa0, 0x80]],
    ['a low surrogate encoded on its own (U+DFFF)', [0xed, 0xbf, 0xbf]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short by the next character', [0xe2, 0x82, 0x61]],
    ['a sequence cut short by the end of the file', [0xf0, 0x9f, 0x98]],
  ])('refuses a file that is not UTF-8, naming the byte offset where it stops being: %s', (_name, bad) => {
    const path = join(directory, 'provider.yaml');
    writeFileSync(path, Buffer.concat([PREFIX, Buffer.from(bad), Buffer.from('\nmore: text\n')]));
    expect(() => readTextFile(path, '--provider')).toThrow(
      `--provider: cannot read ${path} (not valid UTF-8 at byte offset ${PREFIX.length})`,
    );
    writeFileSync(path, Buffer.from(bad));
    expect(() => readTextFile(path, '--provider')).toThrow(
      `--provider: cannot read ${path} (not valid UTF-8 at byte offset 0)`,
    );
  });

  it('accepts the first and last code points of each UTF-8 length, beside the ones refused', () => {
    const path = join(directory, 'edges.yaml');
    const edges = [
      '\u0000',
      '\u007f',
      '\u0080',
      '\u07ff',
      '\u0800',
      '\ud7ff',
      '\ue000',
      '\uffff',
      '\u{10000}',
      '\u{10ffff}',
    ].join('');
    writeFileSync(path, edges);
    expect(readTextFile(path, 'x')).toBe(edges);
  });
});

describe('folders and files the user may not write or read', () => {
  const ATTEMPT = `
    import { readTextFile, writeFiles } from './files.js';
    const [kind, path] = process.argv.slice(-2);
    try {
      if (kind === 'write') writeFiles(path, [{ name: 'config.yaml', text: 'a: 1\\n', secret: false }], '--out-dir');
      else readTextFile(path, '--provider');
      console.log('done');
    } catch (error) {
      console.log(error instanceof Error ? error.message : String(error));
    }`;
  const attempt = (kind: 'write' | 'read', path: string) => runUnprivileged(ATTEMPT, SOURCE, directory, [kind, path]);

  it('says "permission denied" for a read-only folder, a folder under it, and an unreadable file', async () => {
    const readOnly = join(directory, 'read-only');
    await mkdir(readOnly);
    await chmod(readOnly, 0o555);
    const locked = join(directory, 'locked.yaml');
    await writeFile(locked, 'a: 1\n');
    await chmod(locked, 0o000);

    expect(attempt('write', readOnly)).toBe(`--out-dir: cannot write ${readOnly} (permission denied)`);
    const under = join(readOnly, 'out');
    expect(attempt('write', under)).toBe(`--out-dir: cannot write ${under} (permission denied)`);
    expect(attempt('read', locked)).toBe(`--provider: cannot read ${locked} (permission denied)`);
    expect(namesIn(readOnly)).toEqual([]);
  });
});
