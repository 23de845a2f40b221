/**
 * The compare action (compare/action.yml): the results files a later job gathered from the legs of a matrix,
 * compared in one table, for the step summary, the summary-markdown output and, when asked, one pull-request comment.
 */
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, formatIssue } from '../config/errors.js';
import { scrubSecrets } from '../config/secrets.js';
import { scanResults } from '../io/results-scan.js';
import { visibleControls } from '../lighteval/markdown.js';
import { compareResults } from '../lighteval/matrix.js';
import { digestName } from './artifact.js';
import { booleanInput, InputError, inputMessage, optionalInput, workspaceOf } from './inputs.js';
import { CompareInputs, CompareOutputs } from './names.js';
import { postComment } from './pull-request-comment.js';
import { appendSummary } from './summary.js';
import { reportFailure } from './failure.js';

interface CompareRequest {
  /** Absolute: the folder the legs' artifacts were downloaded into. */
  readonly resultsDir: string;
  readonly summary: boolean;
  readonly comment: boolean;
  /** Unset: one key per job. */
  readonly commentKey: string | undefined;
  /** `''` when none was given. */
  readonly githubToken: string;
}

/** The compare action's inputs; throws InputError naming the first one that is wrong. */
function readCompareInputs(): CompareRequest {
  const resultsDir = optionalInput(CompareInputs.ResultsDir);
  if (resultsDir === undefined) {
    throw new InputError(
      inputMessage(CompareInputs.ResultsDir, 'required; expected the folder the results were downloaded into'),
    );
  }
  return {
    resultsDir: resolve(workspaceOf(), resultsDir),
    summary: booleanInput(CompareInputs.Summary, true),
    comment: booleanInput(CompareInputs.Comment, false),
    commentKey: optionalInput(CompareInputs.CommentKey),
    githubToken: core.getInput(CompareInputs.GithubToken),
  };
}

async function compare(request: CompareRequest, secrets: readonly string[]): Promise<void> {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  let scan;
  try {
    scan = scanResults([request.resultsDir], request.resultsDir);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new InputError(inputMessage(CompareInputs.ResultsDir, error.issues.map(formatIssue).join('; ')));
    throw error;
  }
  for (const { path, reason } of scan.skipped) core.warning(scrub(`${visibleControls(path)}: skipped, ${reason}`));
  if (scan.found.length === 0) {
    const shown = relative(workspaceOf(), request.resultsDir) || '.';
    throw new InputError(
      inputMessage(
        CompareInputs.ResultsDir,
        `no LightEval results found in ${shown}; expected the folder the legs' artifacts were downloaded into`,
      ),
    );
  }
  const { markdown } = compareResults(scan.found, scan.skipped);
  core.setOutput(CompareOutputs.SummaryMarkdown, markdown);
  if (request.summary) await appendSummary(markdown);
  if (request.comment) {
    // One comparison per job: a second compare job in the same workflow keeps its own comment.
    const key = request.commentKey ?? (await digestName(['compare', process.env.GITHUB_JOB], []));
    await postComment({
      githubToken: request.githubToken,
      tokenInput: CompareInputs.GithubToken,
      key,
      markdown,
      what: 'comparison',
      secrets,
    });
  }
}

/** Runs the compare action. Never throws: a failure is an error annotation and exit code 1. */
export async function run(): Promise<void> {
  const token = core.getInput(CompareInputs.GithubToken);
  if (token !== '') core.setSecret(token);
  try {
    await compare(readCompareInputs(), [token]);
  } catch (error) {
    reportFailure(error, [token]);
  }
}
