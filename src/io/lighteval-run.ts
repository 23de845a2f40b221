/**
 * One run of LightEval, the same for the action and for `replay`: the program runs, every results file it wrote is
 * scrubbed of the secrets before anything reads one, and the newest is read as LightEval's results — or the run
 * ends in one message saying why there are none.
 */
import { existsSync, rmSync } from 'node:fs';
import { quote } from 'shell-quote';
import { ConfigError } from '../config/errors.js';
import { scrubSecrets } from '../config/secrets.js';
import { type LightEvalResults, LightEvalResultsSchema } from '../lighteval/results.js';
import { dependencyTooNewHint } from '../lighteval/requirements.js';
import { type OutputStream, type ProcessOutcome, runChildProcess } from './child-process.js';
import { type RunFiles, runFilesSince, scrubResultsFile, snapshotRunFiles } from './results-files.js';

/** A command line as a shell would need it, for the line that says what runs. */
export function shownCommand(words: readonly string[]): string {
  return quote([...words]);
}

/** The time limit of a run, and the setting that chose it, for the message when it is reached. */
export interface TimeLimit {
  readonly minutes: number;
  readonly setting: string;
}

/** `what` failed, and how, in one sentence: `LightEval exited with code 1.` */
export function failureHeadline(what: string, outcome: ProcessOutcome, limit?: TimeLimit): string {
  if (outcome.timedOut && limit !== undefined) {
    const minutes = `${limit.minutes} minute${limit.minutes === 1 ? '' : 's'}`;
    return `${what} did not finish within ${minutes} (${limit.setting}) and was stopped.`;
  }
  if (outcome.exitCode !== null) return `${what} exited with code ${outcome.exitCode}.`;
  return `${what} was stopped by ${outcome.signal ?? 'a signal'}.`;
}

/** The headline, then the last lines of output, as runChildProcess kept them (free of the secrets it was given). */
export function failureMessage(headline: string, tail: readonly string[]): string {
  return tail.length === 0 ? `${headline} It printed nothing.` : `${headline} Its last lines:\n${tail.join('\n')}`;
}

export interface LightEvalRunRequest {
  readonly program: string;
  readonly args: readonly string[];
  /** LightEval's environment, the key included. */
  readonly env: Readonly<Record<string, string>>;
  /** LightEval's `--output-dir`, where its results files are looked for. */
  readonly outputDir: string;
  readonly timeLimit?: TimeLimit | undefined;
  /** Every secret that may reach LightEval's output or files. */
  readonly secrets: readonly string[];
  /** Where LightEval's output goes as it comes; scrubbing it, where no runner masks it, is the sink's job. */
  readonly output: (stream: OutputStream, text: string) => void;
}

export type LightEvalRun =
  | {
      readonly ok: true;
      /** The scrubbed results file read. */
      readonly resultsPath: string;
      readonly results: LightEvalResults;
      readonly files: RunFiles;
    }
  | {
      readonly ok: false;
      /** Why there are no results, with LightEval's last lines when it failed; free of secrets. */
      readonly failure: string;
      /** The failure in one sentence, for a report. */
      readonly headline: string;
      readonly files: RunFiles;
    };

type ScrubbedResults =
  { readonly path: string; readonly document: unknown } | { readonly path: string; readonly unreadable: string };

/** Every results file of the run, scrubbed in place before anything reads, shows or uploads one; newest first. */
function scrubResultsFiles(paths: readonly string[], secrets: readonly string[]): ScrubbedResults[] {
  return paths.map((path) => {
    try {
      return { path, document: scrubResultsFile(path, secrets) };
    } catch (error) {
      // Not LightEval's layout or not JSON: scrubbed as text all the same.
      if (error instanceof ConfigError) return { path, unreadable: error.message };
      // Not scrubbed (unreadable, too large): removed rather than left for the artifact with the key in it.
      rmSync(path, { force: true });
      const reason = error instanceof Error ? error.message : String(error);
      return { path, unreadable: `${path} could not be scrubbed of secrets (${reason}), so it was removed` };
    }
  });
}

/** Runs LightEval and reads its results; never rejects for anything LightEval does. */
export async function runLightEval(request: LightEvalRunRequest): Promise<LightEvalRun> {
  const { program, outputDir, secrets } = request;
  const scrub = (text: string) => scrubSecrets(text, secrets);
  const before = snapshotRunFiles(outputDir);
  const outcome = await runChildProcess({
    command: program,
    args: request.args,
    env: request.env,
    timeoutMs: request.timeLimit === undefined ? undefined : request.timeLimit.minutes * 60_000,
    output: request.output,
    // Scrubbed before the tail cuts its lines: scrubbing after a cut would leave part of a secret at the cut.
    secrets,
  });
  const written = runFilesSince(outputDir, before);
  const [newest] = scrubResultsFiles(written.results, secrets);
  // Without the files removed because they could not be scrubbed.
  const files = { ...written, results: written.results.filter((path) => existsSync(path)) };
  const failed = (failure: string, headline = failure): LightEvalRun => ({
    ok: false,
    failure: scrub(failure),
    headline: scrub(headline),
    files,
  });

  if (outcome.startError !== undefined)
    return failed(`LightEval could not start (${program}): ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) {
    const hint = dependencyTooNewHint(outcome.tail);
    const headline = failureHeadline('LightEval', outcome, request.timeLimit);
    const message = failureMessage(headline, outcome.tail);
    return hint === undefined ? failed(message, headline) : failed(`${hint}\n${message}`, `${headline} ${hint}`);
  }
  if (newest === undefined)
    return failed(`LightEval exited with code 0 but wrote no results_*.json under ${outputDir}`);
  if ('unreadable' in newest) return failed(`LightEval's results are unreadable: ${newest.unreadable}`);
  const parsed = LightEvalResultsSchema.safeParse(newest.document);
  if (!parsed.success) {
    return failed(
      `LightEval's results file ${newest.path} does not have LightEval's layout: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return { ok: true, resultsPath: newest.path, results: parsed.data, files };
}
