/** Markdown as this run's sticky pull-request comment. Never fails the step: a comment is a convenience, the summary has it all. */
import * as core from '@actions/core';
import { scrubSecrets } from '../config/secrets.js';
import { digestName } from './artifact.js';
import { CommentError, upsertStickyComment } from './comment.js';
import { currentPullRequest } from './pull-request.js';
import { logLine } from './log.js';

/**
 * The comment's key when neither comment-key nor artifact-name is set: the same on every push of the pull request
 * (no run id, unlike the default artifact name), distinct per job and per model, configuration and tasks (matrix
 * legs). `texts` are the redacted native file and the task list.
 */
export function defaultCommentKey(modelName: string, texts: readonly string[]): Promise<string> {
  return digestName([process.env.GITHUB_JOB, modelName], texts);
}

export interface CommentRequest {
  /** `''` when none was given. */
  readonly githubToken: string;
  /** The name of the token's input, for the warning when it is empty. */
  readonly tokenInput: string;
  readonly key: string;
  readonly markdown: string;
  /** What the Markdown is (`report`, `comparison`), for the messages. */
  readonly what: string;
  /** Every secret, scrubbed from the warnings. */
  readonly secrets: readonly string[];
}

/** Posts or updates the comment of `key` on this run's pull request, if it is one; problems become warnings. */
export async function postComment({
  githubToken,
  tokenInput,
  key,
  markdown,
  what,
  secrets,
}: CommentRequest): Promise<void> {
  const pullRequest = currentPullRequest();
  if (pullRequest === undefined) {
    logLine(`Not a pull request: no comment posted; the ${what} is in the step summary.`);
    return;
  }
  if (githubToken === '') {
    core.warning(`No pull request comment: ${tokenInput} is empty; the ${what} is in the step summary.`);
    return;
  }
  try {
    const posted = await upsertStickyComment({
      token: githubToken,
      apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      issueNumber: pullRequest.number,
      key,
      markdown,
    });
    logLine(`Pull request comment ${posted.action}: ${posted.url}`);
  } catch (error) {
    const reason = error instanceof CommentError ? error.message : `Pull request comment not posted: ${String(error)}`;
    core.warning(`${scrubSecrets(reason, [...secrets, githubToken])}. The ${what} is in the step summary.`);
  }
}
