// Runs the real @actions/cache client in-process against the stand-in.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { restoreCache, saveCache } from '@actions/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startArtifactService } from './artifact-service.js';
import { startCacheService, type CacheService, type CacheServiceOptions } from './cache-service.js';
import { closedAfterEach } from './loopback.js';
import { inStepEnv } from './step-env.js';
import { tempDirs } from './temp-dirs.js';

type Tree = Record<string, Buffer>;

async function writeTree(root: string, tree: Tree): Promise<void> {
  for (const [path, bytes] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
}

/** Every file under `root`, by path relative to it. */
async function readTree(root: string, dir = root): Promise<Tree> {
  const tree: Tree = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(tree, await readTree(root, path));
    else tree[relative(root, path)] = await readFile(path);
  }
  return tree;
}

/**
 * The compression methods the client may pick, with the magic bytes their archives start with: @actions/cache 6
 * picks 'zstd-without-long' whenever `zstd --version` answers, else gzip. The tests accept either, so they pass with
 * and without zstd installed.
 */
const COMPRESSIONS = {
  'zstd-without-long': Buffer.from([0x28, 0xb5, 0x2f, 0xfd]),
  gzip: Buffer.from([0x1f, 0x8b]),
};

/** The client's version of an entry (cacheUtils.getCacheVersion, not on Windows): paths, method and a salt. */
function cacheVersion(paths: readonly string[], compression: keyof typeof COMPRESSIONS): string {
  return createHash('sha256')
    .update([...paths, compression, '1.0'].join('|'))
    .digest('hex');
}

// Every test twice: archives held in memory, and written to files (storeIn), as for archives of gigabytes.
describe.each([
  { storage: 'in memory', onDisk: false },
  { storage: 'in files', onDisk: true },
])('cache service stand-in, archives $storage', ({ onDisk }) => {
  const started = closedAfterEach();
  const tempDir = tempDirs('cache-service-');
  let service: CacheService;
  let store: string | undefined;
  let workspace: string;
  let runnerTemp: string;
  let folder: string;
  let output: string[];

  /** A service's options: a folder of its own for the archives when they go to files. */
  const storage = (): CacheServiceOptions => {
    store = onDisk ? tempDir() : undefined;
    return store === undefined ? {} : { storeIn: store };
  };
  /** Every file in the store: what a finished upload keeps, and nothing else. */
  const storedFiles = (): string[] =>
    store === undefined
      ? []
      : readdirSync(store)
          .map((name) => join(store!, name))
          .sort();

  beforeEach(async () => {
    service = started(await startCacheService(storage()));
    const root = tempDir();
    workspace = join(root, 'workspace');
    runnerTemp = join(root, 'runner-temp');
    folder = join(workspace, 'deps');
    await mkdir(runnerTemp, { recursive: true });
    // Keep the client's log (and tar's stderr) out of the test output, but look at it.
    output = [];
    const capture = (chunk: string | Uint8Array): boolean => {
      output.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Runs `body` as a step would: the service's variables, a workspace and a runner temp folder, nothing else. */
  function inStep<T>(body: () => Promise<T>): Promise<T> {
    return inStepEnv({ ...service.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp }, body);
  }

  const log = (): string => output.join('');

  it('round-trips a folder byte for byte through a real save and restore', async () => {
    const tree: Tree = {
      'results.json': Buffer.from('{"score":0.5}\n'),
      'nested/deeper/blob.bin': randomBytes(64 * 1024),
      'nested/empty.txt': Buffer.alloc(0),
    };
    await writeTree(folder, tree);

    const cacheId = await inStep(() => saveCache([folder], 'deps-linux-1'));

    expect(service.problems).toEqual([]);
    expect(service.entries).toHaveLength(1);
    const entry = service.entries[0]!;
    expect(cacheId).toBe(Number(entry.id));
    expect(entry).toMatchObject({ key: 'deps-linux-1', size: entry.archive.length });
    // Whichever compression the client picked on this machine, the version names it and the archive is in it.
    const compression = (Object.keys(COMPRESSIONS) as (keyof typeof COMPRESSIONS)[]).find(
      (method) => cacheVersion([folder], method) === entry.version,
    );
    expect(compression).toBeDefined();
    expect(entry.archive.subarray(0, COMPRESSIONS[compression!].length)).toEqual(COMPRESSIONS[compression!]);
    // On disk, the archive is a file and the request log does not hold it.
    expect(entry.files).toEqual(storedFiles());
    expect(entry.files).toHaveLength(onDisk ? 1 : 0);
    expect(service.requests[1]?.body.length).toBe(onDisk ? 0 : entry.size);
    expect(service.requests.map((r) => [r.kind, r.status])).toEqual([
      ['create', 200],
      ['put-blob', 201],
      ['finalize', 200],
    ]);

    await rm(folder, { recursive: true });
    const restored = await inStep(() => restoreCache([folder], 'deps-linux-1'));

    expect(restored).toBe('deps-linux-1');
    expect(await readTree(folder)).toEqual(tree);
    expect(service.problems).toEqual([]);
    expect(service.requests.slice(3).map((r) => [r.kind, r.status])).toEqual([
      ['get-download-url', 200],
      ['download', 200],
    ]);
    // The client masks the URL signature itself.
    expect(log()).toContain(`::add-mask::${service.signature}`);
    expect(log()).toContain('Cache hit for: deps-linux-1');
  });

  it('reports a miss as undefined: an unknown key, or a known key saved for other paths', async () => {
    await writeTree(folder, { 'a.txt': Buffer.from('a') });
    await inStep(() => saveCache([folder], 'deps-linux-1'));
    await rm(folder, { recursive: true });

    const other = join(workspace, 'other');
    const unknownKey = await inStep(() => restoreCache([folder], 'deps-macos-1'));
    // The version covers the paths, so the same key for other paths is another entry.
    const otherPaths = await inStep(() => restoreCache([folder, other], 'deps-linux-1'));

    expect(unknownKey).toBeUndefined();
    expect(otherPaths).toBeUndefined();
    expect(existsSync(folder)).toBe(false);
    expect(service.requests.slice(3).map((r) => [r.kind, r.status])).toEqual([
      ['get-download-url', 200],
      ['get-download-url', 200],
    ]);
    expect(service.requests[4]?.json?.['key']).toBe('deps-linux-1');
    expect(service.requests[4]?.json?.['version']).not.toBe(service.entries[0]?.version);
    expect(service.problems).toEqual([]);
    expect(log()).not.toContain('::warning::');
  });

  it('matches restore keys by prefix, newest first, after an exact match of the key', async () => {
    const saveWith = async (key: string, content: string): Promise<void> => {
      await writeTree(folder, { 'which.txt': Buffer.from(content) });
      await inStep(() => saveCache([folder], key));
    };
    await saveWith('deps-1', 'first');
    await saveWith('deps-12', 'second');
    await saveWith('other-3', 'third');
    expect(service.entries.map((e) => e.key)).toEqual(['deps-1', 'deps-12', 'other-3']);

    const restore = async (key: string, restoreKeys: string[]): Promise<[string | undefined, string]> => {
      await rm(folder, { recursive: true, force: true });
      const matched = await inStep(() => restoreCache([folder], key, restoreKeys));
      const content = existsSync(folder) ? (await readFile(join(folder, 'which.txt'))).toString() : '';
      return [matched, content];
    };

    expect(await restore('deps-9', ['deps-'])).toEqual(['deps-12', 'second']);
    // An exact match wins over a newer entry the key is a prefix of.
    expect(await restore('deps-1', ['deps-'])).toEqual(['deps-1', 'first']);
    expect(await restore('none', ['deps-1', 'deps-'])).toEqual(['deps-1', 'first']);
    expect(await restore('none', ['other-', 'deps-'])).toEqual(['other-3', 'third']);
    // The key itself is matched by prefix too, as GitHub documents.
    expect(await restore('deps-', [])).toEqual(['deps-12', 'second']);
    expect(await restore('none', ['nothing-'])).toEqual([undefined, '']);
    expect(log()).toContain('Cache hit for restore-key: deps-12');
    expect(service.problems).toEqual([]);
  });

  it('refuses a second save of a key and version, as GitHub does: the client logs it and returns -1', async () => {
    await writeTree(folder, { 'which.txt': Buffer.from('first') });
    const firstId = await inStep(() => saveCache([folder], 'deps-1'));
    const firstArchive = service.entries[0]!.archive;
    await writeTree(folder, { 'which.txt': Buffer.from('second') });
    output.length = 0;

    const secondId = await inStep(() => saveCache([folder], 'deps-1'));

    expect(firstId).toBeGreaterThan(0);
    expect(secondId).toBe(-1);
    expect(service.entries).toHaveLength(1);
    expect(service.entries[0]!.archive).toEqual(firstArchive);
    // The archive is built, but nothing is uploaded once CreateCacheEntry says 409.
    expect(service.requests.slice(3).map((r) => [r.kind, r.status])).toEqual([['create', 409]]);
    // An info line, not a warning: on GitHub another job saving the same key is routine.
    expect(log()).toContain(
      'Failed to save: Unable to reserve cache with key deps-1, another job may be creating this cache.',
    );
    expect(log()).toContain(
      '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: ' +
        'Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists',
    );
    expect(log()).not.toContain('::warning::');
    expect(service.problems).toEqual([]);

    await rm(folder, { recursive: true });
    await inStep(() => restoreCache([folder], 'deps-1'));
    expect((await readFile(join(folder, 'which.txt'))).toString()).toBe('first');
  });

  it('makes a restore of a corrupt archive restore nothing: the client warns and returns undefined', async () => {
    await writeTree(folder, { 'a.txt': Buffer.from('a'), 'b/c.txt': Buffer.from('c') });
    await inStep(() => saveCache([folder], 'deps-1'));
    await rm(folder, { recursive: true });
    service.corrupt('deps-1');
    expect(service.entries[0]!.archive.toString()).toMatch(/^stand-in: corrupted cache archive/);
    expect(() => service.corrupt('no-such-key')).toThrow(/no cache entry with key no-such-key/);
    output.length = 0;

    // The client downloads it, tar (through zstd or gzip) fails, and restoreCache catches that: no throw, a
    // `::warning::Failed to restore: "<tar path>" failed with error: The process '<tar path>' failed with exit code 2`
    // and undefined, as for a miss, so a caller rebuilds.
    const restored = await inStep(() => restoreCache([folder], 'deps-1'));

    expect(restored).toBeUndefined();
    expect(existsSync(folder)).toBe(false);
    expect(log()).toMatch(
      /::warning::Failed to restore: "[^"\n]*tar" failed with error: The process '[^'\n]*tar' failed with exit code 2/,
    );
    expect(log()).not.toContain('Cache restored successfully');
    expect(service.requests.slice(3).map((r) => [r.kind, r.status])).toEqual([
      ['get-download-url', 200],
      ['download', 200],
    ]);
    expect(service.problems).toEqual([]);
  });

  it('speaks the protocol directly: hidden until finalized, block uploads, size check, ranges', async () => {
    const twirp = async (
      method: string,
      body: object,
      authorization = `Bearer ${service.token}`,
    ): Promise<[number, Record<string, unknown>]> => {
      const response = await fetch(`${service.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(body),
      });
      return [response.status, (await response.json()) as Record<string, unknown>];
    };
    const version = 'f'.repeat(64);
    const [, created] = await twirp('CreateCacheEntry', { key: 'raw', version });
    const uploadUrl = String(created['signed_upload_url']);

    const putBlock = (id: string, data: string): Promise<Response> => {
      const url = new URL(uploadUrl);
      url.searchParams.set('comp', 'block');
      url.searchParams.set('blockid', id);
      return fetch(url, { method: 'PUT', body: data });
    };
    // A block put again replaces the first; a block left out of the list is dropped.
    expect((await putBlock('YjA=', 'replaced')).status).toBe(201);
    expect((await putBlock('YjA=', 'hello ')).status).toBe(201);
    expect((await putBlock('YjE=', 'world')).status).toBe(201);
    expect((await putBlock('YjI=', 'unused')).status).toBe(201);
    const listUrl = new URL(uploadUrl);
    listUrl.searchParams.set('comp', 'blocklist');
    const list =
      '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YjA=</Latest><Latest>YjE=</Latest></BlockList>';
    expect((await fetch(listUrl, { method: 'PUT', body: list })).status).toBe(201);

    expect(await twirp('GetCacheEntryDownloadURL', { key: 'raw', version })).toEqual([200, { ok: false }]);
    expect(await twirp('CreateCacheEntry', { key: 'raw', version })).toEqual([
      409,
      { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' },
    ]);
    const [sizeMismatch] = await twirp('FinalizeCacheEntryUpload', { key: 'raw', version, size_bytes: '3' });
    expect(sizeMismatch).toBe(400);
    expect(await twirp('FinalizeCacheEntryUpload', { key: 'raw', version, size_bytes: '11' })).toEqual([
      200,
      { ok: true, entry_id: service.entries[0]?.id },
    ]);

    const [, found] = await twirp('GetCacheEntryDownloadURL', { key: 'r', restore_keys: ['x'], version });
    expect(found).toMatchObject({ ok: true, matched_key: 'raw' });
    const downloadUrl = String(found['signed_download_url']);
    const part = await fetch(downloadUrl, { headers: { range: 'bytes=6-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 6-10/11');
    expect(await part.text()).toBe('world');
    expect(await (await fetch(downloadUrl)).text()).toBe('hello world');
    // The download URL is signed for reading only.
    const blobType = { 'x-ms-blob-type': 'BlockBlob' };
    const overwrite = await fetch(downloadUrl, { method: 'PUT', body: 'x', headers: blobType });
    expect(overwrite.status).toBe(403);
    // One file a block, in order; nothing of the refused or dropped uploads left.
    expect(service.entries[0]?.files).toHaveLength(onDisk ? 2 : 0);
    expect(service.entries[0]?.files).toEqual(storedFiles().slice(0, 2));
    expect(service.entries[0]?.archive.toString()).toBe('hello world');
    const otherVersion = { key: 'raw', version: 'e'.repeat(64) };
    expect(await twirp('GetCacheEntryDownloadURL', otherVersion)).toEqual([200, { ok: false }]);
    const [unauthenticated] = await twirp('GetCacheEntryDownloadURL', { key: 'raw', version }, 'Bearer wrong');
    expect(unauthenticated).toBe(401);

    expect(service.problems).toEqual([
      'FinalizeCacheEntryUpload raw: size_bytes 3 != 11 uploaded bytes',
      expect.stringMatching(/^PUT with a URL signed for sp=r: /),
      'GetCacheEntryDownloadURL: missing or wrong Authorization header',
    ]);
  });

  it('serves a step that also uploads an artifact through one results URL and token', async () => {
    const artifacts = started(await startArtifactService());
    service = started(await startCacheService({ alongside: artifacts, ...storage() }));
    await writeTree(folder, { 'a.txt': Buffer.from('a') });

    // The cache service's variables are a superset of the artifact service's, so they alone make up the step's.
    expect(Object.keys(service.env)).toEqual(expect.arrayContaining(Object.keys(artifacts.env)));
    expect(service.env['ACTIONS_RUNTIME_TOKEN']).toBe(artifacts.token);

    const artifact = await inStep(async () => {
      await saveCache([folder], 'deps-1');
      return new DefaultArtifactClient().uploadArtifact('results', [join(folder, 'a.txt')], folder);
    });

    expect(service.entries.map((e) => e.key)).toEqual(['deps-1']);
    expect(artifacts.uploads.map((u) => u.name)).toEqual(['results']);
    expect(artifact.id).toBe(Number(artifacts.uploads[0]?.id));
    expect(service.requests.filter((r) => r.kind === 'forwarded').map((r) => r.status)).toEqual([200, 200]);
    expect(service.problems).toEqual([]);
    expect(artifacts.problems).toEqual([]);
  });
});
