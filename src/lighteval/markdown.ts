/** Escaping for GitHub Markdown, shared by every report the action writes. */

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
};

/**
 * Text as HTML, safe inside a Markdown table cell or on one line of a list: no `|` to split the cell, no line
 * break to end the row, no tag, code span, emphasis, link or math. A character reference is always literal text
 * to Markdown, so each such character becomes one. `_` between two letters or digits cannot start emphasis and
 * stays readable (`extractive_match`).
 */
export function escapeCell(text: string): string {
  return text
    .replace(/[&<>|`\\*[\]~$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (character) => ENTITIES[character] ?? character)
    .replace(/\r\n?|\n/g, '<br>');
}

/** Text in a code element: monospace, and GitHub neither links mentions nor references inside it. */
export function codeCell(text: string): string {
  return `<code>${escapeCell(text)}</code>`;
}

/** `1 check`, `3 checks`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
