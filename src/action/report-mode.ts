/**
 * `mode: report`: the results files a later job gathered from the legs of a matrix, compared in one table, for the
 * step summary, the summary-markdown output and, when asked, one pull-request comment.
 */
import { relative } from 'node:path';
import { ConfigError, formatIssue } from '../config/errors.js';
import { scanResults } from '../io/results-scan.js';
import { compareResults } from '../lighteval/matrix.js';
import { InputError, inputMessage } from './input-fields.js';
import { type ReportInputs, workspaceOf } from './inputs.js';
import { Inputs, Outputs } from './names.js';
import { appendSummary, type Environment, hasSummary, setOutputs, warning } from './runner.js';

/** Compares the results under results-dir. Throws InputError when the folder is missing or holds no results. */
export async function runReportMode(inputs: ReportInputs, env: Environment, scrub: (text: string) => string): Promise<void> {
  for (const message of inputs.warnings) warning(scrub(message));
  let scan;
  try {
    scan = scanResults([inputs.resultsDir], inputs.resultsDir);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(inputMessage(Inputs.ResultsDir, error.issues.map(formatIssue).join('; ')));
    throw error;
  }
  for (const { path, reason } of scan.skipped) warning(scrub(`${path}: skipped, ${reason}`));
  if (scan.found.length === 0) {
    const shown = relative(workspaceOf(env), inputs.resultsDir) || '.';
    throw new InputError(inputMessage(Inputs.ResultsDir, `no LightEval results found in ${shown}; expected the folder the legs' artifacts were downloaded into`));
  }
  const { markdown } = compareResults(scan.found, scan.skipped);
  setOutputs({ [Outputs.SummaryMarkdown]: markdown });
  if (inputs.summary && hasSummary()) appendSummary(markdown);
  if (inputs.comment) {
    const { digestName } = await import('./artifact.js');
    const { postReportComment } = await import('./report-comment.js');
    // One comparison per job: a second report job in the same workflow keeps its own comment.
    const key = inputs.commentKey ?? (await digestName(['report', env.GITHUB_JOB], []));
    await postReportComment(inputs.githubToken, key, markdown, env, scrub);
  }
}
