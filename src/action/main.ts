/** The main step: mask, read the inputs, build, write, report, upload. */
import { relative } from 'node:path';
import { scrubSecrets } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { ArtifactError, defaultArtifactName, uploadArtifact } from './artifact.js';
import {
  type BuiltConfiguration,
  buildConfiguration,
  type WrittenConfiguration,
  writeConfiguration,
} from './configuration.js';
import { type ActionInputs, InputError, readApiKey, readInputs, workspaceOf } from './inputs.js';
import { Inputs, Outputs } from './names.js';
import {
  appendSummary,
  debug,
  type Environment,
  getInput,
  hasSummary,
  info,
  setFailed,
  setOutputs,
  warning,
} from './runner.js';
import { maskSecrets } from './secrets.js';
import { configurationSummary } from './summary.js';

function recordBaseUrl(provider: unknown): string[] {
  return isRecord(provider) && typeof provider.base_url === 'string' ? [provider.base_url] : [];
}

function setConfigurationOutputs(built: BuiltConfiguration, written: WrittenConfiguration): void {
  const config = built.redacted.toDict();
  setOutputs({
    [Outputs.ConfigPath]: written.configPath,
    [Outputs.ConfigJson]: JSON.stringify(config),
    [Outputs.LightevalConfigPath]: written.nativePath,
    [Outputs.ModelName]: config.metadata.model_name,
    [Outputs.SecretConfigPath]: written.secretConfigPath,
    [Outputs.Warnings]: JSON.stringify(built.warnings),
  });
}

async function upload(
  inputs: ActionInputs,
  built: BuiltConfiguration,
  written: WrittenConfiguration,
  env: Environment,
): Promise<void> {
  const name =
    inputs.artifactName ??
    (await defaultArtifactName(inputs.runId, built.redacted.toDict().metadata.model_name, [
      built.redacted.toYaml(),
      built.redactedNative.toYaml(),
    ]));
  const artifact = await uploadArtifact(
    {
      name,
      files: [written.configPath, written.nativePath],
      rootDirectory: inputs.outputDir,
      retentionDays: inputs.retentionDays,
    },
    env,
  );
  setOutputs({ [Outputs.ArtifactId]: String(artifact.id), [Outputs.ArtifactUrl]: artifact.url });
  if (inputs.summary && hasSummary()) {
    const link = artifact.url === undefined ? `\`${name}\`` : `[${name}](${artifact.url})`;
    appendSummary(`Artifact: ${link}\n`);
  }
}

/** Runs the main step. Never throws: a failure is reported with setFailed and exit code 1. */
export async function run(env: Environment = process.env): Promise<void> {
  const apiKey = readApiKey(env);
  try {
    // Nothing is printed before the key and the credentials of the base-url input are masked.
    const baseUrlInput = getInput(Inputs.BaseUrl, env);
    maskSecrets(apiKey, [baseUrlInput]);
    const inputs = await readInputs(env);
    // Then those of a base_url the provider record brought (errors so far never show the record's values).
    maskSecrets('', recordBaseUrl(inputs.provider).filter((url) => url !== baseUrlInput));

    const built = buildConfiguration(inputs);
    const written = writeConfiguration(inputs, built, env);
    setConfigurationOutputs(built, written);
    const shownFiles = [written.configPath, written.nativePath].map((path) => relative(workspaceOf(env), path));
    info(`Wrote ${shownFiles.join(' and ')}`);
    for (const message of built.warnings) warning(message);
    if (inputs.summary && hasSummary()) {
      appendSummary(
        configurationSummary({
          config: built.redacted.toDict(),
          lightevalVersion: inputs.lightevalVersion,
          files: shownFiles,
          warnings: built.warnings,
        }),
      );
    }
    if (inputs.uploadArtifact) await upload(inputs, built, written, env);
  } catch (error) {
    // The key is masked, but a message that quotes an input must not rely on that: the key may sit in one by mistake.
    const scrub = (text: string) => scrubSecrets(text, [apiKey]);
    if (error instanceof InputError || error instanceof ArtifactError) {
      setFailed(scrub(error.message));
    } else {
      // A fault of this action rather than of the inputs: the stack helps a bug report.
      if (error instanceof Error && error.stack !== undefined) debug(scrub(error.stack));
      setFailed(scrub(error instanceof Error ? error.message : String(error)));
    }
  }
}
