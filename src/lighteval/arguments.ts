/**
 * The `lighteval-args` input: extra LightEval arguments, one per line, each passed to LightEval as it is: nothing is
 * split, quoted, expanded or taken for a comment, and no shell ever sees them (the action's environment holds
 * secrets).
 */
import { ConfigError, describeValue, type FieldIssue } from '../config/errors.js';

/** Over twice what every LightEval option takes, each with its value on a line of its own; bounds the work. */
const MAX_ARGUMENTS = 100;
/** Room for a long value (a prompt, reasoning tags), well below the 128 KiB Linux allows one argument. */
const MAX_ARGUMENT_LENGTH = 8 * 1024;
/**
 * C0 controls but the tab, DEL and C1 controls. NUL cannot be passed at all; the others would reach LightEval
 * unseen (a stray carriage return, an escape sequence) and are never meant. A tab is ordinary text in a value.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
/** Where an option's name ends: at `=` before its value, or at a space before text that is not its name. */
const NAME_END = /[=\s]/;

const setByInput = (input: string) => `is set by the action; use the ${input} input instead`;

/** The options the action sets itself or depends on, each with why it cannot be passed. */
const RESERVED_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['--output-dir', setByInput('output-dir')],
  ['--max-samples', setByInput('max-samples')],
  ['--custom-tasks', setByInput('custom-tasks')],
  // The results file must be where the action looks for it, to scrub the key from it and check it.
  [
    '--results-path-template',
    'would move the results file where the action does not look for it (to scrub the key from it and check it)',
  ],
  // LightEval publishes before it exits, so before the action scrubs anything; from 0.11 its results hold the model
  // config with the real base URL, which may carry credentials.
  ...['--push-to-hub', '--push-to-tensorboard', '--public-run', '--wandb'].map(
    (option) =>
      [
        option,
        'would publish the results before the action scrubs secrets from them; publish the scrubbed files in a later step',
      ] as const,
  ),
]);

/**
 * LightEval's options that take no value (each also has a `--no-` form), from 0.9 to 0.13. Any other option is
 * taken to read the next argument as its value, so that its value is not mistaken for a positional argument.
 */
const FLAGS: ReadonlySet<string> = new Set([
  '--load-tasks-multilingual',
  '--save-details',
  '--push-to-hub',
  '--push-to-tensorboard',
  '--public-run',
  '--wandb',
  '--remove-reasoning-tags',
  '--use-chat-template',
  '--free-endpoint',
  '--help',
]);

const POSITIONALS_ARE_SET =
  'the action passes the positional arguments (the model file and the tasks) itself; use the tasks input for tasks';

/** What makes `arg` unfit to pass as it is, whatever its place: empty, too long, or holding a control character. */
function textIssue(arg: string, number: number): string | undefined {
  if (arg === '') return `argument ${number} is empty (a line of only spaces); expected text, or no line at all`;
  if (arg.length > MAX_ARGUMENT_LENGTH) {
    return `argument ${number} has ${arg.length} characters; expected at most ${MAX_ARGUMENT_LENGTH}`;
  }
  const control = CONTROL_CHARACTER.exec(arg);
  if (control === null) return undefined;
  // Not quoted: JSON leaves C1 controls as they are, and a terminal could act on them.
  const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `argument ${number} holds the control character ${code} at character ${control.index + 1}; expected text without control characters (tabs aside)`;
}

function isFlag(name: string): boolean {
  return FLAGS.has(name) || name.startsWith('--no-');
}

/** `text` itself where describeValue would quote it (short enough to show), else undefined. */
function shownAsWritten(text: string): string | undefined {
  return describeValue(text) === JSON.stringify(text) ? text : undefined;
}

/** For an option name followed by a space and more, as written for a shell: how to write it one argument per line. */
function spaceIssue(arg: string, name: string): string {
  const problem = `${describeValue(arg)} holds a space after the option name; lighteval-args takes one argument per line`;
  const shownName = shownAsWritten(name) ?? 'the option';
  if (isFlag(name)) return `${problem}: ${shownName} takes no value, so put what follows it on the next line`;
  // Click reads `-x=v` as the value `=v`: a short option gets no `=` form.
  if (!name.startsWith('--')) return `${problem}: put what follows ${shownName} on the next line`;
  const joined = shownAsWritten(`${name}=${arg.slice(name.length).trim()}`) ?? `${shownName}=<value>`;
  return `${problem}: write ${joined}, or the value on the next line`;
}

/** What is wrong with `arg`, which starts with `-`, and whether the next argument is its value. */
function optionIssue(arg: string): { issue: string | undefined; takesValue: boolean } {
  if (arg === '--')
    return { issue: `-- would make every later argument positional; ${POSITIONALS_ARE_SET}`, takesValue: false };
  if (arg === '-') return { issue: `"-" is a positional argument; ${POSITIONALS_ARE_SET}`, takesValue: false };
  const nameEnd = arg.search(NAME_END);
  const name = nameEnd === -1 ? arg : arg.slice(0, nameEnd);
  const reason = RESERVED_OPTIONS.get(name);
  // Reserved before a space: moving its value to the next line would not help.
  if (reason !== undefined) return { issue: `${name} ${reason}`, takesValue: nameEnd === -1 && !isFlag(name) };
  if (nameEnd !== -1 && arg.charAt(nameEnd) !== '=') return { issue: spaceIssue(arg, name), takesValue: false };
  return { issue: undefined, takesValue: nameEnd === -1 && name.startsWith('--') && !isFlag(name) };
}

/**
 * Rejects what `lighteval-args` must not hold: more than MAX_ARGUMENTS arguments; empty or over-long arguments or
 * ones holding a control character; an option followed by a space and more (written as for a shell); the options
 * the action sets (with the input to use instead), in `--option value` and `--option=value` forms; and positional
 * arguments. Throws one ConfigError listing every problem, paths `''` so that the caller can prefix the input's name.
 */
export function checkExtraArguments(args: readonly string[]): void {
  if (args.length > MAX_ARGUMENTS) {
    throw new ConfigError([
      { path: '', message: `holds ${args.length} arguments; expected at most ${MAX_ARGUMENTS}, one per line` },
    ]);
  }
  const issues: FieldIssue[] = [];
  let nextIsValue = false;
  args.forEach((arg, index) => {
    const text = textIssue(arg, index + 1);
    if (text !== undefined) issues.push({ path: '', message: text });
    // The value of the option before is taken as it is, even when it starts with `-` (as Click reads it).
    const isValue = nextIsValue;
    nextIsValue = false;
    if (text !== undefined || isValue) return;
    if (arg.startsWith('-')) {
      const option = optionIssue(arg);
      if (option.issue !== undefined) issues.push({ path: '', message: option.issue });
      nextIsValue = option.takesValue;
    } else {
      issues.push({ path: '', message: `${describeValue(arg)} is a positional argument; ${POSITIONALS_ARE_SET}` });
    }
  });
  if (issues.length > 0) throw new ConfigError(issues);
}
