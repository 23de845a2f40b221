import { join } from 'node:path';
import { defaultBundleName } from '../bundle/manifest.js';
import { CONFIG_ENTRY, MANIFEST_ENTRY, NATIVE_ENTRY } from '../bundle/paths.js';
import { ConfigError } from '../config/errors.js';
import { exportDirectory } from '../io/export-directory.js';
import { writeBundleFile } from '../io/bundle-file.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine, UsageError } from './command.js';
import { parseMaxSamplesOption, parseTasksOption, withOptionNames } from './run-options.js';
import { visibleControls } from '../lighteval/markdown.js';

export interface ExportArgs {
  readonly directory: string;
  readonly output: string | undefined;
  readonly tasks: readonly string[] | undefined;
  readonly maxSamples: number | undefined;
  readonly lightevalVersion: string | undefined;
}

const EXPORT_OPTIONS = {
  output: { type: 'string' },
  tasks: { type: 'string' },
  'max-samples': { type: 'string' },
  'lighteval-version': { type: 'string' },
} as const;

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const { values, positionals } = parseCommandLine(args, {
    command: 'export',
    options: EXPORT_OPTIONS,
    positionals: { name: 'DIR', min: 1, max: 1 },
  });
  const [directory = ''] = positionals;
  if (values.output === '') throw new UsageError('--output: expected a file name');
  return {
    directory,
    output: values.output,
    tasks: parseTasksOption(values.tasks),
    maxSamples: parseMaxSamplesOption(values['max-samples']),
    lightevalVersion: values['lighteval-version'],
  };
}

/** `lighteval-action export DIR`: writes the bundle, prints its path and entries. Throws ConfigError on bad input. */
export async function runExport(args: ExportArgs, io: CommandIo): Promise<void> {
  const exported = await exportDirectory({
    directory: args.directory,
    tasks: args.tasks,
    maxSamples: args.maxSamples,
    lightevalVersion: args.lightevalVersion,
    env: io.env,
    label: 'DIR',
  }).catch((error: unknown) => {
    throw error instanceof ConfigError ? withOptionNames(error) : error;
  });
  const { metadata, files } = exported.contents;
  const output = args.output ?? join(args.directory, defaultBundleName(metadata.model_name));
  writeBundleFile(output, exported.bytes, '--output');

  for (const warning of exported.warnings) io.stderr(`warning: ${warning}\n`);
  const entries = [
    MANIFEST_ENTRY,
    CONFIG_ENTRY,
    NATIVE_ENTRY,
    ...(files.results === undefined ? [] : [files.results.path]),
  ];
  const tasks = metadata.tasks.length === 0 ? 'no tasks' : `tasks ${metadata.tasks.join(', ')}`;
  const samples = metadata.max_samples === null ? '' : `, at most ${metadata.max_samples} samples per task`;
  io.stdout(
    `wrote ${visibleControls(output)}\n` +
      `  ${metadata.model_name}, LightEval ${metadata.lighteval_version}, ${tasks}${samples}, created ${metadata.created_at}\n` +
      entries.map((entry) => `  ${entry}\n`).join(''),
  );
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'package a build folder (and its LightEval results) as a .eval752.zip bundle',
  usage: `Usage: lighteval-action export DIR [options]

Packages the build in DIR (config.yaml, lighteval-model.yaml and the newest
results/**/results_*.json, if LightEval ran there) as a .eval752.zip bundle.
config.yaml is redacted, the results are scrubbed of the key; prints what it wrote.

Options:
  --output FILE              the bundle to write (default DIR/<model>.eval752.zip)
  --tasks SPEC               task specs to record, comma-separated
                             (default: the tasks of the results)
  --max-samples N            samples per task to record (default: the results')
  --lighteval-version X.Y.Z  LightEval version, for a lighteval-model.yaml whose
                             first line does not name it
  -h, --help                 show this help

SOURCE_DATE_EPOCH, when set, is the bundle's creation time; otherwise the newest
modification time of the files exported, so the same folder gives the same bytes.
Exit status: 0 done, 1 invalid input, 2 bad usage.
`,
  run: async (args, io) => {
    await runExport(parseExportArgs(args), io);
    return EXIT_OK;
  },
};
