/** The main step: mask, read the inputs, build, write, run LightEval if asked, export, upload and comment. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { scrubSecrets } from '../config/secrets.js';
import { codeCell, escapeCell } from '../lighteval/markdown.js';
import { CONFIG_FILE, NATIVE_FILE } from '../io/files.js';
import { ArtifactError, defaultArtifactName, type UploadedArtifact, uploadArtifact } from './artifact.js';
import {
  type BuiltConfiguration,
  buildConfiguration,
  type WrittenConfiguration,
  writeConfiguration,
} from './configuration.js';
import type { EvaluationOutcome } from './evaluation.js';
import type { ExportedBundle } from './export-bundle.js';
import { fail, reportFailure } from './failure.js';
import { type BuildInputs, InputError, inputMessage, readApiKey, readInputs, workspaceOf } from './inputs.js';
import { logLine } from './log.js';
import { fitMarkdown, OUTPUT_REPORT_LIMIT, oversizedJsonOutput } from './markdown-limits.js';
import { Inputs, Outputs, PIP_INDEX_VARIABLES, UV_INDEX_VARIABLES } from './names.js';
import { maskSecrets } from './secrets.js';
import { appendSummary, configurationSummary } from './summary.js';

function recordBaseUrl(provider: unknown): string[] {
  return isRecord(provider) && typeof provider.base_url === 'string' ? [provider.base_url] : [];
}

/** Sets the outputs whose value is defined. */
function setOutputs(values: Readonly<Record<string, string | undefined>>): void {
  for (const [name, value] of Object.entries(values)) if (value !== undefined) core.setOutput(name, value);
}

/** `value` as JSON, or undefined with a warning when it is too large for an output. */
function jsonOutput(name: string, value: unknown, whereInstead: string): string | undefined {
  const json = JSON.stringify(value);
  const refusal = oversizedJsonOutput(name, json, whereInstead);
  if (refusal === undefined) return json;
  core.warning(refusal);
  return undefined;
}

function setConfigurationOutputs(
  built: BuiltConfiguration,
  written: WrittenConfiguration,
  warnings: readonly string[],
): void {
  const config = built.redacted.toDict();
  setOutputs({
    [Outputs.ConfigPath]: written.configPath,
    [Outputs.ConfigJson]: jsonOutput(Outputs.ConfigJson, config, `${Outputs.ConfigPath} names the file`),
    [Outputs.LightevalConfigPath]: written.nativePath,
    [Outputs.ModelName]: config.metadata.model_name,
    [Outputs.SecretConfigPath]: written.secretConfigPath,
    [Outputs.Warnings]: jsonOutput(Outputs.Warnings, warnings, 'the log shows each warning'),
  });
}

/** What a cut summary-markdown output ends with. */
const OUTPUT_CUT_NOTE =
  "✂️ **Cut here** to fit GitHub's limits on outputs: the step summary and the results file in the artifact have the rest.";

function setEvaluationOutputs(outcome: EvaluationOutcome): void {
  setOutputs({
    [Outputs.ResultsPath]: outcome.resultsPath,
    [Outputs.Metrics]:
      outcome.metrics === undefined
        ? undefined
        : jsonOutput(Outputs.Metrics, outcome.metrics, `${Outputs.ResultsPath} names the results file`),
    [Outputs.Passed]: String(outcome.passed),
    [Outputs.Skipped]: String(outcome.skipped),
    [Outputs.SummaryMarkdown]: fitMarkdown(outcome.report, OUTPUT_REPORT_LIMIT, OUTPUT_CUT_NOTE),
  });
}

function modelNameOf(built: BuiltConfiguration): string {
  return built.redacted.toDict().metadata.model_name;
}

/** The artifact's name: the input, or one made from the run, the model, the files, the inputs and the step. */
async function artifactNameOf(inputs: BuildInputs, built: BuiltConfiguration): Promise<string> {
  return (
    inputs.artifactName ??
    defaultArtifactName({
      runId: inputs.runId,
      modelName: modelNameOf(built),
      files: [built.redacted.toYaml(), built.redactedNative.toYaml()],
      tasks: inputs.evaluation?.taskSpecs ?? [],
      inputs: Object.fromEntries(Object.values(Inputs).map((name) => [name, core.getInput(name)])),
      env: process.env,
    })
  );
}

/** The text of a file, undefined when there is none to read. */
function textIfAny(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** config.yaml's run id line: the same step run again (another attempt, or the next run in a reused workspace) changes it. */
const RUN_ID_LINE = /^ {2}run_id: .*$/m;

/**
 * Refuses an output folder holding another configuration's files (another step's of this job, or another leg's in
 * a reused workspace): replaced, they would leave that step, or a later one reading its outputs, with this step's
 * model. Files that differ from this step's in the run id alone (the same step run again) do no harm.
 */
function refuseFolderInUse(inputs: BuildInputs, built: BuiltConfiguration): void {
  const comparable = (text: string) => text.replace(RUN_ID_LINE, '  run_id:');
  const ours = [
    [CONFIG_FILE, built.redacted.toYaml()],
    [NATIVE_FILE, built.redactedNative.toYaml()],
  ] as const;
  const others = ours
    .filter(([name, text]) => comparable(textIfAny(join(inputs.outputDir, name)) ?? text) !== comparable(text))
    .map(([name]) => name);
  if (others.length === 0) return;
  throw new InputError(
    inputMessage(
      Inputs.OutputDir,
      `${inputs.outputDir} already holds ${others.join(' and ')} of another configuration (another step's, or an earlier job's in a reused workspace); give each step its own ${Inputs.OutputDir}, or empty it first`,
    ),
  );
}

/** `Artifact: [name](url)`, as Markdown; the name may come from an input, and is escaped like every name. */
function artifactLine(name: string, url: string | undefined): string {
  return `Artifact: ${url === undefined ? codeCell(name) : `[${escapeCell(name)}](${url})`}\n`;
}

async function upload(inputs: BuildInputs, name: string, files: readonly string[]): Promise<UploadedArtifact> {
  const artifact = await uploadArtifact({
    name,
    files,
    rootDirectory: inputs.outputDir,
    retentionDays: inputs.retentionDays,
  });
  setOutputs({ [Outputs.ArtifactId]: String(artifact.id), [Outputs.ArtifactUrl]: artifact.url });
  if (inputs.summary) await appendSummary(artifactLine(name, artifact.url));
  return artifact;
}

/** Build and write the configuration, run LightEval if asked, export, upload, comment. */
async function buildAndRun(inputs: BuildInputs, secrets: readonly string[]): Promise<void> {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  const built = await buildConfiguration(inputs);
  refuseFolderInUse(inputs, built);
  const written = writeConfiguration(inputs, built);
  // Warnings quote inputs; an input holding a secret is refused, but a form of a credential might still be quoted.
  const warnings = built.warnings.map(scrub);
  setConfigurationOutputs(built, written, warnings);
  const shownFiles = [written.configPath, written.nativePath].map((path) => relative(workspaceOf(), path));
  logLine(`Wrote ${shownFiles.join(' and ')}`);
  for (const message of warnings) core.warning(message);
  if (inputs.summary) {
    await appendSummary(
      configurationSummary({
        config: built.redacted.toDict(),
        lightevalVersion: inputs.lightevalVersion,
        files: shownFiles,
        warnings,
      }),
    );
  }

  // Loaded only for a run: running LightEval needs Node's process and crypto modules, slow to load for nothing.
  const outcome =
    inputs.evaluation === undefined
      ? undefined
      : await (
          await import('./evaluation.js')
        ).evaluate({ inputs, evaluation: inputs.evaluation, built, written, secrets });
  if (outcome !== undefined) {
    setEvaluationOutputs(outcome);
    if (inputs.summary) await appendSummary(outcome.report);
  }

  let bundle: ExportedBundle | undefined;
  let exportFailure: string | undefined;
  if (inputs.exportBundle) {
    try {
      // Loaded only when asked for: the bundle format and its zip library are large.
      bundle = await (await import('./export-bundle.js')).exportBundle({ inputs, built, written, outcome, secrets });
      setOutputs({ [Outputs.BundlePath]: bundle.path });
      logLine(`Wrote ${relative(workspaceOf(), bundle.path)}`);
      for (const message of bundle.warnings) core.warning(scrub(message));
    } catch (error) {
      // Reported at the end: the files and results still deserve their upload and comment.
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
      exportFailure = error instanceof InputError ? error.message : inputMessage(Inputs.ExportBundle, error.message);
    }
  }

  const name = inputs.uploadArtifact ? await artifactNameOf(inputs, built) : '';
  let uploadFailure: string | undefined;
  let artifact: UploadedArtifact | undefined;
  if (inputs.uploadArtifact) {
    try {
      const files = [
        written.configPath,
        written.nativePath,
        ...(outcome?.artifactFiles ?? []),
        ...(bundle === undefined ? [] : [bundle.path]),
      ];
      artifact = await upload(inputs, name, files);
    } catch (error) {
      // Reported after the comment, which the results deserve even when the upload failed.
      if (!(error instanceof ArtifactError)) throw error;
      uploadFailure = error.message;
    }
  }
  if (outcome !== undefined && inputs.evaluation?.comment === true) {
    const { defaultCommentKey, postComment } = await import('./pull-request-comment.js');
    const key =
      inputs.evaluation.commentKey ??
      inputs.artifactName ??
      (await defaultCommentKey(modelNameOf(built), [built.redactedNative.toYaml(), inputs.evaluation.tasks.join(',')]));
    // The comment links the files: a reader of the pull request is one click from the results.
    const markdown = artifact === undefined ? outcome.report : `${outcome.report}\n${artifactLine(name, artifact.url)}`;
    await postComment({
      githubToken: inputs.evaluation.githubToken,
      tokenInput: Inputs.GithubToken,
      key,
      markdown,
      what: 'report',
      secrets,
    });
  }

  for (const miss of outcome?.misses ?? []) fail(scrub(miss));
  if (outcome?.failure !== undefined) fail(scrub(outcome.failure));
  if (exportFailure !== undefined) fail(scrub(exportFailure));
  if (uploadFailure !== undefined) fail(scrub(uploadFailure));
}

/** Runs the main step. Never throws: a failure is an error annotation and exit code 1. */
export async function run(): Promise<void> {
  // Until every secret is known, messages are scrubbed of the key at least: it may sit in another input by mistake.
  let secrets = [readApiKey()];
  try {
    // Nothing is printed before the key, the token and the credentials of the base-url input are masked.
    const baseUrlInput = core.getInput(Inputs.BaseUrl);
    // Package indexes may carry credentials too, in the inputs or in uv's own variables.
    const indexUrls = [
      core.getInput(Inputs.IndexUrl),
      core.getInput(Inputs.ExtraIndexUrls),
      ...[...UV_INDEX_VARIABLES, ...PIP_INDEX_VARIABLES].map((name) => process.env[name] ?? ''),
    ]
      .flatMap((urls) => urls.split(/\s+/))
      .filter((url) => url !== '');
    secrets = maskSecrets([...secrets, core.getInput(Inputs.GithubToken)], [baseUrlInput, ...indexUrls]);
    const inputs = await readInputs();
    // Then those of a base_url the provider record brought (errors so far never show the record's values).
    secrets = [
      ...secrets,
      ...maskSecrets(
        [],
        recordBaseUrl(inputs.provider).filter((url) => url !== baseUrlInput),
      ),
    ];
    await buildAndRun(inputs, secrets);
  } catch (error) {
    reportFailure(error, secrets);
  }
}
