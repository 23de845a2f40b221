// Local stand-in for the part of GitHub's REST API that the sticky pull-request comment uses (the token's user,
// and an issue's comments: list with pagination, create, update), so tests can run the real @actions/github
// client against 127.0.0.1 and inspect what it sent. Answers are shaped like GitHub's, errors included.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

export interface TokenGrant {
  /** Who the token acts as; an app token's comments are by a bot (`github-actions[bot]`, `my-app[bot]`). */
  login: string;
  /** A user's token may call `GET /user`; an app's (GITHUB_TOKEN, installation token) gets 403 there. */
  kind: 'user' | 'app';
  /** False for a read-only token, as fork pull requests get: creating and editing comments gives 403. */
  canWrite: boolean;
}

export interface PreloadedComment {
  issue: number;
  body: string;
  login: string;
}

export interface GitHubApiOptions {
  /** The tokens the API knows; any other token, or none, gets 401 Bad credentials. */
  tokens: Record<string, TokenGrant>;
  /** Comments already there, oldest first, in `repository`. */
  comments?: readonly PreloadedComment[];
  /** The only repository that exists (`owner/name`); others get 404. Default `octo-org/octo-repo`. */
  repository?: string;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  userType: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  /** The `Authorization` header as received (`token …`), so a test can check the token went nowhere else. */
  authorization: string | undefined;
  /** The parsed JSON body; undefined without a body, the raw text when it is not JSON. */
  body: unknown;
  /** Status the stand-in answered with; 0 when it never answered (`stallNext`). */
  status: number;
}

export interface GitHubApi {
  /** Origin of the server, e.g. `http://127.0.0.1:43567`: the client's `baseUrl` (`GITHUB_API_URL`). */
  readonly url: string;
  readonly repository: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Every comment in `repository`, on all issues, oldest first; edited in place. */
  readonly comments: readonly StoredComment[];
  /** Requests the stand-in did not understand (unknown route, bad JSON...): a test expects none. */
  readonly problems: readonly string[];
  /** The comments on one issue, oldest first. */
  commentsOn(issue: number): StoredComment[];
  /**
   * Answer the next request that matches `route` (any request without one) with `status` and `{"message": …}`,
   * to test failures. `route` is matched against `METHOD /path`, e.g. `/^GET .*\/comments$/`.
   */
  failNext(status: number, options?: { message?: string; route?: RegExp }): void;
  /** Never answer the next request that matches `route` (recorded with status 0), to test the client's timeout. */
  stallNext(route?: RegExp): void;
  close(): Promise<void>;
}

/** As GitHub answers: `application/json; charset=utf-8`. */
const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_BODY_LENGTH = 65_536;
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
const DOCS = 'https://docs.github.com/rest';
// Timestamps come from a clock that ticks a second per write, so `updated_at` always changes on an edit.
const EPOCH = Date.UTC(2026, 0, 1);
const FIRST_COMMENT_ID = 1_000_001;

const NOT_ACCESSIBLE = 'Resource not accessible by integration';

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

/** A failure the test asked for, taken by the first request that matches `route`. */
interface Fault {
  route: RegExp | undefined;
  /** undefined: never answer. */
  reply: Reply | undefined;
}

function errorReply(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `token X` and `Bearer X` both work on GitHub. */
function tokenOf(authorization: string | undefined): string | undefined {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
}

function positiveInteger(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The new comment's `body`, or why GitHub would refuse it. */
function commentText(body: unknown): string | Reply {
  if (typeof body !== 'object' || body === null) return errorReply(400, 'Problems parsing JSON');
  const text = (body as Record<string, unknown>).body;
  if (typeof text !== 'string' || text === '') {
    return errorReply(422, 'Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
    });
  }
  if (text.length > MAX_BODY_LENGTH) {
    return errorReply(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`,
        },
      ],
    });
  }
  return text;
}

export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApi> {
  const repository = options.repository ?? 'octo-org/octo-repo';
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const comments: StoredComment[] = [];
  const faults: Fault[] = [];
  let ticks = 0;
  let origin = '';

  const now = (): string => new Date(EPOCH + ticks++ * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const userType = (login: string): 'User' | 'Bot' => (login.endsWith('[bot]') ? 'Bot' : 'User');

  function addComment(issue: number, body: string, login: string): StoredComment {
    const time = now();
    const comment: StoredComment = {
      id: FIRST_COMMENT_ID + comments.length,
      issue,
      body,
      login,
      userType: userType(login),
      createdAt: time,
      updatedAt: time,
    };
    comments.push(comment);
    return comment;
  }
  for (const comment of options.comments ?? []) addComment(comment.issue, comment.body, comment.login);

  function commentJson(comment: StoredComment): Record<string, unknown> {
    const api = `${origin}/repos/${repository}`;
    return {
      id: comment.id,
      node_id: `IC_stand-in${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${repository}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issue}`,
      body: comment.body,
      user: { login: comment.login, id: loginId(comment.login), type: comment.userType },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.userType === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  function loginId(login: string): number {
    let hash = 0;
    for (const char of login) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_000;
    return 10_000_000 + hash;
  }

  /** `Link` as GitHub writes it: prev, next, last, first, each only where it applies. */
  function linkHeader(url: URL, page: number, lastPage: number): string | undefined {
    const at = (target: number): string => {
      const link = new URL(url.pathname + url.search, origin);
      link.searchParams.set('page', String(target));
      return `<${link.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
    if (page < lastPage) links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`);
    if (page > 1) links.push(`${at(1)}; rel="first"`);
    return links.length === 0 ? undefined : links.join(', ');
  }

  function listComments(issue: number, url: URL): Reply {
    const perPage = Math.min(positiveInteger(url.searchParams.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
    const page = positiveInteger(url.searchParams.get('page'), 1);
    const all = comments.filter((comment) => comment.issue === issue);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const body = all.slice((page - 1) * perPage, page * perPage).map(commentJson);
    const link = linkHeader(url, page, lastPage);
    return { status: 200, body, headers: link === undefined ? {} : { link } };
  }

  function createComment(issue: number, grant: TokenGrant, requestBody: unknown): Reply {
    if (!grant.canWrite) return errorReply(403, NOT_ACCESSIBLE);
    const text = commentText(requestBody);
    if (typeof text !== 'string') return text;
    const json = commentJson(addComment(issue, text, grant.login));
    return { status: 201, body: json, headers: { location: String(json.url) } };
  }

  function updateComment(id: number, grant: TokenGrant, requestBody: unknown): Reply {
    const comment = comments.find((candidate) => candidate.id === id);
    if (comment === undefined) return errorReply(404, 'Not Found');
    if (!grant.canWrite) return errorReply(403, NOT_ACCESSIBLE);
    if (comment.login !== grant.login) {
      return errorReply(403, grant.kind === 'app' ? NOT_ACCESSIBLE : 'Must have admin rights to Repository.');
    }
    const text = commentText(requestBody);
    if (typeof text !== 'string') return text;
    comment.body = text;
    comment.updatedAt = now();
    return { status: 200, body: commentJson(comment) };
  }

  function route(method: string, url: URL, grant: TokenGrant, requestBody: unknown): Reply {
    if (method === 'GET' && url.pathname === '/user') {
      if (grant.kind === 'app') return errorReply(403, NOT_ACCESSIBLE);
      return { status: 200, body: { login: grant.login, id: loginId(grant.login), type: 'User' } };
    }
    const match = /^\/repos\/([^/]+\/[^/]+)\/issues\/(?:(\d+)\/comments|comments\/(\d+))$/.exec(url.pathname);
    const [, repo, issue, commentId] = match ?? [];
    if (repo === undefined) {
      problems.push(`unknown route ${method} ${url.pathname}`);
      return errorReply(404, 'Not Found');
    }
    // GitHub answers 404, not 403, for a repository the token cannot see.
    if (repo.toLowerCase() !== repository.toLowerCase()) return errorReply(404, 'Not Found');
    if (issue !== undefined && method === 'GET') return listComments(Number(issue), url);
    if (issue !== undefined && method === 'POST') return createComment(Number(issue), grant, requestBody);
    if (commentId !== undefined && method === 'PATCH') return updateComment(Number(commentId), grant, requestBody);
    problems.push(`unsupported method ${method} ${url.pathname}`);
    return errorReply(404, 'Not Found');
  }

  function takeFault(request: string): Fault | undefined {
    const index = faults.findIndex((fault) => fault.route === undefined || fault.route.test(request));
    return index === -1 ? undefined : faults.splice(index, 1)[0];
  }

  function answer(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status, { 'content-type': JSON_TYPE, ...reply.headers });
    res.end(JSON.stringify(reply.body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? '';
    const body = parseBody(text);
    const authorization = req.headers.authorization;
    const grant = options.tokens[tokenOf(authorization) ?? ''];
    const fault = takeFault(`${method} ${url.pathname}`);
    if (fault !== undefined && fault.reply === undefined) {
      requests.push({ method, url: req.url ?? '', authorization, body, status: 0 });
      return; // close() drops the connection
    }
    let reply: Reply;
    if (fault?.reply !== undefined) {
      reply = fault.reply;
    } else if (grant === undefined) {
      reply = errorReply(401, 'Bad credentials');
    } else {
      reply = route(method, url, grant, body);
    }
    requests.push({ method, url: req.url ?? '', authorization, body, status: reply.status });
    answer(res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((caught: unknown) => {
      const message = `stand-in crashed: ${caught instanceof Error ? caught.message : String(caught)}`;
      problems.push(message);
      // 400, not 500, so that no client retries.
      if (!res.headersSent) res.writeHead(400, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify({ message }));
    });
  });
  origin = await listenOnLoopback(server);

  return {
    url: origin,
    repository,
    requests,
    comments,
    problems,
    commentsOn: (issue) => comments.filter((comment) => comment.issue === issue),
    failNext(status, { message, route } = {}) {
      faults.push({ route, reply: errorReply(status, message ?? `stand-in: injected ${status} failure`) });
    },
    stallNext(route) {
      faults.push({ route, reply: undefined });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((closeError) => (closeError ? reject(closeError) : resolve()));
        // The client keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}
