/**
 * The LightEval run of the main step: skip it (fork pull request without a key) or run it, then scrub the
 * results, check them against the thresholds and the baseline, and write the report.
 */
import { relative } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { providerKeyOf } from '../config/provider-key.js';
import { scrubSecrets } from '../config/secrets.js';
import {
  inheritableEnvironment,
  lightevalArguments,
  lightevalEnvironment,
  savesDetails,
} from '../lighteval/command.js';
import { evaluateGate, formatGateFailures } from '../lighteval/gate.js';
import { escapeCell } from '../lighteval/markdown.js';
import { noResultsReport, reportMarkdown } from '../lighteval/report.js';
import {
  causeOf,
  describeCause,
  fatalPreflightFailure,
  judgeRequestFailures,
  RequestFailureCounter,
} from '../lighteval/request-failures.js';
import { evaluatedSamplesOf, type LightEvalResults, metricValuesOf, taskMetricsOf } from '../lighteval/results.js';
import { normalizeTaskList } from '../lighteval/tasks.js';
import { runLightEval, shownCommand } from '../io/lighteval-run.js';
import { type PreflightAnswer, sendPreflightRequest } from '../io/preflight-request.js';
import { queryTaskRegistry } from '../io/task-registry-query.js';
import type { BuiltConfiguration, WrittenConfiguration } from './configuration.js';
import { type BuildInputs, type EvaluationInputs, InputError, inputMessage, workspaceOf } from './inputs.js';
import { LightEvalError, locateLightEval } from './lighteval-install.js';
import { Inputs } from './names.js';
import { logLine, programLog } from './log.js';
import { isForkPullRequest } from './pull-request.js';
import { maskSecrets } from './secrets.js';

export interface EvaluationRequest {
  readonly inputs: BuildInputs;
  readonly evaluation: EvaluationInputs;
  readonly built: BuiltConfiguration;
  readonly written: WrittenConfiguration;
  /** Every secret, for scrubbing what LightEval wrote and printed. */
  readonly secrets: readonly string[];
}

export interface EvaluationOutcome {
  /** True when the run was skipped (a fork pull request without a key). */
  readonly skipped: boolean;
  /** The report in Markdown: for the step summary, the comment and the summary-markdown output. */
  readonly report: string;
  /** True when LightEval produced results and every limit held. */
  readonly passed: boolean;
  /** The scrubbed results file. */
  readonly resultsPath: string | undefined;
  /** `{task: {metric: value}}`. */
  readonly metrics: Readonly<Record<string, Readonly<Record<string, number | null>>>> | undefined;
  /** Files for the artifact besides the configuration: the scrubbed results and the details, when asked for. */
  readonly artifactFiles: readonly string[];
  /** One line per missed limit or unusable limit, each an error annotation. */
  readonly misses: readonly string[];
  /** Why LightEval gave no usable results, when it did not. */
  readonly failure: string | undefined;
  /** The LightEval command line that ran, program first (never the key); undefined when LightEval did not start. */
  readonly command: readonly string[] | undefined;
  /** The task specs LightEval was given: as the installed LightEval's registry names them, when it could be asked. */
  readonly tasks: readonly string[];
}

function modelNameOf(built: BuiltConfiguration): string {
  return built.redacted.toDict().metadata.model_name;
}

function skippedOutcome(built: BuiltConfiguration, why: string): EvaluationOutcome {
  core.notice(why);
  return {
    skipped: true,
    report: noResultsReport(modelNameOf(built), `**Skipped**: ${escapeCell(why)}`),
    passed: false,
    resultsPath: undefined,
    metrics: undefined,
    artifactFiles: [],
    misses: [],
    failure: undefined,
    command: undefined,
    tasks: [],
  };
}

/** `failure` is the error annotation's text; the report has only its `headline`, and points at the log for the rest. */
function failedOutcome(
  built: BuiltConfiguration,
  failure: string,
  {
    artifactFiles = [],
    headline = failure,
    command,
    tasks = [],
  }: {
    artifactFiles?: readonly string[];
    headline?: string;
    command?: readonly string[];
    tasks?: readonly string[];
  } = {},
): EvaluationOutcome {
  return {
    skipped: false,
    report: noResultsReport(
      modelNameOf(built),
      `❌ **Failed**: ${escapeCell(headline)} The step's log has the details.`,
    ),
    passed: false,
    resultsPath: undefined,
    metrics: undefined,
    artifactFiles,
    misses: [],
    failure,
    command,
    tasks,
  };
}

/** What a run that started left for its judgement and its outcome. */
interface RunRecord {
  readonly artifactFiles: readonly string[];
  readonly command: readonly string[];
  readonly tasks: readonly string[];
  /** Warnings about the run, for the report. */
  readonly notes: readonly string[];
  /** The answers LightEval gave up on, as its log counted them. */
  readonly failures: RequestFailureCounter;
}

/**
 * The task specs as the installed LightEval's registry names them, or why a spec cannot run (no such task). When the
 * registry cannot be read, the specs go as the inputs wrote them, with a warning.
 */
async function lookUpTasks(
  evaluation: EvaluationInputs,
  lightevalVersion: string,
  program: string,
  secrets: readonly string[],
): Promise<{ tasks: readonly string[]; warnings: readonly string[] } | { failure: string }> {
  const answer = await queryTaskRegistry({
    program,
    customTasks: evaluation.customTasks,
    multilingual: evaluation.extraArguments.includes('--load-tasks-multilingual'),
    env: inheritableEnvironment(process.env),
    secrets,
  });
  if ('unavailable' in answer) {
    return {
      tasks: evaluation.tasks,
      warnings: [
        `${Inputs.Tasks}: the installed LightEval's task registry could not be read (${answer.unavailable}); the tasks go to LightEval unchecked`,
      ],
    };
  }
  const { registry } = answer;
  const versionNote =
    registry.lightevalVersion === lightevalVersion
      ? []
      : [
          `${Inputs.LightevalVersion} is ${lightevalVersion}, but the LightEval that runs is ${registry.lightevalVersion}`,
        ];
  try {
    const looked = normalizeTaskList(evaluation.taskSpecs, lightevalVersion, registry);
    return {
      tasks: looked.specs,
      warnings: [...versionNote, ...looked.warnings.map((note) => inputMessage(Inputs.Tasks, note))],
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { failure: error.issues.map((issue) => inputMessage(Inputs.Tasks, issue.message)).join('\n') };
  }
}

/** Warnings about a preflight request that could not be sent, or that failed in a way the run may get past. */
function preflightNotes(answer: PreflightAnswer): string[] {
  if ('unavailable' in answer)
    return [`no test request could be sent to the provider before the run (${answer.unavailable})`];
  const { outcome } = answer;
  if (outcome.ok || fatalPreflightFailure(outcome) !== undefined) return [];
  return [
    `a test request to the provider before the run failed (${outcome.error}): ${describeCause(causeOf(outcome.error, outcome.message, outcome.status))}; LightEval runs all the same, and retries`,
  ];
}

/** Reads the results into metrics and checks them against the limits and the failed requests. */
function judgeResults(
  request: EvaluationRequest,
  resultsPath: string,
  results: LightEvalResults,
  ran: RunRecord,
): EvaluationOutcome {
  const { inputs, evaluation, built } = request;
  const metrics = taskMetricsOf(results);
  const gated = evaluation.thresholds !== undefined || evaluation.baseline !== undefined;
  const gate = gated
    ? evaluateGate({
        metrics,
        thresholds: evaluation.thresholds,
        baseline: evaluation.baseline,
        baselineTolerance: evaluation.baselineTolerance,
      })
    : undefined;
  // Failed requests are scored as wrong answers: the scores, and any gate passed on them, cannot be trusted.
  // The samples requested, as LightEval 0.12+ logs them, else as the results count them (up to 0.11).
  const total = ran.failures.requested > 0 ? ran.failures.requested : evaluatedSamplesOf(results);
  const requests = judgeRequestFailures(ran.failures.givenUp, total, ran.failures.mainCause(), {
    maxShare: evaluation.maxFailedShare,
    name: Inputs.MaxFailedRequests,
  });
  if (requests.level === 'warn') core.warning(requests.message);
  const report = reportMarkdown({
    modelName: modelNameOf(built),
    lightevalVersion: inputs.lightevalVersion,
    tasks: ran.tasks,
    maxSamples: evaluation.maxSamples,
    metrics,
    gate,
    status: requests.level === 'fail' || gate?.passed === false ? 'failed' : gate === undefined ? 'no-gate' : 'passed',
    resultsFile: relative(workspaceOf(), resultsPath),
    notes: [...evaluation.warnings, ...ran.notes, ...(requests.level === 'none' ? [] : [requests.message])],
  });
  return {
    skipped: false,
    report,
    passed: requests.level !== 'fail' && (gate?.passed ?? true),
    resultsPath,
    metrics: metricValuesOf(metrics),
    artifactFiles: ran.artifactFiles,
    misses: gate === undefined ? [] : formatGateFailures(gate),
    failure: requests.level === 'fail' ? requests.message : undefined,
    command: ran.command,
    tasks: ran.tasks,
  };
}

/** Runs LightEval as the inputs ask. Throws InputError for a missing key; reports every other failure in the outcome. */
export async function evaluate(request: EvaluationRequest): Promise<EvaluationOutcome> {
  const { inputs, evaluation, built, written } = request;
  // The action's key travels in the variable LiteLLM reads, whatever api-key-env names.
  const key = providerKeyOf(built.config.toDict());
  const inheritedKeys = key.litellmVariables.map((name) => process.env[name] ?? '').filter((value) => value !== '');
  const keyGiven = inputs.apiKey !== '' || inheritedKeys.length > 0;
  if (key.needsKey && !keyGiven) {
    if (isForkPullRequest()) {
      return skippedOutcome(
        built,
        'this pull request comes from a fork, and workflows of fork pull requests get no secrets, so there is no API key. The configuration was built; LightEval did not run.',
      );
    }
    throw new InputError(
      inputMessage(
        Inputs.ApiKey,
        `required to run LightEval with ${key.prefix} (LiteLLM reads its key from ${key.litellmVariable}); pass the key from a secret`,
      ),
    );
  }

  // A key the step's environment gives LiteLLM directly is a secret like the input.
  const secrets = [...request.secrets, ...maskSecrets(inputs.apiKey === '' ? inheritedKeys : [])];
  const scrub = (text: string) => scrubSecrets(text, secrets);
  let program: string;
  try {
    program = await locateLightEval(
      {
        mode: evaluation.install,
        python: evaluation.python,
        requirements: { version: inputs.lightevalVersion, extras: evaluation.extras, tasks: evaluation.taskSpecs },
        torchBackend: evaluation.torchBackend,
        cache: evaluation.cacheLighteval,
        indexUrl: evaluation.indexUrl,
        extraIndexUrls: evaluation.extraIndexUrls,
      },
      secrets,
    );
  } catch (error) {
    // LightEval missing, or no Python to install it with: the configuration is still uploaded and the outputs set.
    if (error instanceof LightEvalError || error instanceof InputError)
      return failedOutcome(built, scrub(error.message));
    throw error;
  }

  // LightEval reads the file with the real base URL when that URL carries credentials; the workspace copy is redacted.
  const modelFile = written.secretNativePath ?? written.nativePath;
  const lightevalEnv = lightevalEnvironment(process.env, key.litellmVariables, inputs.apiKey);
  // Two Python processes at once: each spends most of its time importing.
  const [lookup, preflight] = await Promise.all([
    lookUpTasks(evaluation, inputs.lightevalVersion, program, secrets),
    sendPreflightRequest(program, modelFile, lightevalEnv),
  ]);
  if ('failure' in lookup) return failedOutcome(built, scrub(lookup.failure));
  const notes = [...lookup.warnings, ...preflightNotes(preflight)].map(scrub);
  const fatal = 'outcome' in preflight ? fatalPreflightFailure(preflight.outcome) : undefined;
  if (fatal !== undefined) {
    const headline = `LightEval did not run: a test request to the provider failed, and every request of the run would: ${describeCause(fatal.cause)}.`;
    return failedOutcome(built, scrub(`${headline} The provider's answer: ${fatal.detail}`), {
      headline: scrub(headline),
    });
  }
  for (const note of notes) core.warning(note);

  const args = lightevalArguments({
    ...evaluation,
    modelFile,
    outputDir: inputs.outputDir,
    tasks: lookup.tasks,
    lightevalVersion: inputs.lightevalVersion,
  });
  const command = [program, ...args];
  logLine(`Running ${shownCommand(command)}`);
  const failures = new RequestFailureCounter();
  const log = programLog((line) => failures.line(line));
  const run = await core.group("LightEval's output", async () => {
    const result = await runLightEval({
      program,
      args,
      env: lightevalEnv,
      outputDir: inputs.outputDir,
      timeLimit:
        evaluation.timeoutMinutes === undefined
          ? undefined
          : { minutes: evaluation.timeoutMinutes, setting: Inputs.LightevalTimeoutMinutes },
      secrets,
      output: log.write,
    });
    log.flush();
    return result;
  });
  const artifactFiles = [...run.files.results, ...(savesDetails(evaluation.extraArguments) ? run.files.details : [])];
  const ran: RunRecord = { artifactFiles, command, tasks: lookup.tasks, notes, failures };
  if (!run.ok) return failedOutcome(built, run.failure, { ...ran, headline: run.headline });
  return judgeResults(request, run.resultsPath, run.results, ran);
}
