import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import {
  describeMiss,
  describeProblem,
  evaluateGate,
  findTaskKey,
  formatGateFailures,
  type GateLimit,
  parseThresholds,
} from '../../src/lighteval/gate.js';
import type { MetricValue, TaskMetrics } from '../../src/lighteval/metrics.js';

function measured(value: number | null, stderr?: number): MetricValue {
  return { value, stderr };
}

/** The example of shared/reference/lighteval.md. */
const EXAMPLE: TaskMetrics = {
  'gsm8k|0': { extractive_match: measured(0.9, 0.1) },
  'mmlu:abstract_algebra|0': { em: measured(0.6, 0.1633) },
  'mmlu:anatomy|0': { em: measured(0.8, 0.1333) },
  'mmlu:_average|0': { em: measured(0.7, 0.1483) },
  all: { extractive_match: measured(0.9, 0.1), em: measured(0.7, 0.1483) },
};

function issuesOf(value: unknown): { path: string; message: string }[] {
  try {
    parseThresholds(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error('expected parseThresholds to throw');
}

describe('parseThresholds', () => {
  it('reads a number as a minimum and keeps min and max as given', () => {
    expect(
      parseThresholds({
        'gsm8k|0': { extractive_match: 0.9 },
        all: { em: { min: 0.5, max: 0.95 }, loss: { max: 2 }, f1: { min: 0.7, max: 0.7 } },
      }),
    ).toStrictEqual({
      'gsm8k|0': { extractive_match: { min: 0.9 } },
      all: { em: { min: 0.5, max: 0.95 }, loss: { max: 2 }, f1: { min: 0.7, max: 0.7 } },
    });
  });

  const limitExpected = 'expected a number (the minimum) or a mapping with min and/or max, got';
  it.each([
    ['a string limit', { em: '0.9' }, 'gsm8k|0.em', `${limitExpected} "0.9"`],
    ['an infinite limit', { em: Infinity }, 'gsm8k|0.em', `${limitExpected} Infinity`],
    ['a NaN limit', { em: Number.NaN }, 'gsm8k|0.em', `${limitExpected} NaN`],
    ['a list limit', { em: [0.9] }, 'gsm8k|0.em', `${limitExpected} a list`],
    ['a string min', { em: { min: 'high' } }, 'gsm8k|0.em.min', 'expected a finite number, got "high"'],
    ['an infinite max', { em: { max: Infinity } }, 'gsm8k|0.em.max', 'expected a finite number, got Infinity'],
    [
      'min above max',
      { em: { min: 0.9, max: 0.5 } },
      'gsm8k|0.em',
      'expected min no greater than max, got min 0.9 and max 0.5',
    ],
    ['neither min nor max', { em: {} }, 'gsm8k|0.em', 'expected min, max or both, got an empty mapping'],
    ['a typo of min', { em: { mni: 0.9 } }, 'gsm8k|0.em.mni', 'unknown field; did you mean min?'],
    ['an unknown key', { em: { minimum: 0.9 } }, 'gsm8k|0.em.minimum', 'unknown field; expected min or max'],
    ['a null task', null, 'gsm8k|0', 'expected a mapping of metric names to limits, got null'],
    ['an empty task', {}, 'gsm8k|0', 'expected a mapping of metric names to limits, got an empty mapping'],
    ['a number for a task', 0.9, 'gsm8k|0', 'expected a mapping of metric names to limits, got 0.9'],
  ])('rejects %s with its path and an expected/got message', (_name, limits, path, message) => {
    expect(issuesOf({ 'gsm8k|0': limits })).toStrictEqual([{ path, message }]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(issuesOf(['gsm8k|0'])).toStrictEqual([
      { path: '', message: 'expected a mapping of task keys (such as gsm8k|0 or all) to metric limits, got a list' },
    ]);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ 'gsm8k|0': { em: { min: 'x', max: 'y', extra: 1 } }, all: { f1: false } });
    const paths = issues.map((issue) => issue.path).sort();
    expect(paths).toStrictEqual(['all.f1', 'gsm8k|0.em.extra', 'gsm8k|0.em.max', 'gsm8k|0.em.min']);
  });
});

describe('findTaskKey', () => {
  const found = (key: string) => ({ kind: 'found', key });
  const missing = (suggestion: string | undefined) => ({ kind: 'missing', suggestion });
  const ambiguous = (...keys: string[]) => ({ kind: 'ambiguous', keys });
  it.each([
    ['an exact key', 'gsm8k|0', ['gsm8k|0', 'all'], found('gsm8k|0')],
    ['a key with the suite for results without it', 'lighteval|gsm8k|0', ['gsm8k|0'], found('gsm8k|0')],
    ['a key without the suite for results with it', 'gsm8k|0', ['lighteval|gsm8k|0'], found('lighteval|gsm8k|0')],
    ['a key of an older suite', 'ifeval|0', ['extended|ifeval|0'], found('extended|ifeval|0')],
    ['a bare task name with one fewshot', 'gsm8k', ['gsm8k|5', 'mmlu:anatomy|0'], found('gsm8k|5')],
    ['a bare task name for suited results', 'gsm8k', ['lighteval|gsm8k|0'], found('lighteval|gsm8k|0')],
    ['a suite and a bare task name', 'lighteval|gsm8k', ['lighteval|gsm8k|0'], found('lighteval|gsm8k|0')],
    ['all', 'all', ['gsm8k|0', 'all'], found('all')],
    ['a group average', 'mmlu:_average|0', ['mmlu:anatomy|0', 'mmlu:_average|0'], found('mmlu:_average|0')],
    ['an exact key before a suited one', 'gsm8k|0', ['lighteval|gsm8k|0', 'gsm8k|0'], found('gsm8k|0')],
    ['a bare name with two fewshots', 'gsm8k', ['gsm8k|0', 'gsm8k|5'], ambiguous('gsm8k|0', 'gsm8k|5')],
    ['a key in two suites', 'x|0', ['community|x|0', 'lighteval|x|0'], ambiguous('community|x|0', 'lighteval|x|0')],
    ['another suite', 'community|gsm8k|0', ['lighteval|gsm8k|0'], missing('lighteval|gsm8k|0')],
    ['another fewshot', 'gsm8k|5', ['gsm8k|0', 'mmlu:anatomy|0'], missing('gsm8k|0')],
    ['a typo', 'gsmk8|0', ['gsm8k|0', 'all'], missing('gsm8k|0')],
    ['a typo of a bare name', 'gsm8', ['lighteval|gsm8k|0', 'all'], missing('lighteval|gsm8k|0')],
    ['a group name', 'mmlu', ['mmlu:anatomy|0', 'mmlu:_average|0'], missing('mmlu:_average|0')],
    ['a task far from every key', 'truthfulqa:gen|0', ['gsm8k|0', 'all'], missing(undefined)],
    ['a part of a key', 'gsm8k|0', ['gsm8k|0|0'], missing(undefined)],
    ['no results', 'all', [], missing(undefined)],
  ])('matches %s', (_name, wanted, available, expected) => {
    expect(findTaskKey(wanted, available)).toStrictEqual(expected);
  });
});

const min = (bound: number): GateLimit => ({ kind: 'min', bound });
const max = (bound: number): GateLimit => ({ kind: 'max', bound });
const baselineLimit = (baseline: number, tolerance: number): GateLimit => ({
  kind: 'baseline',
  bound: baseline - tolerance,
  baseline,
  tolerance,
});

describe('evaluateGate: boundaries', () => {
  // 0.52 - 0.04 is 0.48000000000000004 in floating point: without slack, 0.48 would fail.
  it('needs slack for 0.52 - 0.04', () => expect(0.52 - 0.04).toBeGreaterThan(0.48));

  it.each([
    ['a value equal to min', 0.9, { min: 0.9 }, true],
    ['a value just below min', 0.9 - 1e-6, { min: 0.9 }, false],
    ['a value above min', 0.91, { min: 0.9 }, true],
    ['a value equal to max', 0.95, { max: 0.95 }, true],
    ['a value just above max', 0.95 + 1e-6, { max: 0.95 }, false],
    ['a value below max', 0.5, { max: 0.95 }, true],
    ['a negative value equal to min', -1.5, { min: -1.5 }, true],
    ['a large value equal to min', 1234.5678, { min: 1234.5678 }, true],
    ['a large value just below min', 1234.5, { min: 1234.5001 }, false],
    ['0 against min 0', 0, { min: 0 }, true],
  ])('%s', (_name, value, limit, passed) => {
    const metrics = { 'gsm8k|0': { em: measured(value) } };
    const result = evaluateGate({ metrics, thresholds: { 'gsm8k|0': { em: limit } }, baselineTolerance: 0.02 });
    expect(result.checks.map((check) => check.passed)).toStrictEqual([passed]);
    expect(result.passed).toBe(passed);
  });

  it.each([
    ['baseline − tolerance exactly (0.9 − 0.02)', 0.88, 0.9, 0.02, true],
    ['baseline − tolerance in floating point (0.52 − 0.04)', 0.48, 0.52, 0.04, true],
    ['baseline − tolerance in floating point (0.07 − 0.01)', 0.06, 0.07, 0.01, true],
    ['just more than the tolerance below', 0.8799, 0.9, 0.02, false],
    ['above the baseline', 0.95, 0.9, 0.02, true],
    ['the baseline with tolerance 0', 0.9, 0.9, 0, true],
    ['just below the baseline with tolerance 0', 0.9 - 1e-6, 0.9, 0, false],
  ])('baseline: %s', (_name, value, baseline, tolerance, passed) => {
    const metrics = { 'gsm8k|0': { em: measured(value) } };
    const result = evaluateGate({ metrics, baseline: { 'gsm8k|0': { em: baseline } }, baselineTolerance: tolerance });
    const limit = baselineLimit(baseline, tolerance);
    expect(result.checks).toStrictEqual([{ task: 'gsm8k|0', metric: 'em', value, limit, passed }]);
    expect(result.passed).toBe(passed);
  });

  it.each([-0.01, Number.NaN, Infinity])('rejects the tolerance %s', (tolerance) => {
    expect(() => evaluateGate({ metrics: EXAMPLE, baselineTolerance: tolerance })).toThrow(ConfigError);
  });
});

describe('evaluateGate', () => {
  it('lists every check of the thresholds and the baseline, under the task keys of the results', () => {
    const result = evaluateGate({
      metrics: EXAMPLE,
      thresholds: { gsm8k: { extractive_match: { min: 0.85 } }, all: { em: { min: 0.6, max: 0.95 } } },
      baseline: { 'lighteval|mmlu:_average|0': { em: 0.72 }, 'gsm8k|0': { extractive_match: 0.95 } },
      baselineTolerance: 0.02,
    });
    expect(result).toStrictEqual({
      passed: false,
      checks: [
        { task: 'gsm8k|0', metric: 'extractive_match', value: 0.9, limit: min(0.85), passed: true },
        { task: 'all', metric: 'em', value: 0.7, limit: min(0.6), passed: true },
        { task: 'all', metric: 'em', value: 0.7, limit: max(0.95), passed: true },
        { task: 'mmlu:_average|0', metric: 'em', value: 0.7, limit: baselineLimit(0.72, 0.02), passed: true },
        { task: 'gsm8k|0', metric: 'extractive_match', value: 0.9, limit: baselineLimit(0.95, 0.02), passed: false },
      ],
      problems: [],
    });
  });

  it('passes with no limits at all', () => {
    const result = evaluateGate({ metrics: EXAMPLE, baselineTolerance: 0.02 });
    expect(result).toStrictEqual({ passed: true, checks: [], problems: [] });
  });

  it('fails on a threshold task missing from the results, suggesting the nearest', () => {
    const thresholds = { 'gsm8k|5': { extractive_match: { min: 0.5 } } };
    const result = evaluateGate({ metrics: EXAMPLE, thresholds, baselineTolerance: 0.02 });
    expect(result.passed).toBe(false);
    expect(result.checks).toStrictEqual([]);
    const available = Object.keys(EXAMPLE);
    expect(result.problems).toStrictEqual([
      { kind: 'no-such-task', source: 'threshold', task: 'gsm8k|5', suggestion: 'gsm8k|0', available },
    ]);
  });

  it('fails on a metric missing from the results, suggesting a near name', () => {
    const thresholds = { 'gsm8k|0': { extractive_macth: { min: 0.5 } } };
    const result = evaluateGate({ metrics: EXAMPLE, thresholds, baselineTolerance: 0.02 });
    expect(result.passed).toBe(false);
    expect(result.problems).toStrictEqual([
      {
        kind: 'no-such-metric',
        source: 'threshold',
        task: 'gsm8k|0',
        metric: 'extractive_macth',
        suggestion: 'extractive_match',
        available: ['extractive_match'],
      },
    ]);
  });

  it('does not suggest a metric that shares nothing with the wanted one', () => {
    const metrics = { 'gsm8k|0': { x: measured(1) } };
    const result = evaluateGate({ metrics, thresholds: { 'gsm8k|0': { em: { min: 0.5 } } }, baselineTolerance: 0.02 });
    expect(result.problems).toMatchObject([{ kind: 'no-such-metric', suggestion: undefined, available: ['x'] }]);
  });

  it('fails on an ambiguous bare task name instead of picking one', () => {
    const metrics: TaskMetrics = { 'gsm8k|0': { em: measured(0.9) }, 'gsm8k|5': { em: measured(0.2) } };
    const result = evaluateGate({ metrics, thresholds: { gsm8k: { em: { min: 0.5 } } }, baselineTolerance: 0.02 });
    expect(result).toStrictEqual({
      passed: false,
      checks: [],
      problems: [{ kind: 'ambiguous-task', source: 'threshold', task: 'gsm8k', matches: ['gsm8k|0', 'gsm8k|5'] }],
    });
  });

  it('fails on a NaN value under a limit, once per limit, and ignores NaN values without one', () => {
    const metrics: TaskMetrics = { 'gsm8k|0': { em: measured(null), f1: measured(null) } };
    const thresholds = { 'gsm8k|0': { em: { min: 0.5, max: 1 } } };
    const result = evaluateGate({ metrics, thresholds, baselineTolerance: 0.02 });
    expect(result).toStrictEqual({
      passed: false,
      checks: [],
      problems: [
        { kind: 'not-a-number', task: 'gsm8k|0', metric: 'em', limit: min(0.5) },
        { kind: 'not-a-number', task: 'gsm8k|0', metric: 'em', limit: max(1) },
      ],
    });
    expect(evaluateGate({ metrics, thresholds: {}, baselineTolerance: 0.02 }).passed).toBe(true);
  });

  it('treats a NaN that slipped through as a NaN value', () => {
    const result = evaluateGate({
      metrics: { 'gsm8k|0': { em: measured(Number.NaN) } },
      baseline: { 'gsm8k|0': { em: 0.5 } },
      baselineTolerance: 0.02,
    });
    expect(result.problems).toStrictEqual([
      { kind: 'not-a-number', task: 'gsm8k|0', metric: 'em', limit: baselineLimit(0.5, 0.02) },
    ]);
  });

  it('fails on a baseline task or metric missing from the results', () => {
    const result = evaluateGate({
      metrics: EXAMPLE,
      baseline: { 'gsm8k|0': { extractive_match: 0.5, em: 0.5 }, 'ifeval|0': { prompt_level_strict_acc: 0.5 } },
      baselineTolerance: 0.02,
    });
    expect(result.passed).toBe(false);
    expect(result.checks).toHaveLength(1);
    expect(result.problems).toMatchObject([
      { kind: 'no-such-metric', source: 'baseline', task: 'gsm8k|0', metric: 'em' },
      { kind: 'no-such-task', source: 'baseline', task: 'ifeval|0' },
    ]);
  });

  it('fails on a baseline value that is not a number', () => {
    const baseline = { 'gsm8k|0': { extractive_match: Number.NaN } };
    const result = evaluateGate({ metrics: EXAMPLE, baseline, baselineTolerance: 0.02 });
    expect(result).toStrictEqual({
      passed: false,
      checks: [],
      problems: [{ kind: 'invalid-baseline', task: 'gsm8k|0', metric: 'extractive_match', baseline: Number.NaN }],
    });
  });

  it('compares every metric of every baseline task, all included', () => {
    const result = evaluateGate({
      metrics: EXAMPLE,
      baseline: {
        'gsm8k|0': { extractive_match: 0.9 },
        'mmlu:anatomy|0': { em: 0.8 },
        all: { extractive_match: 0.9, em: 0.7 },
      },
      baselineTolerance: 0,
    });
    expect(result.passed).toBe(true);
    expect(result.checks.map((check) => `${check.task} ${check.metric}`)).toStrictEqual([
      'gsm8k|0 extractive_match',
      'mmlu:anatomy|0 em',
      'all extractive_match',
      'all em',
    ]);
  });

  it('never turns a pass into a fail when every value rises (min and baseline limits)', () => {
    const score = fc.double({ min: -10, max: 10, noNaN: true });
    const metricScores = fc.dictionary(fc.constantFrom('em', 'f1', 'acc'), score);
    const scores = fc.dictionary(fc.constantFrom('gsm8k|0', 'mmlu:anatomy|0', 'all'), metricScores);
    // Limits are drawn near the values (value + offset), so that both passes and fails occur.
    const offset = fc.double({ min: -1, max: 1, noNaN: true });
    const rise = fc.double({ min: 0, max: 5, noNaN: true });
    const tolerance = fc.double({ min: 0, max: 1, noNaN: true });
    const mapScores = <T>(values: Record<string, Record<string, number>>, map: (value: number) => T) =>
      Object.fromEntries(
        Object.entries(values).map(([task, metrics]) => [
          task,
          Object.fromEntries(Object.entries(metrics).map(([metric, value]) => [metric, map(value)])),
        ]),
      );
    fc.assert(
      fc.property(scores, offset, offset, rise, tolerance, (values, aboveValue, belowValue, by, baselineTolerance) => {
        const limits = {
          thresholds: mapScores(values, (value) => ({ min: value + aboveValue })),
          baseline: mapScores(values, (value) => value + belowValue),
          baselineTolerance,
        };
        const before = evaluateGate({ metrics: mapScores(values, (value) => measured(value)), ...limits });
        const after = evaluateGate({ metrics: mapScores(values, (value) => measured(value + by)), ...limits });
        expect(after.checks).toHaveLength(before.checks.length);
        before.checks.forEach((check, index) => {
          if (check.passed) expect(after.checks[index]?.passed).toBe(true);
        });
        if (before.passed) expect(after.passed).toBe(true);
      }),
    );
  });
});

describe('messages', () => {
  const failing = evaluateGate({
    metrics: { 'gsm8k|0': { extractive_match: measured(0.85), loss: measured(2.5), acc: measured(null) } },
    thresholds: {
      'gsm8k|0': { extractive_match: { min: 0.9 }, em: { min: 0.5 }, loss: { max: 2 }, acc: { min: 0.5 } },
      'gsm8k|5': { extractive_match: { min: 0.5 } },
      'truthfulqa:gen': { bleu: { min: 0.5 } },
    },
    baseline: { 'gsm8k|0': { extractive_match: 0.9, loss: 2.4 } },
    baselineTolerance: 0.02,
  });

  it('formats every miss and every problem on one line, naming task, metric, value and limit', () => {
    expect(failing.passed).toBe(false);
    expect(formatGateFailures(failing)).toStrictEqual([
      'gsm8k|0 extractive_match = 0.85, below the threshold 0.9',
      'gsm8k|0 loss = 2.5, above the maximum 2',
      'gsm8k|0 extractive_match = 0.85, more than 0.02 below the baseline 0.9',
      'threshold on gsm8k|0 metric "em": the results have no such metric (they have extractive_match, loss, acc)',
      'gsm8k|0 acc = NaN, cannot be compared with the threshold 0.5',
      'threshold on gsm8k|5: the results have no such task (did you mean gsm8k|0?)',
      'threshold on truthfulqa:gen: the results have no such task (they have gsm8k|0)',
    ]);
  });

  it('is empty when the gate passed', () => {
    const gate = evaluateGate({ metrics: EXAMPLE, thresholds: { all: { em: { min: 0.5 } } }, baselineTolerance: 0.02 });
    expect(gate.checks).toHaveLength(1);
    expect(formatGateFailures(gate)).toStrictEqual([]);
  });

  it('words the baseline without tolerance, and a problem with each kind of limit', () => {
    const check = { task: 'all', metric: 'em', value: 0.6, passed: false } as const;
    expect(describeMiss({ ...check, limit: baselineLimit(0.7, 0) })).toBe('all em = 0.6, below the baseline 0.7');
    expect(describeProblem({ kind: 'not-a-number', task: 'all', metric: 'em', limit: max(1) })).toBe(
      'all em = NaN, cannot be compared with the maximum 1',
    );
    expect(describeProblem({ kind: 'not-a-number', task: 'all', metric: 'em', limit: baselineLimit(0.7, 0.02) })).toBe(
      'all em = NaN, cannot be compared with the baseline 0.7 (tolerance 0.02)',
    );
    const matches = ['gsm8k|0', 'gsm8k|5'];
    expect(describeProblem({ kind: 'ambiguous-task', source: 'baseline', task: 'gsm8k', matches })).toBe(
      'baseline on gsm8k: several tasks of the results match (gsm8k|0, gsm8k|5); name one of them in full',
    );
    expect(describeProblem({ kind: 'invalid-baseline', task: 'all', metric: 'em', baseline: Number.NaN })).toBe(
      'baseline on all metric "em": the baseline value is NaN, not a number to compare with',
    );
  });

  it('shortens a long list of available names', () => {
    const available = Array.from({ length: 10 }, (_, index) => `mmlu:subject${index}|0`);
    const problem = { kind: 'no-such-task', source: 'threshold', task: 'mmlu', suggestion: undefined, available };
    const shown = available.slice(0, 8).join(', ');
    expect(describeProblem({ ...problem, kind: 'no-such-task', source: 'threshold' })).toBe(
      `threshold on mmlu: the results have no such task (they have ${shown} and 2 more)`,
    );
  });

  it.each([
    ['an ESC sequence', 'gsm8k\u001b[2J', '"gsm8k\\u001b[2J"'],
    ['a C1 control', 'em\u009b31m', '"em\\u009b31m"'],
    ['a bidi override', 'acc\u202e', '"acc\\u202e"'],
    ['a tag character beyond U+FFFF', 'x\u{e0001}1', '"x\\u{e0001}1"'],
    ['a backslash before a control', 'a\\\u0000', '"a\\\\\\u0000"'],
  ])('quotes a name with %s, its invisible characters written as escapes', (_what, name, shown) => {
    expect(describeMiss({ task: name, metric: 'em', value: 0.1, limit: min(0.5), passed: false })).toBe(
      `${shown} em = 0.1, below the threshold 0.5`,
    );
  });

  it('keeps hostile names on one line, quoted', () => {
    const task = 'gsm8k|0\n::error::x';
    const metric = 'em\u2028"x"';
    const line = describeMiss({ task, metric, value: 0.1, limit: min(0.5), passed: false });
    expect(line).toBe('"gsm8k|0\\n::error::x" "em\\u2028\\"x\\"" = 0.1, below the threshold 0.5');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (hostileTask, hostileMetric) => {
        const lines = [
          describeMiss({ task: hostileTask, metric: hostileMetric, value: 0.1, limit: min(0.5), passed: false }),
          describeProblem({
            kind: 'no-such-metric',
            source: 'threshold',
            task: hostileTask,
            metric: hostileMetric,
            suggestion: hostileMetric,
            available: [hostileTask],
          }),
        ];
        // eslint-disable-next-line no-control-regex -- the point: no line break, vertical tab and form feed included
        for (const text of lines) expect(text).not.toMatch(/[\n\r\u2028\u2029\u0085\u000b\u000c]/);
      }),
    );
  });
});
