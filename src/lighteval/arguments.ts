/**
 * The `lighteval-args` input: extra LightEval options, split as a POSIX shell would split them but never run
 * through one. Nothing is expanded: the action's environment holds secrets.
 */
import { type ParseEntry, parse } from 'shell-quote';
import { ConfigError, describeValue, type FieldIssue } from '../config/errors.js';

/**
 * Put after the `$` of `${` so that shell-quote reads a lone `$` (kept as `$`) and the braces as text; without it,
 * `${A}B` would come back as `$AB`. NUL is safe as a marker: no argument can hold one, so the text never does.
 */
const BRACE_MARKER = '\0';
const OPERATOR_CHARS = '|&;()<>';
const SPACE = /\s/;

function position(text: string, at: number): string {
  const before = text.slice(0, at);
  return `line ${before.split('\n').length}, column ${at - (before.lastIndexOf('\n') + 1) + 1}`;
}

function unclosed(text: string, at: number, quote: string): ConfigError {
  return new ConfigError([
    { path: '', message: `the ${quote} opened at ${position(text, at)} is never closed; expected a closing ${quote}` },
  ]);
}

/** The index of the `"` that closes the one at `start`, and the quoted text rewritten for shell-quote. */
function doubleQuoted(text: string, start: number): { end: number; prepared: string } {
  let prepared = '"';
  let at = start + 1;
  for (;;) {
    const char = text.charAt(at);
    const next = text.charAt(at + 1);
    if (char === '') throw unclosed(text, start, 'double quote (")');
    if (char === '"') return { end: at, prepared: `${prepared}"` };
    if (char === '\\' && (next === '\n' || (next === '\r' && text.charAt(at + 2) === '\n'))) {
      at += next === '\n' ? 2 : 3; // a line continuation, removed as a shell removes it
    } else if (char === '\\') {
      prepared += char + next;
      at += 2;
    } else if (char === '$' && next === '{') {
      prepared += `$${BRACE_MARKER}{`;
      at += 2;
    } else {
      prepared += char;
      at += 1;
    }
  }
}

/** The index of the `'` that closes the ANSI-C quote `$'…'` starting at `start` (where a `\` escapes a `'`). */
function ansiCQuoteEnd(text: string, start: number): number {
  let at = start + 2;
  for (;;) {
    const char = text.charAt(at);
    if (char === '') throw unclosed(text, start, "quote ($')");
    if (char === "'") return at;
    at += char === '\\' ? 2 : 1;
  }
}

/**
 * `text` rewritten where shell-quote and a POSIX shell differ: comments start only at the start of a word (shell-quote
 * starts one at any `#` and drops the rest of the text, later lines included), an unclosed quote is an error
 * (shell-quote drops the quote character), `\` before a line break joins the lines, `${` stays as written.
 */
function prepareForShellQuote(text: string): string {
  let prepared = '';
  let wordStarts = true;
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    const next = text.charAt(at + 1);
    if (char === '\\' && (next === '\n' || (next === '\r' && text.charAt(at + 2) === '\n'))) {
      at += next === '\n' ? 2 : 3;
      continue;
    }
    if (char === '#' && wordStarts) {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd === -1 ? text.length : lineEnd;
      continue;
    }
    wordStarts = SPACE.test(char) || OPERATOR_CHARS.includes(char);
    if (char === '\\') {
      // A backslash ending the text stands for itself, as in `sh -c`.
      prepared += next === '' ? '\\\\' : char + next;
      at += 2;
    } else if (char === "'") {
      const end = text.indexOf("'", at + 1);
      if (end === -1) throw unclosed(text, at, "single quote (')");
      prepared += text.slice(at, end + 1);
      at = end + 1;
    } else if (char === '"') {
      const quoted = doubleQuoted(text, at);
      prepared += quoted.prepared;
      at = quoted.end + 1;
    } else if (char === '$' && next === "'") {
      const end = ansiCQuoteEnd(text, at);
      prepared += text.slice(at, end + 1);
      at = end + 1;
    } else if (char === '$' && next === '{') {
      prepared += `$${BRACE_MARKER}{`;
      at += 2;
    } else {
      // A `#` inside a word is text; escaped, shell-quote no longer takes it for a comment.
      prepared += char === '#' ? '\\#' : char;
      at += 1;
    }
  }
  return prepared;
}

/** Keeps every `$NAME` as written: nothing from the action's environment (which holds secrets) gets in. */
function literalVariable(name: string): string {
  return `$${name}`;
}

function withoutMarkers(text: string): string {
  return text.replaceAll(BRACE_MARKER, '');
}

/**
 * Splits `text` into arguments as a POSIX shell would (quotes, backslash escapes, `#` comments, words across lines)
 * without running one: `$VAR`, `~`, globs and braces stay literal. Throws a ConfigError (path `''`) for shell
 * operators, which only a shell could act on, and for an unclosed quote.
 */
export function splitArguments(text: string): string[] {
  if (text.includes('\0')) throw new ConfigError([{ path: '', message: 'contains a NUL character, which no argument can hold' }]);
  const entries: ParseEntry[] = parse(prepareForShellQuote(text), literalVariable);
  const args: string[] = [];
  const operators = new Set<string>();
  for (const entry of entries) {
    if (typeof entry === 'string') args.push(withoutMarkers(entry));
    else if ('comment' in entry) continue; // none are left after preparing; kept out all the same
    else if (entry.op === 'glob') args.push(withoutMarkers(entry.pattern));
    else operators.add(entry.op);
  }
  if (operators.size > 0) {
    throw new ConfigError(
      [...operators].map((operator) => ({
        path: '',
        message:
          `the shell operator ${operator} is not supported: these arguments are never run through a shell; ` +
          `quote it to pass it as text, such as '${operator}'`,
      })),
    );
  }
  return args;
}

const setByInput = (input: string) => `is set by the action; use the ${input} input instead`;

/** The options the action sets itself or depends on, each with why it cannot be passed. */
const RESERVED_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['--output-dir', setByInput('output-dir')],
  ['--max-samples', setByInput('max-samples')],
  ['--custom-tasks', setByInput('custom-tasks')],
  // The results file must be where the action looks for it, to scrub the key from it and check it.
  ['--results-path-template', 'would move the results file where the action does not look for it (to scrub the key from it and check it)'],
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

const POSITIONALS_ARE_SET = 'the action passes the positional arguments (the model file and the tasks) itself; use the tasks input for tasks';

/**
 * Rejects what `lighteval-args` must not hold: the options the action sets (with the input to use instead), in
 * `--option value` and `--option=value` forms, and positional arguments. Throws one ConfigError listing every
 * problem, paths `''` so that the caller can prefix the input's name.
 */
export function checkExtraArguments(args: readonly string[]): void {
  const issues: FieldIssue[] = [];
  let nextIsValue = false;
  for (const arg of args) {
    if (nextIsValue) {
      // The value of the option before, even when it starts with `-` (as Click reads it).
      nextIsValue = false;
      continue;
    }
    if (arg === '--') {
      issues.push({ path: '', message: `-- would make every later argument positional; ${POSITIONALS_ARE_SET}` });
    } else if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const name = equals === -1 ? arg : arg.slice(0, equals);
      const reason = RESERVED_OPTIONS.get(name);
      if (reason !== undefined) issues.push({ path: '', message: `${name} ${reason}` });
      nextIsValue = equals === -1 && !FLAGS.has(name) && !name.startsWith('--no-');
    } else if (!arg.startsWith('-') || arg === '-') {
      issues.push({ path: '', message: `${describeValue(arg)} is a positional argument; ${POSITIONALS_ARE_SET}` });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
