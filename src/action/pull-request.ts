/** The pull request a run is for, read from the event payload the runner saves (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';

const repositorySchema = z.object({ full_name: z.string() });

/** The fields of a `pull_request` / `pull_request_target` event that tell where to comment; others are ignored. */
const pullRequestEventSchema = z.object({
  pull_request: z.object({
    number: z.int().check(z.positive()),
    // null when the fork the pull request came from was deleted.
    head: z.object({ repo: z.nullable(repositorySchema) }),
    base: z.object({ repo: repositorySchema }),
  }),
  repository: z.optional(repositorySchema),
});

export interface PullRequest {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** From another repository (or a deleted one): the token is read-only there and a comment will be refused. */
  readonly fromFork: boolean;
}

function splitFullName(fullName: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName?.trim() ?? '');
  return match?.[1] === undefined || match[2] === undefined ? undefined : { owner: match[1], repo: match[2] };
}

/**
 * The pull request the event (the parsed `GITHUB_EVENT_PATH` file) is about, in `repository`
 * (`GITHUB_REPOSITORY`) unless the event names its repository; undefined for other events and malformed ones.
 */
export function pullRequestOf(event: unknown, repository: string | undefined): PullRequest | undefined {
  const parsed = pullRequestEventSchema.safeParse(event);
  if (!parsed.success) return undefined;
  const { pull_request: pullRequest, repository: eventRepository } = parsed.data;
  const target =
    splitFullName(eventRepository?.full_name) ??
    splitFullName(repository) ??
    splitFullName(pullRequest.base.repo.full_name);
  if (target === undefined) return undefined;
  const head = pullRequest.head.repo?.full_name.toLowerCase();
  const fromFork = head === undefined || head !== pullRequest.base.repo.full_name.toLowerCase();
  return { ...target, number: pullRequest.number, fromFork };
}

/** Events of a pull request whose workflow runs with the fork's permissions: no secrets, a read-only token. */
const FORK_RESTRICTED_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/** The pull request of this run's event, if it is one. */
export function currentPullRequest(): PullRequest | undefined {
  const path = process.env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return undefined;
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // no readable event: not a pull request as far as this action can tell
  }
  return pullRequestOf(event, process.env.GITHUB_REPOSITORY);
}

/** True on a pull request from a fork whose workflow gets no secrets (not pull_request_target, which does). */
export function isForkPullRequest(): boolean {
  return FORK_RESTRICTED_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') && currentPullRequest()?.fromFork === true;
}
