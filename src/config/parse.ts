import type { Composer, CST, Document, Lexer, Pair, Parser, ParsedNode } from 'yaml';
import { ConfigError } from './errors.js';

export const MIB = 1024 * 1024;

/**
 * The largest document read, in UTF-8 bytes: a configuration is a few kilobytes. Parsing takes time and memory in
 * proportion to the text; this bounds both before anything is parsed.
 */
export const MAX_DOCUMENT_BYTES = MIB;

/**
 * Deeper than any configuration. YAML's recursive reader gave up near 800 levels, with a stack overflow; JSON.parse
 * has no limit, and code that walks the value recursively would overflow instead.
 */
export const MAX_DOCUMENT_DEPTH = 100;

/**
 * The most aliases (`*name`) a YAML document may hold: yaml looks each one up among all the anchors and aliases
 * before it, so that their cost grows with the square of their number.
 */
export const MAX_ALIASES = 100;

/**
 * The most aliases a YAML document may hold inside the nodes its aliases refer to, counted once per node: toJS finds
 * each of them by walking the whole document.
 */
export const MAX_NESTED_ALIASES = 10;

/**
 * Parses a provider record or run configuration written as YAML or JSON. An empty document is `null`. Errors give
 * `source`, line, column and the reason, never a snippet of the text (no pretty errors): a mistyped file may hold a
 * secret. Time and memory are linear in the text, which may hold at most MAX_DOCUMENT_BYTES.
 *
 * A document that opens with `{` or `[` is tried as JSON first: JSON.parse gives the value YAML 1.2 would (JSON is
 * a subset of it), and the YAML parser, large and loaded on first use, is then not loaded at all. Anything JSON.parse
 * refuses (flow YAML such as `{temperature: 0}`, comments) goes to the YAML parser, with its errors. One difference
 * is on purpose: a lone carriage return between tokens is whitespace to JSON, where yaml took it for text.
 */
export async function parseDocument(text: string, source: string): Promise<unknown> {
  checkSize(text, source);
  const json = parseJson(text, source);
  return json === undefined ? await parseYaml(text, source) : json.value;
}

/** `3.2 MiB`: rounded up to a tenth, so that a size over a limit never reads as the limit itself. */
export function mebibytes(bytes: number): string {
  return `${bytes % MIB === 0 ? bytes / MIB : (Math.ceil((bytes / MIB) * 10) / 10).toFixed(1)} MiB`;
}

/** `is 3.2 MiB; expected at most 1 MiB` */
export function sizeOverLimit(bytes: number, limit: number): string {
  return `is ${mebibytes(bytes)}; expected at most ${mebibytes(limit)}`;
}

function checkSize(text: string, source: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES)
    throw new ConfigError([{ path: source, message: sizeOverLimit(bytes, MAX_DOCUMENT_BYTES) }]);
}

/** yaml's tests of what a node is. */
type NodeGuards = Pick<typeof import('yaml'), 'isAlias' | 'isMap' | 'isPair' | 'isScalar' | 'isSeq'>;

/**
 * yaml's parseAllDocuments, its stages run here so that checks between them keep it linear: the depth while the text
 * is read (the composer recurses, and a deep parse is slow), then repeated keys (yaml's `uniqueKeys` compares each
 * key of a map with every other) and aliases, before toJS resolves them.
 */
async function parseYaml(text: string, source: string): Promise<unknown> {
  const { Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq } = await import('yaml');
  const tokens = readTokens(new Lexer(), new Parser(), text, source);
  // logLevel error: yaml would print some warnings (a key that is a collection) with the document's text in them.
  const documents = composeDocuments(new Composer({ uniqueKeys: false, logLevel: 'error' }), tokens);
  if (documents.length > 1) {
    throw new ConfigError([{ path: source, message: 'expected one YAML or JSON document, found several' }]);
  }
  const [document] = documents;
  if (document === undefined) return null;
  const [error] = document.errors;
  // Before repeated keys: in a broken structure, a key may repeat only as the parser misread it.
  if (error !== undefined) {
    throw structureError(text, error.pos[0], source, error.message.charAt(0).toLowerCase() + error.message.slice(1));
  }
  checkKeysAndAliases({ isAlias, isMap, isPair, isScalar, isSeq }, document, text, source);
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Only alias expansion fails here (a resource-exhaustion guard, an anchor not set before its alias).
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError([{ path: source, message: `unusable YAML: ${reason}` }]);
  }
}

/** yaml's Parser.parse, refusing the text as soon as it nests too deep. */
function readTokens(lexer: Lexer, parser: Parser, text: string, source: string): CST.Token[] {
  const tokens: CST.Token[] = [];
  for (const lexeme of lexer.lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    checkDepth(parser.stack, text, source);
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

/** The first two documents that `tokens` hold: two are already too many. */
function composeDocuments(composer: Composer, tokens: readonly CST.Token[]): Document.Parsed[] {
  const documents: Document.Parsed[] = [];
  // V8 records a stack trace for each error and warning yaml makes, and broken text can make one every other byte:
  // most of the time it takes. No message here shows a trace.
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 0;
  try {
    for (const document of composer.compose(tokens)) {
      if (documents.push(document) > 1) break;
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return documents;
}

const COLLECTIONS: ReadonlySet<CST.Token['type']> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Refuses more than MAX_DOCUMENT_DEPTH collections open at once, as soon as the parser opens the first too many: its
 * stack holds the open collections, with the document and the token being read. Only a stack longer than the limit
 * can hold too many, and only such a stack is counted.
 */
function checkDepth(stack: readonly CST.Token[], text: string, source: string): void {
  if (stack.length <= MAX_DOCUMENT_DEPTH) return;
  let depth = 0;
  for (const token of stack) {
    if (!COLLECTIONS.has(token.type)) continue;
    depth += 1;
    if (depth > MAX_DOCUMENT_DEPTH)
      throw structureError(text, token.offset, source, `nested more than ${MAX_DOCUMENT_DEPTH} levels deep`);
  }
}

/** The keys a map has had so far: scalars by value, as yaml compared them; other keys by their JSON. */
interface SeenKeys {
  readonly scalars: Set<unknown>;
  readonly others: Set<string>;
}

/** A node with an anchor, as the aliases after it see it. */
interface Anchored {
  /** The aliases before the node. */
  readonly aliasesBefore: number;
  /** The aliases inside the node; undefined while they are still being read. */
  aliasesInside: number | undefined;
  /** Whether an alias has referred to it. */
  referred: boolean;
}

/** A node to look into; a key to check against the keys before it in its map; the end of an anchored collection. */
type Step =
  | { readonly node: ParsedNode | null }
  | { readonly key: ParsedNode; readonly seen: SeenKeys }
  | { readonly end: Anchored };

/** What a sequence holds: nodes, or pairs in an ordered map (`!!omap`, `!!pairs`), which yaml's types leave out. */
type SequenceItem = ParsedNode | Pair<ParsedNode, ParsedNode | null>;

/**
 * Refuses what only YAML can hold, in one pass over the nodes in document order, without recursion (a document may
 * be wide):
 *
 * - a key repeated in a map. The repeat reported is the one yaml reported first: it checked a block map's key
 *   before reading its value, a flow map's after.
 * - more than MAX_ALIASES aliases, and the aliases that would make toJS slow: it finds each alias inside a node that
 *   an alias refers to by walking the whole document, once per such node, and each time over for a node holding an
 *   alias to itself (whose value would be circular, which nothing after this could use anyway).
 */
function checkKeysAndAliases(yaml: NodeGuards, document: Document.Parsed, text: string, source: string): void {
  const steps: Step[] = [{ node: document.contents }];
  const anchors = new Map<string, Anchored>();
  let aliases = 0;
  let nestedAliases = 0;
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('end' in step) {
      step.end.aliasesInside = aliases - step.end.aliasesBefore;
    } else if ('key' in step) {
      if (isRepeated(yaml, step.key, step.seen))
        throw structureError(text, step.key.range[0], source, 'map keys must be unique');
    } else if (yaml.isAlias(step.node)) {
      const at = step.node.range[0];
      aliases += 1;
      if (aliases > MAX_ALIASES) throw structureError(text, at, source, `more than ${MAX_ALIASES} aliases`);
      // An unknown anchor is left to toJS, which refuses it.
      const target = anchors.get(step.node.source);
      if (target === undefined || target.referred) continue;
      if (target.aliasesInside === undefined)
        throw structureError(text, at, source, 'an alias inside the node it refers to');
      target.referred = true;
      nestedAliases += target.aliasesInside;
      if (nestedAliases > MAX_NESTED_ALIASES) {
        throw structureError(
          text,
          at,
          source,
          `more than ${MAX_NESTED_ALIASES} aliases inside the nodes that aliases refer to`,
        );
      }
    } else if (step.node !== null) {
      const { node } = step;
      if (node.anchor !== undefined) {
        const anchored: Anchored = {
          aliasesBefore: aliases,
          aliasesInside: yaml.isScalar(node) ? 0 : undefined,
          referred: false,
        };
        anchors.set(node.anchor, anchored);
        // Taken after the collection's nodes, pushed below.
        if (anchored.aliasesInside === undefined) steps.push({ end: anchored });
      }
      // Pushed last to first, to be taken first to last.
      if (yaml.isMap(node)) {
        const seen: SeenKeys = { scalars: new Set(), others: new Set() };
        for (const { key, value } of node.items.slice().reverse()) {
          if (node.flow) steps.push({ key, seen }, { node: value }, { node: key });
          else steps.push({ node: value }, { key, seen }, { node: key });
        }
      } else if (yaml.isSeq(node)) {
        const items: readonly SequenceItem[] = node.items;
        for (const item of items.slice().reverse()) {
          if (yaml.isPair(item)) steps.push({ node: item.value }, { node: item.key });
          else steps.push({ node: item });
        }
      }
    }
  }
}

/**
 * Whether `key` equals one in `seen`, which it joins. A key that is not a scalar is compared as JSON with its
 * aliases unresolved (an alias is its anchor's name), which takes time in proportion to the key.
 */
function isRepeated(yaml: NodeGuards, key: ParsedNode, seen: SeenKeys): boolean {
  if (yaml.isScalar(key)) {
    if (seen.scalars.has(key.value)) return true;
    seen.scalars.add(key.value);
    return false;
  }
  const json = JSON.stringify(key.toJSON());
  if (seen.others.has(json)) return true;
  seen.others.add(json);
  return false;
}

function syntaxError(source: string, line: number, column: number, reason: string): ConfigError {
  return new ConfigError([
    { path: source, message: `invalid YAML or JSON at line ${line}, column ${column}: ${reason}` },
  ]);
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
 * Refuses what YAML refuses and JSON.parse lets through: a key repeated in one object (JSON.parse keeps the last
 * silently) and nesting deeper than MAX_DOCUMENT_DEPTH. One pass over `text`, which JSON.parse has already accepted,
 * so only strings, brackets and commas need telling apart. The message and position are yaml's: it reports the first
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
      if (open.length === MAX_DOCUMENT_DEPTH) {
        throw structureError(text, index, source, `nested more than ${MAX_DOCUMENT_DEPTH} levels deep`);
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

/** Line and column as yaml's LineCounter gave them: lines end at `\n`, columns count UTF-16 units from 1. */
function structureError(text: string, offset: number, source: string, reason: string): ConfigError {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return syntaxError(source, line, offset - text.lastIndexOf('\n', offset - 1), reason);
}
