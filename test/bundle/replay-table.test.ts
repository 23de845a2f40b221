import { describe, expect, it } from 'vitest';
import { replayTable, differenceText } from '../../src/bundle/replay-table.js';
import type { TaskMetrics } from '../../src/lighteval/metrics.js';

const metric = (value: number | null) => ({ value, stderr: undefined });

describe('replayTable', () => {
  it('puts each bundled metric beside the new one, with the signed difference, the overall average last', () => {
    const bundled: TaskMetrics = { all: { em: metric(0.7) }, 'gsm8k|0': { em: metric(0.8) }, 'ifeval|0': { acc: metric(0.5) } };
    const fresh: TaskMetrics = { 'gsm8k|0': { em: metric(0.9) }, 'ifeval|0': { acc: metric(0.45) }, all: { em: metric(0.7) } };
    expect(replayTable(bundled, fresh)).toBe(
      [
        '| task | metric | bundled | new | difference |',
        '|---|---|--:|--:|--:|',
        '| gsm8k\\|0 | em | 0.8 | 0.9 | +0.1 |',
        '| ifeval\\|0 | acc | 0.5 | 0.45 | -0.05 |',
        '| all | em | 0.7 | 0.7 | 0 |',
        '',
      ].join('\n'),
    );
  });

  it('shows what only one side has, and NaN, without a difference', () => {
    const table = replayTable({ 'old|0': { em: metric(1) }, 'gsm8k|0': { em: metric(null) } }, { 'gsm8k|0': { em: metric(0.5), extra: metric(0.2) } });
    expect(table.split('\n').slice(2, -1)).toEqual([
      '| gsm8k\\|0 | em | NaN | 0.5 | — |',
      '| gsm8k\\|0 | extra | — | 0.2 | — |',
      '| old\\|0 | em | 1 | — | — |',
    ]);
  });

  it('has a bundled column of dashes when the bundle holds no results', () => {
    expect(replayTable(undefined, { 'gsm8k|0': { em: metric(0.5) } })).toContain('| gsm8k\\|0 | em | — | 0.5 | — |');
    expect(replayTable(undefined, {})).toBe('The results hold no metrics.\n');
  });

  it('signs differences, and calls float noise no difference', () => {
    expect(differenceText(0.8, 0.9)).toBe('+0.1');
    expect(differenceText(0.3, 0.1 + 0.2)).toBe('0');
    expect(differenceText(0.5, 0.49999)).toBe('-0.00001');
    expect(differenceText(undefined, 1)).toBe('—');
  });
});
