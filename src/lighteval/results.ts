/**
 * LightEval's results JSON: parsed (Python writes NaN and infinities as bare tokens), scrubbed of secrets
 * (LightEval writes the whole model config, api_key included, into it), and read for its metrics.
 */
import * as z from 'zod/mini';
import { ConfigError, formatPath } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { secretScrubber } from '../config/secrets.js';
import type { Baseline, MetricValue, TaskMetrics } from './metrics.js';

// ---- Parsing ----------------------------------------------------------------------------------------------

/**
 * How deeply a results document may nest. LightEval's own files nest fewer than 10 levels (config_tasks → task →
 * metrics → metric); anything far deeper is not its results, and every walk over a parsed document (the schema,
 * scrubbing, JSON.stringify) stays this shallow, well within the call stack.
 */
export const MAX_RESULTS_DEPTH = 64;

const TOO_DEEP = `not LightEval results (nested deeper than ${MAX_RESULTS_DEPTH} levels)`;

/** The bare tokens Python's json module writes for NaN and ±infinity; `-Infinity` before `Infinity`. */
const NON_FINITE = ['NaN', '-Infinity', 'Infinity'] as const;

const BACKSLASH = 0x5c;

/** Where the JSON string opening at `start` ends (past its closing quote); the text's end when it does not. */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    // An odd run of backslashes escapes the quote. Each run is counted once: it sits before one quote only.
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/**
 * `text` as JSON.parse takes it: without a byte order mark (which editors on Windows add to baseline files), and
 * each bare NaN, Infinity and -Infinity outside strings `null`. One pass, no regular expression: V8's regular
 * expressions overflow the stack on a string of some megabytes. Throws a ConfigError when the text nests deeper
 * than MAX_RESULTS_DEPTH, before JSON.parse builds what nothing after it could walk.
 */
function jsonOf(text: string, source: string): string {
  const parts: string[] = [];
  let copiedFrom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let depth = 0;
  for (let at = copiedFrom; at < text.length;) {
    const char = text[at];
    if (char === '"') {
      at = stringEnd(text, at);
      continue;
    }
    if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_RESULTS_DEPTH) throw new ConfigError([{ path: source, message: TOO_DEEP }]);
    } else if (char === '}' || char === ']') {
      depth -= 1;
    } else if (char === 'N' || char === 'I' || char === '-') {
      const token = NON_FINITE.find((candidate) => text.startsWith(candidate, at));
      if (token !== undefined) {
        parts.push(text.slice(copiedFrom, at), 'null');
        at += token.length;
        copiedFrom = at;
        continue;
      }
    }
    at += 1;
  }
  if (parts.length === 0) return copiedFrom === 0 ? text : text.slice(copiedFrom);
  parts.push(text.slice(copiedFrom));
  return parts.join('');
}

/** `line L, column C` of the offset JSON.parse reports, when it reports one (V8 does for most errors). */
function positionIn(text: string, message: string): string {
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return '';
  const before = text.slice(0, Number(offset));
  return ` at line ${before.split('\n').length}, column ${Number(offset) - before.lastIndexOf('\n')}`;
}

/**
 * Parses a results file's text like JSON.parse, except that the bare tokens NaN, Infinity and -Infinity (which
 * LightEval's Python writes) are read as null, and that a document nested deeper than MAX_RESULTS_DEPTH is
 * refused. Throws a ConfigError naming `source`; the text itself is never quoted (JSON.parse's own message quotes
 * it, and a results file may hold the key).
 */
export function parseResultsText(text: string, source: string): unknown {
  const json = jsonOf(text, source);
  try {
    return JSON.parse(json);
  } catch (error) {
    const where = positionIn(json, error instanceof Error ? error.message : '');
    throw new ConfigError([{ path: source, message: `not valid JSON${where}` }]);
  }
}

// ---- Layout -----------------------------------------------------------------------------------------------

// Messages never echo values: a results file may hold the key.
const MetricValueSchema = z.nullable(z.number({ error: 'expected a number or null' }));
const TaskResultsSchema = z.record(z.string(), MetricValueSchema, {
  error: 'expected a mapping of metric names to numbers',
});
/** `{task key: {metric: number | null}}`; task keys `gsm8k|0`, `lighteval|gsm8k|0`, `mmlu:_average|0`, `all`. */
const ResultsMappingSchema = z.record(z.string(), TaskResultsSchema, {
  error: 'expected a mapping of task keys to mappings of metrics',
});

/** The parts of LightEval's results JSON the action reads; every other key is kept as it is. */
export const LightEvalResultsSchema = z.looseObject(
  {
    config_general: z.looseObject(
      { model_config: z.optional(z.nullable(z.looseObject({}, { error: 'expected a mapping' }))) },
      { error: 'expected a mapping' },
    ),
    results: ResultsMappingSchema,
  },
  { error: 'expected a mapping with config_general and results' },
);
export type LightEvalResults = z.infer<typeof LightEvalResultsSchema>;

type ResultsMapping = z.infer<typeof ResultsMappingSchema>;

const TaskConfigsSchema = z.record(z.string(), z.looseObject({ effective_num_docs: z.int() }));

/**
 * The number of samples LightEval evaluated: the sum of each task's `effective_num_docs` in `config_tasks` (up to
 * 0.11; later versions write -1 there); undefined when a task does not say.
 */
export function evaluatedSamplesOf(results: LightEvalResults): number | undefined {
  const parsed = TaskConfigsSchema.safeParse(results.config_tasks);
  if (!parsed.success || Object.keys(parsed.data).length === 0) return undefined;
  const counts = Object.values(parsed.data).map((task) => task.effective_num_docs);
  return counts.every((count) => count >= 0) ? counts.reduce((sum, count) => sum + count, 0) : undefined;
}

// ---- Scrubbing --------------------------------------------------------------------------------------------

/**
 * A copy of `value` with `scrub` applied to every string and mapping key. Iterative: each container is created
 * when met and filled later from a stack, so that no depth of nesting can overflow the call stack.
 */
function scrubValue(value: unknown, scrub: (text: string) => string): unknown {
  const unfilled: (() => void)[] = [];
  const copyOf = (item: unknown): unknown => {
    if (typeof item === 'string') return scrub(item);
    if (Array.isArray(item)) {
      const source: readonly unknown[] = item;
      const target: unknown[] = [];
      unfilled.push(() => {
        for (const child of source) target.push(copyOf(child));
      });
      return target;
    }
    if (isRecord(item)) {
      const target: Record<string, unknown> = {};
      unfilled.push(() => {
        for (const [key, child] of Object.entries(item)) {
          // Defined, not assigned: a `__proto__` key stays an own key, as JSON.parse makes it.
          const property = { value: copyOf(child), enumerable: true, writable: true, configurable: true };
          Object.defineProperty(target, scrub(key), property);
        }
      });
      return target;
    }
    return item;
  };
  const copy = copyOf(value);
  for (let fill = unfilled.pop(); fill !== undefined; fill = unfilled.pop()) fill();
  return copy;
}

/** `raw` with `config_general.model_config.api_key` null, when it is there; the rest shared, not copied. */
function withoutApiKey(raw: unknown): unknown {
  if (!isRecord(raw) || !isRecord(raw.config_general)) return raw;
  const modelConfig = raw.config_general.model_config;
  if (!isRecord(modelConfig) || !Object.hasOwn(modelConfig, 'api_key')) return raw;
  return { ...raw, config_general: { ...raw.config_general, model_config: { ...modelConfig, api_key: null } } };
}

/**
 * A deep copy of a parsed results document without secrets: `config_general.model_config.api_key` null (when
 * present), and every form of each secret (see secretForms), in any string value or mapping key at any depth,
 * `***`. The input is not changed. Should two keys of one mapping scrub to the same text, the later one's value
 * is kept, as with a duplicate key in JSON. Never overflows the stack, however deep the document.
 */
export function scrubResults(raw: unknown, secrets: readonly string[]): unknown {
  return scrubValue(withoutApiKey(raw), secretScrubber(secrets).scrub);
}

/**
 * The text the action writes a scrubbed results file back with: JSON, 4-space indent, a final line break.
 * JSON.stringify recurses: `scrubbed` must be no deeper than parseResultsText allows.
 */
export function serializeResults(scrubbed: unknown): string {
  const text: string | undefined = JSON.stringify(scrubbed, null, 4);
  if (text === undefined) throw new TypeError('a results document must be a JSON value');
  return `${text}\n`;
}

// ---- Metrics ----------------------------------------------------------------------------------------------

const STDERR_SUFFIX = '_stderr';

/**
 * Whether each key of one task is a `<metric>_stderr` folded into `<metric>`: it is when that metric is there and
 * not itself folded (`x_stderr_stderr` belongs to `x_stderr` only when that is a metric, not folded into `x`). A
 * chain `x`, `x_stderr`, `x_stderr_stderr`… is settled once, from its foot up, without recursion: time linear in
 * the length of its keys, where walking it down from each key anew would be cubic.
 */
function stderrFolds(values: Readonly<Record<string, number | null>>): ReadonlyMap<string, boolean> {
  const folds = new Map<string, boolean>();
  const metricOf = (key: string): string | undefined => {
    const base = key.endsWith(STDERR_SUFFIX) ? key.slice(0, -STDERR_SUFFIX.length) : undefined;
    return base !== undefined && Object.hasOwn(values, base) ? base : undefined;
  };
  for (const key of Object.keys(values)) {
    const unsettled: string[] = [];
    let at = key;
    let base = metricOf(at);
    while (!folds.has(at) && base !== undefined) {
      unsettled.push(at);
      at = base;
      base = metricOf(at);
    }
    // `at` is settled, or has no metric to fold into.
    let folded = folds.get(at) ?? false;
    folds.set(at, folded);
    for (const above of unsettled.reverse()) {
      folded = !folded;
      folds.set(above, folded);
    }
  }
  return folds;
}

/** The metrics of one task, each `<metric>_stderr` folded into `<metric>` when that metric is there. */
function metricsOfTask(values: Readonly<Record<string, number | null>>): Record<string, MetricValue> {
  const folds = stderrFolds(values);
  const stderrs = new Map<string, number | null>();
  const metrics: [string, number | null][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (folds.get(key) === true) stderrs.set(key.slice(0, -STDERR_SUFFIX.length), value);
    else metrics.push([key, value]);
  }
  return Object.fromEntries(
    metrics.map(([metric, value]): [string, MetricValue] => [
      metric,
      { value, stderr: stderrs.get(metric) ?? undefined },
    ]),
  );
}

/** Every task's metrics, in LightEval's order; a null (NaN or infinite) value stays null, a null stderr is left out. */
export function taskMetricsOf(results: { readonly results: ResultsMapping }): TaskMetrics {
  return Object.fromEntries(Object.entries(results.results).map(([task, values]) => [task, metricsOfTask(values)]));
}

/** `{task: {metric: value}}`, without stderr: the action's `metrics` output. */
export function metricValuesOf(metrics: TaskMetrics): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    Object.entries(metrics).map(([task, values]) => [
      task,
      Object.fromEntries(Object.entries(values).map(([metric, { value }]) => [metric, value])),
    ]),
  );
}

// ---- Baseline ---------------------------------------------------------------------------------------------

/** The action's `metrics` output; its nulls (NaN in LightEval's results) are allowed and left out. */
const MetricsOutputSchema = z.record(z.string(), z.record(z.string(), MetricValueSchema));

const BASELINE_SHAPES =
  'expected LightEval\'s results JSON (a mapping with "results": {task: {metric: number}}) ' +
  "or the action's metrics output ({task: {metric: number}})";

function baselineFrom(results: ResultsMapping): Baseline {
  return Object.fromEntries(
    Object.entries(taskMetricsOf({ results })).map(([task, metrics]) => [
      task,
      Object.fromEntries(
        Object.entries(metrics).flatMap(([metric, { value }]) => (value === null ? [] : [[metric, value]])),
      ),
    ]),
  );
}

/**
 * An earlier run's values to compare with, from a parsed document of either shape: LightEval's results JSON (its
 * `results` mapping) or the action's `metrics` output. Stderr and null values are left out. Throws a ConfigError
 * naming `source` for anything else.
 */
export function parseBaseline(value: unknown, source: string): Baseline {
  // A `results` key marks LightEval's layout: its problems are reported where they are.
  if (isRecord(value) && Object.hasOwn(value, 'results')) {
    const parsed = ResultsMappingSchema.safeParse(value.results);
    if (!parsed.success) {
      throw new ConfigError(
        parsed.error.issues.map((issue) => ({
          path: source,
          message: `${formatPath(['results', ...issue.path])}: ${issue.message}`,
        })),
      );
    }
    return baselineFrom(parsed.data);
  }
  const parsed = MetricsOutputSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError([{ path: source, message: BASELINE_SHAPES }]);
  // Folding stderr keys too: a pasted `results` mapping alone has the metrics output's shape.
  return baselineFrom(parsed.data);
}
