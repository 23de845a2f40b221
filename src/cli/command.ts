/** What every command of the command line shares: its interface, its I/O, and how it reads its arguments. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

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
  readonly run: (args: readonly string[], io: CommandIo) => Promise<number>;
}

/** The command line is wrong: print the command's usage and exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommandLineSpec<Options extends ParseArgsOptionsConfig> {
  readonly command: string;
  readonly options: Options;
  /** The name of the positional arguments in messages (DIR, FILE, PATH) and how many there may be; none if unset. */
  readonly positionals?: { readonly name: string; readonly min: number; readonly max: number };
}

function countText(min: number, max: number, name: string): string {
  if (min === max) return min === 1 ? `one ${name}` : `${min} ${name} arguments`;
  return max === Infinity ? `at least ${min} ${name}` : `${min} to ${max} ${name} arguments`;
}

/**
 * Parses a command's arguments strictly. Refuses `--api-key` before parsing, so that no message can echo a key, and
 * never repeats a positional argument in a message: a stray one may be a key typed in the wrong place.
 */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(args: readonly string[], spec: CommandLineSpec<Options>) {
  if (args.some((arg) => arg === '--api-key' || arg.startsWith('--api-key='))) {
    throw new UsageError('--api-key: the key is read from the environment, never from the command line');
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: spec.options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { min = 0, max = 0, name = '' } = spec.positionals ?? {};
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    throw new UsageError(max === 0 ? `${spec.command} takes options only; see below` : `${spec.command} takes ${countText(min, max, name)}; see below`);
  }
  return parsed;
}
