import { openBundle } from '../bundle/open.js';
import { readBundleFile } from '../io/bundle-file.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine } from './command.js';

/** `lighteval-action inspect FILE`: verifies the bundle, then prints its manifest and its redacted config.yaml. */
export async function runInspect(file: string, io: CommandIo): Promise<void> {
  const bundle = await openBundle(readBundleFile(file, 'FILE'), file);
  io.stdout(
    `==> manifest.json <==\n${JSON.stringify(bundle.manifest, null, 2)}\n\n==> config.yaml <==\n${bundle.files.configYaml}`,
  );
}

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'verify a .eval752.zip bundle and print its manifest and config.yaml',
  usage: `Usage: lighteval-action inspect FILE.eval752.zip

Verifies the bundle (every entry's size and SHA-256, its paths, its format
version), then prints its manifest and its redacted config.yaml.

Options:
  -h, --help                 show this help

Exit status: 0 a valid bundle, 1 an invalid one, 2 bad usage.
`,
  run: async (args, io) => {
    const { positionals } = parseCommandLine(args, { command: 'inspect', options: {}, positionals: { name: 'FILE', min: 1, max: 1 } });
    await runInspect(positionals[0] ?? '', io);
    return EXIT_OK;
  },
};
