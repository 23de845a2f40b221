import { join } from 'node:path';
import { replayTable } from '../bundle/replay-table.js';
import { nativeFileText } from '../config/native.js';
import { providerKeyOf } from '../config/provider-key.js';
import { baseUrlCredentials, redactBaseUrl } from '../config/redact.js';
import { type OpenedBundle, openBundle } from '../bundle/open.js';
import { ConfigError } from '../config/errors.js';
import { readBundleFile } from '../io/bundle-file.js';
import { findOnPath } from '../io/child-process.js';
import { NATIVE_FILE, writeFiles } from '../io/files.js';
import { runLightEval, shownCommand } from '../io/lighteval-run.js';
import { scrubbedOutput } from '../io/scrubbed-output.js';
import { lightevalArguments, lightevalEnvironment } from '../lighteval/command.js';
import { taskMetricsOf } from '../lighteval/results.js';
import { normalizeTaskList } from '../lighteval/tasks.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine, UsageError } from './command.js';
import { parseMaxSamplesOption, parseTasksOption, withOptionNames } from './run-options.js';
import { visibleControls } from '../lighteval/markdown.js';

export interface ReplayArgs {
  readonly file: string;
  readonly tasks: readonly string[] | undefined;
  readonly maxSamples: number | undefined;
  /** A custom tasks file for tasks outside LightEval's registry (the bundle does not carry it). */
  readonly customTasks: string | undefined;
  readonly outputDir: string;
  /** The variable to read the key from; by default the provider's own. Never the bundle's api_key_env. */
  readonly apiKeyEnv: string | undefined;
  /** The base URL to call; required when the bundle names one, so that the key goes only where the user said. */
  readonly baseUrl: string | undefined;
}

const DEFAULT_OUTPUT_DIR = 'lighteval-replay';

const REPLAY_OPTIONS = {
  tasks: { type: 'string' },
  'max-samples': { type: 'string' },
  'custom-tasks': { type: 'string' },
  'output-dir': { type: 'string' },
  'api-key-env': { type: 'string' },
  'base-url': { type: 'string' },
} as const;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseReplayArgs(args: readonly string[]): ReplayArgs {
  const { values, positionals } = parseCommandLine(args, {
    command: 'replay',
    options: REPLAY_OPTIONS,
    positionals: { name: 'FILE', min: 1, max: 1 },
  });
  return {
    file: positionals[0] ?? '',
    tasks: parseTasksOption(values.tasks),
    maxSamples: parseMaxSamplesOption(values['max-samples']),
    customTasks: values['custom-tasks'] || undefined,
    outputDir: values['output-dir'] || DEFAULT_OUTPUT_DIR,
    apiKeyEnv: parseApiKeyEnv(values['api-key-env']),
    baseUrl: parseBaseUrl(values['base-url']),
  };
}

function parseApiKeyEnv(name: string | undefined): string | undefined {
  // Not echoed: a key typed here by mistake would be printed.
  if (name !== undefined && !ENV_NAME.test(name))
    throw new UsageError('--api-key-env: expected a variable name such as OPENAI_API_KEY');
  return name;
}

function parseBaseUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UsageError('--base-url: expected an http(s) URL');
  }
  return url;
}

/**
 * The base URL the run calls: the user's, which must be given when the bundle names one. A bundle is not proof of
 * where it came from (its checksums only show it is whole), so its base URL is never called with a local key
 * unless the user names it.
 */
function replayBaseUrl(args: ReplayArgs, bundle: OpenedBundle): string | undefined {
  const bundled = bundle.native.model_parameters.base_url ?? undefined;
  if (bundled === undefined || args.baseUrl !== undefined) return args.baseUrl;
  const shown = redactBaseUrl(bundled);
  throw new ConfigError([
    {
      path: '--base-url',
      message:
        `the bundle calls ${shown}; replay sends your key only to a base URL you name: ` +
        `pass --base-url with the URL to call (the bundle's, if you trust where the bundle came from)`,
    },
  ]);
}

/** The given specs, else the manifest's, in the syntax of the bundle's LightEval version. */
function replayTasks(
  given: readonly string[] | undefined,
  bundle: OpenedBundle,
): { specs: string[]; warnings: string[] } {
  const { manifest } = bundle;
  const specs = given ?? manifest.tasks;
  if (specs.length === 0) {
    throw new ConfigError([
      { path: '--tasks', message: 'the bundle records no tasks; name them, such as --tasks "gsm8k|0"' },
    ]);
  }
  try {
    return normalizeTaskList(specs, manifest.lighteval_version);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw withOptionNames(new ConfigError(error.issues.map((issue) => ({ path: 'tasks', message: issue.message }))));
  }
}

/**
 * `lighteval-action replay FILE`: verifies the bundle, checks the key and LightEval are there, then runs LightEval
 * on the bundled native file and prints the new metrics beside the bundled ones. Nothing is written, and nothing
 * runs, unless the bundle is valid and the key (when the provider needs one) and LightEval are there.
 */
export async function runReplay(args: ReplayArgs, io: CommandIo): Promise<void> {
  const bundle = await openBundle(readBundleFile(args.file, 'FILE'), args.file);
  const { manifest } = bundle;
  const tasks = replayTasks(args.tasks, bundle);
  const maxSamples = args.maxSamples ?? manifest.max_samples ?? undefined;

  const key = providerKeyOf(bundle.config);
  // The bundle chose its config.yaml, api_key_env included: a crafted one could name GITHUB_TOKEN. The key comes
  // from the variable the user names, else from the provider's own.
  const keyVariables = args.apiKeyEnv === undefined ? key.litellmVariables : [args.apiKeyEnv];
  const apiKey = keyVariables.map((name) => io.env[name] ?? '').find((value) => value !== '') ?? '';
  if (key.needsKey && apiKey === '') {
    const variable = args.apiKeyEnv ?? key.litellmVariable;
    throw new ConfigError([
      { path: variable, message: `not set; replaying ${manifest.model_name} needs the ${key.prefix} key in it` },
    ]);
  }
  const baseUrl = replayBaseUrl(args, bundle);
  const program = findOnPath('lighteval', io.env);
  if (program === undefined) {
    throw new ConfigError([
      {
        path: 'lighteval',
        message: `not found on PATH; install it with pip install "lighteval[litellm]==${manifest.lighteval_version}"`,
      },
    ]);
  }

  const native = { ...bundle.native, model_parameters: { ...bundle.native.model_parameters, base_url: baseUrl } };
  const baseUrlSecrets = baseUrl === undefined ? [] : baseUrlCredentials(baseUrl);
  const nativeText = nativeFileText(native, manifest.lighteval_version);
  writeFiles(
    args.outputDir,
    [{ name: NATIVE_FILE, text: nativeText, secret: baseUrlSecrets.length > 0 }],
    '--output-dir',
  );
  const lightevalArgs = lightevalArguments({
    modelFile: join(args.outputDir, NATIVE_FILE),
    outputDir: args.outputDir,
    tasks: tasks.specs,
    maxSamples,
    customTasks: args.customTasks,
    lightevalVersion: manifest.lighteval_version,
  });
  for (const warning of tasks.warnings) io.stderr(`warning: ${warning}\n`);
  const endpoint = baseUrl === undefined ? "the provider's own endpoint" : redactBaseUrl(baseUrl);
  io.stderr(`replaying ${manifest.model_name} at ${endpoint}, the key from ${args.apiKeyEnv ?? key.litellmVariable}\n`);
  io.stderr(`running ${shownCommand([program, ...lightevalArgs])}\n`);
  const secrets = [...(apiKey === '' ? [] : [apiKey]), ...baseUrlSecrets];
  // LightEval's output goes to standard error, scrubbed (it may print the key), leaving standard output to the table.
  const output = scrubbedOutput(io.stderr, secrets);
  const run = await runLightEval({
    program,
    args: lightevalArgs,
    env: lightevalEnvironment(io.env, key.litellmVariables, apiKey),
    outputDir: args.outputDir,
    secrets,
    output: output.write,
  });
  output.flush();
  if (!run.ok) throw new Error(run.failure);

  io.stdout(
    replayTable(bundle.results === undefined ? undefined : taskMetricsOf(bundle.results), taskMetricsOf(run.results)),
  );
  io.stderr(
    `wrote ${visibleControls(join(args.outputDir, NATIVE_FILE))}; results in ${visibleControls(run.resultsPath)}\n`,
  );
}

export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'run LightEval again on a .eval752.zip bundle and compare the metrics',
  usage: `Usage: lighteval-action replay FILE.eval752.zip [options]

Verifies the bundle, writes its lighteval-model.yaml into the output folder, runs
lighteval endpoint litellm on it (lighteval from PATH), and prints each metric of
the bundled results beside the new one.

A bundle is not proof of where it came from: its checksums show it is whole, not
who made it. So replay calls the bundle's base URL only when you name it with
--base-url, and reads the key from the provider's variable (or --api-key-env),
never from the variable the bundle's config.yaml names.

Options:
  --base-url URL             the base URL to call; required when the bundle has one
                             (pass the bundle's to call it, or another)
  --api-key-env NAME         the variable to read the key from
                             (default: the provider's, such as OPENAI_API_KEY)
  --tasks SPEC               task specs to run, comma-separated
                             (default: the bundle's)
  --max-samples N            samples per task (default: the bundle's)
  --custom-tasks FILE        the custom tasks file the bundled tasks come from
  --output-dir DIR           where the native file and LightEval's results go
                             (default lighteval-replay)
  -h, --help                 show this help

The key reaches LightEval only in its environment, under the provider's variable.
Exit status: 0 done, 1 an invalid bundle, a missing key, base URL or LightEval, or
a failed run, 2 bad usage.
`,
  run: async (args, io) => {
    await runReplay(parseReplayArgs(args), io);
    return EXIT_OK;
  },
};
