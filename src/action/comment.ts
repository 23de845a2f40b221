/**
 * The sticky pull-request comment: one comment per key, found again by a hidden marker and edited in place, so
 * that every push updates the same comment instead of adding one. The GitHub client is imported on first use
 * only: a run that posts no comment does not pay for loading it.
 */
import { isRecord } from '../config/fields.js';
import { scrubSecrets } from '../config/secrets.js';

/** GitHub refuses comment bodies longer than this (`body is too long (maximum is 65536 characters)`). */
export const MAX_COMMENT_LENGTH = 65_536;

/** Who posts with the workflow's GITHUB_TOKEN, whose `GET /user` is refused. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Long enough for a slow API, short enough that a hung connection does not hold the job for hours. */
const REQUEST_TIMEOUT_MS = 30_000;

/** Keys longer than this are cut: the marker is a line of every comment. */
const MAX_KEY_LENGTH = 200;

const TRUNCATION_NOTE = '_… truncated: the full report is in the job summary._';

/** A reason from the server longer than this is cut: an HTML error page must not flood the warning. */
const MAX_REASON_LENGTH = 300;

/** Half of a surrogate pair without the other half: not a character, and not valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD, as it would come back from GitHub (String#toWellFormed). */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The key as it can stand inside an HTML comment: no line breaks or other control characters, no `<` or `>`,
 * and no `--` (each of these could end the comment early or break the marker's line). Readable keys stay as they
 * are; distinct keys that differ only in those characters share a marker.
 */
function safeKey(key: string): string {
  const safe = wellFormed(key)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/[<>]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut by code points, so that a surrogate pair is never split.
  const cut = Array.from(safe).slice(0, MAX_KEY_LENGTH).join('').trim();
  return cut === '' ? 'default' : cut;
}

/** The hidden line that identifies the comment of `key`: `<!-- lighteval-action:<key> -->`. */
export function commentMarker(key: string): string {
  return `<!-- lighteval-action:${safeKey(key)} -->`;
}

/** The opening fence (```` ``` ```` or `~~~`, maybe longer) of a code block left open at the end of `lines`. */
function openFence(lines: readonly string[]): string | undefined {
  let open: string | undefined;
  for (const line of lines) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    if (open === undefined) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return open;
}

/** The longest start of `text` of at most `length` UTF-16 units that ends at a line break, or else at a whole character. */
function cutAtLineBoundary(text: string, length: number): string {
  const head = text.slice(0, length);
  const lastBreak = head.lastIndexOf('\n');
  if (lastBreak > 0) return head.slice(0, lastBreak);
  // One huge line: cut inside it, but never between the two halves of a surrogate pair.
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

/**
 * The marker line and the Markdown. Over GitHub's limit, the Markdown is cut at a line break and ends with a
 * visible note (after closing a code block the cut left open, so that the note shows as text).
 * Lengths count UTF-16 units (a character beyond U+FFFF counts twice), so never fewer than the characters GitHub counts.
 */
export function commentBody(key: string, report: string): string {
  const head = `${commentMarker(key)}\n`;
  const markdown = wellFormed(report);
  if (head.length + markdown.length <= MAX_COMMENT_LENGTH) return head + markdown;
  // Room for the longest fence that can close a block, with its line break and the blank line before the note.
  const reserved = `\n\n${TRUNCATION_NOTE}`.length + 1 + longestFence(markdown).length;
  const kept = cutAtLineBoundary(markdown, MAX_COMMENT_LENGTH - head.length - reserved).trimEnd();
  const fence = openFence(kept.split('\n'));
  const closing = fence === undefined ? '' : `\n${fence}`;
  return `${head}${kept}${closing}\n\n${TRUNCATION_NOTE}`;
}

function longestFence(markdown: string): string {
  let longest = '';
  for (const [fence] of markdown.matchAll(/`{3,}|~{3,}/g)) if (fence.length > longest.length) longest = fence;
  return longest;
}

export interface StickyCommentRequest {
  /** A token allowed to write pull requests; it never appears in an error message. */
  readonly token: string;
  /** The REST API root (`GITHUB_API_URL`), e.g. `https://api.github.com`. */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  /** The pull request's number (pull requests are issues to the comments API). */
  readonly issueNumber: number;
  /** Tells apart the comments of several steps or matrix legs on one pull request. */
  readonly key: string;
  readonly markdown: string;
  /** Gives up on a request that has not been answered after this long; 30 s unless set. */
  readonly timeoutMs?: number;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly id: number;
  /** The comment's address on github.com. */
  readonly url: string;
}

/** The comment could not be read, posted or updated: the message says which and why, without the token. */
export class CommentError extends Error {
  override readonly name = 'CommentError';
}

type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>;

interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** The login the token posts as; `GET /user` is refused to GITHUB_TOKEN and app installation tokens. */
async function authorLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    // Any other failure (a bad token, no network) shows again, with its reason, on the next call.
    return ACTIONS_BOT_LOGIN;
  }
}

/** The first comment of `author` that holds `marker`; comments by anyone else are ignored, as anyone can paste a marker. */
async function findComment(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
  author: string,
): Promise<ExistingComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100,
  });
  for await (const { data: comments } of pages) {
    const found = comments.find((comment) => comment.user?.login === author && (comment.body ?? '').includes(marker));
    if (found !== undefined) return { id: found.id, body: found.body ?? '', url: found.html_url };
  }
  return undefined;
}

/** What the server said: its `message`, and the messages of a validation failure's `errors`. */
function serverMessage(data: unknown): string | undefined {
  if (typeof data === 'string') return data.trim() === '' ? undefined : data.trim();
  if (!isRecord(data) || typeof data.message !== 'string') return undefined;
  const details = Array.isArray(data.errors)
    ? data.errors.flatMap((detail: unknown) =>
        isRecord(detail) && typeof detail.message === 'string' ? [detail.message] : [],
      )
    : [];
  return details.length === 0 ? data.message : `${data.message}: ${details.join('; ')}`;
}

/** What the person reading the warning can do about it. */
function hint(status: number, message: string): string {
  if (status === 401) return ' (the token is invalid or has expired)';
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return ' (the token is read-only; fork pull requests get such tokens, other workflows need "permissions: pull-requests: write")';
  }
  if (status === 404) return ' (no such repository or pull request, or the token cannot see it)';
  return '';
}

/** `403 Resource not accessible by integration (…)`, or why no answer came. */
function failureReason(error: unknown, apiUrl: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!isRecord(error) || typeof error.status !== 'number') return message;
  // The client gives network failures and timeouts a status too (500), but no response.
  if (!isRecord(error.response)) return `no answer from ${apiUrl}: ${message}`;
  // Without a final period: the caller's warning goes on after the reason.
  const reason = (serverMessage(error.response.data) ?? 'no reason given').replace(/\.+$/, '');
  return `${error.status} ${reason.slice(0, MAX_REASON_LENGTH)}${hint(error.status, reason)}`;
}

/** Runs one API call; a failure becomes a CommentError that starts with `what` failed. */
async function attempt<T>(what: string, request: StickyCommentRequest, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const message = `${what}: ${failureReason(error, request.apiUrl)}`;
    throw new CommentError(scrubSecrets(message, [request.token]));
  }
}

async function createClient(request: StickyCommentRequest): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  // No retry plugin is loaded: a failed call fails at once, and the caller falls back to the summary.
  const client = getOctokit(request.token, {
    baseUrl: request.apiUrl.replace(/\/+$/, ''),
    userAgent: 'lighteval-action',
  });
  const timeoutMs = request.timeoutMs ?? REQUEST_TIMEOUT_MS;
  // A hook rather than a per-call option: the pagination would drop a per-call signal after the first page.
  client.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return client;
}

/** Creates the comment of `request.key` on the pull request, or updates it in place if the body changed. */
export async function upsertStickyComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
  const where = `${request.owner}/${request.repo}#${request.issueNumber}`;
  const client = await attempt(`Pull request comment not posted on ${where}`, request, () => createClient(request));
  const marker = commentMarker(request.key);
  const body = commentBody(request.key, request.markdown);
  const author = await authorLogin(client);
  const existing = await attempt(`Pull request comments of ${where} not read`, request, () =>
    findComment(client, request, marker, author),
  );
  if (existing !== undefined && existing.body === body)
    return { action: 'unchanged', id: existing.id, url: existing.url };
  if (existing !== undefined) {
    const { data } = await attempt(`Pull request comment ${existing.id} on ${where} not updated`, request, () =>
      client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body }),
    );
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await attempt(`Pull request comment not posted on ${where}`, request, () =>
    client.rest.issues.createComment({
      owner: request.owner,
      repo: request.repo,
      issue_number: request.issueNumber,
      body,
    }),
  );
  return { action: 'created', id: data.id, url: data.html_url };
}
