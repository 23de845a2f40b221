/** The report as a pull-request comment. Never fails the step: a comment is a convenience, the summary has it all. */
import { digestName } from './artifact.js';
import { CommentError, upsertStickyComment } from './comment.js';
import { Inputs } from './names.js';
import { currentPullRequest } from './pull-request.js';
import { type Environment, info, warning } from './runner.js';

/**
 * The comment's key when neither comment-key nor artifact-name is set: the same on every push of the pull request
 * (no run id, unlike the default artifact name), distinct per job and per model, configuration and tasks (matrix
 * legs). `texts` are the redacted native file and the task list.
 */
export function defaultCommentKey(job: string | undefined, modelName: string, texts: readonly string[]): Promise<string> {
  return digestName([job, modelName], texts);
}

/** Posts or updates the comment of `key` on this run's pull request, if it is one; problems become warnings. */
export async function postReportComment(
  githubToken: string,
  key: string,
  report: string,
  env: Environment,
  scrub: (text: string) => string,
): Promise<void> {
  const pullRequest = currentPullRequest(env);
  if (pullRequest === undefined) {
    info('Not a pull request: no comment posted; the report is in the step summary.');
    return;
  }
  if (githubToken === '') {
    warning(`No pull request comment: ${Inputs.GithubToken} is empty; the report is in the step summary.`);
    return;
  }
  try {
    const posted = await upsertStickyComment({
      token: githubToken,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      issueNumber: pullRequest.number,
      key,
      markdown: report,
    });
    info(`Pull request comment ${posted.action}: ${posted.url}`);
  } catch (error) {
    const reason = error instanceof CommentError ? error.message : `Pull request comment not posted: ${String(error)}`;
    warning(`${scrub(reason)}. The report is in the step summary.`);
  }
}
