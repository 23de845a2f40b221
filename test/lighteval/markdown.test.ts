import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCell, escapeCell, visibleControls } from '../../src/lighteval/markdown.js';

/** The text a reader sees once GitHub has rendered `html`: comments gone, `<br>` a line break, references decoded. */
function rendered(html: string): string {
  return html
    .replaceAll('<!-- -->', '')
    .replaceAll('<br>', '\n')
    .replace(/&#(\d+);/g, (_reference, code: string) => String.fromCodePoint(Number(code)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('escapeCell', () => {
  it.each([
    ['extractive_match', 'extractive_match'],
    ['mmlu:_average|0', 'mmlu:&#95;average&#124;0'],
    ['pass@k:k=1&n=1', 'pass@<!-- -->k:k=1&amp;n=1'],
    ['&#124;', '&amp;&#35;<!-- -->124;'],
    ['a\r\nb\rc\nd', 'a<br>b<br>c<br>d'],
    ['_x_ __y__ x_', '&#95;x&#95; &#95;&#95;y&#95;&#95; x&#95;'],
    ['~~s~~ [a](b) ![i](j) <!-- c', '&#126;&#126;s&#126;&#126; &#91;a&#93;(b) !&#91;i&#93;(j) &lt;!-- c'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it.each([
    ['@admin', '@<!-- -->admin'],
    ['cc @org/team', 'cc @<!-- -->org/team'],
    ['see me@example.com', 'see me@<!-- -->example.com'],
    ['user@a5c3785', 'user@<!-- -->a5c3785'],
  ])('breaks the mention or e-mail link in %j', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it.each([
    ['#123', '&#35;<!-- -->123'],
    ['owner/repo#1', 'owner/repo&#35;<!-- -->1'],
    ['user#26 and GH-26 and gh-7', 'user&#35;<!-- -->26 and GH<!-- -->-26 and gh<!-- -->-7'],
    ['# not a heading', '&#35; not a heading'],
    ['C# and #tag', 'C&#35; and &#35;tag'],
    ['ugh-1 stays', 'ugh-1 stays'],
  ])('breaks the reference in %j, and keeps # from starting a heading', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it.each([
    [':white_check_mark: passed', ':<!-- -->white_check_mark: passed'],
    ['a:x:b', 'a:<!-- -->x:b'],
    ['https://evil.example/x', 'https:<!-- -->//evil.example/x'],
    ['go to www.evil.example', 'go to www<!-- -->.evil.example'],
    ['mmlu:abstract_algebra|0', 'mmlu:abstract_algebra&#124;0'],
    ['lowww.x', 'lowww.x'],
  ])('breaks the emoji code or link in %j, and leaves other colons and dots', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it.each([
    ['ESC sequence', 'gsm8k\u001b[31m', 'gsm8k&#92;u001b&#91;31m'],
    ['C1 control', 'a\u0085b\u009bc', 'a&#92;u0085b&#92;u009bc'],
    ['bidi override', 'em\u202eacc\u202c', 'em&#92;u202eacc&#92;u202c'],
    ['bidi isolate and zero width', '\u2067x\u2069\u200b', '&#92;u2067x&#92;u2069&#92;u200b'],
    ['tab and line separator', 'a\tb\u2028c', 'a&#92;tb&#92;u2028c'],
    ['tag character', 'x\u{e0001}', 'x&#92;u{e0001}'],
    ['lone surrogate', 'a\ud800', 'a&#92;ud800'],
  ])('shows an invisible character as an escape: %s', (_name, text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it('keeps every table row at its cell borders, whatever the text', () => {
    for (const text of ['a|b', 'x\n| y |', '`|`', '\\|']) expect(`| ${escapeCell(text)} |`.split('|')).toHaveLength(3);
  });

  it('leaves nothing Markdown or GitHub acts on, and loses nothing a reader should see', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const escaped = escapeCell(text);
        const markup = escaped.replace(/<!-- -->|<br>|&(?:#\d+|amp|lt|gt);/g, '');
        expect(markup).not.toMatch(/[&<>|`\\*[\]~$#\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
        // Every `@`, and `:` before `//`, is followed by a break; so is `#` (as a reference) before a digit.
        expect(escaped.replaceAll('@<!-- -->', '')).not.toContain('@');
        expect(escaped).not.toMatch(/:\/\/|:[\w+-]+:|&#35;\d|(?<![\p{L}\p{N}])(?:www\.|gh-\d)/iu);
        expect(rendered(escaped)).toBe(
          text
            .split(/\r\n?|\n/)
            .map(visibleControls)
            .join('\n'),
        );
      }),
    );
  });
});

describe('codeCell', () => {
  it('wraps escaped text in a code element', () => {
    expect(codeCell('a|b')).toBe('<code>a&#124;b</code>');
    expect(codeCell('@admin #1 <img src=x onerror=alert(1)>')).toBe(
      '<code>@<!-- -->admin &#35;<!-- -->1 &lt;img src=x onerror=alert(1)&gt;</code>',
    );
  });
});

describe('visibleControls', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['a\nb\r\tc\b\f', 'a\\nb\\r\\tc\\b\\f'],
    ['\u007f\u0080\u009f', '\\u007f\\u0080\\u009f'],
    ['\u202a\u202e\u2066\u200e\u061c\ufeff\u00ad', '\\u202a\\u202e\\u2066\\u200e\\u061c\\ufeff\\u00ad'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['\u{e007f}1', '\\u{e007f}1'],
    ['\udc00x', '\\udc00x'],
  ])('writes %j as %j', (text, shown) => {
    expect(visibleControls(text)).toBe(shown);
  });

  it('leaves visible text alone: backslashes, accents, CJK, emoji, right-to-left letters', () => {
    for (const text of ['gsm8k|0', 'a\\nb', 'é 中 😀', 'العربية']) expect(visibleControls(text)).toBe(text);
  });
});
