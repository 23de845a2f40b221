import {
  ConfigError,
  DEFAULT_LIGHTEVAL_VERSION,
  type FieldIssue,
  formatIssue,
  LightEvalConfigService,
  parseDocument,
} from '../config/index.js';
import { readTextFile } from '../io/files.js';
import { type CliCommand, type CommandIo, EXIT_FAILURE, EXIT_OK, parseCommandLine, UsageError } from './command.js';

export interface ValidateArgs {
  readonly providerFile: string;
  readonly runConfigFile: string | undefined;
  readonly model: string;
  readonly lightevalVersion: string | undefined;
}

/** Checked as build checks a model name; without --model, one that passes, so that only the files are judged. */
const PLACEHOLDER_MODEL = 'placeholder-model';

const VALIDATE_OPTIONS = {
  provider: { type: 'string' },
  'run-config': { type: 'string' },
  model: { type: 'string' },
  'lighteval-version': { type: 'string' },
} as const;

/** Parses `validate`'s arguments; throws UsageError for anything it does not accept. */
export function parseValidateArgs(args: readonly string[]): ValidateArgs {
  const { values } = parseCommandLine(args, { command: 'validate', options: VALIDATE_OPTIONS });
  if (values.provider === undefined) throw new UsageError('--provider FILE is required');
  return {
    providerFile: values.provider,
    runConfigFile: values['run-config'],
    model: values.model ?? PLACEHOLDER_MODEL,
    lightevalVersion: values['lighteval-version'],
  };
}

type ReadResult = { readonly document: unknown } | { readonly issues: readonly FieldIssue[] };

/** A file's document, or why it could not be read or parsed: a problem to list, not a reason to stop. */
async function readDocument(path: string, option: string): Promise<ReadResult> {
  try {
    return { document: await parseDocument(readTextFile(path, option), path) };
  } catch (error) {
    if (error instanceof ConfigError) return { issues: error.issues };
    throw error;
  }
}

const readIssues = (result: ReadResult) => ('issues' in result ? result.issues : []);
const isProviderField = (path: string) =>
  path === 'provider' || path.startsWith('provider.') || path.startsWith('provider[');

/**
 * `lighteval-action validate`: build's checks, and the native file's, on the files; writes nothing, and reads no
 * key. Returns the exit status: 1 with every problem on stderr, 0 with one line on stdout.
 */
export async function runValidate(args: ValidateArgs, io: CommandIo): Promise<number> {
  const provider = await readDocument(args.providerFile, '--provider');
  const runConfig =
    args.runConfigFile === undefined ? { document: {} } : await readDocument(args.runConfigFile, '--run-config');
  const report = new LightEvalConfigService().validate(
    {
      provider: 'document' in provider ? provider.document : undefined,
      // An empty file means no settings, as for build.
      runConfig: 'document' in runConfig ? (runConfig.document ?? {}) : {},
      modelName: args.model,
      includeApiKey: false,
    },
    { lightevalVersion: args.lightevalVersion },
  );
  // An unreadable provider record has no fields to judge: its read problem stands for them.
  const checked =
    'document' in provider ? report.issues : report.issues.filter((issue) => !isProviderField(issue.path));
  const issues = [...readIssues(provider), ...readIssues(runConfig), ...checked];

  for (const warning of report.warnings) io.stderr(`warning: ${warning}\n`);
  if (issues.length > 0) {
    for (const issue of issues) io.stderr(`error: ${formatIssue(issue)}\n`);
    return EXIT_FAILURE;
  }
  const { providerFile, runConfigFile } = args;
  const valid = runConfigFile === undefined ? `${providerFile} is` : `${providerFile} and ${runConfigFile} are`;
  io.stdout(`${valid} valid\n`);
  return EXIT_OK;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a provider record and a run configuration as build does, writing nothing',
  usage: `Usage: lighteval-action validate --provider FILE [--run-config FILE] [options]

Checks a provider record and a run configuration as build does, and writes nothing.
Lists every problem, not only the first.

Options:
  --provider FILE            provider record, YAML or JSON (required)
  --run-config FILE          run configuration, YAML or JSON
  --model NAME               model name to check with (default: a placeholder)
  --lighteval-version X.Y.Z  LightEval version lighteval-model.yaml would target (default ${DEFAULT_LIGHTEVAL_VERSION})
  -h, --help                 show this help

Exit status: 0 valid, 1 invalid (every problem listed), 2 bad usage.
`,
  run: (args, io) => runValidate(parseValidateArgs(args), io),
};
