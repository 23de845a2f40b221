// Local stand-in for GitHub's artifact backend (results service + Azure block-blob endpoint), so tests can
// run the real `@actions/artifact` upload against 127.0.0.1 and inspect what it sent.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { listenOnLoopback } from './loopback.js';
import { parseJson, readBody, standInServer, twirpReply, xmlEscape } from './twirp-stand-in.js';
import { unzipSync } from 'fflate';

export type FailStep = 'create' | 'finalize' | 'blob';

/** What a request was, as the stand-in understood it. */
export type RequestKind = 'create' | 'finalize' | 'put-block' | 'put-block-list' | 'unknown';

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Parsed body of a twirp (JSON) request; undefined for blob requests or invalid JSON. */
  json: Record<string, unknown> | undefined;
  /** Status the stand-in answered with. */
  status: number;
}

export interface UploadedArtifact {
  name: string;
  /** Artifact id as returned by FinalizeArtifact (a decimal string, as in the real protocol). */
  id: string;
  /** The committed blob: the zip, or the raw file when the client used `skipArchive`. */
  zip: Buffer;
  createRequest: Record<string, unknown>;
  finalizeRequest: Record<string, unknown>;
}

export interface ArtifactServiceOptions {
  /** Backend ids put in the token's `Actions.Results:<runId>:<jobId>` scope. */
  runId?: string;
  jobId?: string;
}

export interface ArtifactService {
  /** Origin of the server, e.g. `http://127.0.0.1:43567`. */
  readonly url: string;
  /** Variables to add to the client's environment (child process `env`, or `process.env` in-process). */
  readonly env: Readonly<Record<string, string>>;
  /** The runtime token in `env`; twirp calls without `Authorization: Bearer <token>` get 401. */
  readonly token: string;
  readonly runId: string;
  readonly jobId: string;
  /** The `sig` of every signed URL; the client masks it (`::add-mask::<sig>` on stdout). */
  readonly signature: string;
  /** Finalized artifacts, in order. */
  readonly uploads: readonly UploadedArtifact[];
  /** Every request received, in order, including failed and injected-failure ones. */
  readonly requests: readonly RecordedRequest[];
  /** Protocol problems the stand-in detected (hash/size mismatch, unknown route, bad auth...). */
  readonly problems: readonly string[];
  /**
   * Make the next request of this step fail with `status` (twirp JSON error for create/finalize, Azure XML
   * error for blob = next Put Block or Put Block List). Use a 4xx: the client retries 500/502/503/504/429
   * (twirp, ~25 s) and the Azure SDK retries 500/503 (~16 s).
   */
  failNext(step: FailStep, status: number, message?: string): void;
  close(): Promise<void>;
}

interface PendingArtifact {
  id: string;
  name: string;
  createRequest: Record<string, unknown>;
  blocks: Map<string, Buffer>;
  committed: Buffer | undefined;
  finalized: boolean;
}

const SERVICE_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
// Path-style blob URL (account/container/blob), the form the Azure SDK expects for an IP host.
const BLOB_PREFIX = '/devstoreaccount1/actions-results/';
const AZURE_VERSION = '2025-11-05';

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
  504: 'deadline_exceeded',
};

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const runId = options.runId ?? 'c0ffee00-0000-4000-8000-000000000001';
  const jobId = options.jobId ?? 'c0ffee00-0000-4000-8000-000000000002';
  // Unsigned JWT: the client only decodes it to read the backend ids from `scp`.
  const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
    scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`,
  })}.stand-in`;
  const signature = randomBytes(12).toString('hex');

  const uploads: UploadedArtifact[] = [];
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const artifacts = new Map<string, PendingArtifact>();
  const failures = new Map<FailStep, { status: number; message: string }>();
  let nextId = 1000;
  let origin = '';

  function takeFailure(step: FailStep): { status: number; message: string } | undefined {
    const failure = failures.get(step);
    failures.delete(step);
    return failure;
  }

  function twirpError(res: ServerResponse, status: number, msg: string): number {
    return twirpReply(res, status, { code: TWIRP_CODES[status] ?? 'unknown', msg });
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
    res.end(`<?xml version="1.0" encoding="utf-8"?>${xml}`);
    return status;
  }

  function handleCreate(json: Record<string, unknown>, res: ServerResponse): number {
    const name = json['name'];
    if (typeof name !== 'string' || name === '') return twirpError(res, 400, 'CreateArtifact: name is required');
    // The real service refuses a second artifact of the same name in one run.
    for (const existing of artifacts.values()) {
      if (existing.finalized && existing.name === name) {
        return twirpError(res, 409, `an artifact with this name already exists on the workflow run: ${name}`);
      }
    }
    const id = String(nextId++);
    artifacts.set(id, {
      id,
      name,
      createRequest: json,
      blocks: new Map(),
      committed: undefined,
      finalized: false,
    });
    const query = `sv=${AZURE_VERSION}&sr=b&sp=cw&sig=${signature}`;
    return twirpReply(res, 200, { ok: true, signed_upload_url: `${origin}${BLOB_PREFIX}${id}.blob?${query}` });
  }

  function handleFinalize(json: Record<string, unknown>, res: ServerResponse): number {
    const name = json['name'];
    // The real service finds the artifact by run, job and name; ids were checked by the caller.
    const artifact = [...artifacts.values()].reverse().find((a) => !a.finalized && a.name === name);
    if (artifact === undefined) {
      problems.push(`FinalizeArtifact: no pending artifact named ${String(name)}`);
      return twirpError(res, 404, `FinalizeArtifact: no pending artifact named ${String(name)}`);
    }
    if (artifact.committed === undefined) {
      problems.push(`FinalizeArtifact ${artifact.name}: blob was never committed`);
      return twirpError(res, 400, `FinalizeArtifact ${artifact.name}: blob was never committed`);
    }
    const blob = artifact.committed;
    const expectedHash = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
    // 400 rather than 500: the client would retry a 500 for ~25 s before giving up.
    if (json['hash'] !== expectedHash) {
      const msg = `FinalizeArtifact ${artifact.name}: hash ${String(json['hash'])} != ${expectedHash} of the blob`;
      problems.push(msg);
      return twirpError(res, 400, msg);
    }
    if (json['size'] !== String(blob.length)) {
      const msg = `FinalizeArtifact ${artifact.name}: size ${String(json['size'])} != ${blob.length} committed bytes`;
      problems.push(msg);
      return twirpError(res, 400, msg);
    }
    artifact.finalized = true;
    uploads.push({
      name: artifact.name,
      id: artifact.id,
      zip: blob,
      createRequest: artifact.createRequest,
      finalizeRequest: json,
    });
    return twirpReply(res, 200, { ok: true, artifact_id: artifact.id });
  }

  function handleBlob(req: IncomingMessage, url: URL, body: Buffer, res: ServerResponse): [RequestKind, number] {
    const id = /^(\d+)\.blob$/.exec(url.pathname.slice(BLOB_PREFIX.length))?.[1];
    const artifact = id === undefined ? undefined : artifacts.get(id);
    const comp = url.searchParams.get('comp');
    const kind: RequestKind = comp === 'block' ? 'put-block' : comp === 'blocklist' ? 'put-block-list' : 'unknown';
    if (req.method !== 'PUT' || kind === 'unknown') {
      // Put Blob and the rest of Azure are not implemented: the client only stages and commits blocks.
      const msg = `stand-in does not implement ${req.method ?? '?'} ${req.url ?? ''}`;
      problems.push(msg);
      return [kind, azureError(req, res, 400, 'UnsupportedHttpVerb', msg)];
    }
    if (artifact === undefined || url.searchParams.get('sig') !== signature) {
      problems.push(`blob request to an unknown or unsigned URL: ${req.url ?? ''}`);
      return [kind, azureError(req, res, 403, 'AuthenticationFailed', 'unknown blob or bad signature')];
    }
    const failure = takeFailure('blob');
    if (failure !== undefined) {
      return [kind, azureError(req, res, failure.status, 'InjectedFailure', failure.message)];
    }

    if (kind === 'put-block') {
      const blockId = url.searchParams.get('blockid');
      if (blockId === null || blockId === '') {
        return [kind, azureError(req, res, 400, 'InvalidQueryParameterValue', 'blockid is required')];
      }
      artifact.blocks.set(blockId, body);
      res.writeHead(
        201,
        azureHeaders(req, {
          'content-md5': createHash('md5').update(body).digest('base64'),
          'x-ms-request-server-encrypted': 'true',
        }),
      );
      res.end();
      return [kind, 201];
    }

    // Put Block List: <BlockList><Latest|Uncommitted|Committed>id</...>...</BlockList>, in blob order.
    const entries = body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g);
    const parts: Buffer[] = [];
    for (const [, , blockId = ''] of entries) {
      const block = artifact.blocks.get(blockId);
      if (block === undefined) {
        problems.push(`Put Block List for artifact ${artifact.name}: unknown block id ${blockId}`);
        return [kind, azureError(req, res, 400, 'InvalidBlockList', `unknown block id ${blockId}`)];
      }
      parts.push(block);
    }
    artifact.committed = Buffer.concat(parts);
    artifact.blocks.clear();
    res.writeHead(
      201,
      azureHeaders(req, {
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'content-md5': createHash('md5').update(artifact.committed).digest('base64'),
        'x-ms-request-server-encrypted': 'true',
      }),
    );
    res.end();
    return [kind, 201];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', origin);
    let kind: RequestKind = 'unknown';
    let json: Record<string, unknown> | undefined;
    let status: number;

    if (url.pathname.startsWith(SERVICE_PREFIX)) {
      const method = url.pathname.slice(SERVICE_PREFIX.length);
      kind = method === 'CreateArtifact' ? 'create' : method === 'FinalizeArtifact' ? 'finalize' : 'unknown';
      json = parseJson(body);
      let failure: { status: number; message: string } | undefined;
      if (req.method !== 'POST' || kind === 'unknown') {
        problems.push(`unsupported twirp call ${req.method ?? '?'} ${url.pathname}`);
        status = twirpError(res, 404, `stand-in does not implement ${method}`);
      } else if (req.headers.authorization !== `Bearer ${token}`) {
        problems.push(`${method}: missing or wrong Authorization header`);
        status = twirpError(res, 401, 'missing or wrong bearer token');
      } else if (json === undefined) {
        problems.push(`${method}: body is not a JSON object`);
        status = twirpError(res, 400, `${method}: body is not a JSON object`);
      } else if (json['workflow_run_backend_id'] !== runId || json['workflow_job_run_backend_id'] !== jobId) {
        problems.push(`${method}: backend ids do not match the token`);
        status = twirpError(res, 400, `${method}: backend ids do not match the token`);
      } else if ((failure = takeFailure(kind)) !== undefined) {
        status = twirpError(res, failure.status, failure.message);
      } else {
        status = kind === 'create' ? handleCreate(json, res) : handleFinalize(json, res);
      }
    } else if (url.pathname.startsWith(BLOB_PREFIX)) {
      [kind, status] = handleBlob(req, url, body, res);
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
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${origin}/`,
      // Anything but github.com / *.ghe.com / *.localhost makes the client refuse (GHES unsupported).
      GITHUB_SERVER_URL: 'https://github.com',
    },
    token,
    runId,
    jobId,
    signature,
    uploads,
    requests,
    problems,
    failNext(step, status, message) {
      failures.set(step, { status, message: message ?? `stand-in: injected ${status} failure for ${step}` });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The Azure SDK keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

/** Unzip an uploaded artifact into `{ path: bytes }` (directory entries, ending in `/`, are left out). */
export function unzipArtifact(zip: Buffer): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (!path.endsWith('/')) files[path] = Buffer.from(bytes);
  }
  return files;
}

/** What actions/download-artifact leaves of every upload: each artifact unpacked into a folder of its name under `into`. */
export function downloadArtifacts(service: ArtifactService, into: string): void {
  for (const upload of service.uploads) {
    for (const [path, bytes] of Object.entries(unzipArtifact(upload.zip))) {
      const target = join(into, upload.name, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
}
