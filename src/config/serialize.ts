/**
 * YAML as config.yaml is written: block style with 2-space indentation, double-quoted strings (so `yes`, `null`,
 * `0.10` and `#` stay strings), plain keys where that is safe, no line folding. Deterministic byte for byte.
 *
 * Written here rather than with `yaml.stringify` because every run writes config.yaml, and a run whose inputs are
 * JSON never loads yaml otherwise: loading it and stringifying added about 6 ms, 10% of such a config-only start
 * (bench/yaml-load.ts), which would take that run from just under the start-up goal (npm run bench) to over it. The layout is the one `yaml.stringify(value, { defaultStringType: 'QUOTE_DOUBLE',
 * defaultKeyType: 'PLAIN', lineWidth: 0 })` gave; the tests hold it to that. Only plain data is written: objects
 * with string keys (undefined properties are left out), arrays, strings, finite numbers, booleans and null.
 * Anything else throws a TypeError.
 */
export function toYamlText(value: unknown): string {
  return `${render(value, '', []).text}\n`;
}

/** JSON with 2-space indent and a final newline, in the same key order as the YAML. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const INDENT = '  ';

interface Rendered {
  /** A non-empty sequence or mapping: after a key it starts on the next line. */
  readonly isBlock: boolean;
  /** The first line is unindented (the caller places it); the following lines carry their indentation. */
  readonly text: string;
}

function render(value: unknown, indent: string, ancestors: readonly object[]): Rendered {
  if (Array.isArray(value)) {
    if (value.length === 0) return { isBlock: false, text: '[]' };
    return { isBlock: true, text: sequence(value, indent, enter(value, ancestors)) };
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return { isBlock: false, text: '{}' };
    return { isBlock: true, text: mapping(entries, indent, enter(value, ancestors)) };
  }
  return { isBlock: false, text: scalar(value) };
}

/** The ancestors of a collection's items; a value among its own ancestors would recurse forever. */
function enter(value: object, ancestors: readonly object[]): readonly object[] {
  if (ancestors.includes(value)) throw new TypeError('toYamlText: cannot write a value that contains itself');
  return [...ancestors, value];
}

/** Items as `- item`; a nested collection starts on the dash's line and continues two columns in. */
function sequence(items: readonly unknown[], indent: string, ancestors: readonly object[]): string {
  const itemIndent = indent + INDENT;
  // Array.from visits holes too (as undefined, which then throws), where map would skip them.
  return Array.from(items, (item) => `- ${render(item, itemIndent, ancestors).text}`).join(`\n${indent}`);
}

/** Entries as `key: value`, or `key:` with the nested collection on the following lines, two columns in. */
function mapping(entries: readonly [string, unknown][], indent: string, ancestors: readonly object[]): string {
  const valueIndent = indent + INDENT;
  return entries
    .map(([key, item]) => {
      const { isBlock, text } = render(item, valueIndent, ancestors);
      return `${mappingKey(key)}:${isBlock ? `\n${valueIndent}` : ' '}${text}`;
    })
    .join(`\n${indent}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Identifiers, which no YAML reader takes for a number, a date or syntax. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Identifiers that a YAML reader takes for something else when plain: booleans and null in YAML 1.1 (`yes`, `on`,
 * `n`, ...) or 1.2 (`true`, `null`), and floats such as `e5` in the yaml package's YAML 1.1 schema.
 */
const SPECIAL_WORD = /^(?:y|n|yes|no|true|false|on|off|null|e[0-9]+)$/i;
/** YAML limits a key written before `: ` on the same line to 1024 characters; yaml's reader counts UTF-16 units. */
const MAX_KEY_LENGTH = 1024;

function mappingKey(key: string): string {
  const text = PLAIN_KEY.test(key) && !SPECIAL_WORD.test(key) ? key : doubleQuoted(key);
  if (text.length > MAX_KEY_LENGTH) {
    throw new TypeError(`toYamlText: cannot write a key longer than ${MAX_KEY_LENGTH} characters`);
  }
  return text;
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return doubleQuoted(value);
  // String() drops the sign of -0, which yaml.stringify keeps and YAML reads back.
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : String(value);
  const supported = 'plain objects, arrays, strings, finite numbers, booleans and null';
  throw new TypeError(`toYamlText: cannot write ${describe(value)}, only ${supported}`);
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number ${value}`;
  // `[object Date]`, `[object Map]`, `[object BigInt]`, `[object Undefined]`, ...
  return `a value of type ${Object.prototype.toString.call(value).slice(8, -1)}`;
}

/** The short escapes of YAML 1.2 (section 5.7) for the characters written escaped; the others use \x or \u. */
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\x85': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/**
 * What a double-quoted scalar holds escaped: `"` and `\`, the C0 controls, DEL and the C1 controls, the line and
 * paragraph separators (allowed, but some readers break lines there), lone surrogates (with the `u` flag the
 * surrogate range matches only unpaired ones), the byte order mark and the non-characters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- the control characters are the ones to escape
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/gu;

/** Always on one line: line breaks are escaped, so nothing folds. */
function doubleQuoted(text: string): string {
  return `"${text.replace(NEEDS_ESCAPE, escape)}"`;
}

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED_ESCAPES[char] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
