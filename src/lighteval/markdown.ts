/** Escaping for GitHub Markdown, shared by every report the action writes, and for names printed in a terminal. */

/**
 * Characters no reader should get unseen: controls (ESC, C1), format characters (bidi overrides, zero widths), line
 * and paragraph separators, lone surrogates.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/**
 * `text` with each invisible character written as an escape in JSON's notation (`\n`, `\u001b`, `\u202e`;
 * `\u{e0001}` beyond U+FFFF, where four digits would run into the next character). A backslash already in the text
 * stays as it is.
 */
export function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (character) => {
    const short = SHORT_ESCAPES[character];
    if (short !== undefined) return short;
    const code = (character.codePointAt(0) ?? 0).toString(16);
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
  });
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  $: '&#36;',
  '#': '&#35;',
};

/**
 * An empty HTML comment: invisible once rendered, yet it splits the text around it. GitHub finds mentions,
 * references and emoji in the rendered text, where a character reference (`&#64;`) or a backslash is already
 * gone, and its autolinks do not reach across an HTML comment either.
 */
const BREAK = '<!-- -->';

/**
 * What Markdown or GitHub would act on: the characters of ENTITIES (`_` only where it can start or end emphasis: it
 * stays readable between letters, as in `extractive_match`), `@` (mentions, `user@sha`, e-mail links), `:` before `//`
 * (links) or before the rest of an emoji code (`:x:`), and the starts of `GH-12` references and `www.` links.
 */
const ACTIVE =
  /[&<>|`\\*[\]~$#@]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|:(?=\/\/|[\w+-]+:)|(?<![\p{L}\p{N}])(?:gh(?=-\d)|www(?=\.))/giu;

function escapeLine(line: string): string {
  return line.replace(ACTIVE, (match: string, offset: number) => {
    const entity = ENTITIES[match];
    if (entity === undefined) return `${match}${BREAK}`;
    // The entity keeps `#` from starting a heading; before a digit, only a break keeps `#12` from being a reference.
    return match === '#' && /\d/.test(line.charAt(offset + 1)) ? `${entity}${BREAK}` : entity;
  });
}

/**
 * Text as HTML, safe inside a Markdown table cell or on one line of a list: no `|` to split the cell, no line
 * break to end the row, no tag, code span, emphasis, heading, link or math, and nothing GitHub turns into a mention
 * (`@name`), a reference (`#12`, `owner/repo#12`, `GH-12`), an emoji or a link. A character reference is always
 * literal text to Markdown, so each character Markdown would act on becomes one; line breaks become `<br>`, and
 * other invisible characters show as escapes (`\u202e`).
 */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeLine(visibleControls(line)))
    .join('<br>');
}

/** Text in a code element: monospace, escaped as escapeCell escapes it. */
export function codeCell(text: string): string {
  return `<code>${escapeCell(text)}</code>`;
}

/** `1 check`, `3 checks`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
