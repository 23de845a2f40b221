import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGate, parseThresholds } from '../../src/lighteval/gate.js';
import type { Baseline, MetricValue, TaskMetrics } from '../../src/lighteval/metrics.js';
import { formatMetric, noResultsReport, type ReportContent, reportMarkdown } from '../../src/lighteval/report.js';
import { HOSTILE_NAMES } from '../fixtures/hostile-names.js';

function measured(value: number | null, stderr?: number): MetricValue {
  return { value, stderr };
}

/** The example of shared/reference/lighteval.md, `all` first to show that it moves last. */
const EXAMPLE: TaskMetrics = {
  all: { extractive_match: measured(0.9, 0.1), em: measured(0.7, 0.1483) },
  'gsm8k|0': { extractive_match: measured(0.9, 0.1) },
  'mmlu:abstract_algebra|0': { em: measured(0.6, 0.1633) },
  'mmlu:anatomy|0': { em: measured(0.8, 0.1333) },
  'mmlu:_average|0': { em: measured(0.7, 0.1483) },
};

const RUN = {
  modelName: 'openai/gpt-4o-mini',
  lightevalVersion: '0.13.0',
  tasks: ['gsm8k|0', 'mmlu:abstract_algebra|0', 'mmlu:anatomy|0'],
  maxSamples: 10,
  resultsFile: 'lighteval-output/results/openai/gpt-4o-mini/results_2025-06-01T10-00-00.000000.json',
} as const;

function gated(metrics: TaskMetrics, thresholds: unknown, baseline?: Baseline): ReportContent {
  const gate = evaluateGate({ metrics, thresholds: parseThresholds(thresholds), baseline, baselineTolerance: 0.02 });
  return { ...RUN, metrics, gate, status: gate.passed ? 'passed' : 'failed' };
}

/** The table rows of a report, cells unescaped no further than Markdown splits them. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| <code>'))
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('reportMarkdown', () => {
  it('reports the reference example, passed', () => {
    const content = gated(
      EXAMPLE,
      { gsm8k: { extractive_match: 0.85 }, all: { em: { min: 0.6, max: 0.95 } } },
      { 'lighteval|mmlu:_average|0': { em: 0.72 }, 'gsm8k|0': { extractive_match: 0.9 } },
    );
    expect(reportMarkdown({ ...content, notes: ['LightEval ran 1 of 2 task groups.'] })).toBe(
      [
        '## LightEval results for <code>openai/gpt-4o-mini</code>',
        '',
        '✅ **Passed**: 5 of 5 checks met.',
        '',
        '| task | metric | value | ± stderr | threshold / baseline | result |',
        '|---|---|--:|--:|---|:-:|',
        '| <code>gsm8k&#124;0</code> | <code>extractive_match</code> | 0.9 | 0.1 | ≥ 0.85, baseline 0.9 − 0.02 | ✅ |',
        '| <code>mmlu:abstract_algebra&#124;0</code> | <code>em</code> | 0.6 | 0.1633 |  |  |',
        '| <code>mmlu:anatomy&#124;0</code> | <code>em</code> | 0.8 | 0.1333 |  |  |',
        '| <code>mmlu:&#95;average&#124;0</code> | <code>em</code> | 0.7 | 0.1483 | baseline 0.72 − 0.02 | ✅ |',
        '| <code>all</code> | <code>extractive_match</code> | 0.9 | 0.1 |  |  |',
        '| <code>all</code> | <code>em</code> | 0.7 | 0.1483 | ≥ 0.6, ≤ 0.95 | ✅ |',
        '',
        'LightEval <code>0.13.0</code> · tasks <code>gsm8k&#124;0</code>, <code>mmlu:abstract_algebra&#124;0</code>, ' +
          '<code>mmlu:anatomy&#124;0</code> · at most 10 samples per task · results in ' +
          '<code>lighteval-output/results/openai/gpt-4o-mini/results_2025-06-01T10-00-00.000000.json</code>',
        '',
        '### Notes',
        '',
        '- LightEval ran 1 of 2 task groups.',
        '',
      ].join('\n'),
    );
  });

  it('reports a failed gate: the missed rows, and what could not be checked under the table', () => {
    const metrics: TaskMetrics = { 'gsm8k|0': { extractive_match: measured(0.85, 0.05), acc: measured(null) } };
    const thresholds = { 'gsm8k|0': { extractive_match: 0.8, em: 0.5, acc: 0.5 } };
    const report = reportMarkdown(gated(metrics, thresholds, { 'gsm8k|0': { extractive_match: 0.9 } }));
    expect(report).toBe(
      [
        '## LightEval results for <code>openai/gpt-4o-mini</code>',
        '',
        '❌ **Failed**: 1 of 2 checks missed; 2 limits could not be checked (below).',
        '',
        '| task | metric | value | ± stderr | threshold / baseline | result |',
        '|---|---|--:|--:|---|:-:|',
        '| <code>gsm8k&#124;0</code> | <code>extractive_match</code> | 0.85 | 0.05 | ≥ 0.8, baseline 0.9 − 0.02 | ❌ |',
        '| <code>gsm8k&#124;0</code> | <code>acc</code> | NaN |  | ≥ 0.5 | ❌ |',
        '',
        '### Limits that could not be checked',
        '',
        '- threshold on gsm8k&#124;0 metric "em": the results have no such metric (they have extractive_match, acc)',
        '- gsm8k&#124;0 acc = NaN, cannot be compared with the threshold 0.5',
        '',
        'LightEval <code>0.13.0</code> · tasks <code>gsm8k&#124;0</code>, <code>mmlu:abstract_algebra&#124;0</code>, ' +
          '<code>mmlu:anatomy&#124;0</code> · at most 10 samples per task · results in ' +
          '<code>lighteval-output/results/openai/gpt-4o-mini/results_2025-06-01T10-00-00.000000.json</code>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['only misses', { 'gsm8k|0': { em: 0.9 } }, '❌ **Failed**: 1 of 1 check missed.'],
    ['only problems', { 'gsm8k|5': { em: 0.5 } }, '❌ **Failed**: 1 limit could not be checked (below).'],
    ['a pass', { 'gsm8k|0': { em: { min: 0.1, max: 0.9 } } }, '✅ **Passed**: 2 of 2 checks met.'],
  ])('states the verdict on one line: %s', (_name, thresholds, line) => {
    const report = reportMarkdown(gated({ 'gsm8k|0': { em: measured(0.5) } }, thresholds));
    expect(report.split('\n')[2]).toBe(line);
  });

  it('says when nothing was gated, and leaves limits and results blank', () => {
    const report = reportMarkdown({ ...RUN, metrics: EXAMPLE, gate: undefined, status: 'no-gate' });
    expect(report.split('\n')[2]).toBe('**Not gated**: no thresholds or baseline were given.');
    expect(tableRows(report).map((cells) => cells.slice(4))).toStrictEqual(Array.from({ length: 6 }, () => ['', '']));
  });

  it('follows the status it is given when there is no gate result', () => {
    const report = reportMarkdown({ ...RUN, metrics: EXAMPLE, gate: undefined, status: 'failed' });
    expect(report.split('\n')[2]).toBe('❌ **Failed**.');
  });

  it('leaves the stderr blank when LightEval wrote none', () => {
    const metrics = { 'gsm8k|0': { em: measured(1) } };
    const report = reportMarkdown({ ...RUN, metrics, gate: undefined, status: 'no-gate' });
    expect(tableRows(report)).toStrictEqual([['<code>gsm8k&#124;0</code>', '<code>em</code>', '1', '', '', '']]);
  });

  it('shows a max-only limit and a baseline without tolerance', () => {
    const metrics: TaskMetrics = { 'gsm8k|0': { loss: measured(1.5) } };
    const thresholds = { 'gsm8k|0': { loss: { max: 2 } } };
    const gate = evaluateGate({ metrics, thresholds, baseline: { 'gsm8k|0': { loss: 1 } }, baselineTolerance: 0 });
    const [row] = tableRows(reportMarkdown({ ...RUN, metrics, gate, status: 'passed' }));
    expect(row?.slice(4)).toStrictEqual(['≤ 2, baseline 1', '✅']);
  });

  it('shows the exact value when rounding would hide a miss', () => {
    const metrics: TaskMetrics = { 'gsm8k|0': { em: measured(0.89996), f1: measured(0.89996) } };
    const rows = tableRows(reportMarkdown(gated(metrics, { 'gsm8k|0': { em: 0.9, f1: 0.8 } })));
    expect(rows.map((cells) => cells.slice(2, 6))).toStrictEqual([
      ['0.89996', '', '≥ 0.9', '❌'],
      ['0.9', '', '≥ 0.8', '✅'],
    ]);
  });

  it('says so when the results hold no metric', () => {
    const report = reportMarkdown({ ...RUN, metrics: {}, gate: undefined, status: 'no-gate' });
    expect(report).toContain('\n_The results hold no metrics._\n');
    expect(report).not.toContain('| task |');
  });

  it('leaves out the facts that were not given', () => {
    const report = reportMarkdown({
      ...RUN,
      tasks: ['gsm8k|0'],
      maxSamples: undefined,
      resultsFile: undefined,
      metrics: {},
      gate: undefined,
      status: 'no-gate',
    });
    expect(report.trimEnd().split('\n').at(-1)).toBe('LightEval <code>0.13.0</code> · task <code>gsm8k&#124;0</code>');
  });

  it('escapes hostile task and metric names so that they cannot break the table', () => {
    const task = 'a|b\n<img src=x onerror=alert(1)>`x`';
    const metric = 'm\r\n| x | `y` [l](http://e) *b* _i_ $m$ \\';
    const metrics = { [task]: { [metric]: measured(0.5) } };
    const report = reportMarkdown({ ...RUN, modelName: '<b>`m`</b>', metrics, gate: undefined, status: 'no-gate' });
    expect(report).toContain(
      '| <code>a&#124;b<br>&lt;img src=x onerror=alert(1)&gt;&#96;x&#96;</code> ' +
        '| <code>m<br>&#124; x &#124; &#96;y&#96; &#91;l&#93;(http:<!-- -->//e) &#42;b&#42; &#95;i&#95; &#36;m&#36; &#92;</code> ' +
        '| 0.5 |  |  |  |',
    );
    expect(report.split('\n')[0]).toBe('## LightEval results for <code>&lt;b&gt;&#96;m&#96;&lt;/b&gt;</code>');
  });

  it('keeps a threshold on a task named as a mention from pinging anyone, in the table and under it', () => {
    const metrics: TaskMetrics = { '@admin|0': { em: measured(0.5) } };
    const report = reportMarkdown(gated(metrics, { '@admin|0': { em: 0.4, acc: 0.5 }, '@team': { em: 0.1 } }));
    expect(tableRows(report)[0]?.[0]).toBe('<code>@<!-- -->admin&#124;0</code>');
    expect(report).toContain(
      '- threshold on @<!-- -->admin&#124;0 metric "acc": the results have no such metric (they have em)\n' +
        '- threshold on @<!-- -->team: the results have no such task (they have @<!-- -->admin&#124;0)\n',
    );
    expect(report.replaceAll('@<!-- -->', '')).not.toContain('@');
  });

  it.each(HOSTILE_NAMES)('escapes %s wherever a name appears', (_what, name, escaped) => {
    const metrics: TaskMetrics = { [name]: { [name]: measured(0.5) } };
    const content = gated(metrics, { [name]: { [name]: 0.4, [`${name}x`]: 0.1 } });
    const notes = [`note on ${name}`];
    const report = reportMarkdown({
      ...content,
      modelName: name,
      tasks: [name],
      maxSamples: undefined,
      resultsFile: name,
      notes,
    });
    const code = `<code>${escaped}</code>`;
    expect(report.split('\n')[0]).toBe(`## LightEval results for ${code}`);
    expect(tableRows(report)[0]?.slice(0, 2)).toStrictEqual([code, code]);
    expect(report).toContain(`task ${code} · results in ${code}\n`);
    expect(report).toContain(`\n- note on ${escaped}\n`);
    // Under the table, in the gate's words: the task, the metric (quoted) and the suggestion, each escaped.
    const limits = report.split('\n').find((line) => line.startsWith('- threshold on ')) ?? '';
    expect(limits).toContain(`metric "${escaped}x": the results have no such metric`);
    expect(limits.split(escaped)).toHaveLength(4);
  });

  it('keeps one row of six cells per metric whatever the names hold', () => {
    const name = fc.string({ unit: 'binary', maxLength: 20 });
    const metricValues = fc.dictionary(name, fc.double(), { minKeys: 1, maxKeys: 3 });
    fc.assert(
      fc.property(fc.dictionary(name, metricValues, { minKeys: 1, maxKeys: 3 }), (values) => {
        const metrics: TaskMetrics = Object.fromEntries(
          Object.entries(values).map(([task, taskValues]) => [
            task,
            Object.fromEntries(Object.entries(taskValues).map(([metric, value]) => [metric, measured(value, value)])),
          ]),
        );
        const lines = reportMarkdown({ ...RUN, metrics, gate: undefined, status: 'no-gate' }).split('\n');
        const header = lines.indexOf('|---|---|--:|--:|---|:-:|');
        const rowCount = Object.values(values).reduce((count, taskValues) => count + Object.keys(taskValues).length, 0);
        const rows = lines.slice(header + 1, header + 1 + rowCount);
        expect(lines[header + 1 + rowCount]).toBe('');
        for (const row of rows) {
          expect(row.split('|')).toHaveLength(8);
          expect(row.replace(/<\/?code>|<br>/g, '')).not.toMatch(/[`<>\r\n]/);
        }
      }),
    );
  });
});

describe('formatMetric', () => {
  it.each([
    [0.9, '0.9'],
    [0.1633, '0.1633'],
    [0.16334, '0.1633'],
    [0.16335001, '0.1634'],
    [1, '1'],
    [0, '0'],
    [-0, '0'],
    [100, '100'],
    [12.5, '12.5'],
    [-0.25, '-0.25'],
    [0.00003, '0.00003'],
    [1.23456e-7, '1.235e-7'],
    [1e21, '1e+21'],
    [1e30, '1e+30'],
    [null, 'NaN'],
    [Number.NaN, 'NaN'],
  ])('writes %s as %s', (value, text) => {
    expect(formatMetric(value)).toBe(text);
  });
});

describe('noResultsReport', () => {
  it('has the same heading as a full report, and the one line it is given', () => {
    expect(noResultsReport('openai/gpt-4o-mini', '**Skipped**: no key.')).toBe(
      '## LightEval results for <code>openai/gpt-4o-mini</code>\n\n**Skipped**: no key.\n',
    );
  });
});
