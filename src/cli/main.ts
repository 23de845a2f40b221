import { parseBuildArgs, UsageError } from './args.js';
import { type CommandIo, runBuild } from './build-command.js';
import { USAGE } from './usage.js';

const EXIT_OK = 0;
const EXIT_INVALID_INPUT = 1;
const EXIT_USAGE = 2;

/** Runs one command line and returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (command !== 'build') {
      // Not repeated: a stray first argument may be a key typed in the wrong place.
      throw new UsageError(command === undefined ? 'a command is required' : 'unknown command; the command is build');
    }
    if (args.includes('-h') || args.includes('--help')) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    await runBuild(parseBuildArgs(args), io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    // Input mistakes (ConfigError, naming the field) and unexpected failures alike: one line, no stack trace.
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INVALID_INPUT;
  }
}
