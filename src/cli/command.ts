/** What every command of the command line shares: its interface, its I/O, and how it reads its arguments. */
import { parseArgs } from 'node:util';
import { optionProblem, type OptionsConfig } from './option-problem.js';

export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT_OK = 0;
/** Invalid input, an invalid bundle, a failed LightEval run. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliCommand {
  readonly name: string;
  /** One line for the overview of commands. */
  readonly summary: string;
  /** What `<command> --help` prints. */
  readonly usage: string;
  /** Resolves to the exit status. Throws UsageError for a bad command line, ConfigError for bad input. */
  readonly run: (args: readonly string[], io: CommandIo) => number | Promise<number>;
}

/** The command line is wrong: print the command's usage and exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommandLineSpec<Options extends OptionsConfig> {
  readonly command: string;
  readonly options: Options;
  /** The name of the positional arguments in messages (DIR, FILE, PATH) and how many there may be; none if unset. */
  readonly positionals?: { readonly name: string; readonly min: number; readonly max: number };
}

function countText(min: number, max: number, name: string): string {
  if (min === max) return min === 1 ? `one ${name}` : `${min} ${name} arguments`;
  return max === Infinity ? `at least ${min} ${name}` : `${min} to ${max} ${name} arguments`;
}

/** Why `count` positional arguments are wrong for the command, or undefined when they are not. Never repeats one. */
function positionalProblem(
  command: string,
  count: number,
  positionals: CommandLineSpec<OptionsConfig>['positionals'],
): string | undefined {
  const { min = 0, max = 0, name = '' } = positionals ?? {};
  if (count >= min && count <= max) return undefined;
  if (max === 0)
    return `${command} takes options only, got ${count === 1 ? '1 other argument' : `${count} other arguments`}; see below`;
  return `${command} takes ${countText(min, max, name)}, got ${count === 0 ? 'none' : count}; see below`;
}

/**
 * Parses a command's arguments strictly. Refuses `--api-key` before parsing, so that no message can echo a key, and
 * never repeats a positional argument in a message: a stray one may be a key typed in the wrong place.
 */
export function parseCommandLine<const Options extends OptionsConfig>(
  args: readonly string[],
  spec: CommandLineSpec<Options>,
) {
  if (args.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
    throw new UsageError('--api-key: the key is read from the environment, never from the command line');
  }
  const problem = optionProblem(args, spec.options);
  if (problem !== undefined) throw new UsageError(problem);
  // Strict, for the option types; it accepts what optionProblem accepts.
  const parsed = parseArgs({ args: [...args], options: spec.options, strict: true, allowPositionals: true });
  const positional = positionalProblem(spec.command, parsed.positionals.length, spec.positionals);
  if (positional !== undefined) throw new UsageError(positional);
  return parsed;
}
