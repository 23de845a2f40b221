// Local stand-in for GitHub's cache backend, so tests can run the real `@actions/cache` save and restore against
// 127.0.0.1 and look at what was stored. @actions/cache 6 speaks cache service v2 (chosen by
// ACTIONS_CACHE_SERVICE_V2): twirp JSON calls to ACTIONS_RESULTS_URL reserve, finalize and look up entries, and the
// archive itself goes up to and comes down from the signed blob URLs those calls hand out (Azure Put Blob, or Put
// Block + Put Block List for archives over 128 MiB; a plain GET, as the client only uses the Azure SDK for download
// hosts under .blob.core.windows.net). Archives are kept in memory, or with `storeIn` in files, for archives of
// gigabytes (such as a LightEval environment, bench/install.ts).
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { listenOnLoopback } from './loopback.js';
import { parseJson, readBody, standInServer, twirpReply, xmlEscape } from './twirp-stand-in.js';

/** What a request was, as the stand-in understood it. */
export type CacheRequestKind =
  | 'create'
  | 'finalize'
  | 'get-download-url'
  | 'put-blob'
  | 'put-block'
  | 'put-block-list'
  | 'download'
  | 'forwarded'
  | 'unknown';

export interface CacheRequest {
  kind: CacheRequestKind;
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** Empty for an upload written to a file (`storeIn`). */
  body: Buffer;
  /** Parsed body of a twirp (JSON) request; undefined for blob requests or invalid JSON. */
  json: Record<string, unknown> | undefined;
  /** Status the stand-in (or, for `forwarded`, the other service) answered with. */
  status: number;
}

/** A finalized entry: what a restore can find. */
export interface CacheEntry {
  /** As FinalizeCacheEntryUpload returned it: an int64, so a decimal string in protobuf JSON. */
  readonly id: string;
  readonly key: string;
  /** The client's hash of the cached paths and the compression method; a restore must ask for the same. */
  readonly version: string;
  /** `size_bytes` of the finalize call, checked against the uploaded archive. */
  readonly size: number;
  /**
   * What a download serves: the archive the client uploaded, or garbage after `corrupt`. With `storeIn`, read from
   * `files` at each access: mind its size.
   */
  readonly archive: Buffer;
  /** With `storeIn`, the files that hold the archive, in order (one per Put Blob or Put Block); else none. */
  readonly files: readonly string[];
}

export interface CacheServiceOptions {
  /**
   * Another results-service stand-in the same step talks to (the artifact service): requests this one does not
   * serve are passed on to it and its token is used, so one ACTIONS_RESULTS_URL and one token serve both clients, as
   * on GitHub.
   */
  alongside?: { readonly url: string; readonly token: string };
  /**
   * A folder (existing) to write uploads to, one file per Put Blob or Put Block, and to stream downloads from,
   * instead of holding them in memory: an archive of gigabytes outgrows a Buffer (about 4 GiB at most) and memory.
   * The caller removes the folder.
   */
  storeIn?: string;
}

export interface CacheService {
  /** Origin of the server, e.g. `http://127.0.0.1:43567`. */
  readonly url: string;
  /** Variables to add to the client's environment (child process `env`, or `process.env` in-process). */
  readonly env: Readonly<Record<string, string>>;
  /** The runtime token in `env`; twirp calls without `Authorization: Bearer <token>` get 401. */
  readonly token: string;
  /** The `sig` of every signed URL; the client masks it (`::add-mask::<sig>` on stdout). */
  readonly signature: string;
  /** Finalized entries, oldest first. */
  readonly entries: readonly CacheEntry[];
  /** Every request received, in order. */
  readonly requests: readonly CacheRequest[];
  /** Protocol problems the stand-in detected (bad fields, size mismatch, unknown route, bad auth...). */
  readonly problems: readonly string[];
  /** Replaces the archive of every entry with this key by garbage of the same length; throws if there is none. */
  corrupt(key: string): void;
  close(): Promise<void>;
}

/** Bytes the stand-in holds: in memory, or in a file of `storeIn`. */
type Stored = Buffer | { readonly path: string; readonly size: number };

const storedSize = (part: Stored): number => (Buffer.isBuffer(part) ? part.length : part.size);
const readStored = (part: Stored): Buffer => (Buffer.isBuffer(part) ? part : readFileSync(part.path));

/** Frees the disk a part no longer needed takes. */
function discard(part: Stored | undefined): void {
  if (part !== undefined && !Buffer.isBuffer(part)) rmSync(part.path, { force: true });
}

/** A CreateCacheEntry not yet finalized, or finalized (then also in `entries`). */
interface Reservation {
  readonly id: string;
  readonly key: string;
  readonly version: string;
  readonly blocks: Map<string, Stored>;
  /** The archive in order: one Buffer in memory; with `storeIn`, one file per uploaded blob or block. */
  uploaded: Stored[] | undefined;
  finalized: boolean;
}

type TwirpMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';

const TWIRP_KINDS: Record<TwirpMethod, CacheRequestKind> = {
  CreateCacheEntry: 'create',
  FinalizeCacheEntryUpload: 'finalize',
  GetCacheEntryDownloadURL: 'get-download-url',
};

const SERVICE_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
// Path-style blob URL (account/container/blob), the form the Azure SDK expects for an IP host.
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/';
const AZURE_VERSION = '2025-11-05';
// GitHub's words for a second CreateCacheEntry of a key and version (HTTP 409, twirp already_exists).
const ALREADY_EXISTS = 'cache entry with the same key, version, and scope already exists';

function isTwirpMethod(name: string): name is TwirpMethod {
  return Object.hasOwn(TWIRP_KINDS, name);
}

/** Writes a request's body to `path` as it arrives. */
async function saveBody(req: IncomingMessage, path: string): Promise<Stored> {
  await pipeline(req, createWriteStream(path));
  return { path, size: statSync(path).size };
}

/** Bytes `start` to `end` (inclusive) of the parts laid end to end, file parts read as they are sent. */
async function* partsRange(parts: readonly Stored[], start: number, end: number): AsyncGenerator<Buffer> {
  let offset = 0;
  for (const part of parts) {
    const size = storedSize(part);
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + size - 1) - offset;
    offset += size;
    if (from > to) continue;
    if (Buffer.isBuffer(part)) yield part.subarray(from, to + 1);
    else for await (const chunk of createReadStream(part.path, { start: from, end: to })) yield chunk as Buffer;
  }
}

/**
 * Writes those bytes as the response body, at the pace the client reads. A client that hangs up stops it quietly,
 * as `res.end(buffer)` would not notice either.
 */
async function sendRange(res: ServerResponse, parts: readonly Stored[], start: number, end: number): Promise<void> {
  for await (const chunk of partsRange(parts, start, end)) {
    if (res.destroyed) return;
    if (res.write(chunk)) continue;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  res.end();
}

/** A non-empty string field, or undefined. */
function textField(json: Record<string, unknown>, name: string): string | undefined {
  const value = json[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** An int64 field: protobuf JSON writes it as a decimal string, and parsers accept a number too. */
function int64Field(json: Record<string, unknown>, name: string): number | undefined {
  const value = json[name];
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** `restore_keys`: left out when empty (the client omits default values), else a list of strings. */
function restoreKeysField(json: Record<string, unknown>): string[] | undefined {
  const value = json['restore_keys'];
  if (value === undefined) return [];
  return Array.isArray(value) && value.every((key): key is string => typeof key === 'string') ? value : undefined;
}

/** The first byte range of a `Range` or `x-ms-range` header, clamped to the blob; 'unsatisfiable' past its end. */
function byteRange(header: string, length: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' || match[2] === undefined ? length - 1 : Math.min(Number(match[2]), length - 1);
  return start >= length || end < start ? 'unsatisfiable' : { start, end };
}

export async function startCacheService(options: CacheServiceOptions = {}): Promise<CacheService> {
  const { alongside, storeIn } = options;
  // The v2 cache client only passes the token on as a bearer; it never decodes it.
  const token = alongside?.token ?? `stand-in-cache-token-${randomBytes(12).toString('hex')}`;
  const signature = randomBytes(12).toString('hex');

  const entries: CacheEntry[] = [];
  const requests: CacheRequest[] = [];
  const problems: string[] = [];
  const reservations = new Map<string, Reservation>();
  /** What each entry's download serves, by entry id. */
  const archives = new Map<string, Stored[]>();
  let nextId = 1;
  let nextFile = 1;
  let origin = '';

  function signedUrl(id: string, permissions: string): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    const query = new URLSearchParams({ sv: AZURE_VERSION, sr: 'b', sp: permissions, se: expiry, sig: signature });
    return `${origin}${BLOB_PREFIX}${id}?${query.toString()}`;
  }

  function twirpError(res: ServerResponse, status: number, code: string, msg: string): number {
    return twirpReply(res, status, { code, msg });
  }

  /** A 400 for a request the real client would never send: also a problem. */
  function invalidArgument(res: ServerResponse, msg: string): number {
    problems.push(msg);
    return twirpError(res, 400, 'invalid_argument', msg);
  }

  function handleCreate(json: Record<string, unknown>, res: ServerResponse): number {
    const key = textField(json, 'key');
    const version = textField(json, 'version');
    if (key === undefined || version === undefined) {
      return invalidArgument(res, 'CreateCacheEntry: key and version are required');
    }
    // A pending reservation blocks too: the client then says "another job may be creating this cache".
    for (const reservation of reservations.values()) {
      if (reservation.key === key && reservation.version === version) {
        return twirpError(res, 409, 'already_exists', ALREADY_EXISTS);
      }
    }
    const id = String(nextId++);
    reservations.set(id, { id, key, version, blocks: new Map(), uploaded: undefined, finalized: false });
    return twirpReply(res, 200, { ok: true, signed_upload_url: signedUrl(id, 'cw') });
  }

  function handleFinalize(json: Record<string, unknown>, res: ServerResponse): number {
    const key = textField(json, 'key');
    const version = textField(json, 'version');
    const size = int64Field(json, 'size_bytes');
    if (key === undefined || version === undefined || size === undefined) {
      return invalidArgument(res, 'FinalizeCacheEntryUpload: key, version and size_bytes are required');
    }
    const reservation = [...reservations.values()].find((r) => r.key === key && r.version === version && !r.finalized);
    if (reservation === undefined) {
      const msg = `FinalizeCacheEntryUpload: no pending entry with key ${key} and version ${version}`;
      problems.push(msg);
      return twirpError(res, 404, 'not_found', msg);
    }
    if (reservation.uploaded === undefined) {
      return invalidArgument(res, `FinalizeCacheEntryUpload ${key}: no archive was uploaded`);
    }
    const parts = reservation.uploaded;
    const uploaded = parts.reduce((sum, part) => sum + storedSize(part), 0);
    if (size !== uploaded) {
      return invalidArgument(res, `FinalizeCacheEntryUpload ${key}: size_bytes ${size} != ${uploaded} uploaded bytes`);
    }
    reservation.finalized = true;
    archives.set(reservation.id, parts);
    const [only] = parts;
    const files = parts.flatMap((part) => (Buffer.isBuffer(part) ? [] : [part.path]));
    // In memory the archive is one Buffer; on disk it is read only when asked for.
    entries.push(
      parts.length === 1 && Buffer.isBuffer(only)
        ? { id: reservation.id, key, version, size, archive: only, files }
        : {
            id: reservation.id,
            key,
            version,
            size,
            files,
            get archive() {
              return Buffer.concat(parts.map(readStored));
            },
          },
    );
    return twirpReply(res, 200, { ok: true, entry_id: reservation.id });
  }

  /**
   * GitHub's matching, within one version: for the key, then each restore key in order, an exact match, else the
   * newest entry whose key starts with it. (GitHub also scopes entries by branch; here there is one scope.)
   */
  function findEntry(keys: readonly string[], version: string): CacheEntry | undefined {
    const newestFirst = entries.filter((entry) => entry.version === version).reverse();
    for (const key of keys) {
      const exact = newestFirst.find((entry) => entry.key === key);
      const hit = exact ?? newestFirst.find((entry) => entry.key.startsWith(key));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  function handleGetDownloadUrl(json: Record<string, unknown>, res: ServerResponse): number {
    const key = textField(json, 'key');
    const version = textField(json, 'version');
    const restoreKeys = restoreKeysField(json);
    if (key === undefined || version === undefined || restoreKeys === undefined) {
      return invalidArgument(res, 'GetCacheEntryDownloadURL: key and version are required, restore_keys is a list');
    }
    const entry = findEntry([key, ...restoreKeys], version);
    // A miss is not an error: ok false, which the client reports as a miss.
    if (entry === undefined) return twirpReply(res, 200, { ok: false });
    return twirpReply(res, 200, { ok: true, signed_download_url: signedUrl(entry.id, 'r'), matched_key: entry.key });
  }

  function handleTwirp(
    req: IncomingMessage,
    method: string,
    json: Record<string, unknown> | undefined,
    res: ServerResponse,
  ): number {
    if (req.method !== 'POST' || !isTwirpMethod(method)) {
      problems.push(`unsupported twirp call ${req.method ?? '?'} ${req.url ?? ''}`);
      return twirpError(res, 404, 'bad_route', `stand-in does not implement ${method}`);
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      problems.push(`${method}: missing or wrong Authorization header`);
      return twirpError(res, 401, 'unauthenticated', 'missing or wrong bearer token');
    }
    if (json === undefined) return invalidArgument(res, `${method}: body is not a JSON object`);
    switch (method) {
      case 'CreateCacheEntry':
        return handleCreate(json, res);
      case 'FinalizeCacheEntryUpload':
        return handleFinalize(json, res);
      case 'GetCacheEntryDownloadURL':
        return handleGetDownloadUrl(json, res);
    }
  }

  function azureHeaders(req: IncomingMessage, extra: Record<string, string> = {}): Record<string, string> {
    const version = req.headers['x-ms-version'];
    return {
      'x-ms-request-id': randomBytes(16).toString('hex'),
      'x-ms-version': typeof version === 'string' ? version : AZURE_VERSION,
      date: new Date().toUTCString(),
      ...extra,
    };
  }

  function azureError(req: IncomingMessage, res: ServerResponse, status: number, code: string, msg: string): number {
    res.writeHead(status, azureHeaders(req, { 'content-type': 'application/xml', 'x-ms-error-code': code }));
    const xml = `<Error><Code>${code}</Code><Message>${xmlEscape(msg)}</Message></Error>`;
    res.end(req.method === 'HEAD' ? undefined : `<?xml version="1.0" encoding="utf-8"?>${xml}`);
    return status;
  }

  /** An Azure error for a request the real client would never send: also a problem. */
  function blobProblem(req: IncomingMessage, res: ServerResponse, status: number, code: string, msg: string): number {
    problems.push(msg);
    return azureError(req, res, status, code, msg);
  }

  function created(req: IncomingMessage, res: ServerResponse): number {
    res.writeHead(
      201,
      azureHeaders(req, {
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
      }),
    );
    res.end();
    return 201;
  }

  function handleUpload(
    req: IncomingMessage,
    url: URL,
    kind: CacheRequestKind,
    reservation: Reservation,
    body: Stored,
    res: ServerResponse,
  ): number {
    const label = `upload of entry ${reservation.key}`;
    if (reservation.finalized) {
      return blobProblem(req, res, 403, 'AuthorizationFailure', `${label}: the entry is already finalized`);
    }
    if (kind === 'put-blob') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        return blobProblem(req, res, 400, 'MissingRequiredHeader', `${label}: x-ms-blob-type is not BlockBlob`);
      }
      reservation.uploaded?.forEach(discard);
      reservation.uploaded = [body];
      return created(req, res);
    }
    if (kind === 'put-block') {
      const blockId = url.searchParams.get('blockid');
      if (blockId === null || blockId === '') {
        return blobProblem(req, res, 400, 'InvalidQueryParameterValue', `${label}: Put Block without blockid`);
      }
      discard(reservation.blocks.get(blockId));
      reservation.blocks.set(blockId, body);
      return created(req, res);
    }
    // Put Block List: <BlockList><Latest|Uncommitted|Committed>id</...>...</BlockList>, in blob order.
    const parts: Stored[] = [];
    for (const [, , blockId = ''] of readStored(body)
      .toString('utf8')
      .matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)) {
      const block = reservation.blocks.get(blockId);
      if (block === undefined) {
        return blobProblem(req, res, 400, 'InvalidBlockList', `${label}: unknown block id ${blockId}`);
      }
      parts.push(block);
    }
    // Blocks left out of the list are dropped, as Azure does.
    for (const block of reservation.blocks.values()) if (!parts.includes(block)) discard(block);
    reservation.uploaded?.forEach((part) => (parts.includes(part) ? undefined : discard(part)));
    reservation.uploaded = storeIn === undefined ? [Buffer.concat(parts.map(readStored))] : parts;
    reservation.blocks.clear();
    return created(req, res);
  }

  function handleDownload(req: IncomingMessage, reservation: Reservation, res: ServerResponse): number {
    const parts = archives.get(reservation.id);
    if (parts === undefined) {
      return blobProblem(req, res, 404, 'BlobNotFound', `download of entry ${reservation.key} before it was finalized`);
    }
    const headers = {
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'last-modified': new Date().toUTCString(),
    };
    const rangeHeader = req.headers['x-ms-range'] ?? req.headers.range;
    const length = parts.reduce((sum, part) => sum + storedSize(part), 0);
    const range = typeof rangeHeader === 'string' ? byteRange(rangeHeader, length) : undefined;
    if (range === 'unsatisfiable') return azureError(req, res, 416, 'InvalidRange', 'The range specified is invalid');
    const { start, end } = range ?? { start: 0, end: length - 1 };
    const status = range === undefined ? 200 : 206;
    const rangeHeaders: Record<string, string> =
      range === undefined ? {} : { 'content-range': `bytes ${start}-${end}/${length}` };
    const contentLength = String(end - start + 1);
    res.writeHead(status, azureHeaders(req, { ...headers, ...rangeHeaders, 'content-length': contentLength }));
    const [only] = parts;
    if (req.method === 'HEAD') res.end();
    else if (parts.length === 1 && Buffer.isBuffer(only)) res.end(only.subarray(start, end + 1));
    else {
      // Streamed from the files while the request is logged, as a Buffer handed to res.end() would be.
      sendRange(res, parts, start, end).catch((error: unknown) => {
        problems.push(
          `download of entry ${reservation.key}: ${error instanceof Error ? error.message : String(error)}`,
        );
        res.destroy();
      });
    }
    return status;
  }

  /** Which Azure call a request is: Put Blob, Put Block and Put Block List are PUTs told apart by `comp`. */
  function blobKind(req: IncomingMessage, url: URL): CacheRequestKind {
    if (req.method === 'GET' || req.method === 'HEAD') return 'download';
    if (req.method !== 'PUT') return 'unknown';
    const comp = url.searchParams.get('comp');
    if (comp === null) return 'put-blob';
    return comp === 'block' ? 'put-block' : comp === 'blocklist' ? 'put-block-list' : 'unknown';
  }

  function handleBlob(
    req: IncomingMessage,
    url: URL,
    kind: CacheRequestKind,
    body: Stored,
    res: ServerResponse,
  ): number {
    const request = `${req.method ?? '?'} ${req.url ?? ''}`;
    if (kind === 'unknown') {
      return blobProblem(req, res, 405, 'UnsupportedHttpVerb', `stand-in does not implement ${request}`);
    }
    const reservation = reservations.get(url.pathname.slice(BLOB_PREFIX.length));
    if (reservation === undefined || url.searchParams.get('sig') !== signature) {
      const msg = `blob request to an unknown or unsigned URL: ${request}`;
      return blobProblem(req, res, 403, 'AuthenticationFailed', msg);
    }
    // Upload URLs may create and write, download URLs only read, as GitHub signs them.
    const permissions = url.searchParams.get('sp') ?? '';
    if (!permissions.includes(kind === 'download' ? 'r' : 'w')) {
      const msg = `${req.method ?? '?'} with a URL signed for sp=${permissions}: ${req.url ?? ''}`;
      return blobProblem(req, res, 403, 'AuthorizationPermissionMismatch', msg);
    }
    if (kind === 'download') return handleDownload(req, reservation, res);
    return handleUpload(req, url, kind, reservation, body, res);
  }

  function forward(req: IncomingMessage, body: Buffer, res: ServerResponse, target: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        new URL(req.url ?? '/', target),
        { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
        (answer) => {
          const status = answer.statusCode ?? 502;
          res.writeHead(status, answer.headers);
          answer.pipe(res);
          answer.on('end', () => resolve(status));
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const isBlob = url.pathname.startsWith(BLOB_PREFIX);
    // With storeIn, a blob or block goes straight to a file; the block list (a little XML) is read like any body.
    const toFile = storeIn !== undefined && isBlob && ['put-blob', 'put-block'].includes(blobKind(req, url));
    const payload = toFile ? await saveBody(req, join(storeIn, `upload-${nextFile++}`)) : await readBody(req);
    const body = Buffer.isBuffer(payload) ? payload : Buffer.alloc(0);
    let kind: CacheRequestKind = 'unknown';
    let json: Record<string, unknown> | undefined;
    let status: number;

    if (url.pathname.startsWith(SERVICE_PREFIX)) {
      const method = url.pathname.slice(SERVICE_PREFIX.length);
      kind = isTwirpMethod(method) ? TWIRP_KINDS[method] : 'unknown';
      json = parseJson(body);
      status = handleTwirp(req, method, json, res);
    } else if (isBlob) {
      kind = blobKind(req, url);
      status = handleBlob(req, url, kind, payload, res);
      // An upload refused is not kept.
      if (status !== 201) discard(payload);
    } else if (alongside !== undefined) {
      kind = 'forwarded';
      status = await forward(req, body, res, alongside.url);
    } else {
      problems.push(`unknown route ${req.method ?? '?'} ${req.url ?? ''}`);
      res.writeHead(404).end();
      status = 404;
    }
    requests.push({ kind, method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json, status });
  }

  const server = standInServer(handle, problems);
  origin = await listenOnLoopback(server);

  return {
    url: origin,
    env: {
      // Selects cache service v2. Without it the client speaks v1 REST to ACTIONS_CACHE_URL, else to
      // ACTIONS_RESULTS_URL: ACTIONS_CACHE_URL is left unset so such calls come here and show up in `problems`.
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      // Any other host counts as GHES, where the client falls back to v1.
      GITHUB_SERVER_URL: 'https://github.com',
    },
    token,
    signature,
    entries,
    requests,
    problems,
    corrupt(key) {
      let found = false;
      // Fixed text rather than random bytes, so a failure reproduces; neither gzip nor zstd accepts it.
      const garbage = (size: number) => Buffer.alloc(size, 'stand-in: corrupted cache archive\n');
      entries.forEach((entry, index) => {
        if (entry.key !== key) return;
        found = true;
        const parts = archives.get(entry.id) ?? [];
        if (entry.files.length === 0) {
          const archive = garbage(entry.size);
          archives.set(entry.id, [archive]);
          entries[index] = { ...entry, archive };
        } else {
          // Each file at most a block (128 MiB): rewritten in place, so the entry reads the garbage too.
          for (const part of parts) if (!Buffer.isBuffer(part)) writeFileSync(part.path, garbage(part.size));
        }
      });
      if (!found) throw new Error(`corrupt: no cache entry with key ${key}`);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients may keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
