import { type OpenedBundle, openBundle } from '../bundle/open.js';
import { providerKeyOf } from '../config/provider-key.js';
import { redactBaseUrl } from '../config/redact.js';
import { readBundleFile } from '../io/bundle-file.js';
import { type CliCommand, type CommandIo, EXIT_OK, parseCommandLine } from './command.js';

/**
 * What a replay of the bundle would trust, for the person deciding whether to: a valid bundle is whole, not proof of
 * who made it, and its config chooses the key variable and the base URL it would like to be called with.
 */
function trustNotes(bundle: OpenedBundle): string[] {
  const key = providerKeyOf(bundle.config);
  const named = bundle.config.model_parameters[0].api_key_env;
  const url = bundle.native.model_parameters.base_url;
  return [
    ...(named === undefined || key.litellmVariables.includes(named)
      ? []
      : [
          `warning: config.yaml names ${named} as the key variable, not the provider's ${key.litellmVariable}; replay never reads ${named} unless told to (--api-key-env)`,
        ]),
    ...(url === undefined
      ? []
      : [
          `note: the bundle calls ${redactBaseUrl(url)}; replay calls a base URL only when it is named with --base-url`,
        ]),
  ];
}

/** `lighteval-action inspect FILE`: verifies the bundle, then prints its manifest and its redacted config.yaml. */
export async function runInspect(file: string, io: CommandIo): Promise<void> {
  const bundle = await openBundle(readBundleFile(file, 'FILE'), file);
  io.stdout(
    `==> manifest.json <==\n${JSON.stringify(bundle.manifest, null, 2)}\n\n==> config.yaml <==\n${bundle.files.configYaml}`,
  );
  for (const note of trustNotes(bundle)) io.stderr(`${note}\n`);
}

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'verify a .eval752.zip bundle and print its manifest and config.yaml',
  usage: `Usage: lighteval-action inspect FILE.eval752.zip

Verifies the bundle (every entry's size and SHA-256, its paths, its format
version), then prints its manifest and its redacted config.yaml, and on standard
error the base URL and key variable a replay would be asked to trust. The checks
show the bundle is whole, not who made it.

Options:
  -h, --help                 show this help

Exit status: 0 a valid bundle, 1 an invalid one, 2 bad usage.
`,
  run: async (args, io) => {
    const { positionals } = parseCommandLine(args, {
      command: 'inspect',
      options: {},
      positionals: { name: 'FILE', min: 1, max: 1 },
    });
    await runInspect(positionals[0] ?? '', io);
    return EXIT_OK;
  },
};
