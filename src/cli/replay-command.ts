import { join } from 'node:path';
import { replayTable } from '../bundle/replay-table.js';
import { keyFromEnvironment, providerKeyOf } from '../config/provider-key.js';
import { type OpenedBundle, openBundle } from '../bundle/open.js';
import { NATIVE_ENTRY } from '../bundle/paths.js';
import { ConfigError } from '../config/errors.js';
import { readBundleFile } from '../io/bundle-file.js';
import { findOnPath } from '../io/child-process.js';
import { NATIVE_FILE, writeFiles } from '../io/files.js';
import { runLightEval, shownCommand } from '../io/lighteval-run.js';
import { scrubbedOutput } from '../io/scrubbed-output.js';
import { lightevalArguments, lightevalEnvironment } from '../lighteval/command.js';
import { taskMetricsOf } from '../lighteval/results.js';
import { normalizeTaskList } from '../lighteval/tasks.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine } from './command.js';
import { parseMaxSamplesOption, parseTasksOption, withOptionNames } from './run-options.js';

export interface ReplayArgs {
  readonly file: string;
  readonly tasks: readonly string[] | undefined;
  readonly maxSamples: number | undefined;
  /** A custom tasks file for tasks outside LightEval's registry (the bundle does not carry it). */
  readonly customTasks: string | undefined;
  readonly outputDir: string;
}

const DEFAULT_OUTPUT_DIR = 'lighteval-replay';

const REPLAY_OPTIONS = {
  tasks: { type: 'string' },
  'max-samples': { type: 'string' },
  'custom-tasks': { type: 'string' },
  'output-dir': { type: 'string' },
} as const;

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
  };
}

/** The given specs, else the manifest's, in the syntax of the bundle's LightEval version. */
function replayTasks(given: readonly string[] | undefined, bundle: OpenedBundle): { specs: string[]; warnings: string[] } {
  const { manifest } = bundle;
  const specs = given ?? manifest.tasks;
  if (specs.length === 0) {
    throw new ConfigError([{ path: '--tasks', message: 'the bundle records no tasks; name them, such as --tasks "gsm8k|0"' }]);
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
  const apiKey = keyFromEnvironment(key, io.env);
  if (key.needsKey && apiKey === '') {
    const alsoUnset = key.variable === key.litellmVariable ? '' : `, nor is ${key.litellmVariable}`;
    throw new ConfigError([
      { path: key.variable, message: `not set${alsoUnset}; replaying ${manifest.model_name} needs the ${key.prefix} key in it` },
    ]);
  }
  if (bundle.native.model_parameters.base_url?.includes('***') === true) {
    throw new ConfigError([
      { path: `${args.file}: ${NATIVE_ENTRY}`, message: 'base_url had credentials, which the bundle holds redacted (***); replay cannot call it' },
    ]);
  }
  const program = findOnPath('lighteval', io.env);
  if (program === undefined) {
    throw new ConfigError([
      { path: 'lighteval', message: `not found on PATH; install it with pip install "lighteval[litellm]==${manifest.lighteval_version}"` },
    ]);
  }

  writeFiles(args.outputDir, [{ name: NATIVE_FILE, text: bundle.files.nativeYaml, secret: false }], '--output-dir');
  const lightevalArgs = lightevalArguments({
    modelFile: join(args.outputDir, NATIVE_FILE),
    outputDir: args.outputDir,
    tasks: tasks.specs,
    maxSamples,
    customTasks: args.customTasks,
    lightevalVersion: manifest.lighteval_version,
  });
  for (const warning of tasks.warnings) io.stderr(`warning: ${warning}\n`);
  io.stderr(`running ${shownCommand([program, ...lightevalArgs])}\n`);
  const secrets = apiKey === '' ? [] : [apiKey];
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

  io.stdout(replayTable(bundle.results === undefined ? undefined : taskMetricsOf(bundle.results), taskMetricsOf(run.results)));
  io.stderr(`wrote ${join(args.outputDir, NATIVE_FILE)}; results in ${run.resultsPath}\n`);
}

export const replayCommand: CliCommand = {
  name: 'replay',
  summary: 'run LightEval again on a .eval752.zip bundle and compare the metrics',
  usage: `Usage: lighteval-action replay FILE.eval752.zip [options]

Verifies the bundle, writes its lighteval-model.yaml into the output folder, runs
lighteval endpoint litellm on it (lighteval from PATH), and prints each metric of
the bundled results beside the new one.

Options:
  --tasks SPEC               task specs to run, comma-separated
                             (default: the bundle's)
  --max-samples N            samples per task (default: the bundle's)
  --custom-tasks FILE        the custom tasks file the bundled tasks come from
  --output-dir DIR           where the native file and LightEval's results go
                             (default lighteval-replay)
  -h, --help                 show this help

The key is read from the variable config.yaml names (api_key_env), else from the
provider's LiteLLM variable, and reaches LightEval only in its environment.
Exit status: 0 done, 1 an invalid bundle, a missing key or LightEval, or a failed
run, 2 bad usage.
`,
  run: async (args, io) => {
    await runReplay(parseReplayArgs(args), io);
    return EXIT_OK;
  },
};
