import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareResults,
  isLowerBetter,
  modelNameOf,
  type ResultsComparison,
  type ResultsDocument,
} from '../../src/lighteval/matrix.js';
import { LightEvalResultsSchema, parseResultsText } from '../../src/lighteval/results.js';
import { type FixtureOptions, resultsText } from '../support/results-fixtures.js';
import { HOSTILE_NAMES } from '../fixtures/hostile-names.js';

/** A results file as the scan would hand it over: LightEval's text, parsed (NaN included) and checked. */
function document(path: string, options: FixtureOptions): ResultsDocument {
  return { path, results: LightEvalResultsSchema.parse(parseResultsText(resultsText(options), path)) };
}

/** `leg/results/<model>/results_<date>.json`, the layout a matrix job's download gives. */
function leg(
  name: string,
  modelName: string,
  results: FixtureOptions['results'],
  style?: FixtureOptions['style'],
): ResultsDocument {
  return document(`${name}/results/${modelName}/results_2026-01-01T00-00-00.000000.json`, {
    modelName,
    results,
    style,
  });
}

/** The table's body rows, each split into its cells (task, metric, one per column). */
function bodyRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| <code>'))
    .map((line) => line.slice(2, -2).split(' | '));
}

function headerCells(markdown: string): string[] {
  const header = markdown.split('\n').find((line) => line.startsWith('| task | metric |')) ?? '';
  return header.slice(2, -2).split(' | ').slice(2);
}

function row(comparison: ResultsComparison, task: string, metric: string) {
  const found = comparison.rows.find((candidate) => candidate.task === task && candidate.metric === metric);
  if (found === undefined) throw new Error(`no row ${task} ${metric}`);
  return found;
}

const THREE_MODELS = [
  leg('leg-c', 'openai/gpt-4o-mini', {
    'gsm8k|0': { extractive_match: 0.7, extractive_match_stderr: 0.15 },
    all: { extractive_match: 0.7 },
  }),
  leg('leg-a', 'anthropic/claude-3-5-haiku', {
    'gsm8k|0': { extractive_match: 0.9, extractive_match_stderr: 0.1 },
    all: { extractive_match: 0.9 },
  }),
  leg('leg-b', 'ollama/llama3.1', {
    'gsm8k|0': { extractive_match: 0.4, extractive_match_stderr: 0.16 },
    all: { extractive_match: 0.4 },
  }),
];

describe('compareResults', () => {
  it('puts a column per file, sorted by model name, and a row per task and metric, stderr folded away', () => {
    const comparison = compareResults(THREE_MODELS);
    expect(comparison.columns.map(({ modelName }) => modelName)).toEqual([
      'anthropic/claude-3-5-haiku',
      'ollama/llama3.1',
      'openai/gpt-4o-mini',
    ]);
    expect(comparison.columns.map(({ label }) => label)).toEqual([undefined, undefined, undefined]);
    expect(comparison.rows.map(({ task, metric }) => `${task} ${metric}`)).toEqual([
      'gsm8k|0 extractive_match',
      'all extractive_match',
    ]);
    expect(row(comparison, 'gsm8k|0', 'extractive_match').values).toEqual([0.9, 0.4, 0.7]);
    expect(comparison.markdown).toBe(
      [
        '## LightEval results: 3 models compared',
        '',
        '| task | metric | <code>anthropic/claude-3-5-haiku</code> | <code>ollama/llama3.1</code> | <code>openai/gpt-4o-mini</code> |',
        '|---|---|--:|--:|--:|',
        '| <code>gsm8k&#124;0</code> | <code>extractive_match</code> | **0.9** | 0.4 | 0.7 |',
        '| <code>all</code> | <code>extractive_match</code> | **0.9** | 0.4 | 0.7 |',
        '',
        'The best value of each row is in **bold** when at least two models have a number there (ties all bold): the ' +
          'highest, or the lowest for metrics named with perplexity, ppl, bpb, bits_per_byte, loss, error, ter, wer, cer ' +
          'or distance. — means the file has no such metric; NaN, that LightEval wrote NaN.',
        '',
      ].join('\n'),
    );
  });

  it('gives the same comparison whatever order the files come in', () => {
    const reversed = compareResults([...THREE_MODELS].reverse());
    expect(reversed.markdown).toBe(compareResults(THREE_MODELS).markdown);
  });

  it('marks every column of a tie, and none when fewer than two columns have a number', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 'gsm8k|0': { em: 0.8 }, 'ifeval|0': { acc: 0.5 }, 'hellaswag|0': { em: 0.2 } }),
      leg('b', 'm2', { 'gsm8k|0': { em: 0.8 }, 'ifeval|0': { acc: 'NaN' } }),
      leg('c', 'm3', { 'gsm8k|0': { em: 0.6 } }),
    ]);
    expect(row(comparison, 'gsm8k|0', 'em').best).toEqual([true, true, false]);
    expect(row(comparison, 'ifeval|0', 'acc').best).toEqual([false, false, false]);
    expect(row(comparison, 'hellaswag|0', 'em').best).toEqual([false, false, false]);
    expect(bodyRows(comparison.markdown)).toEqual([
      ['<code>gsm8k&#124;0</code>', '<code>em</code>', '**0.8**', '**0.8**', '0.6'],
      ['<code>ifeval&#124;0</code>', '<code>acc</code>', '0.5', 'NaN', '—'],
      ['<code>hellaswag&#124;0</code>', '<code>em</code>', '0.2', '—', '—'],
    ]);
  });

  it('never marks NaN as best, and shows it as NaN', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 'gsm8k|0': { em: 'NaN' } }),
      leg('b', 'm2', { 'gsm8k|0': { em: 0.1 } }),
      leg('c', 'm3', { 'gsm8k|0': { em: 0.05 } }),
    ]);
    const gsm8k = row(comparison, 'gsm8k|0', 'em');
    expect(gsm8k.values).toEqual([null, 0.1, 0.05]);
    expect(gsm8k.best).toEqual([false, true, false]);
    expect(bodyRows(comparison.markdown)[0]?.slice(2)).toEqual(['NaN', '**0.1**', '0.05']);
  });

  it('marks the lowest value for metrics whose names say lower is better', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 'wikitext|0': { word_perplexity: 12.5, bits_per_byte: 0.61, em: 0.3 } }),
      leg('b', 'm2', { 'wikitext|0': { word_perplexity: 9.25, bits_per_byte: 0.66, em: 0.4 } }),
    ]);
    expect(row(comparison, 'wikitext|0', 'word_perplexity')).toMatchObject({
      lowerIsBetter: true,
      best: [false, true],
    });
    expect(row(comparison, 'wikitext|0', 'bits_per_byte')).toMatchObject({ lowerIsBetter: true, best: [true, false] });
    expect(row(comparison, 'wikitext|0', 'em')).toMatchObject({ lowerIsBetter: false, best: [false, true] });
    expect(bodyRows(comparison.markdown).map((cells) => cells.slice(2))).toEqual([
      ['12.5', '**9.25**'],
      ['**0.61**', '0.66'],
      ['0.3', '**0.4**'],
    ]);
  });

  it('shows — where a column lacks a task or a metric', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 'gsm8k|0': { extractive_match: 0.9 }, 'mmlu:anatomy|0': { em: 0.8 } }),
      leg('b', 'm2', { 'gsm8k|0': { extractive_match: 0.7, maj_at_4: 0.75 } }),
    ]);
    expect(row(comparison, 'mmlu:anatomy|0', 'em').values).toEqual([0.8, undefined]);
    expect(row(comparison, 'gsm8k|0', 'maj_at_4').values).toEqual([undefined, 0.75]);
    expect(bodyRows(comparison.markdown)).toEqual([
      ['<code>gsm8k&#124;0</code>', '<code>extractive_match</code>', '**0.9**', '0.7'],
      ['<code>gsm8k&#124;0</code>', '<code>maj_at_4</code>', '—', '0.75'],
      ['<code>mmlu:anatomy&#124;0</code>', '<code>em</code>', '0.8', '—'],
    ]);
  });

  it('orders rows by first appearance across the columns, a task’s metrics together, all last', () => {
    const comparison = compareResults([
      leg('a', 'm1', { all: { em: 0.5 }, 'b|0': { em: 0.5 } }),
      leg('b', 'm2', { 'c|0': { em: 0.1 }, 'b|0': { acc: 0.2, em: 0.3 }, all: { em: 0.2, acc: 0.2 } }),
    ]);
    expect(comparison.rows.map(({ task, metric }) => `${task} ${metric}`)).toEqual([
      'b|0 em',
      'b|0 acc',
      'c|0 em',
      'all em',
      'all acc',
    ]);
  });

  it('tells columns of one model apart by the folder the matrix leg chose', () => {
    const comparison = compareResults([
      leg('lighteval-temp-1', 'openai/gpt-4o', { 'gsm8k|0': { em: 0.8 } }),
      leg('lighteval-temp-0', 'openai/gpt-4o', { 'gsm8k|0': { em: 0.9 } }),
      leg('lighteval-mini', 'openai/gpt-4o-mini', { 'gsm8k|0': { em: 0.7 } }),
    ]);
    expect(comparison.columns.map(({ modelName, label }) => [modelName, label])).toEqual([
      ['openai/gpt-4o', 'lighteval-temp-0'],
      ['openai/gpt-4o', 'lighteval-temp-1'],
      ['openai/gpt-4o-mini', undefined],
    ]);
    expect(headerCells(comparison.markdown)).toEqual([
      '<code>openai/gpt-4o</code><br><code>lighteval-temp-0</code>',
      '<code>openai/gpt-4o</code><br><code>lighteval-temp-1</code>',
      '<code>openai/gpt-4o-mini</code>',
    ]);
    expect(comparison.markdown).toContain('## LightEval results: 3 runs of 2 models compared\n');
  });

  it('falls back to the whole folder, then the path, when the shorter label does not tell columns apart', () => {
    const distinctChosenFolders = compareResults([
      document('x/results/m/results_1.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
      document('x/other/m/results_2.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
      document('results/m/results_3.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
    ]);
    expect(distinctChosenFolders.columns.map(({ label }) => label)).toEqual(['.', 'x/other/m', 'x']);

    const sameChosenFolder = compareResults([
      document('x/results/m/results_1.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
      document('x/results_2.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
    ]);
    expect(sameChosenFolder.columns.map(({ label }) => label)).toEqual(['x/results/m', 'x']);

    const sameFolder = compareResults([
      document('out/results/m/results_2.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
      document('out/results/m/results_1.json', { modelName: 'm', results: { 't|0': { em: 1 } } }),
    ]);
    expect(sameFolder.columns.map(({ label }) => label)).toEqual([
      'out/results/m/results_1.json',
      'out/results/m/results_2.json',
    ]);
  });

  it('reads the model name from config_general.model_name, else from config_general.model_config', () => {
    const styles = (['since-0.11', 'before-0.11', 'model-config-only'] as const).map((style) =>
      document(`${style}.json`, { modelName: `model-${style}`, style, results: { 't|0': { em: 1 } } }),
    );
    expect(styles.map(({ results }) => modelNameOf(results))).toEqual([
      'model-since-0.11',
      'model-before-0.11',
      'model-model-config-only',
    ]);
    const unnamed = document('u/r.json', { modelName: undefined, results: { 't|0': { em: 1 } } });
    expect(modelNameOf(unnamed.results)).toBeUndefined();

    const comparison = compareResults([unnamed, ...styles]);
    expect(comparison.columns.map(({ modelName }) => modelName)).toEqual([
      'model-before-0.11',
      'model-model-config-only',
      'model-since-0.11',
      undefined,
    ]);
    // Nothing but its folder tells an unnamed column what it is.
    expect(headerCells(comparison.markdown).at(-1)).toBe('(no model name)<br><code>u</code>');
  });

  it('puts the keys of LightEval before 0.12.1 (lighteval|gsm8k|0) and since (gsm8k|0) in one row', () => {
    const old = leg(
      'old',
      'm-old',
      { 'lighteval|gsm8k|0': { em: 0.5 }, 'lighteval|mmlu:_average|0': { em: 0.4 }, all: { em: 0.45 } },
      'before-0.11',
    );
    const current = leg('new', 'm-new', { 'gsm8k|0': { em: 0.6 }, 'mmlu:_average|0': { em: 0.3 }, all: { em: 0.45 } });
    const comparison = compareResults([old, current]);
    expect(comparison.rows.map(({ task, values }) => [task, values])).toEqual([
      ['gsm8k|0', [0.6, 0.5]],
      ['mmlu:_average|0', [0.3, 0.4]],
      ['all', [0.45, 0.45]],
    ]);
    // Keys every file writes alike are shown as written.
    expect(compareResults([old, leg('old2', 'm2', { 'lighteval|gsm8k|0': { em: 0.1 } })]).rows[0]?.task).toBe(
      'lighteval|gsm8k|0',
    );
  });

  it('keeps keys apart that one file has for the same task in two suites', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 'lighteval|x|0': { em: 0.1 }, 'community|x|0': { em: 0.2 } }),
      leg('b', 'm2', { 'x|0': { em: 0.3 } }),
    ]);
    expect(comparison.rows.map(({ task, values }) => [task, values])).toEqual([
      ['lighteval|x|0', [0.1, undefined]],
      ['community|x|0', [0.2, undefined]],
      ['x|0', [undefined, 0.3]],
    ]);
  });

  it('escapes task, metric and model names so that every row keeps its cells', () => {
    const odd = { 'a|b`c|0': { 'x|y*z': 0.5 }, '<script>|0': { '_m_\nn': 0.25 } };
    const comparison = compareResults([leg('a', 'evil|model`<b>', odd), leg('b', 'm2', odd)]);
    const tableLines = comparison.markdown.split('\n').filter((line) => line.startsWith('|'));
    for (const line of tableLines) expect(line.split('|')).toHaveLength(2 + 2 + 2); // borders, task, metric, two columns
    expect(bodyRows(comparison.markdown)).toEqual([
      ['<code>a&#124;b&#96;c&#124;0</code>', '<code>x&#124;y&#42;z</code>', '**0.5**', '**0.5**'],
      ['<code>&lt;script&gt;&#124;0</code>', '<code>&#95;m&#95;<br>n</code>', '**0.25**', '**0.25**'],
    ]);
    expect(headerCells(comparison.markdown)[0]).toBe('<code>evil&#124;model&#96;&lt;b&gt;</code>');
  });

  it.each(HOSTILE_NAMES)(
    'escapes %s in model names, labels, tasks, metrics and skipped files',
    (_what, name, escaped) => {
      const results = { [name]: { [name]: 0.5 } };
      // Two files of one model: the header tells them apart by the folder each leg chose.
      const comparison = compareResults(
        [leg(name, name, results), leg('b', name, results)],
        [{ path: name, reason: `bad JSON: ${name}` }],
      );
      const code = `<code>${escaped}</code>`;
      expect(headerCells(comparison.markdown)).toContain(`${code}<br>${code}`);
      expect(bodyRows(comparison.markdown)).toEqual([[code, code, '**0.5**', '**0.5**']]);
      expect(comparison.markdown).toContain(`\n- ${code}: bad JSON: ${escaped}\n`);
      // eslint-disable-next-line no-control-regex -- the point: no ANSI escape (ESC, CSI) may reach the report
      expect(comparison.markdown).not.toMatch(/[\u001b\u009b\u202e]/);
    },
  );

  it('shows values in full where rounding would hide which is best', () => {
    const comparison = compareResults([
      leg('a', 'm1', { 't|0': { em: 0.90004 } }),
      leg('b', 'm2', { 't|0': { em: 0.90001 } }),
      leg('c', 'm3', { 't|0': { em: 0.5 } }),
    ]);
    expect(bodyRows(comparison.markdown)[0]?.slice(2)).toEqual(['**0.90004**', '0.90001', '0.5']);
  });

  it('lists the skipped files, escaped, after the table', () => {
    const comparison = compareResults(THREE_MODELS, [
      { path: 'leg-d/package.json', reason: 'not LightEval results (no config_general or results)' },
      { path: 'leg_e/bad|name.json', reason: 'not valid JSON at line 1, column 2' },
    ]);
    expect(comparison.markdown).toMatch(
      /\n### Skipped\n\n- <code>leg-d\/package.json<\/code>: not LightEval results \(no config_general or results\)\n- <code>leg_e\/bad&#124;name.json<\/code>: not valid JSON at line 1, column 2\n$/,
    );
  });

  it('says so when there is nothing to compare', () => {
    const comparison = compareResults([], [{ path: 'a.json', reason: 'not valid JSON' }]);
    expect(comparison.columns).toEqual([]);
    expect(comparison.markdown).toBe(
      '## LightEval results: nothing to compare\n\n_No LightEval results were found._\n\n### Skipped\n\n- <code>a.json</code>: not valid JSON\n',
    );
    expect(compareResults([leg('a', 'm', { 't|0': { em: 1 } })]).markdown).toMatch(/^## LightEval results: 1 model\n/);
  });

  it('bolds exactly the best number of each row', () => {
    const cell = fc.oneof(
      { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
    const property = fc.property(
      fc.array(cell, { minLength: 1, maxLength: 6 }),
      fc.constantFrom('em', 'extractive_match', 'ppl', 'eval_loss'),
      (cells, metric) => {
        const documents: ResultsDocument[] = cells.map((value, index) => ({
          path: `leg-${index}/r.json`,
          results: LightEvalResultsSchema.parse({
            config_general: { model_name: `model-${index}` },
            results: { 't|0': value === undefined ? { other: 0 } : { [metric]: value } },
          }),
        }));
        const { rows, markdown } = compareResults(documents);
        const numbers = cells.filter((value): value is number => typeof value === 'number');
        const better = (a: number, b: number) => (isLowerBetter(metric) ? a <= b : a >= b);
        const expected = cells.map(
          (value) => numbers.length >= 2 && typeof value === 'number' && numbers.every((other) => better(value, other)),
        );
        const metricRow = rows.find((candidate) => candidate.metric === metric);
        if (metricRow === undefined) return numbers.length === 0 && cells.every((value) => value === undefined);
        expect(metricRow.best).toEqual(expected);
        const shown = bodyRows(markdown).find((shownCells) => shownCells[1] === `<code>${metric}</code>`) ?? [];
        expect(shown.slice(2).map((text) => text.startsWith('**'))).toEqual(expected);
        return true;
      },
    );
    fc.assert(property, { numRuns: 300 });
  });
});

describe('compareResults with many files', () => {
  /** Parsed once and shared: the files differ only by path. */
  const results = (value: number) =>
    LightEvalResultsSchema.parse({ config_general: { model_name: 'm' }, results: { 't|0': { em: value } } });

  it('gives each of 30,000 files of one model its own column, labelled by its leg, in path order', () => {
    const shared = results(0.5);
    const legs = Array.from({ length: 30_000 }, (_, index) => `leg-${String(index).padStart(5, '0')}`);
    const documents = legs.map((name) => ({ path: `${name}/results/m/results.json`, results: shared }));
    const { columns, rows } = compareResults([...documents].reverse());
    expect(columns).toEqual(
      legs.map((name) => ({ modelName: 'm', path: `${name}/results/m/results.json`, label: name })),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toHaveLength(legs.length);
  });

  it('marks the best value among more columns than a function call takes arguments', () => {
    const count = 300_000;
    const [low, high] = [results(0.5), results(0.9)];
    const documents = Array.from({ length: count }, (_, index) => ({
      path: `leg-${String(index).padStart(6, '0')}/r.json`,
      results: index === 7 ? high : low,
    }));
    const best = compareResults(documents).rows[0]?.best ?? [];
    expect(best).toHaveLength(count);
    expect(best.flatMap((isBest, column) => (isBest ? [column] : []))).toEqual([7]);
  });
});

describe('compareResults with files holding odd values', () => {
  /** `levels` mappings one inside another, built without recursion. */
  const nested = (levels: number): unknown => {
    let value: unknown = 'bottom';
    for (let level = 0; level < levels; level += 1) value = { k: value };
    return value;
  };

  it.each([20_000, 200_000])('reads only the metrics and names, however deep the rest (%i levels)', (levels) => {
    const results = LightEvalResultsSchema.parse({
      config_general: { model_name: 'deep', model_config: { generation_parameters: nested(levels) } },
      results: { 't|0': { em: 0.5, em_stderr: 0.1 } },
      config_tasks: { 't|0': nested(levels) },
      versions: [nested(levels), nested(levels)],
    });
    const comparison = compareResults([{ path: 'a/r.json', results }, leg('b', 'plain', { 't|0': { em: 0.4 } })]);
    expect(comparison.columns.map(({ modelName }) => modelName)).toEqual(['deep', 'plain']);
    expect(row(comparison, 't|0', 'em').values).toEqual([0.5, 0.4]);
  });

  const huge = (letter: string) => letter.repeat(9 * 1024 * 1024);

  it.each([
    ['model name', 'M', { modelName: huge('M'), results: { 't|0': { em: 0.5 } } }, ['t|0 em']],
    [
      'task key',
      'T',
      { modelName: 'm', results: { [`${huge('T')}|0`]: { em: 0.5 } } },
      [`${huge('T')}|0 em`, 't|0 em'],
    ],
    [
      'metric name',
      'E',
      { modelName: 'm', results: { 't|0': { [huge('E')]: 0.5, [`${huge('E')}_stderr`]: 0.1 } } },
      [`t|0 ${huge('E')}`, 't|0 em'],
    ],
  ] as const)('puts a %s of many megabytes in the table, whole', (_name, letter, options, expectedRows) => {
    const comparison = compareResults([document('a/r.json', options), leg('b', 'other', { 't|0': { em: 0.4 } })]);
    expect(comparison.rows.map(({ task, metric }) => `${task} ${metric}`)).toEqual(expectedRows);
    expect(comparison.rows[0]?.values[comparison.columns.findIndex(({ path }) => path === 'a/r.json')]).toBe(0.5);
    expect(comparison.markdown).toContain(`<code>${huge(letter)}`);
  });
});

describe('isLowerBetter', () => {
  it.each([
    'ppl',
    'word_perplexity',
    'byte_perplexity',
    'bits_per_byte',
    'ter',
    'edit_distance',
    'loss',
    'eval_loss',
    'wer',
    'cer',
    'error_rate',
    'BPB',
    'Perplexity:k=1',
  ])('%s: lower is better', (metric) => expect(isLowerBetter(metric)).toBe(true));

  it.each([
    'em',
    'extractive_match',
    'acc_norm',
    'pass@k:k=1&n=1',
    'bleu',
    'chrf',
    'edit_similarity',
    'interpreter_acc',
    'maj@4',
    'rougeL',
    'gpqa_pass@k:k=1',
    'm:loss=1',
  ])('%s: higher is better', (metric) => expect(isLowerBetter(metric)).toBe(false));
});
