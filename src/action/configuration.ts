/** Builds the configuration through the core and writes its files: redacted ones in the workspace, secret ones under RUNNER_TEMP. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, type FieldIssue } from '../config/errors.js';
import { locateField } from '../config/locate.js';
import { type LightEvalConfig, LightEvalConfigService, type LightEvalModelConfig } from '../config/service.js';
import { CONFIG_FILE, NATIVE_FILE, writeFiles } from '../io/files.js';
import { asInputError, type BuildInputs, InputError, inputMessage, issueSource } from './inputs.js';
import { Inputs, SECRET_DIR_PREFIX, States } from './names.js';

export interface BuiltConfiguration {
  /** Holds the key when include-api-key asks for it, and the real base URL. */
  readonly config: LightEvalConfig;
  /** The native file with the real base URL. */
  readonly native: LightEvalModelConfig;
  /** What the workspace, outputs, summary and artifact get. */
  readonly redacted: LightEvalConfig;
  readonly redactedNative: LightEvalModelConfig;
  readonly warnings: readonly string[];
}

/** The issue as an InputError naming the input the field came from, pinned to the field's line in a workspace file. */
async function fieldError(issue: FieldIssue, inputs: BuildInputs): Promise<InputError> {
  const { input, field, document } = issueSource(issue, inputs);
  const message = inputMessage(input, issue.message, field);
  if (document?.file === undefined) return new InputError(message);
  const position = await locateField(document.text, field);
  return new InputError(message, position === undefined ? undefined : { file: document.file, ...position });
}

/** Builds through the core; a ConfigError becomes an InputError naming the input the field came from. */
export async function buildConfiguration(inputs: BuildInputs): Promise<BuiltConfiguration> {
  try {
    const config = new LightEvalConfigService().build({
      provider: inputs.provider,
      modelName: inputs.model,
      apiKey: inputs.apiKey,
      runConfig: inputs.runConfig,
      runId: inputs.runId,
      datasetId: inputs.datasetId,
      datasetName: inputs.datasetName,
      includeApiKey: inputs.includeApiKey,
      apiKeyEnv: inputs.apiKeyEnv,
    });
    const options = { lightevalVersion: inputs.lightevalVersion };
    const native = config.toLightEvalModelConfig(options);
    const redacted = config.redacted();
    const warnings = [...inputs.warnings, ...config.warnings, ...native.warnings];
    if (inputs.includeApiKey && inputs.apiKey === '') {
      warnings.push(
        inputMessage(
          Inputs.IncludeApiKey,
          `${Inputs.ApiKey} is empty; the file names the key variable (api_key_env) instead`,
        ),
      );
    }
    return { config, native, redacted, redactedNative: redacted.toLightEvalModelConfig(options), warnings };
  } catch (error) {
    if (error instanceof ConfigError && error.issues[0] !== undefined) throw await fieldError(error.issues[0], inputs);
    throw error;
  }
}

export interface WrittenConfiguration {
  /** The redacted config.yaml in the output folder. */
  readonly configPath: string;
  /** The native file in the output folder (redacted base URL, `api_key: null`). */
  readonly nativePath: string;
  /** The full config.yaml under RUNNER_TEMP, only with include-api-key. */
  readonly secretConfigPath: string | undefined;
  /** The native file with the real base URL under RUNNER_TEMP, only when that URL carries credentials. */
  readonly secretNativePath: string | undefined;
}

/** A fresh folder under RUNNER_TEMP, remembered for the post step before anything is written into it. */
function makeSecretDir(): string {
  const directory = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), SECRET_DIR_PREFIX));
  core.saveState(States.SecretDir, directory);
  return directory;
}

/** Writes the redacted files into the output folder; a folder that cannot be written is the input's fault. */
function writeRedactedFiles(inputs: BuildInputs, built: BuiltConfiguration): void {
  try {
    writeFiles(
      inputs.outputDir,
      [
        { name: CONFIG_FILE, text: built.redacted.toYaml(), secret: false },
        { name: NATIVE_FILE, text: built.redactedNative.toYaml(), secret: false },
      ],
      Inputs.OutputDir,
    );
  } catch (error) {
    throw asInputError(error, Inputs.OutputDir);
  }
}

export function writeConfiguration(inputs: BuildInputs, built: BuiltConfiguration): WrittenConfiguration {
  writeRedactedFiles(inputs, built);
  const secretFiles = [
    ...(inputs.includeApiKey ? [{ name: CONFIG_FILE, text: built.config.toYaml(), secret: true }] : []),
    ...(built.native.hasSecrets ? [{ name: NATIVE_FILE, text: built.native.toYaml(), secret: true }] : []),
  ];
  let secretDir: string | undefined;
  if (secretFiles.length > 0) {
    secretDir = makeSecretDir();
    writeFiles(secretDir, secretFiles, 'RUNNER_TEMP');
  }
  const secretPath = (name: string) =>
    secretDir !== undefined && secretFiles.some((file) => file.name === name) ? join(secretDir, name) : undefined;
  return {
    configPath: join(inputs.outputDir, CONFIG_FILE),
    nativePath: join(inputs.outputDir, NATIVE_FILE),
    secretConfigPath: secretPath(CONFIG_FILE),
    secretNativePath: secretPath(NATIVE_FILE),
  };
}
