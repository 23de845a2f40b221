import { ConfigError } from './errors.js';

/**
 * Parses a provider record or run configuration written as YAML or JSON. An empty document is `null`. Errors give
 * `source`, line, column and the reason, never a snippet of the text (no pretty errors): a mistyped file may hold a
 * secret.
 *
 * A document that opens with `{` or `[` is tried as JSON first: JSON.parse gives the value YAML 1.2 would (JSON is
 * a subset of it), and the YAML parser, large and loaded on first use, is then not loaded at all. Anything JSON.parse
 * refuses (flow YAML such as `{temperature: 0}`, comments) goes to the YAML parser, with its errors. One difference
 * is on purpose: a lone carriage return between tokens is whitespace to JSON, where yaml took it for text.
 */
export async function parseDocument(text: string, source: string): Promise<unknown> {
  const json = parseJson(text, source);
  return json === undefined ? parseYaml(text, source) : json.value;
}

async function parseYaml(text: string, source: string): Promise<unknown> {
  const { LineCounter, parseAllDocuments } = await import('yaml');
  const lineCounter = new LineCounter();
  // logLevel error: yaml would print some warnings (a key that is a collection) with the document's text in them.
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (documents.length > 1) {
    throw new ConfigError([{ path: source, message: 'expected one YAML or JSON document, found several' }]);
  }
  const [document] = documents;
  if (document === undefined) return null;
  const [error] = document.errors;
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw syntaxError(source, line, col, error.message.charAt(0).toLowerCase() + error.message.slice(1));
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Only alias expansion fails here (a resource-exhaustion guard).
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError([{ path: source, message: `unusable YAML: ${reason}` }]);
  }
}

function syntaxError(source: string, line: number, column: number, reason: string): ConfigError {
  return new ConfigError([{ path: source, message: `invalid YAML or JSON at line ${line}, column ${column}: ${reason}` }]);
}

/** A byte order mark, then JSON's whitespace, then an object or an array. */
const JSON_START = /^\ufeff?[ \t\n\r]*[[{]/;

/** The value of a JSON document; undefined when `text` is not one (then it is read as YAML). */
function parseJson(text: string, source: string): { readonly value: unknown } | undefined {
  if (!JSON_START.test(text)) return undefined;
  // JSON.parse refuses the byte order mark that YAML skips.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let value: unknown;
  try {
    value = JSON.parse(start === 0 ? text : text.slice(start));
  } catch {
    return undefined;
  }
  checkStructure(text, start, source);
  return { value };
}

/**
 * Deeper than any configuration. YAML's recursive reader gave up near 800 levels, with a stack overflow; JSON.parse
 * has no limit, and code that walks the value recursively would overflow instead.
 */
const MAX_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** An open object or array, as checkStructure tracks it. */
interface Collection {
  /** The keys an object has had so far; null for an array. */
  readonly keys: Set<string> | null;
  /** Where the object's latest key starts, when it repeats an earlier one. */
  repeatedKey: number | undefined;
}

/**
 * Refuses what YAML refused and JSON.parse lets through: a key repeated in one object (JSON.parse keeps the last
 * silently) and nesting deeper than MAX_DEPTH. One pass over `text`, which JSON.parse has already accepted, so only
 * strings, brackets and commas need telling apart. The message and position are yaml's: it reports the first
 * repeated key whose value ends first, so one inside that value comes before it.
 */
function checkStructure(text: string, start: number, source: string): void {
  const open: Collection[] = [];
  let expectingKey = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === QUOTE) {
      const end = closingQuote(text, index);
      const current = open[open.length - 1];
      if (expectingKey && current?.keys) {
        const key = keyAt(text, index, end);
        if (current.keys.has(key)) current.repeatedKey = index;
        current.keys.add(key);
        expectingKey = false;
      }
      index = end;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (open.length === MAX_DEPTH) {
        throw structureError(text, index, source, `nested more than ${MAX_DEPTH} levels deep`);
      }
      open.push({ keys: char === OPEN_BRACE ? new Set() : null, repeatedKey: undefined });
      expectingKey = char === OPEN_BRACE;
    } else if (char === COMMA || char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      // A comma or a closing bracket ends the value of the current entry.
      const current = char === COMMA ? open[open.length - 1] : open.pop();
      if (current?.repeatedKey !== undefined) {
        throw structureError(text, current.repeatedKey, source, 'map keys must be unique');
      }
      expectingKey = char === COMMA && current?.keys instanceof Set;
    }
  }
}

/** The index of the quote that closes the string opening at `index` (text JSON.parse accepted has one). */
function closingQuote(text: string, index: number): number {
  let end = index + 1;
  while (text.charCodeAt(end) !== QUOTE) end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
  return end;
}

/** The key the string token from `open` to `close` stands for, so that `"a"` and `"\u0061"` are one key. */
function keyAt(text: string, open: number, close: number): string {
  const raw = text.slice(open + 1, close);
  return raw.includes('\\') ? String(JSON.parse(text.slice(open, close + 1))) : raw;
}

/** Line and column as yaml's LineCounter gives them: lines end at `\n`, columns count UTF-16 units from 1. */
function structureError(text: string, offset: number, source: string, reason: string): ConfigError {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return syntaxError(source, line, offset - text.lastIndexOf('\n', offset - 1), reason);
}
