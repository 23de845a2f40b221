import { describe, expect, it } from 'vitest';
import { codeCell, escapeCell } from '../../src/lighteval/markdown.js';

describe('escapeCell', () => {
  it.each([
    ['extractive_match', 'extractive_match'],
    ['mmlu:_average|0', 'mmlu:&#95;average&#124;0'],
    ['pass@k:k=1&n=1', 'pass@k:k=1&amp;n=1'],
    ['&#124;', '&amp;#124;'],
    ['a\r\nb\rc\nd', 'a<br>b<br>c<br>d'],
    ['_x_ __y__ x_', '&#95;x&#95; &#95;&#95;y&#95;&#95; x&#95;'],
    ['~~s~~ [a](b) ![i](j) <!-- c', '&#126;&#126;s&#126;&#126; &#91;a&#93;(b) !&#91;i&#93;(j) &lt;!-- c'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });

  it('keeps every table row at its cell borders, whatever the text', () => {
    for (const text of ['a|b', 'x\n| y |', '`|`', '\\|']) expect(`| ${escapeCell(text)} |`.split('|')).toHaveLength(3);
  });

  it('wraps code in a code element', () => {
    expect(codeCell('a|b')).toBe('<code>a&#124;b</code>');
  });
});
