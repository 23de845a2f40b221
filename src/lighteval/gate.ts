/**
 * The release gate: thresholds and a baseline checked against a run's metrics. Pure: the caller reads the
 * files and decides what a failed gate does.
 */
import * as z from 'zod/mini';
import { ConfigError, describeValue, fieldIssuesFrom } from '../config/errors.js';
import { didYouMean, expectation, isRecord, likelyTypos } from '../config/fields.js';
import { orList } from '../config/or-list.js';
import { visibleControls } from './markdown.js';
import type { Baseline, TaskMetrics } from './metrics.js';

// ---- Thresholds input -------------------------------------------------------------------------------------

/** The limits on one metric: at least one of them. */
export interface MetricLimit {
  readonly min?: number;
  readonly max?: number;
}

/** `{task key: {metric: limit}}`, task keys as the user wrote them (`gsm8k`, `gsm8k|0`, `all`). */
export type Thresholds = Readonly<Record<string, Readonly<Record<string, MetricLimit>>>>;

const LIMIT_KEYS = ['min', 'max'] as const;
const LIMIT_EXPECTED = 'a number (the minimum) or a mapping with min and/or max';

const bound = z.number({ error: expectation('a finite number') });

const limitShape = { min: z.optional(bound), max: z.optional(bound) };
const limitMapping = z.looseObject(limitShape, { error: expectation(LIMIT_EXPECTED) }).check(
  z.superRefine(
    (limit: Record<string, unknown>, context) => {
      const unknownKeys = Object.keys(limit).filter((key) => !(LIMIT_KEYS as readonly string[]).includes(key));
      const suggestions = new Map(likelyTypos(limit, LIMIT_KEYS));
      for (const key of unknownKeys) {
        const suggestion = suggestions.get(key);
        const message =
          suggestion === undefined
            ? `unknown field; expected ${orList(LIMIT_KEYS)}`
            : `unknown field; did you mean ${suggestion}?`;
        context.addIssue({ code: 'custom', path: [key], message, input: limit[key] });
      }
      const { min, max } = limit;
      // An unknown key already explains a mapping without min or max (`minimum: 0.9`).
      if (min === undefined && max === undefined && unknownKeys.length === 0) {
        const message = 'expected min, max or both, got an empty mapping';
        context.addIssue({ code: 'custom', message, input: limit });
      }
      if (typeof min === 'number' && typeof max === 'number' && min > max) {
        context.addIssue({
          code: 'custom',
          message: `expected min no greater than max, got min ${describeValue(min)} and max ${describeValue(max)}`,
          input: limit,
        });
      }
    },
    // Run even when min or max is invalid, so that every problem is reported at once.
    { when: ({ value }) => isRecord(value) },
  ),
);

const LimitSchema = z.pipe(
  // A bare number is a minimum. Non-finite numbers fall through to the mapping schema, which rejects them.
  z.transform((input: unknown) => (typeof input === 'number' && Number.isFinite(input) ? { min: input } : input)),
  z.pipe(
    limitMapping,
    z.transform(({ min, max }): MetricLimit => ({
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
    })),
  ),
);

const TASK_LIMITS_EXPECTED = 'a mapping of metric names to limits';
const TaskLimitsSchema = z.record(z.string(), LimitSchema, { error: expectation(TASK_LIMITS_EXPECTED) }).check(
  // An empty mapping checks nothing: most likely a mistake in the YAML's indentation.
  z.refine((limits) => Object.keys(limits).length > 0, {
    error: `expected ${TASK_LIMITS_EXPECTED}, got an empty mapping`,
  }),
);

/** The thresholds input: `{task key: {metric: min}}` or `{task key: {metric: {min, max}}}`. */
export const ThresholdsSchema = z.record(z.string(), TaskLimitsSchema, {
  error: expectation('a mapping of task keys (such as gsm8k|0 or all) to metric limits'),
});

/** Validates parsed YAML as thresholds; every problem becomes a ConfigError issue, at paths like `gsm8k|0.em.min`. */
export function parseThresholds(value: unknown): Thresholds {
  const result = z.safeParse(ThresholdsSchema, value);
  if (!result.success) throw new ConfigError(fieldIssuesFrom(result.error));
  return result.data;
}

// ---- Task keys --------------------------------------------------------------------------------------------

/** A task key's parts: `suite|task|fewshot` (LightEval before 0.12.1), `task|fewshot`, or a bare `task`. */
interface TaskKeyParts {
  readonly suite: string | undefined;
  readonly task: string;
  readonly fewshot: string | undefined;
}

function taskKeyParts(key: string): TaskKeyParts {
  const parts = key.split('|');
  const last = parts.at(-1) ?? '';
  const fewshot = parts.length > 1 && /^\d+$/.test(last) ? last : undefined;
  const named = fewshot === undefined ? parts : parts.slice(0, -1);
  if (named.length === 2 && named[0] !== undefined && named[1] !== undefined) {
    return { suite: named[0], task: named[1], fewshot };
  }
  // A task name has no `|`; any other shape can only match itself.
  return { suite: undefined, task: named.join('|'), fewshot };
}

/** Whether `wanted` names `candidate`: a missing suite or fewshot in `wanted` matches any. */
function namesTask(wanted: TaskKeyParts, candidate: TaskKeyParts): boolean {
  return (
    wanted.task === candidate.task &&
    (wanted.fewshot === undefined || wanted.fewshot === candidate.fewshot) &&
    (wanted.suite === undefined || candidate.suite === undefined || wanted.suite === candidate.suite)
  );
}

export type TaskKeyMatch =
  | { readonly kind: 'found'; readonly key: string }
  | { readonly kind: 'missing'; readonly suggestion: string | undefined }
  | { readonly kind: 'ambiguous'; readonly keys: readonly string[] };

/**
 * The key of `available` (the results' task keys) that `wanted` names. `gsm8k|0` and `lighteval|gsm8k|0` name
 * each other (LightEval dropped the suite from its keys in 0.12.1); a bare `gsm8k` names the one key of that task
 * whatever its fewshot, and is ambiguous when there are several.
 */
export function findTaskKey(wanted: string, available: readonly string[]): TaskKeyMatch {
  if (available.includes(wanted)) return { kind: 'found', key: wanted };
  const wantedParts = taskKeyParts(wanted);
  const keys = available.filter((key) => namesTask(wantedParts, taskKeyParts(key)));
  const [only] = keys;
  if (only !== undefined && keys.length === 1) return { kind: 'found', key: only };
  if (keys.length > 1) return { kind: 'ambiguous', keys };
  return { kind: 'missing', suggestion: suggestTaskKey(wantedParts, available) };
}

/** The results key nearest to a missing one, compared without suites (and without fewshots if it has none). */
function suggestTaskKey(wanted: TaskKeyParts, available: readonly string[]): string | undefined {
  // A group name (`mmlu`) most likely means the group's average.
  const average = available.find((key) => {
    const parts = taskKeyParts(key);
    const sameFewshot = wanted.fewshot === undefined || wanted.fewshot === parts.fewshot;
    return sameFewshot && parts.task === `${wanted.task}:_average`;
  });
  if (average !== undefined) return average;
  const shape = (parts: TaskKeyParts): string =>
    wanted.fewshot === undefined ? parts.task : `${parts.task}|${parts.fewshot ?? ''}`;
  const byShape = new Map<string, string>();
  for (const key of available) {
    const shaped = shape(taskKeyParts(key));
    if (!byShape.has(shaped)) byShape.set(shaped, key);
  }
  const nearest = didYouMean(shape(wanted), [...byShape.keys()]);
  return nearest === undefined ? undefined : byShape.get(nearest);
}

// ---- Evaluation -------------------------------------------------------------------------------------------

export type GateLimit =
  | { readonly kind: 'min'; readonly bound: number }
  | { readonly kind: 'max'; readonly bound: number }
  /** `bound` is `baseline - tolerance`. */
  | { readonly kind: 'baseline'; readonly bound: number; readonly baseline: number; readonly tolerance: number };

/** One limit checked against one metric; `task` is the key as the results write it. */
export interface GateCheck {
  readonly task: string;
  readonly metric: string;
  readonly value: number;
  readonly limit: GateLimit;
  readonly passed: boolean;
}

export type LimitSource = 'threshold' | 'baseline';

/** A limit that could not be checked. Each one fails the gate: a typo must not pass a release. */
export type GateProblem =
  | {
      readonly kind: 'no-such-task';
      readonly source: LimitSource;
      /** As the threshold or baseline wrote it. */
      readonly task: string;
      readonly suggestion: string | undefined;
      readonly available: readonly string[];
    }
  | {
      readonly kind: 'ambiguous-task';
      readonly source: LimitSource;
      readonly task: string;
      readonly matches: readonly string[];
    }
  | {
      readonly kind: 'no-such-metric';
      readonly source: LimitSource;
      /** As the results write it. */
      readonly task: string;
      readonly metric: string;
      readonly suggestion: string | undefined;
      readonly available: readonly string[];
    }
  /** LightEval wrote NaN (or an infinity) for a metric that has a limit. */
  | { readonly kind: 'not-a-number'; readonly task: string; readonly metric: string; readonly limit: GateLimit }
  /** The baseline itself holds a value that is not a finite number. */
  | { readonly kind: 'invalid-baseline'; readonly task: string; readonly metric: string; readonly baseline: number };

export interface GateResult {
  /** No check failed and there is no problem. */
  readonly passed: boolean;
  readonly checks: readonly GateCheck[];
  readonly problems: readonly GateProblem[];
}

export interface GateInput {
  readonly metrics: TaskMetrics;
  readonly thresholds?: Thresholds | undefined;
  readonly baseline?: Baseline | undefined;
  /** The allowed drop below each baseline value, absolute (0.02 = two points of accuracy). */
  readonly baselineTolerance: number;
}

/**
 * Slack for floating-point noise: 0.9 - 0.02 must admit 0.88, and 0.52 - 0.04 (0.48000000000000004) must
 * admit 0.48. Relative for metrics far above 1 (perplexity, lengths).
 */
const EPSILON = 1e-9;

function meets(value: number, limit: GateLimit): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(limit.bound));
  return limit.kind === 'max' ? value <= limit.bound + slack : value >= limit.bound - slack;
}

function thresholdLimits(limit: MetricLimit): GateLimit[] {
  const limits: GateLimit[] = [];
  if (limit.min !== undefined) limits.push({ kind: 'min', bound: limit.min });
  if (limit.max !== undefined) limits.push({ kind: 'max', bound: limit.max });
  return limits;
}

/** Checks every threshold and every baseline value against the metrics. */
export function evaluateGate({ metrics, thresholds, baseline, baselineTolerance }: GateInput): GateResult {
  if (!Number.isFinite(baselineTolerance) || baselineTolerance < 0) {
    const message = `expected a number of 0 or more, got ${describeValue(baselineTolerance)}`;
    throw new ConfigError([{ path: 'baseline-tolerance', message }]);
  }
  const checks: GateCheck[] = [];
  const problems: GateProblem[] = [];
  const taskKeys = Object.keys(metrics);

  const checkTask = (
    source: LimitSource,
    wantedTask: string,
    limitsByMetric: ReadonlyMap<string, readonly GateLimit[]>,
  ): void => {
    const match = findTaskKey(wantedTask, taskKeys);
    if (match.kind === 'missing') {
      const { suggestion } = match;
      problems.push({ kind: 'no-such-task', source, task: wantedTask, suggestion, available: taskKeys });
      return;
    }
    if (match.kind === 'ambiguous') {
      problems.push({ kind: 'ambiguous-task', source, task: wantedTask, matches: match.keys });
      return;
    }
    const task = match.key;
    const taskMetrics = metrics[task] ?? {};
    for (const [metric, limits] of limitsByMetric) {
      const measured = taskMetrics[metric];
      if (measured === undefined) {
        const available = Object.keys(taskMetrics);
        const suggestion = didYouMean(metric, available);
        problems.push({ kind: 'no-such-metric', source, task, metric, suggestion, available });
        continue;
      }
      const { value } = measured;
      for (const limit of limits) {
        if (value === null || !Number.isFinite(value)) problems.push({ kind: 'not-a-number', task, metric, limit });
        else checks.push({ task, metric, value, limit, passed: meets(value, limit) });
      }
    }
  };

  for (const [task, limits] of Object.entries(thresholds ?? {})) {
    const limitsByMetric = new Map(Object.entries(limits).map(([metric, limit]) => [metric, thresholdLimits(limit)]));
    checkTask('threshold', task, limitsByMetric);
  }
  for (const [task, values] of Object.entries(baseline ?? {})) {
    const limitsByMetric = new Map<string, GateLimit[]>();
    for (const [metric, value] of Object.entries(values)) {
      if (Number.isFinite(value)) {
        const bound = value - baselineTolerance;
        limitsByMetric.set(metric, [{ kind: 'baseline', bound, baseline: value, tolerance: baselineTolerance }]);
      } else {
        problems.push({ kind: 'invalid-baseline', task, metric, baseline: value });
      }
    }
    checkTask('baseline', task, limitsByMetric);
  }
  return { passed: problems.length === 0 && checks.every((check) => check.passed), checks, problems };
}

// ---- Messages ---------------------------------------------------------------------------------------------

/** A name as it can be shown on one line: quoted and escaped when it holds spaces, quotes or control characters. */
function shownName(name: string): string {
  return /^[^\s"\p{C}]+$/u.test(name) ? name : quoted(name);
}

function quoted(name: string): string {
  // Quotes and backslashes escaped as JSON does, so that an escape visibleControls writes cannot be mistaken for text.
  return `"${visibleControls(name.replace(/["\\]/g, '\\$&'))}"`;
}

const LISTED_NAMES = 8;

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, LISTED_NAMES).map(shownName).join(', ');
  return names.length > LISTED_NAMES ? `${shown} and ${names.length - LISTED_NAMES} more` : shown;
}

function alternatives(suggestion: string | undefined, available: readonly string[], what: string): string {
  if (suggestion !== undefined) return `did you mean ${shownName(suggestion)}?`;
  return available.length === 0 ? `they have no ${what}` : `they have ${listNames(available)}`;
}

/** The limit in words, after "below"/"above"/"compared with". */
function limitPhrase(limit: GateLimit): string {
  switch (limit.kind) {
    case 'min':
      return `the threshold ${limit.bound}`;
    case 'max':
      return `the maximum ${limit.bound}`;
    case 'baseline':
      return limit.tolerance === 0
        ? `the baseline ${limit.baseline}`
        : `the baseline ${limit.baseline} (tolerance ${limit.tolerance})`;
  }
}

/** A failed check on one line: `gsm8k|0 extractive_match = 0.85, below the threshold 0.9`. */
export function describeMiss(check: GateCheck): string {
  const { limit } = check;
  const subject = `${shownName(check.task)} ${shownName(check.metric)} = ${check.value}`;
  switch (limit.kind) {
    case 'min':
      return `${subject}, below the threshold ${limit.bound}`;
    case 'max':
      return `${subject}, above the maximum ${limit.bound}`;
    case 'baseline':
      return limit.tolerance === 0
        ? `${subject}, below the baseline ${limit.baseline}`
        : `${subject}, more than ${limit.tolerance} below the baseline ${limit.baseline}`;
  }
}

/** A limit that could not be checked, on one line. */
export function describeProblem(problem: GateProblem): string {
  const task = shownName(problem.task);
  switch (problem.kind) {
    case 'no-such-task': {
      const others = alternatives(problem.suggestion, problem.available, 'task');
      return `${problem.source} on ${task}: the results have no such task (${others})`;
    }
    case 'ambiguous-task':
      return (
        `${problem.source} on ${task}: several tasks of the results match (${listNames(problem.matches)}); ` +
        'name one of them in full'
      );
    case 'no-such-metric': {
      const others = alternatives(problem.suggestion, problem.available, 'metric');
      const metric = quoted(problem.metric);
      return `${problem.source} on ${task} metric ${metric}: the results have no such metric (${others})`;
    }
    case 'not-a-number':
      return `${task} ${shownName(problem.metric)} = NaN, cannot be compared with ${limitPhrase(problem.limit)}`;
    case 'invalid-baseline':
      return (
        `baseline on ${task} metric ${quoted(problem.metric)}: ` +
        `the baseline value is ${problem.baseline}, not a number to compare with`
      );
  }
}

/** Every reason the gate failed, one line each: missed checks first, then problems. Empty when it passed. */
export function formatGateFailures(result: GateResult): string[] {
  return [...result.checks.filter((check) => !check.passed).map(describeMiss), ...result.problems.map(describeProblem)];
}
