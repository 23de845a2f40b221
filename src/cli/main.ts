import { buildCommand } from './build-command.js';
import { compareCommand } from './compare-command.js';
import { type CliCommand, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './command.js';
import { exportCommand } from './export-command.js';
import { inspectCommand } from './inspect-command.js';
import { replayCommand } from './replay-command.js';
import { overviewUsage } from './usage.js';
import { validateCommand } from './validate-command.js';

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly CliCommand[] = [buildCommand, validateCommand, exportCommand, inspectCommand, replayCommand, compareCommand];

export const USAGE = overviewUsage(COMMANDS);

const isHelp = (arg: string | undefined) => arg === '-h' || arg === '--help';

/** Runs one command line and returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (isHelp(name) || name === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (command === undefined) {
      // Not repeated: a stray first argument may be a key typed in the wrong place.
      throw new UsageError(name === undefined ? 'a command is required' : `unknown command; the commands are ${COMMANDS.map((known) => known.name).join(', ')}`);
    }
    if (args.some(isHelp)) {
      io.stdout(command.usage);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${command?.usage ?? USAGE}`);
      return EXIT_USAGE;
    }
    // Input mistakes (ConfigError, naming the field) and unexpected failures alike: one line, no stack trace.
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
