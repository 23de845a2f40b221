import { parseCommandLine, UsageError } from './command.js';

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
  readonly format: 'yaml' | 'json';
}

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
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`--format: expected yaml or json, got "${format}"`);
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
