import type { CliCommand } from './command.js';

/** What `lighteval-action --help` prints: each command in one line, the options before one, where to read more. */
export function overviewUsage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: lighteval-action <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help
  -v, --version  print the version

Run lighteval-action <command> --help for a command's options.
The key is read from the environment, never from the command line.
`;
}
