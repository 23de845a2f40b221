/** The Markdown report of a LightEval run: its metrics, and the gate's verdict on them. */
import { describeProblem, type GateCheck, type GateLimit, type GateResult } from './gate.js';
import { codeCell, escapeCell, plural } from './markdown.js';
import type { MetricValue, TaskMetrics } from './metrics.js';

export type GateStatus = 'passed' | 'failed' | 'no-gate';

export interface ReportContent {
  readonly modelName: string;
  readonly lightevalVersion: string;
  /** The task specs the run was given, normalized. */
  readonly tasks: readonly string[];
  readonly maxSamples?: number | undefined;
  readonly metrics: TaskMetrics;
  /** Undefined when neither thresholds nor a baseline were given. */
  readonly gate: GateResult | undefined;
  readonly status: GateStatus;
  /** Where the results are, as the reader should see it. */
  readonly resultsFile?: string | undefined;
  readonly notes?: readonly string[] | undefined;
}

const DECIMALS = 4;

/** A metric for reading: at most 4 decimals, trailing zeros dropped (`0.9`, `0.1633`); null is `NaN`. */
export function formatMetric(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return String(value);
  // Too small for 4 decimals, yet not zero: 4 significant digits rather than a misleading 0.
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -DECIMALS) return String(Number(value.toPrecision(DECIMALS)));
  const fixed = value.toFixed(DECIMALS);
  // toFixed writes an exponent from 1e21 on; its zeros are not trailing decimals.
  return fixed.includes('e') ? fixed : fixed.replace(/\.?0+$/, '');
}

function verdict(status: GateStatus, gate: GateResult | undefined): string {
  if (status === 'no-gate') return '**Not gated**: no thresholds or baseline were given.';
  if (gate === undefined) return status === 'passed' ? '✅ **Passed**.' : '❌ **Failed**.';
  const checked = gate.checks.length;
  const missed = gate.checks.filter((check) => !check.passed).length;
  if (status === 'passed') return `✅ **Passed**: ${checked - missed} of ${plural(checked, 'check')} met.`;
  const reasons = [
    ...(missed > 0 ? [`${missed} of ${plural(checked, 'check')} missed`] : []),
    ...(gate.problems.length > 0 ? [`${plural(gate.problems.length, 'limit')} could not be checked (below)`] : []),
  ];
  return reasons.length === 0 ? '❌ **Failed**.' : `❌ **Failed**: ${reasons.join('; ')}.`;
}

const LIMIT_ORDER: Readonly<Record<GateLimit['kind'], number>> = { min: 0, max: 1, baseline: 2 };

function limitText(limit: GateLimit): string {
  switch (limit.kind) {
    case 'min':
      return `≥ ${formatMetric(limit.bound)}`;
    case 'max':
      return `≤ ${formatMetric(limit.bound)}`;
    case 'baseline':
      return limit.tolerance === 0
        ? `baseline ${formatMetric(limit.baseline)}`
        : `baseline ${formatMetric(limit.baseline)} − ${formatMetric(limit.tolerance)}`;
  }
}

/** What the gate says about one row: its limits and whether each held (undefined: it could not be checked). */
interface RowGate {
  readonly limits: { readonly limit: GateLimit; readonly passed: boolean | undefined }[];
  readonly failedChecks: GateCheck[];
}

function rowKey(task: string, metric: string): string {
  // JSON keeps task and metric apart whatever characters they hold.
  return JSON.stringify([task, metric]);
}

function gateByRow(gate: GateResult | undefined): Map<string, RowGate> {
  const rows = new Map<string, RowGate>();
  const rowOf = (task: string, metric: string): RowGate => {
    const key = rowKey(task, metric);
    const existing = rows.get(key);
    if (existing !== undefined) return existing;
    const created: RowGate = { limits: [], failedChecks: [] };
    rows.set(key, created);
    return created;
  };
  for (const check of gate?.checks ?? []) {
    const row = rowOf(check.task, check.metric);
    row.limits.push({ limit: check.limit, passed: check.passed });
    if (!check.passed) row.failedChecks.push(check);
  }
  for (const problem of gate?.problems ?? []) {
    if (problem.kind !== 'not-a-number') continue;
    rowOf(problem.task, problem.metric).limits.push({ limit: problem.limit, passed: undefined });
  }
  return rows;
}

function valueText(measured: MetricValue, row: RowGate | undefined): string {
  const shown = formatMetric(measured.value);
  // Rounding must not make a miss look like a pass (0.89996 shown as 0.9 against ≥ 0.9).
  const hidesMiss = row?.failedChecks.some((check) => formatMetric(check.limit.bound) === shown) ?? false;
  return hidesMiss && measured.value !== null ? String(measured.value) : shown;
}

function tableRow(task: string, metric: string, measured: MetricValue, row: RowGate | undefined): string {
  const limits = [...(row?.limits ?? [])].sort((a, b) => LIMIT_ORDER[a.limit.kind] - LIMIT_ORDER[b.limit.kind]);
  const limitCell = [...new Set(limits.map(({ limit }) => limitText(limit)))].join(', ');
  const resultCell = limits.length === 0 ? '' : limits.every(({ passed }) => passed === true) ? '✅' : '❌';
  const cells = [
    codeCell(task),
    codeCell(metric),
    escapeCell(valueText(measured, row)),
    measured.stderr === undefined ? '' : escapeCell(formatMetric(measured.stderr)),
    escapeCell(limitCell),
    resultCell,
  ];
  return `| ${cells.join(' | ')} |`;
}

function metricsTable(metrics: TaskMetrics, gate: GateResult | undefined): string {
  const rowsGate = gateByRow(gate);
  // The results' order, with the overall average last.
  const tasks = Object.keys(metrics).sort((a, b) => Number(a === 'all') - Number(b === 'all'));
  const lines: string[] = [];
  for (const task of tasks) {
    for (const [metric, measured] of Object.entries(metrics[task] ?? {})) {
      lines.push(tableRow(task, metric, measured, rowsGate.get(rowKey(task, metric))));
    }
  }
  if (lines.length === 0) return '_The results hold no metrics._\n';
  const header = ['| task | metric | value | ± stderr | threshold / baseline | result |', '|---|---|--:|--:|---|:-:|'];
  return [...header, ...lines, ''].join('\n');
}

function listItems(items: readonly string[]): string {
  return `${items.map((item) => `- ${escapeCell(item)}`).join('\n')}\n`;
}

function runFacts({ lightevalVersion, tasks, maxSamples, resultsFile }: ReportContent): string {
  const facts = [`LightEval ${codeCell(lightevalVersion)}`];
  if (tasks.length > 0) facts.push(`${tasks.length === 1 ? 'task' : 'tasks'} ${tasks.map(codeCell).join(', ')}`);
  if (maxSamples !== undefined) facts.push(`at most ${plural(maxSamples, 'sample')} per task`);
  if (resultsFile !== undefined) facts.push(`results in ${codeCell(resultsFile)}`);
  return `${facts.join(' · ')}\n`;
}

function heading(modelName: string): string {
  return `## LightEval results for ${codeCell(modelName)}\n`;
}

/** The report of a run that produced no metrics (skipped, or failed): the heading and one line (Markdown) saying why. */
export function noResultsReport(modelName: string, verdictMarkdown: string): string {
  return [heading(modelName), `${verdictMarkdown}\n`].join('\n');
}

/** The report: heading, one-line verdict, a table of every metric, then what could not be checked and notes. */
export function reportMarkdown(content: ReportContent): string {
  const { modelName, metrics, gate, status, notes = [] } = content;
  const sections = [heading(modelName), `${verdict(status, gate)}\n`, metricsTable(metrics, gate)];
  const problems = gate?.problems ?? [];
  if (problems.length > 0) {
    sections.push('### Limits that could not be checked\n', listItems(problems.map(describeProblem)));
  }
  sections.push(runFacts(content));
  if (notes.length > 0) sections.push('### Notes\n', listItems(notes));
  return sections.join('\n');
}
