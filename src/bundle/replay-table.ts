/** The table replay prints: every metric of the bundled run beside the same metric of the new one. */
import type { MetricValue, TaskMetrics } from '../lighteval/metrics.js';
import { visibleControls } from '../lighteval/markdown.js';
import { formatMetric } from '../lighteval/report.js';

const MISSING = '—';
/** Differences smaller than this are float noise (0.9 − 0.8), not a change. */
const NOISE = 1e-12;

/**
 * A name as a code span of a Markdown table cell, read in a terminal as much as pasted on GitHub: inside code, no
 * tag, emphasis, link, mention, reference or emoji takes effect, while the name stays readable. Invisible characters
 * (ESC, bidi overrides, line breaks) show as escapes, and `|` is escaped, which GitHub's tables allow inside code too.
 */
function codeSpan(name: string): string {
  const text = visibleControls(name).replace(/\|/g, '\\|');
  // One backtick longer than the longest run inside, so that none of them ends the span.
  const longestRun = Array.from(text.matchAll(/`+/g), ([run]) => run.length).reduce((a, b) => Math.max(a, b), 0);
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${spanContent(text)}${fence}`;
}

/**
 * Markdown strips one space from each end of a span that starts and ends with one, and a backtick at either end would
 * join the fence: a space on each side keeps such a name whole. A span of spaces only is kept as it is; a span cannot
 * be empty, so an empty name is one space.
 */
function spanContent(text: string): string {
  if (/^ *$/.test(text)) return text || ' ';
  return /^[ `]|[ `]$/.test(text) ? ` ${text} ` : text;
}

function valueText(metric: MetricValue | undefined): string {
  return metric === undefined ? MISSING : formatMetric(metric.value);
}

/** `new − bundled`, signed (`+0.05`, `-0.1`, `0`); missing when either value is missing or not a number. */
export function differenceText(bundled: number | null | undefined, fresh: number | null | undefined): string {
  if (bundled === null || bundled === undefined || fresh === null || fresh === undefined) return MISSING;
  const difference = fresh - bundled;
  if (Math.abs(difference) < NOISE) return '0';
  return `${difference > 0 ? '+' : '-'}${formatMetric(Math.abs(difference))}`;
}

/** Keys of `first`, then those only `second` has. */
function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** The overall average last, as LightEval's own table and the action's report have it. */
function tasksInOrder(tasks: readonly string[]): string[] {
  return [...tasks].sort((a, b) => Number(a === 'all') - Number(b === 'all'));
}

/**
 * `| task | metric | bundled | new | difference |`: the new run's tasks and metrics in its order, then any only the
 * bundled results have. Without bundled results the bundled column is `—`.
 */
export function replayTable(bundled: TaskMetrics | undefined, fresh: TaskMetrics): string {
  const before = bundled ?? {};
  const rows: string[] = [];
  for (const task of tasksInOrder(union(Object.keys(fresh), Object.keys(before)))) {
    const freshMetrics = fresh[task] ?? {};
    const bundledMetrics = before[task] ?? {};
    for (const metric of union(Object.keys(freshMetrics), Object.keys(bundledMetrics))) {
      const was = bundledMetrics[metric];
      const is = freshMetrics[metric];
      const cells = [
        codeSpan(task),
        codeSpan(metric),
        valueText(was),
        valueText(is),
        differenceText(was?.value, is?.value),
      ];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  }
  if (rows.length === 0) return 'The results hold no metrics.\n';
  return ['| task | metric | bundled | new | difference |', '|---|---|--:|--:|--:|', ...rows, ''].join('\n');
}
