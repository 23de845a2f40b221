/**
 * What the loopback stand-ins for GitHub's results services (artifacts, cache) share: a JSON (twirp) API beside an
 * Azure-blob-like store, and a server that turns its own crash into an answer the client gives up on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object body, or undefined. */
export function parseJson(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Answers a twirp call with `body` as JSON; returns the status, for the request log. */
export function twirpReply(res: ServerResponse, status: number, body: Record<string, unknown>): number {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return status;
}

/** A server running `handle` for each request; a crash of the stand-in is a problem, and a 400 to the client. */
export function standInServer(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  problems: string[],
): Server {
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const msg = `stand-in crashed: ${error instanceof Error ? error.message : String(error)}`;
      problems.push(msg);
      // 400, not 500, so the client gives up at once instead of retrying.
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'invalid_argument', msg }));
    });
  });
}
