import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayTable, differenceText } from '../../src/bundle/replay-table.js';
import type { TaskMetrics } from '../../src/lighteval/metrics.js';

const metric = (value: number | null) => ({ value, stderr: undefined });

describe('replayTable', () => {
  it('puts each bundled metric beside the new one, with the signed difference, the overall average last', () => {
    const bundled: TaskMetrics = {
      all: { em: metric(0.7) },
      'gsm8k|0': { em: metric(0.8) },
      'ifeval|0': { acc: metric(0.5) },
    };
    const fresh: TaskMetrics = {
      'gsm8k|0': { em: metric(0.9) },
      'ifeval|0': { acc: metric(0.45) },
      all: { em: metric(0.7) },
    };
    expect(replayTable(bundled, fresh)).toBe(
      [
        '| task | metric | bundled | new | difference |',
        '|---|---|--:|--:|--:|',
        '| `gsm8k\\|0` | `em` | 0.8 | 0.9 | +0.1 |',
        '| `ifeval\\|0` | `acc` | 0.5 | 0.45 | -0.05 |',
        '| `all` | `em` | 0.7 | 0.7 | 0 |',
        '',
      ].join('\n'),
    );
  });

  it('shows what only one side has, and NaN, without a difference', () => {
    const table = replayTable(
      { 'old|0': { em: metric(1) }, 'gsm8k|0': { em: metric(null) } },
      { 'gsm8k|0': { em: metric(0.5), extra: metric(0.2) } },
    );
    expect(table.split('\n').slice(2, -1)).toEqual([
      '| `gsm8k\\|0` | `em` | NaN | 0.5 | — |',
      '| `gsm8k\\|0` | `extra` | — | 0.2 | — |',
      '| `old\\|0` | `em` | 1 | — | — |',
    ]);
  });

  it('has a bundled column of dashes when the bundle holds no results', () => {
    expect(replayTable(undefined, { 'gsm8k|0': { em: metric(0.5) } })).toContain(
      '| `gsm8k\\|0` | `em` | — | 0.5 | — |',
    );
    expect(replayTable(undefined, {})).toBe('The results hold no metrics.\n');
  });

  /** The task and metric cells of the one row `replayTable` prints for a task and a metric. */
  function nameCells(task: string, metricName: string): string {
    const row = replayTable(undefined, { [task]: { [metricName]: metric(0.5) } }).split('\n')[2] ?? '';
    return row.slice(0, row.indexOf(' | — | 0.5 | — |'));
  }

  it.each([
    ['HTML', '<img src=x onerror=alert(1)>', '<b>em</b>', '| `<img src=x onerror=alert(1)>` | `<b>em</b>`'],
    ['a mention and references', '@admin', 'owner/repo#1 #2', '| `@admin` | `owner/repo#1 #2`'],
    ['emphasis, links and emoji', '*a* _b_ [l](http://e)', ':x:', '| `*a* _b_ [l](http://e)` | `:x:`'],
    [
      'an ESC sequence and a C1 CSI',
      'gsm8k\u001b[2J\u001b]8;;http://e\u0007',
      'em\u009b31m',
      '| `gsm8k\\u001b[2J\\u001b]8;;http://e\\u0007` | `em\\u009b31m`',
    ],
    ['bidi overrides and isolates', 'acc\u202e\u2066x', 'em\u200f', '| `acc\\u202e\\u2066x` | `em\\u200f`'],
    ['line breaks', 'a\nb\r\nc', 'm\u2028', '| `a\\nb\\r\\nc` | `m\\u2028`'],
    ['pipes and backslashes', 'a|b\\|c', '\\', '| `a\\|b\\\\|c` | `\\`'],
  ])('prints %s in names as code, visible and inert', (_what, task, metricName, cells) => {
    expect(nameCells(task, metricName)).toBe(cells);
  });

  it.each([
    ['a backtick', 'a`b', '``a`b``'],
    ['backticks at the ends', '`x`', '`` `x` ``'],
    ['a run of backticks', 'a```b', '````a```b````'],
    ['spaces at both ends', ' a ', '`  a  `'],
    ['a space at one end', ' a', '`  a `'],
    ['spaces only', '  ', '`  `'],
    ['nothing', '', '` `'],
  ])('keeps a name with %s whole in its code span', (_what, task, span) => {
    expect(nameCells(task, 'em')).toBe(`| ${span} | \`em\``);
  });

  it('keeps five cells a row and no invisible character, whatever the names hold', () => {
    const name = fc.string({ unit: 'binary', maxLength: 20 });
    fc.assert(
      fc.property(name, name, (task, metricName) => {
        const row = replayTable(undefined, { [task]: { [metricName]: metric(0.5) } }).split('\n')[2] ?? '';
        // GitHub's tables take a `|` right after a backslash as part of the cell.
        expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
        expect(row).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
      }),
    );
  });

  it('signs differences, and calls float noise no difference', () => {
    expect(differenceText(0.8, 0.9)).toBe('+0.1');
    expect(differenceText(0.3, 0.1 + 0.2)).toBe('0');
    expect(differenceText(0.5, 0.49999)).toBe('-0.00001');
    expect(differenceText(undefined, 1)).toBe('—');
  });
});
