// Runs the real @actions/artifact client in-process against the stand-in.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startArtifactService, unzipArtifact, type ArtifactService } from './artifact-service.js';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('artifact service stand-in', () => {
  let service: ArtifactService;
  let dir: string;
  let savedEnv: NodeJS.ProcessEnv;
  let stdout: string[];

  beforeEach(async () => {
    service = await startArtifactService();
    dir = await mkdtemp(join(tmpdir(), 'artifact-service-'));
    // The client reads process.env at call time; consumers pass service.env to a child process instead.
    savedEnv = { ...process.env };
    delete process.env['GITHUB_RETENTION_DAYS'];
    Object.assign(process.env, service.env);
    // Keep the client's ::add-mask:: and progress lines out of the test output, but look at them.
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    // Restore in place: replacing process.env would drop its string coercion for later tests.
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts a real upload and records name, retention and content', async () => {
    const files = {
      'results.json': Buffer.from('{"score":0.5}\n'),
      'logs/run.txt': Buffer.from('line 1\nline 2\n'),
    };
    for (const [path, bytes] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), bytes);
    }

    const started = Date.now();
    const result = await new DefaultArtifactClient().uploadArtifact(
      'eval-results',
      Object.keys(files).map((path) => join(dir, path)),
      dir,
      { retentionDays: 3 },
    );

    expect(service.problems).toEqual([]);
    expect(service.uploads).toHaveLength(1);
    const upload = service.uploads[0]!;
    expect(result).toEqual({ id: Number(upload.id), size: upload.zip.length, digest: sha256(upload.zip) });
    expect(upload.name).toBe('eval-results');
    expect(upload.createRequest).toMatchObject({ name: 'eval-results', version: 7, mime_type: 'application/zip' });
    const expiresAt = Date.parse(String(upload.createRequest['expires_at']));
    const threeDays = started + 3 * 24 * 3600 * 1000;
    // setDate(+3) can differ from 72 h by a DST shift.
    expect(Math.abs(expiresAt - threeDays)).toBeLessThan(2 * 3600 * 1000);
    expect(upload.finalizeRequest).toMatchObject({
      name: 'eval-results',
      size: String(upload.zip.length),
      hash: `sha256:${sha256(upload.zip)}`,
    });
    expect(unzipArtifact(upload.zip)).toEqual(files);

    // The client masks the URL signature itself.
    expect(stdout.join('')).toContain(`::add-mask::${service.signature}`);
    expect(service.requests.map((r) => r.kind)).toEqual(['create', 'put-block', 'put-block-list', 'finalize']);
  });

  it('assembles a multi-block blob in the committed order', async () => {
    // Incompressible and over the client's 8 MiB chunk size, so the zip goes up as two blocks.
    const big = randomBytes(9 * 1024 * 1024);
    await writeFile(join(dir, 'big.bin'), big);

    const result = await new DefaultArtifactClient().uploadArtifact('big', [join(dir, 'big.bin')], dir, {
      compressionLevel: 0,
    });

    expect(service.problems).toEqual([]);
    expect(service.requests.filter((r) => r.kind === 'put-block')).toHaveLength(2);
    const upload = service.uploads[0]!;
    expect(result.digest).toBe(sha256(upload.zip));
    expect(upload.createRequest['expires_at']).toBeUndefined();
    expect(unzipArtifact(upload.zip)['big.bin']?.equals(big)).toBe(true);
  });

  it('makes uploadArtifact reject promptly on a 4xx from CreateArtifact', async () => {
    await writeFile(join(dir, 'a.txt'), 'a');
    service.failNext('create', 403, 'no artifacts for you');

    const started = Date.now();
    await expect(new DefaultArtifactClient().uploadArtifact('x', [join(dir, 'a.txt')], dir)).rejects.toThrow(
      /CreateArtifact.*403.*no artifacts for you/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(service.uploads).toEqual([]);
    expect(service.requests.map((r) => [r.kind, r.status])).toEqual([['create', 403]]);
  });

  it('makes uploadArtifact reject promptly on a 4xx from the blob store', async () => {
    await writeFile(join(dir, 'a.txt'), 'a');
    service.failNext('blob', 403, 'blob says no');

    const started = Date.now();
    await expect(new DefaultArtifactClient().uploadArtifact('x', [join(dir, 'a.txt')], dir)).rejects.toThrow(
      /blob says no/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(service.uploads).toEqual([]);
  });

  it('refuses a second artifact with the same name, as the real service does', async () => {
    await writeFile(join(dir, 'a.txt'), 'a');
    const client = new DefaultArtifactClient();
    await client.uploadArtifact('same', [join(dir, 'a.txt')], dir);
    await expect(client.uploadArtifact('same', [join(dir, 'a.txt')], dir)).rejects.toThrow(/409.*already exists/);
  });

  it('rejects and records a FinalizeArtifact hash that does not match the blob', async () => {
    const twirp = (method: string, body: object): Promise<Response> =>
      fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
        body: JSON.stringify({
          workflow_run_backend_id: service.runId,
          workflow_job_run_backend_id: service.jobId,
          ...body,
        }),
      });
    const created = (await (await twirp('CreateArtifact', { name: 'raw', version: 7 })).json()) as {
      signed_upload_url: string;
    };
    const blockId = Buffer.from('block-0').toString('base64');
    const blockUrl = new URL(created.signed_upload_url);
    blockUrl.searchParams.set('comp', 'block');
    blockUrl.searchParams.set('blockid', blockId);
    expect((await fetch(blockUrl, { method: 'PUT', body: 'hello' })).status).toBe(201);
    const listUrl = new URL(created.signed_upload_url);
    listUrl.searchParams.set('comp', 'blocklist');
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${blockId}</Latest></BlockList>`;
    expect((await fetch(listUrl, { method: 'PUT', body: list })).status).toBe(201);

    const response = await twirp('FinalizeArtifact', { name: 'raw', size: '5', hash: `sha256:${'0'.repeat(64)}` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'invalid_argument',
      msg: expect.stringMatching(/hash/) as string,
    });
    expect(service.problems).toEqual([expect.stringMatching(/hash sha256:0+ != sha256:/)]);
    expect(service.uploads).toEqual([]);

    const hash = `sha256:${sha256(Buffer.from('hello'))}`;
    const ok = await twirp('FinalizeArtifact', { name: 'raw', size: '5', hash });
    expect(await ok.json()).toEqual({ ok: true, artifact_id: service.uploads[0]?.id });
  });
});
