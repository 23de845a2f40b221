import { didYouMean } from '../config/fields.js';
import { buildCommand } from './build-command.js';
import { compareCommand } from './compare-command.js';
import { type CliCommand, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './command.js';
import { exportCommand } from './export-command.js';
import { inspectCommand } from './inspect-command.js';
import { unknownOptionMessage } from './option-problem.js';
import { replayCommand } from './replay-command.js';
import { overviewUsage } from './usage.js';
import { validateCommand } from './validate-command.js';
import { VERSION } from './version.js';

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly CliCommand[] = [
  buildCommand,
  validateCommand,
  exportCommand,
  inspectCommand,
  replayCommand,
  compareCommand,
];

export const USAGE = overviewUsage(COMMANDS);

const isHelp = (arg: string | undefined) => arg === '-h' || arg === '--help';
const isVersion = (arg: string | undefined) => arg === '-v' || arg === '--version';

/** The options taken before a command, without dashes. */
const OVERVIEW_OPTIONS = ['help', 'version'];

/**
 * Why the first argument names no command. Not repeated unless it is an option: a stray first argument may be a key
 * typed in the wrong place.
 */
function noCommandMessage(name: string | undefined): string {
  if (name === undefined) return 'a command is required';
  if (name.startsWith('-'))
    return unknownOptionMessage(name, OVERVIEW_OPTIONS, 'the command comes first, then its options');
  const names = COMMANDS.map((known) => known.name);
  const suggestion = didYouMean(name, names);
  return suggestion === undefined
    ? `unknown command; the commands are ${names.join(', ')}`
    : `unknown command; did you mean ${suggestion}?`;
}

/** Runs one command line and returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (isHelp(name) || name === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (isVersion(name)) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (command === undefined) throw new UsageError(noCommandMessage(name));
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
