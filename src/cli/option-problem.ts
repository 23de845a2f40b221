/**
 * What is wrong with a command line's options, in one line. node:util's strict parse says it in its own words: over
 * several lines, with an unbalanced quote, and without naming the option that was meant.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeValue } from '../config/errors.js';
import { didYouMean } from '../config/fields.js';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const PLAIN_OPTION = /^--?[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

/** An option as typed, up to its `=`: as it is when plain, else quoted and escaped, or only described when long. */
function shownOption(arg: string): string {
  const name = arg.slice(0, arg.includes('=') ? arg.indexOf('=') : arg.length);
  return PLAIN_OPTION.test(name) ? name : describeValue(name);
}

/**
 * `arg` is no option of `known` (long names, without dashes): the nearest one, when it looks like a typo of it. A
 * single dash is forgiven (`-provider` means `--provider`).
 */
export function unknownOptionMessage(arg: string, known: readonly string[], otherwise: string): string {
  const typed = arg.replace(/^-+/, '').split('=', 1)[0] ?? '';
  const suggestion = didYouMean(typed, known);
  return `${shownOption(arg)}: unknown option; ${suggestion === undefined ? otherwise : `did you mean --${suggestion}?`}`;
}

const optionOf = (options: OptionsConfig, name: string) => (Object.hasOwn(options, name) ? options[name] : undefined);

/** What strict parsing refuses as a value: anything longer than `-` that starts with a dash. */
const looksLikeOption = (value: string) => value.length > 1 && value.startsWith('-');

/**
 * The first problem strict parsing would throw for, worded for people: an unknown option (with the nearest known
 * one; `--help` counts, as every command answers it), a value missing or looking like another option, a value given
 * to an option that takes none. Undefined when strict parsing accepts the options. Never repeats a value.
 */
export function optionProblem(args: readonly string[], options: OptionsConfig): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const known = [...Object.keys(options), 'help'];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = optionOf(options, token.name);
    if (option === undefined) {
      // `--no-include-api-key` is nearest to the option it means the opposite of: no suggestion of it.
      const negated = token.name.startsWith('no-') ? token.name.slice('no-'.length) : '';
      if (optionOf(options, negated)?.type === 'boolean')
        return `--${token.name}: unknown option; --${negated} is off unless given`;
      return unknownOptionMessage(args[token.index] ?? token.rawName, known, 'see the options below');
    }
    const name = `--${token.name}`;
    if (option.type === 'boolean' && token.value !== undefined) return `${name}: takes no value`;
    if (option.type === 'string' && token.value === undefined) return `${name}: expected a value`;
    if (
      option.type === 'string' &&
      token.inlineValue === false &&
      token.value !== undefined &&
      looksLikeOption(token.value)
    ) {
      return `${name}: expected a value, got what looks like an option; for a value starting with -, write ${name}=VALUE`;
    }
  }
  return undefined;
}
