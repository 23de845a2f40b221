/**
 * The matrix report: several LightEval results files (one per leg of a CI matrix) compared in one Markdown table,
 * a column per file, a row per task and metric, the best value of each row in bold. Pure: the caller finds and
 * reads the files (src/io/results-scan.ts).
 */
import { isRecord } from '../config/fields.js';
import { codeCell, escapeCell, plural } from './markdown.js';
import { formatMetric } from './report.js';
import { type LightEvalResults, taskMetricsOf } from './results.js';

/** One parsed results file. */
export interface ResultsDocument {
  /** Where it came from, as the reader should see it (relative to the scanned folder, `/`-separated). */
  readonly path: string;
  readonly results: LightEvalResults;
}

/** A file that was not used, and why (never quoting its contents: a results file may hold a key). */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export interface ComparisonColumn {
  /** `config_general.model_name`, else `config_general.model_config.model_name`; undefined when neither is set. */
  readonly modelName: string | undefined;
  readonly path: string;
  /**
   * What tells this column apart from others of the same model: the folder the matrix leg chose (its folder less
   * LightEval's own `results/<model name>`), else its whole folder, else its path. Undefined when its model name
   * alone is distinct.
   */
  readonly label: string | undefined;
}

export interface ComparisonRow {
  /**
   * The task key as the results write it (`gsm8k|0`, `mmlu:_average|0`, `all`); without its suite when files of
   * LightEval before and since 0.12.1 spell one task two ways (`lighteval|gsm8k|0`, `gsm8k|0`).
   */
  readonly task: string;
  readonly metric: string;
  readonly lowerIsBetter: boolean;
  /** One per column: the value, null where LightEval wrote NaN or an infinity, undefined where the column has none. */
  readonly values: readonly (number | null | undefined)[];
  /** One per column: whether it holds the row's best value (only when at least two columns have a number). */
  readonly best: readonly boolean[];
}

export interface ResultsComparison {
  readonly columns: readonly ComparisonColumn[];
  readonly rows: readonly ComparisonRow[];
  readonly skipped: readonly SkippedFile[];
  readonly markdown: string;
}

// ---- Direction --------------------------------------------------------------------------------------------

/**
 * Words that mark a metric where lower is better. LightEval's results do not say which way a metric goes, so the
 * name decides: a metric is lower-is-better when one of the words of its name (lowercased, split at anything but
 * letters and digits, parameters after the first `:` ignored) is one of these, or its name has `bits_per_byte`.
 * This covers LightEval's own (ppl, word_perplexity, byte_perplexity, bits_per_byte, ter, edit_distance) and the
 * usual custom ones (loss, error rates, wer, cer). Every other metric is higher-is-better.
 */
const LOWER_IS_BETTER_WORDS: ReadonlySet<string> = new Set([
  'perplexity',
  'ppl',
  'bpb',
  'loss',
  'error',
  'errors',
  'ter',
  'wer',
  'cer',
  'distance',
]);

export function isLowerBetter(metric: string): boolean {
  const name = (metric.split(':')[0] ?? '').toLowerCase();
  return (
    name.includes('bits_per_byte') || name.split(/[^\p{L}\p{N}]+/u).some((word) => LOWER_IS_BETTER_WORDS.has(word))
  );
}

/** The columns holding the best number of a row: all of them on a tie; none when fewer than two have a number. */
function bestOf(values: readonly (number | null | undefined)[], lowerIsBetter: boolean): boolean[] {
  const numbers = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (numbers.length < 2) return values.map(() => false);
  // Reduced, not Math.min(...numbers): one argument per column overflows the stack past about 100,000 columns.
  const best = numbers.reduce((a, b) => (lowerIsBetter ? Math.min(a, b) : Math.max(a, b)));
  return values.map((value) => value === best);
}

// ---- Columns ----------------------------------------------------------------------------------------------

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Since LightEval 0.11 both keys are there; before, only `config_general.model_name`. */
export function modelNameOf(results: LightEvalResults): string | undefined {
  const general = results.config_general;
  const modelConfig = general.model_config;
  return (
    nonEmptyString(general['model_name']) ??
    (isRecord(modelConfig) ? nonEmptyString(modelConfig['model_name']) : undefined)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

/**
 * The folder without the `results/<model name>` LightEval itself adds (`leg-a/results/openai/gpt-4o-mini` →
 * `leg-a`): what is left is what the matrix legs chose, usually the artifact's name.
 */
function chosenFolderOf(path: string, modelName: string | undefined): string {
  const folder = folderOf(path);
  if (modelName === undefined) return folder;
  const added = `results/${modelName}`;
  if (folder === added) return '.';
  return folder.endsWith(`/${added}`) ? folder.slice(0, -added.length - 1) : folder;
}

/**
 * Labels for columns that share a model name: the shortest kind that tells them all apart, of their chosen folder
 * (see chosenFolderOf), their folder, and their path (distinct, as each column is another file).
 */
function distinctLabels(group: readonly { readonly path: string; readonly modelName: string | undefined }[]): string[] {
  const kinds = [
    group.map(({ path, modelName }) => chosenFolderOf(path, modelName)),
    group.map(({ path }) => folderOf(path)),
  ];
  return kinds.find((labels) => new Set(labels).size === labels.length) ?? group.map(({ path }) => path);
}

/** Sorted by model name (unnamed last), then path; a label where the model name is shared or missing. */
function columnsOf(documents: readonly ResultsDocument[]): {
  columns: ComparisonColumn[];
  documents: ResultsDocument[];
} {
  const named = documents
    .map((document) => ({ document, modelName: modelNameOf(document.results), path: document.path }))
    .sort(
      (a, b) =>
        Number(a.modelName === undefined) - Number(b.modelName === undefined) ||
        compareText(a.modelName ?? '', b.modelName ?? '') ||
        compareText(a.path, b.path),
    );
  const groups = new Map<string | undefined, { index: number; path: string; modelName: string | undefined }[]>();
  named.forEach(({ modelName, path }, index) => {
    const group = groups.get(modelName);
    if (group === undefined) groups.set(modelName, [{ index, path, modelName }]);
    else group.push({ index, path, modelName }); // in place: copying the group per file made many files quadratic
  });
  const labels: (string | undefined)[] = named.map(() => undefined);
  for (const [modelName, group] of groups) {
    // An unnamed column always shows where it came from: nothing else tells what it is.
    if (group.length < 2 && modelName !== undefined) continue;
    const groupLabels = distinctLabels(group);
    group.forEach(({ index }, position) => {
      labels[index] = groupLabels[position];
    });
  }
  return {
    columns: named.map(({ modelName, path }, index) => ({ modelName, path, label: labels[index] })),
    documents: named.map(({ document }) => document),
  };
}

// ---- Rows -------------------------------------------------------------------------------------------------

const OVERALL_TASK = 'all';

/** `lighteval|gsm8k|0` (LightEval before 0.12.1) → `gsm8k|0` (since); any other key as it is. */
function suitelessKey(key: string): string {
  const parts = key.split('|');
  const [, task, fewshot] = parts;
  return parts.length === 3 && task !== undefined && fewshot !== undefined && /^\d+$/.test(fewshot)
    ? `${task}|${fewshot}`
    : key;
}

/**
 * The row each file's task key goes to. `lighteval|gsm8k|0` and `gsm8k|0` are one task written by LightEval before
 * and since 0.12.1, so that legs on different releases share rows; the row shows the key as written when every
 * file writes it alike, else without the suite. Keys stay apart when one file has two of them for one row
 * (`lighteval|x|0` and `community|x|0`).
 */
function rowTaskKeys(taskKeysByFile: readonly (readonly string[])[]): (key: string) => string {
  const clashing = new Set<string>();
  for (const keys of taskKeysByFile) {
    const seen = new Set<string>();
    for (const key of keys) {
      const row = suitelessKey(key);
      if (seen.has(row)) clashing.add(row);
      seen.add(row);
    }
  }
  const spellings = new Map<string, Set<string>>();
  for (const key of taskKeysByFile.flat()) {
    const row = suitelessKey(key);
    if (clashing.has(row)) continue;
    spellings.set(row, (spellings.get(row) ?? new Set()).add(key));
  }
  return (key) => {
    const row = suitelessKey(key);
    if (clashing.has(row)) return key;
    return spellings.get(row)?.size === 1 ? key : row;
  };
}

/** Rows in first-appearance order across the columns (tasks, then metrics within a task), the overall `all` last. */
function rowsOf(documents: readonly ResultsDocument[]): ComparisonRow[] {
  const metricsByColumn = documents.map(({ results }) => taskMetricsOf(results));
  const rowOf = rowTaskKeys(metricsByColumn.map((metrics) => Object.keys(metrics)));
  // task → metric → one value per column
  const table = new Map<string, Map<string, (number | null | undefined)[]>>();
  metricsByColumn.forEach((metrics, column) => {
    for (const [taskKey, taskMetrics] of Object.entries(metrics)) {
      const task = rowOf(taskKey);
      const rows = table.get(task) ?? new Map<string, (number | null | undefined)[]>();
      table.set(task, rows);
      for (const [metric, { value }] of Object.entries(taskMetrics)) {
        const values = rows.get(metric) ?? documents.map(() => undefined);
        values[column] = value;
        rows.set(metric, values);
      }
    }
  });
  const tasks = [...table.keys()].sort((a, b) => Number(a === OVERALL_TASK) - Number(b === OVERALL_TASK));
  return tasks.flatMap((task) =>
    [...(table.get(task) ?? [])].map(([metric, values]): ComparisonRow => {
      const lowerIsBetter = isLowerBetter(metric);
      return { task, metric, lowerIsBetter, values, best: bestOf(values, lowerIsBetter) };
    }),
  );
}

// ---- Markdown ---------------------------------------------------------------------------------------------

const MISSING = '—';
const UNNAMED = '(no model name)';

function heading(columns: readonly ComparisonColumn[]): string {
  if (columns.length === 0) return '## LightEval results: nothing to compare\n';
  if (columns.length === 1) return '## LightEval results: 1 model\n';
  const models = new Set(columns.map(({ modelName }) => modelName)).size;
  return models === columns.length
    ? `## LightEval results: ${models} models compared\n`
    : `## LightEval results: ${columns.length} runs of ${plural(models, 'model')} compared\n`;
}

function headerCell({ modelName, label }: ComparisonColumn): string {
  const name = modelName === undefined ? escapeCell(UNNAMED) : codeCell(modelName);
  return label === undefined ? name : `${name}<br>${codeCell(label)}`;
}

function valueCells(row: ComparisonRow): string[] {
  const bestText = row.values
    .filter((value, column): value is number => row.best[column] === true && typeof value === 'number')
    .map(formatMetric)[0];
  // Rounding must not hide which is best (0.90004 and 0.90001 both shown as 0.9): show those in full.
  const roundingHidesBest = row.values.some(
    (value, column) => row.best[column] !== true && typeof value === 'number' && formatMetric(value) === bestText,
  );
  return row.values.map((value, column) => {
    if (value === undefined) return MISSING;
    const shown = formatMetric(value);
    const text = escapeCell(roundingHidesBest && value !== null && shown === bestText ? String(value) : shown);
    return row.best[column] === true ? `**${text}**` : text;
  });
}

function table(columns: readonly ComparisonColumn[], rows: readonly ComparisonRow[]): string {
  if (rows.length === 0) return '_The results hold no metrics._\n';
  const lines = [
    `| task | metric | ${columns.map(headerCell).join(' | ')} |`,
    `|---|---|${columns.map(() => '--:|').join('')}`,
    ...rows.map((row) => `| ${[codeCell(row.task), codeCell(row.metric), ...valueCells(row)].join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The rule in words, for the reader of the table; it must say what isLowerBetter does. */
const BEST_VALUE_RULE =
  'The best value of each row is in **bold** when at least two models have a number there (ties all bold): the ' +
  'highest, or the lowest for metrics named with perplexity, ppl, bpb, bits_per_byte, loss, error, ter, wer, cer ' +
  `or distance. ${MISSING} means the file has no such metric; NaN, that LightEval wrote NaN.`;

function skippedList(skipped: readonly SkippedFile[]): string {
  const items = skipped.map(({ path, reason }) => `- ${codeCell(path)}: ${escapeCell(reason)}`);
  return `### Skipped\n\n${items.join('\n')}\n`;
}

/**
 * The comparison of `documents`: a column per file, sorted by model name then path (a label where a model name is
 * shared), a row per task and metric, the best of each row marked; and its Markdown, listing `skipped` at the end.
 */
export function compareResults(
  documents: readonly ResultsDocument[],
  skipped: readonly SkippedFile[] = [],
): ResultsComparison {
  const { columns, documents: sorted } = columnsOf(documents);
  const rows = rowsOf(sorted);
  const sections = [heading(columns)];
  if (columns.length === 0) sections.push('_No LightEval results were found._\n');
  else sections.push(table(columns, rows), `${BEST_VALUE_RULE}\n`);
  if (skipped.length > 0) sections.push(skippedList(skipped));
  return { columns, rows, skipped, markdown: sections.join('\n') };
}
