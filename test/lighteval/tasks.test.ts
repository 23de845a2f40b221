import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { TaskRegistry } from '../../src/lighteval/task-registry.js';
import { normalizeTaskList, normalizeTaskSpec, splitTaskList } from '../../src/lighteval/tasks.js';
import { configErrorOf } from '../fixtures/requests.js';

const VERSIONS = ['0.10.0', '0.11.0', '0.12.0', '0.12.1', '0.13.0'] as const;
type Version = (typeof VERSIONS)[number];

/** Which loss a warning must report: the suite, the truncate flag, or both. */
type Loss = 'suite' | 'truncate';
type Expected = readonly [spec: string, losses?: readonly Loss[]];

/** Every accepted form, written for each version boundary of the syntax table. */
const FORMS: readonly [input: string, byVersion: Record<Version, Expected>][] = [
  [
    'gsm8k',
    {
      '0.10.0': ['lighteval|gsm8k|0|0'],
      '0.11.0': ['lighteval|gsm8k|0'],
      '0.12.0': ['lighteval|gsm8k|0'],
      '0.12.1': ['gsm8k|0'],
      '0.13.0': ['gsm8k|0'],
    },
  ],
  [
    'gsm8k|3',
    {
      '0.10.0': ['lighteval|gsm8k|3|0'],
      '0.11.0': ['lighteval|gsm8k|3'],
      '0.12.0': ['lighteval|gsm8k|3'],
      '0.12.1': ['gsm8k|3'],
      '0.13.0': ['gsm8k|3'],
    },
  ],
  [
    'lighteval|gsm8k|3',
    {
      '0.10.0': ['lighteval|gsm8k|3|0'],
      '0.11.0': ['lighteval|gsm8k|3'],
      '0.12.0': ['lighteval|gsm8k|3'],
      '0.12.1': ['gsm8k|3'],
      '0.13.0': ['gsm8k|3'],
    },
  ],
  [
    'lighteval|gsm8k|0|0',
    {
      '0.10.0': ['lighteval|gsm8k|0|0'],
      '0.11.0': ['lighteval|gsm8k|0'],
      '0.12.0': ['lighteval|gsm8k|0'],
      '0.12.1': ['gsm8k|0'],
      '0.13.0': ['gsm8k|0'],
    },
  ],
  [
    'lighteval|gsm8k|5|1',
    {
      '0.10.0': ['lighteval|gsm8k|5|1'],
      '0.11.0': ['lighteval|gsm8k|5', ['truncate']],
      '0.12.0': ['lighteval|gsm8k|5', ['truncate']],
      '0.12.1': ['gsm8k|5', ['truncate']],
      '0.13.0': ['gsm8k|5', ['truncate']],
    },
  ],
  [
    'helm|mmlu:anatomy|5',
    {
      '0.10.0': ['helm|mmlu:anatomy|5|0'],
      '0.11.0': ['helm|mmlu:anatomy|5'],
      '0.12.0': ['helm|mmlu:anatomy|5'],
      '0.12.1': ['mmlu:anatomy|5', ['suite']],
      '0.13.0': ['mmlu:anatomy|5', ['suite']],
    },
  ],
  [
    'helm|mmlu|5|0',
    {
      '0.10.0': ['helm|mmlu|5|0'],
      '0.11.0': ['helm|mmlu|5'],
      '0.12.0': ['helm|mmlu|5'],
      '0.12.1': ['mmlu|5', ['suite']],
      '0.13.0': ['mmlu|5', ['suite']],
    },
  ],
  [
    'community|my_task|2|1',
    {
      '0.10.0': ['community|my_task|2|1'],
      '0.11.0': ['community|my_task|2', ['truncate']],
      '0.12.0': ['community|my_task|2', ['truncate']],
      '0.12.1': ['my_task|2', ['suite', 'truncate']],
      '0.13.0': ['my_task|2', ['suite', 'truncate']],
    },
  ],
];

const CASES = FORMS.flatMap(([input, byVersion]) =>
  VERSIONS.map((version) => {
    const [spec, losses = []] = byVersion[version];
    return { input, version, spec, losses };
  }),
);

describe('normalizeTaskSpec', () => {
  it.each(CASES)('writes $input as $spec for LightEval $version', ({ input, version, spec, losses }) => {
    const normalized = normalizeTaskSpec(input, version);
    expect(normalized.spec).toBe(spec);
    if (losses.length === 0) {
      expect(normalized.warning).toBeUndefined();
      return;
    }
    expect(normalized.warning).toContain(`task ${JSON.stringify(input)} is written ${JSON.stringify(spec)}`);
    expect(normalized.warning).toContain(version);
    expect(normalized.warning?.includes('the suite')).toBe(losses.includes('suite'));
    expect(normalized.warning?.includes('the truncate flag 1')).toBe(losses.includes('truncate'));
  });

  it('names the dropped suite in its warning', () => {
    expect(normalizeTaskSpec('helm|mmlu|5', '0.13.0').warning).toContain('the suite "helm" is dropped');
  });

  it('compares versions as numbers, not text', () => {
    expect(normalizeTaskSpec('gsm8k', '0.9.2').spec).toBe('lighteval|gsm8k|0|0');
    expect(normalizeTaskSpec('gsm8k', '0.10.9').spec).toBe('lighteval|gsm8k|0|0');
    expect(normalizeTaskSpec('gsm8k', '0.12.10').spec).toBe('gsm8k|0');
    expect(normalizeTaskSpec('gsm8k', '0.100.0').spec).toBe('gsm8k|0');
    expect(normalizeTaskSpec('gsm8k', '1.0.0').spec).toBe('gsm8k|0');
  });

  it('drops leading zeros of the few-shot count and whitespace around the spec', () => {
    expect(normalizeTaskSpec('  gsm8k|007 ', '0.13.0').spec).toBe('gsm8k|7');
    expect(normalizeTaskSpec('gsm8k|00', '0.11.0').spec).toBe('lighteval|gsm8k|0');
  });

  it('rejects a version that is not X.Y.Z', () => {
    const error = configErrorOf(() => normalizeTaskSpec('gsm8k', '0.13'));
    expect(error.issues[0]?.path).toBe('lighteval_version');
    expect(error.message).toContain('X.Y.Z');
  });

  const REJECTIONS: readonly [spec: string, reason: string][] = [
    ['gsm8k|', 'has an empty part'],
    ['|0', 'has an empty part'],
    ['lighteval||0', 'has an empty part'],
    ['lighteval|gsm8k|0|', 'has an empty part'],
    ['gsm8k|x', 'the few-shot count "x" is not a whole number'],
    ['gsm8k|-1', 'the few-shot count "-1" is not a whole number'],
    ['gsm8k|1.5', 'the few-shot count "1.5" is not a whole number'],
    ['lighteval|gsm8k|x', 'the few-shot count "x" is not a whole number'],
    ['lighteval|gsm8k', 'to name a suite, write suite|task|fewshot'],
    ['a|b|0|0|0', 'has 5 |-separated parts, at most 4'],
    ['lighteval|gsm8k|0|2', 'the truncate flag "2" is not 0 or 1'],
    ['lighteval|gsm8k|0|true', 'the truncate flag "true" is not 0 or 1'],
    ['gsm8k|0|0', 'the task name "0" is a number (a truncate flag needs all four parts'],
    ['gsm8k |0', 'contains whitespace'],
    ['gsm8k\t|0', 'contains whitespace'],
    ['gsm8k,mmlu', 'contains a comma'],
    ['', 'empty'],
    ['   ', 'empty'],
  ];

  it.each(REJECTIONS)('rejects %j: %s', (spec, reason) => {
    const error = configErrorOf(() => normalizeTaskSpec(spec, '0.13.0'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('');
    expect(error.message).toContain(`task ${JSON.stringify(spec.trim())}: `);
    expect(error.message).toContain(reason);
    expect(error.message).toContain('expected task, task|fewshot, suite|task|fewshot or suite|task|fewshot|truncate');
  });

  it.each(VERSIONS)('rejects the same specs on LightEval %s', (version) => {
    for (const [spec] of REJECTIONS) expect(() => normalizeTaskSpec(spec, version)).toThrow(ConfigError);
  });

  it('writes each spec in the syntax of its version, and a written spec stays as it is', () => {
    const suite = fc.option(fc.constantFrom('lighteval', 'helm', 'community'), { nil: undefined });
    const task = fc.stringMatching(/^[a-z][a-z0-9_:]{0,12}$/);
    const truncate = fc.option(fc.constantFrom('0', '1'), { nil: undefined });
    const version = fc.constantFrom(...VERSIONS, '0.9.0', '0.14.2');
    fc.assert(
      fc.property(
        suite,
        task,
        fc.nat(25),
        truncate,
        version,
        (suiteName, taskName, fewshot, flag, lightevalVersion) => {
          const input =
            suiteName === undefined
              ? `${taskName}|${fewshot}`
              : [suiteName, taskName, fewshot, ...(flag === undefined ? [] : [flag])].join('|');
          const { spec } = normalizeTaskSpec(input, lightevalVersion);
          const [, minor = 0, patch = 0] = lightevalVersion.split('.').map(Number);
          const expectedParts = minor <= 10 ? 4 : minor < 12 || (minor === 12 && patch === 0) ? 3 : 2;
          expect(spec.split('|')).toHaveLength(expectedParts);
          expect(spec).toContain(`${taskName}|${fewshot}`);
          expect(normalizeTaskSpec(spec, lightevalVersion).spec).toBe(spec);
        },
      ),
    );
  });
});

describe('normalizeTaskList', () => {
  it('drops the specs that are the same once normalized, keeping the first order', () => {
    const list = normalizeTaskList(
      ['gsm8k', 'mmlu:anatomy|5', 'gsm8k|0', 'lighteval|gsm8k|0|0', 'lighteval|gsm8k|0'],
      '0.13.0',
    );
    expect(list).toEqual({ specs: ['gsm8k|0', 'mmlu:anatomy|5'], warnings: [] });
  });

  it('keeps specs apart that differ for the version', () => {
    expect(normalizeTaskList(['helm|mmlu|0', 'lighteval|mmlu|0'], '0.12.0').specs).toEqual([
      'helm|mmlu|0',
      'lighteval|mmlu|0',
    ]);
    expect(normalizeTaskList(['helm|mmlu|0', 'lighteval|mmlu|0'], '0.13.0').specs).toEqual(['mmlu|0']);
  });

  it('collects the warnings of every spec', () => {
    const list = normalizeTaskList(['helm|mmlu|0', 'lighteval|gsm8k|0|1', 'ifeval'], '0.13.0');
    expect(list.specs).toEqual(['mmlu|0', 'gsm8k|0', 'ifeval|0']);
    expect(list.warnings).toHaveLength(2);
    expect(list.warnings[0]).toContain('"helm|mmlu|0"');
    expect(list.warnings[1]).toContain('"lighteval|gsm8k|0|1"');
  });

  it('reports every bad spec at once', () => {
    const error = configErrorOf(() => normalizeTaskList(['gsm8k|x', 'ifeval', '|0', 'a|b|c|d|e'], '0.13.0'));
    expect(error.issues.map((issue) => issue.path)).toEqual(['', '', '']);
    expect(error.issues[0]?.message).toContain('task "gsm8k|x"');
    expect(error.issues[1]?.message).toContain('task "|0"');
    expect(error.issues[2]?.message).toContain('task "a|b|c|d|e"');
  });

  it('returns nothing for no specs', () => {
    expect(normalizeTaskList([], '0.13.0')).toEqual({ specs: [], warnings: [] });
  });
});

describe('splitTaskList', () => {
  it('splits on commas and line breaks, trims and drops blanks', () => {
    expect(splitTaskList(' gsm8k|0, mmlu:anatomy|5 ,\n\nifeval\r\nhellaswag|0,,\r')).toEqual([
      'gsm8k|0',
      'mmlu:anatomy|5',
      'ifeval',
      'hellaswag|0',
    ]);
    expect(splitTaskList('')).toEqual([]);
    expect(splitTaskList(' ,\n , ')).toEqual([]);
  });

  it('keeps # as text in the input itself', () => {
    expect(splitTaskList('gsm8k#0, ifeval')).toEqual(['gsm8k#0', 'ifeval']);
  });

  it('drops whole-line and trailing comments in the text of a tasks file', () => {
    const file =
      '# the release gate\ngsm8k|0   # quick\n  # mmlu:anatomy|5\nifeval, hellaswag|0 # two on a line\r\n#\n';
    expect(splitTaskList(file, { comments: true })).toEqual(['gsm8k|0', 'ifeval', 'hellaswag|0']);
  });

  it('gives back any list of specs joined with any separators', () => {
    const spec = fc.stringMatching(/^[a-z0-9_:|]{1,12}$/);
    const separator = fc.constantFrom(',', '\n', '\r\n', ' , ', ',\n', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(spec, separator), { maxLength: 8 }), (pieces) => {
        const text = pieces.map(([item, after]) => item + after).join('');
        expect(splitTaskList(text)).toEqual(pieces.map(([item]) => item));
      }),
    );
  });
});

describe('normalizeTaskList with the installed LightEval registry', () => {
  /** Shaped like LightEval 0.11's registry, where many tasks have no `lighteval` suite. */
  const BY_SUITE: TaskRegistry = {
    lightevalVersion: '0.11.0',
    keyedBy: 'suite|task',
    tasks: [
      'lighteval|gsm8k',
      'extended|ifeval',
      'helm|hellaswag',
      'leaderboard|hellaswag',
      'helm|mmlu:anatomy',
      'lighteval|mmlu_pro',
    ],
    requires: {},
  };
  const BY_NAME: TaskRegistry = {
    lightevalVersion: '0.13.0',
    keyedBy: 'task',
    tasks: ['gsm8k', 'ifeval', 'mmlu:anatomy'],
    requires: {},
  };

  it('gives a bare name the suite that holds it', () => {
    expect(normalizeTaskList(['ifeval|0', 'gsm8k', 'mmlu:anatomy|5'], '0.11.0', BY_SUITE)).toEqual({
      specs: ['extended|ifeval|0', 'lighteval|gsm8k|0', 'helm|mmlu:anatomy|5'],
      warnings: [],
    });
    expect(normalizeTaskList(['ifeval'], '0.10.0', BY_SUITE).specs).toEqual(['extended|ifeval|0|0']);
  });

  it('prefers LightEval’s own suites when several hold a bare name, and says which it took', () => {
    const { specs, warnings } = normalizeTaskList(['hellaswag|0'], '0.11.0', BY_SUITE);
    expect(specs).toEqual(['leaderboard|hellaswag|0']);
    expect(warnings).toEqual([expect.stringMatching(/taken from the suite "leaderboard".*also has it in "helm"/)]);
  });

  it('keeps a suite the user named when the registry has the task there, and refuses it otherwise', () => {
    expect(normalizeTaskList(['helm|hellaswag|0'], '0.11.0', BY_SUITE).specs).toEqual(['helm|hellaswag|0']);
    expect(configErrorOf(() => normalizeTaskList(['lighteval|ifeval|0'], '0.11.0', BY_SUITE)).issues).toEqual([
      {
        path: '',
        message:
          'task "lighteval|ifeval|0": LightEval 0.11.0 has no "ifeval" in the suite "lighteval"; it is in "extended"',
      },
    ]);
  });

  it('refuses every unknown task at once, suggesting close names', () => {
    expect(
      configErrorOf(() => normalizeTaskList(['ifevl|0', 'mmlu:anatom', 'zzz_nothing_like_it'], '0.13.0', BY_NAME))
        .issues,
    ).toEqual([
      { path: '', message: 'task "ifevl|0": LightEval 0.13.0 has no task "ifevl"; did you mean ifeval?' },
      {
        path: '',
        message: 'task "mmlu:anatom": LightEval 0.13.0 has no task "mmlu:anatom"; did you mean mmlu:anatomy?',
      },
      { path: '', message: 'task "zzz_nothing_like_it": LightEval 0.13.0 has no task "zzz_nothing_like_it"' },
    ]);
  });

  it('says what a task needs when the registry lacks it for want of a package (ifeval on 0.9 without langdetect)', () => {
    const without: TaskRegistry = { ...BY_SUITE, lightevalVersion: '0.9.2', tasks: ['lighteval|gsm8k'] };
    expect(configErrorOf(() => normalizeTaskList(['ifeval|0'], '0.9.2', without)).issues[0]?.message).toBe(
      'task "ifeval|0": the installed LightEval 0.9.2 has no task "ifeval": it needs langdetect, which is not installed beside it ' +
        '(pip install langdetect, or let the action install LightEval)',
    );
  });

  it('looks names up alone where the registry is keyed by name', () => {
    expect(normalizeTaskList(['ifeval|0', 'lighteval|gsm8k|0'], '0.13.0', BY_NAME).specs).toEqual([
      'ifeval|0',
      'gsm8k|0',
    ]);
  });
});
