import { join } from 'node:path';
import { describeValue } from '../config/errors.js';
import { apiKeyEnvFor, DEFAULT_LIGHTEVAL_VERSION, LightEvalConfigService, parseDocument } from '../config/index.js';
import { orList } from '../config/or-list.js';
import { CONFIG_FILE, NATIVE_FILE, readTextFile, writeFiles } from '../io/files.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine, UsageError } from './command.js';
import { visibleControls } from '../lighteval/markdown.js';

export interface BuildArgs {
  readonly providerFile: string;
  readonly model: string;
  readonly runConfigFile: string | undefined;
  readonly runId: string | undefined;
  readonly datasetId: string | undefined;
  readonly datasetName: string | undefined;
  readonly includeApiKey: boolean;
  readonly apiKeyEnv: string | undefined;
  readonly lightevalVersion: string | undefined;
  readonly outDir: string;
  readonly format: Format;
}

const FORMATS = ['yaml', 'json'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (text: string): text is Format => (FORMATS as readonly string[]).includes(text);

const DEFAULT_OUT_DIR = 'lighteval-output';

const BUILD_OPTIONS = {
  provider: { type: 'string' },
  model: { type: 'string' },
  'run-config': { type: 'string' },
  'run-id': { type: 'string' },
  'dataset-id': { type: 'string' },
  'dataset-name': { type: 'string' },
  'include-api-key': { type: 'boolean' },
  'api-key-env': { type: 'string' },
  'lighteval-version': { type: 'string' },
  'out-dir': { type: 'string' },
  format: { type: 'string' },
} as const;

/** Parses `build`'s arguments; throws UsageError for anything it does not accept. */
export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const { values } = parseCommandLine(args, { command: 'build', options: BUILD_OPTIONS });
  const { provider, model, format = 'yaml' } = values;
  if (provider === undefined) throw new UsageError('--provider FILE is required');
  if (model === undefined) throw new UsageError('--model NAME is required');
  if (!isFormat(format)) throw new UsageError(`--format: expected ${orList(FORMATS)}, got ${describeValue(format)}`);
  return {
    providerFile: provider,
    model,
    runConfigFile: values['run-config'],
    runId: values['run-id'],
    datasetId: values['dataset-id'],
    datasetName: values['dataset-name'],
    includeApiKey: values['include-api-key'] ?? false,
    apiKeyEnv: values['api-key-env'],
    lightevalVersion: values['lighteval-version'],
    outDir: values['out-dir'] ?? DEFAULT_OUT_DIR,
    format,
  };
}

async function readDocument(path: string, option: string): Promise<unknown> {
  return parseDocument(readTextFile(path, option), path);
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
    warnings.push(
      `--include-api-key: ${keyEnv ?? 'the key variable'} is not set; config.yaml names it as api_key_env instead`,
    );
  }
  writeFiles(
    args.outDir,
    [
      { name: CONFIG_FILE, text: config.toYaml(), secret: config.hasSecrets },
      { name: NATIVE_FILE, text: native.toYaml(), secret: native.hasSecrets },
    ],
    '--out-dir',
  );

  const redacted = config.redacted();
  io.stdout(args.format === 'json' ? redacted.toJson() : redacted.toYaml());
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  // The folder is the user's text: a control character in it must not break or rewrite the line.
  io.stderr(
    `wrote ${visibleControls(join(args.outDir, CONFIG_FILE))} and ${visibleControls(join(args.outDir, NATIVE_FILE))}\n`,
  );
}

export const buildCommand: CliCommand = {
  name: 'build',
  summary: 'build LightEval configuration from a provider record, a model and a run configuration',
  usage: `Usage: lighteval-action build --provider FILE --model NAME [options]

Builds LightEval configuration from a provider record, a model and a run configuration.
Writes DIR/config.yaml and DIR/lighteval-model.yaml, prints the redacted config.

Options:
  --provider FILE            provider record, YAML or JSON (required)
  --model NAME               model name, with or without the LiteLLM prefix (required)
  --run-config FILE          run configuration, YAML or JSON
  --run-id ID                run id written to metadata
  --dataset-id ID            dataset id written to metadata
  --dataset-name NAME        dataset name written to metadata
  --include-api-key          write the key into config.yaml (then mode 0600)
  --api-key-env NAME         variable the key is read from, written as api_key_env
                             (default: the variable LiteLLM reads for the provider)
  --lighteval-version X.Y.Z  LightEval version lighteval-model.yaml targets (default ${DEFAULT_LIGHTEVAL_VERSION})
  --out-dir DIR              where the files go (default lighteval-output)
  --format yaml|json         format of the printed config (default yaml)
  -h, --help                 show this help

The key is read from the environment, never from the command line.
Exit status: 0 done, 1 invalid input, 2 bad usage.
`,
  run: async (args, io) => {
    await runBuild(parseBuildArgs(args), io);
    return EXIT_OK;
  },
};
