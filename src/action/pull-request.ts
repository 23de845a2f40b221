/** The pull request a run is for, read from the event payload the runner saves (GITHUB_EVENT_PATH). */
import { readFileSync } from 'node:fs';
import { type PullRequest, pullRequestOf } from './comment.js';
import type { Environment } from './runner.js';

/** Events of a pull request whose workflow runs with the fork's permissions: no secrets, a read-only token. */
const FORK_RESTRICTED_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/** The pull request of this run's event, if it is one. */
export function currentPullRequest(env: Environment): PullRequest | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (path === undefined || path === '') return undefined;
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // no readable event: not a pull request as far as this action can tell
  }
  return pullRequestOf(event, env.GITHUB_REPOSITORY);
}

/** True on a pull request from a fork whose workflow gets no secrets (not pull_request_target, which does). */
export function isForkPullRequest(env: Environment): boolean {
  return FORK_RESTRICTED_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && currentPullRequest(env)?.fromFork === true;
}
