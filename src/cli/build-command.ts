import { join } from 'node:path';
import { apiKeyEnvFor, LightEvalConfigService, parseDocument } from '../config/index.js';
import { CONFIG_FILE, NATIVE_FILE, readTextFile, writeFiles } from '../io/files.js';
import type { BuildArgs } from './args.js';

async function readDocument(path: string, option: string): Promise<unknown> {
  return parseDocument(readTextFile(path, option), path);
}

export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function providerTypeOf(provider: unknown): string | undefined {
  const type = typeof provider === 'object' && provider !== null && 'type' in provider ? provider.type : undefined;
  return typeof type === 'string' ? type : undefined;
}

/** `lighteval-action build`: writes both files, prints the redacted config. Throws ConfigError on bad input. */
export async function runBuild(args: BuildArgs, io: CommandIo): Promise<void> {
  const provider = await readDocument(args.providerFile, '--provider');
  const runConfig = args.runConfigFile === undefined ? {} : await readDocument(args.runConfigFile, '--run-config');
  const providerType = providerTypeOf(provider);
  const keyEnv = args.apiKeyEnv ?? (providerType === undefined ? undefined : apiKeyEnvFor(providerType));
  const apiKey = keyEnv === undefined ? '' : (io.env[keyEnv] ?? '');

  const config = new LightEvalConfigService().build({
    provider,
    modelName: args.model,
    apiKey,
    runConfig: runConfig ?? {},
    runId: args.runId,
    datasetId: args.datasetId,
    datasetName: args.datasetName,
    includeApiKey: args.includeApiKey,
    apiKeyEnv: args.apiKeyEnv,
  });
  const native = config.toLightEvalModelConfig({ lightevalVersion: args.lightevalVersion });

  const warnings = [...config.warnings, ...native.warnings];
  if (args.includeApiKey && apiKey === '') {
    warnings.push(`--include-api-key: ${keyEnv ?? 'the key variable'} is not set; config.yaml names it as api_key_env instead`);
  }
  writeFiles(args.outDir, [
    { name: CONFIG_FILE, text: config.toYaml(), secret: config.hasSecrets },
    { name: NATIVE_FILE, text: native.toYaml(), secret: native.hasSecrets },
  ], '--out-dir');

  const redacted = config.redacted();
  io.stdout(args.format === 'json' ? redacted.toJson() : redacted.toYaml());
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  io.stderr(`wrote ${join(args.outDir, CONFIG_FILE)} and ${join(args.outDir, NATIVE_FILE)}\n`);
}
