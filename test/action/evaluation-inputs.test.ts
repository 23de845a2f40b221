import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EvaluationInputs, InputError } from '../../src/action/inputs.js';
import { describeValue } from '../../src/config/errors.js';
import { scrubSecrets } from '../../src/config/secrets.js';
import { readBuildInputs } from '../support/build-inputs.js';
import { inputVariables } from '../support/step-env.js';

const workspace = mkdtempSync(join(tmpdir(), 'lighteval-action-evaluation-inputs-'));
mkdirSync(join(workspace, 'eval'));
mkdirSync(join(workspace, 'folder.txt'));
writeFileSync(
  join(workspace, 'eval', 'tasks.txt'),
  '# the quick suite\ngsm8k|5  # main task\n\nmmlu:anatomy|0, ifeval\r\n# gsm8k|0\r\ngsm8k|05\n',
);
writeFileSync(join(workspace, 'empty.txt'), '# nothing yet\n\n   \n');
writeFileSync(join(workspace, 'eval', 'custom.py'), 'TASKS_TABLE = []\n');
writeFileSync(
  join(workspace, 'metrics.json'),
  // The action's metrics output, saved as a file; NaN as Python writes it.
  '{"gsm8k|0": {"extractive_match": 0.9, "extractive_match_stderr": 0.1}, "all": {"em": 0.7, "f1": NaN}}\n',
);
writeFileSync(
  join(workspace, 'results_2025-01-01T00-00-00.json'),
  '\uFEFF' +
    JSON.stringify({
      config_general: { model_name: 'openai/gpt-4o-mini', model_config: { api_key: null } },
      results: {
        'gsm8k|0': { extractive_match: 0.85, extractive_match_stderr: 0.05 },
        'mmlu:_average|0': { em: 0.7, em_stderr: 0.1 },
        all: { extractive_match: 0.85, em: Number.NaN },
      },
      versions: {},
    }).replace('"em":null', '"em":NaN'),
);
writeFileSync(join(workspace, 'foreign.json'), '{"name": "package", "version": "1.0.0"}');
writeFileSync(join(workspace, 'broken.json'), '{"gsm8k|0": {"em": 0.9},}');
writeFileSync(join(workspace, 'bad-results.json'), '{"config_general": {}, "results": {"gsm8k|0": {"em": "high"}}}');

/** The environment the runner gives a step, with these inputs (name → value). */
function env(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return { GITHUB_WORKSPACE: workspace, ...inputVariables(inputs), ...extra };
}

const MINIMAL = { 'provider-type': 'openai', model: 'gpt-4o-mini' };
const RUN = { ...MINIMAL, 'run-lighteval': 'true', tasks: 'gsm8k' };

async function evaluationOf(inputs: Record<string, string>): Promise<EvaluationInputs> {
  const { evaluation } = await readBuildInputs(env(inputs));
  if (evaluation === undefined) throw new Error('expected the run inputs to be read');
  return evaluation;
}

async function failureOf(inputs: Record<string, string>): Promise<string> {
  const error: unknown = await readBuildInputs(env(inputs)).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  const { message } = error as InputError;
  expect(message).not.toMatch(/[\r\n]/);
  return message;
}

const TASK_SYNTAX =
  'expected task, task|fewshot, suite|task|fewshot or suite|task|fewshot|truncate ' +
  '(fewshot a whole number, truncate 0 or 1), such as gsm8k|0';

describe('readInputs without run-lighteval', () => {
  it.each<Record<string, string>>([{}, { 'run-lighteval': 'false' }, { 'run-lighteval': 'FALSE' }])(
    'reads no run inputs with %j',
    async (flag) => {
      const inputs = await readBuildInputs(env({ ...MINIMAL, ...flag }));
      expect(inputs.evaluation).toBeUndefined();
      expect(inputs.warnings).toEqual([]);
    },
  );

  it('warns once about each run-only input that is set anyway, without reading what it names', async () => {
    const inputs = await readBuildInputs(
      env({
        ...MINIMAL,
        tasks: 'gsm8k|x',
        'max-samples': '10',
        'custom-tasks': 'missing.py',
        'lighteval-args': '--save-details',
        'index-url': 'not a URL',
        'extra-index-urls': 'https://one.example/simple',
        'lighteval-timeout-minutes': '5',
        thresholds: 'a: [1',
        baseline: 'missing.json',
        comment: 'true',
      }),
    );
    expect(inputs.evaluation).toBeUndefined();
    expect(inputs.warnings).toEqual([
      'Input "tasks": ignored, since run-lighteval is not true',
      'Input "max-samples": ignored, since run-lighteval is not true',
      'Input "custom-tasks": ignored, since run-lighteval is not true',
      'Input "lighteval-args": ignored, since run-lighteval is not true',
      'Input "index-url": ignored, since run-lighteval is not true',
      'Input "extra-index-urls": ignored, since run-lighteval is not true',
      'Input "lighteval-timeout-minutes": ignored, since run-lighteval is not true',
      'Input "thresholds": ignored, since run-lighteval is not true',
      'Input "baseline": ignored, since run-lighteval is not true',
      'Input "comment": ignored, since run-lighteval is not true',
    ]);
  });

  it('does not warn about run inputs that only hold their defaults', async () => {
    const inputs = await readBuildInputs(
      env({
        ...MINIMAL,
        'run-lighteval': 'false',
        install: 'auto',
        python: 'python3',
        'torch-backend': 'cpu',
        'cache-lighteval': 'true',
        'baseline-tolerance': '0.02',
        comment: 'false',
      }),
    );
    expect(inputs.warnings).toEqual([]);
  });

  it('checks run-lighteval itself, and leaves the run inputs it makes ignored unread', async () => {
    expect(await failureOf({ ...MINIMAL, 'run-lighteval': 'yes' })).toBe(
      'Input "run-lighteval": expected true or false, got "yes"',
    );
    const inputs = await readBuildInputs(env({ ...MINIMAL, 'max-samples': 'abc' }));
    expect(inputs.warnings).toEqual(['Input "max-samples": ignored, since run-lighteval is not true']);
  });
});

describe('readInputs with run-lighteval', () => {
  it('applies the defaults', async () => {
    const inputs = await readBuildInputs(env({ ...MINIMAL, 'run-lighteval': 'True', tasks: 'gsm8k' }));
    expect(inputs.evaluation).toEqual({
      taskSpecs: ['gsm8k'],
      tasks: ['gsm8k|0'],
      maxSamples: undefined,
      customTasks: undefined,
      extraArguments: [],
      install: 'auto',
      python: 'python3',
      extras: [],
      torchBackend: 'cpu',
      cacheLighteval: true,
      indexUrl: undefined,
      extraIndexUrls: [],
      timeoutMinutes: undefined,
      maxFailedShare: 0.05,
      thresholds: undefined,
      baseline: undefined,
      baselineTolerance: 0.02,
      comment: false,
      commentKey: undefined,
      githubToken: '',
      warnings: [],
    } satisfies EvaluationInputs);
    expect(inputs.warnings).toEqual([]);
  });

  it('reads every run input', async () => {
    const evaluation = await evaluationOf({
      ...RUN,
      tasks: 'gsm8k|5, ifeval',
      'max-samples': '10',
      'custom-tasks': 'eval/custom.py',
      'lighteval-args': '--save-details\n--job-id\n3',
      install: 'TRUE',
      python: '/usr/bin/python3.12',
      'lighteval-extras': 'multilingual, Math multilingual',
      'torch-backend': 'cu128',
      'cache-lighteval': 'false',
      'index-url': ' https://user:pass@pypi.example.com/simple ',
      'extra-index-urls': 'https://one.example/simple\n  http://two.example:8080/simple',
      'lighteval-timeout-minutes': '0.5',
      'max-failed-requests': '0',
      thresholds: 'gsm8k|5: {extractive_match: 0.8}',
      baseline: 'metrics.json',
      'baseline-tolerance': '0',
      comment: 'true',
      'comment-key': 'leg-1',
      'github-token': ' ghs_token0123456789 ',
    });
    expect(evaluation).toEqual({
      taskSpecs: ['gsm8k|5', 'ifeval'],
      tasks: ['gsm8k|5', 'ifeval|0'],
      maxSamples: 10,
      customTasks: join(workspace, 'eval', 'custom.py'),
      extraArguments: ['--save-details', '--job-id', '3'],
      install: 'true',
      python: '/usr/bin/python3.12',
      extras: ['multilingual', 'math'],
      torchBackend: 'cu128',
      cacheLighteval: false,
      indexUrl: 'https://user:pass@pypi.example.com/simple',
      extraIndexUrls: ['https://one.example/simple', 'http://two.example:8080/simple'],
      timeoutMinutes: 0.5,
      maxFailedShare: 0,
      thresholds: { 'gsm8k|5': { extractive_match: { min: 0.8 } } },
      baseline: { 'gsm8k|0': { extractive_match: 0.9 }, all: { em: 0.7 } },
      baselineTolerance: 0,
      comment: true,
      commentKey: 'leg-1',
      githubToken: 'ghs_token0123456789',
      warnings: [],
    } satisfies EvaluationInputs);
  });
});

describe('lighteval-extras and max-failed-requests', () => {
  it('refuses what is not an extra name, naming the input', async () => {
    expect(await failureOf({ ...RUN, 'lighteval-extras': 'math, x;rm' })).toBe(
      'Input "lighteval-extras": "x;rm" is not an extra\'s name; expected names such as multilingual, math, comma-separated',
    );
    expect(
      await failureOf({ ...RUN, 'lighteval-extras': Array.from({ length: 21 }, (_, i) => `e${i}`).join(',') }),
    ).toBe('Input "lighteval-extras": expected at most 20 extras, got 21');
  });

  it('takes a torch backend uv knows, and package indexes as http or https URLs, naming the input otherwise', async () => {
    for (const backend of ['cpu', 'auto', 'pypi', 'cu126', 'rocm6.4', 'rocm6.2.4', 'xpu']) {
      expect((await evaluationOf({ ...RUN, 'torch-backend': backend })).torchBackend).toBe(backend);
    }
    for (const backend of ['gpu', 'cu', 'cpu --index-url x', 'CPU\n']) {
      expect(await failureOf({ ...RUN, 'torch-backend': backend }), backend).toMatch(
        /^Input "torch-backend": expected cpu, auto, pypi or a build such as cu128 or rocm6\.4, got /,
      );
    }
    for (const url of ['file:///etc/passwd', 'pypi.example.com/simple', `https://x.example/${'a'.repeat(2100)}`]) {
      expect(await failureOf({ ...RUN, 'index-url': url }), url.slice(0, 40)).toMatch(
        /^Input "index-url": expected an http or https URL of at most 2048 characters, got /,
      );
    }
    expect(await failureOf({ ...RUN, 'extra-index-urls': 'https://a.example/simple ftp://b.example/' })).toMatch(
      /^Input "extra-index-urls": expected an http or https URL/,
    );
    expect(
      await failureOf({
        ...RUN,
        'extra-index-urls': Array.from({ length: 11 }, (_, n) => `https://i${n}.example/`).join('\n'),
      }),
    ).toBe('Input "extra-index-urls": expected at most 10 URLs, got 11');
  });

  it('takes a share of requests from 0 to 1', async () => {
    expect((await evaluationOf({ ...RUN, 'max-failed-requests': '1' })).maxFailedShare).toBe(1);
    for (const value of ['1.5', '-0.1', '5%', 'none']) {
      expect(await failureOf({ ...RUN, 'max-failed-requests': value }), value).toMatch(
        /^Input "max-failed-requests": expected a share of requests from 0 to 1, such as 0\.05, got /,
      );
    }
  });
});

describe('tasks', () => {
  it('is required when running', async () => {
    const message =
      'Input "tasks": required when run-lighteval is true; expected task specs such as gsm8k|0, ' +
      'comma- or newline-separated, or the path of a .txt file of them';
    expect(await failureOf({ ...RUN, tasks: '' })).toBe(message);
    expect(await failureOf({ ...RUN, tasks: '  \n ' })).toBe(message);
  });

  it('needs at least one spec', async () => {
    expect(await failureOf({ ...RUN, tasks: ' , \n,' })).toBe('Input "tasks": expected at least one task spec');
  });

  it('splits on commas and line breaks, drops duplicates after normalizing', async () => {
    expect((await evaluationOf({ ...RUN, tasks: 'gsm8k|0,\nmmlu:anatomy|5\r\n ifeval , gsm8k' })).tasks).toEqual([
      'gsm8k|0',
      'mmlu:anatomy|5',
      'ifeval|0',
    ]);
  });

  it.each([
    ['0.13.0', 'gsm8k', 'gsm8k|0'],
    ['0.13.0', 'lighteval|gsm8k|0|0', 'gsm8k|0'],
    ['0.12.1', 'lighteval|gsm8k|3', 'gsm8k|3'],
    ['0.12.0', 'gsm8k', 'lighteval|gsm8k|0'],
    ['0.11.0', 'gsm8k', 'lighteval|gsm8k|0'],
    ['0.11.0', 'gsm8k|5', 'lighteval|gsm8k|5'],
    ['0.10.0', 'gsm8k', 'lighteval|gsm8k|0|0'],
    ['0.9.0', 'custom|t|2|1', 'custom|t|2|1'],
  ])('on LightEval %s writes %s as %s', async (version, spec, written) => {
    const evaluation = await evaluationOf({ ...RUN, 'lighteval-version': version, tasks: spec });
    expect(evaluation.tasks).toEqual([written]);
  });

  it.each([
    [
      'gsm8k|x',
      'task "gsm8k|x": the few-shot count "x" is not a whole number (to name a suite, write suite|task|fewshot, such as lighteval|gsm8k|0)',
    ],
    [
      'gsm8k|0|0',
      'task "gsm8k|0|0": the task name "0" is a number (a truncate flag needs all four parts, such as lighteval|gsm8k|0|0)',
    ],
    ['a b', 'task "a b": contains whitespace'],
    ['a||0', 'task "a||0": has an empty part'],
    ['a|b|0|0|0', 'task "a|b|0|0|0": has 5 |-separated parts, at most 4'],
    ['lighteval|gsm8k|0|2', 'task "lighteval|gsm8k|0|2": the truncate flag "2" is not 0 or 1'],
  ])('refuses the spec %j, naming the input and the spec', async (spec, reason) => {
    expect(await failureOf({ ...RUN, tasks: `ifeval, ${spec}` })).toBe(`Input "tasks": ${reason}; ${TASK_SYNTAX}`);
  });

  it('names the first bad spec of several', async () => {
    expect(await failureOf({ ...RUN, tasks: 'gsm8k, a b, c|x' })).toBe(
      `Input "tasks": task "a b": contains whitespace; ${TASK_SYNTAX}`,
    );
  });

  it('reads a .txt file relative to the workspace, with # comments', async () => {
    expect((await evaluationOf({ ...RUN, tasks: 'eval/tasks.txt' })).tasks).toEqual([
      'gsm8k|5',
      'mmlu:anatomy|0',
      'ifeval|0',
    ]);
    expect((await evaluationOf({ ...RUN, tasks: join(workspace, 'eval', 'tasks.txt') })).tasks).toHaveLength(3);
    // A file name in capitals is still a file, not a task called TASKS.TXT.
    expect(await failureOf({ ...RUN, tasks: 'eval/TASKS.TXT' })).toMatch(/^Input "tasks": cannot read .*TASKS\.TXT/);
  });

  it('takes # as part of a spec when the specs are inline', async () => {
    expect(await failureOf({ ...RUN, tasks: 'gsm8k # main' })).toBe(
      `Input "tasks": task "gsm8k # main": contains whitespace; ${TASK_SYNTAX}`,
    );
  });

  it('refuses a missing, unreadable or empty .txt file', async () => {
    expect(await failureOf({ ...RUN, tasks: 'missing.txt' })).toBe(
      `Input "tasks": cannot read ${join(workspace, 'missing.txt')} (no such file)`,
    );
    expect(await failureOf({ ...RUN, tasks: 'folder.txt' })).toBe(
      `Input "tasks": cannot read ${join(workspace, 'folder.txt')} (is a directory)`,
    );
    expect(await failureOf({ ...RUN, tasks: 'empty.txt' })).toBe('Input "tasks": empty.txt lists no task');
  });

  it('passes the warnings of rewritten specs on, prefixed with the input', async () => {
    const inputs = await readBuildInputs(env({ ...RUN, tasks: 'custom|mytask|0, lighteval|gsm8k|0|1' }));
    const expected = [
      'Input "tasks": task "custom|mytask|0" is written "mytask|0": the suite "custom" is dropped (LightEval 0.13.0 looks tasks up by name alone)',
      'Input "tasks": task "lighteval|gsm8k|0|1" is written "gsm8k|0": the truncate flag 1 is dropped (LightEval 0.13.0\'s task syntax has none)',
    ];
    expect(inputs.evaluation?.tasks).toEqual(['mytask|0', 'gsm8k|0']);
    expect(inputs.evaluation?.warnings).toEqual(expected);
    expect(inputs.warnings).toEqual(expected);
  });

  it('keeps the suite where the LightEval version does', async () => {
    const inputs = await readBuildInputs(env({ ...RUN, 'lighteval-version': '0.11.0', tasks: 'custom|mytask|0' }));
    expect(inputs.evaluation?.tasks).toEqual(['custom|mytask|0']);
    expect(inputs.warnings).toEqual([]);
  });
});

describe('plain run inputs', () => {
  it.each([
    ['1', 1],
    ['10', 10],
    ['007', 7],
  ])('max-samples %j is %d', async (text, count) => {
    expect((await evaluationOf({ ...RUN, 'max-samples': text })).maxSamples).toBe(count);
  });

  it.each(['0', '1.5', '1e3', 'abc', '-1', '0x10', 'Infinity'])('refuses max-samples %j', async (text) => {
    expect(await failureOf({ ...RUN, 'max-samples': text })).toBe(
      `Input "max-samples": expected a whole number of samples (1 or more), got ${JSON.stringify(text)}`,
    );
  });

  it.each([
    ['0.5', 0.5],
    ['.25', 0.25],
    ['30', 30],
    ['35791', 35_791],
  ])('lighteval-timeout-minutes %j is %d', async (text, minutes) => {
    expect((await evaluationOf({ ...RUN, 'lighteval-timeout-minutes': text })).timeoutMinutes).toBe(minutes);
  });

  // 35792 minutes overflow Node's timer, which would then stop LightEval at once.
  it.each(['0', '0.0', '-1', 'Infinity', '1e3', 'NaN', 'ten', '35792', '35791.5', '1'.repeat(400)])(
    'refuses lighteval-timeout-minutes %j',
    async (text) => {
      expect(await failureOf({ ...RUN, 'lighteval-timeout-minutes': text })).toBe(
        `Input "lighteval-timeout-minutes": expected a number of minutes above 0 and at most 35791 (Node's longest timer), got ${describeValue(text)}`,
      );
    },
  );

  // Every number input, past the digits a double holds exactly: refused, never rounded or printed as 1e+23.
  it.each([
    ['max-samples', '99999999999999999999999'],
    ['max-samples', '1234567890123456'],
    ['retention-days', '9'.repeat(16)],
    ['max-failed-requests', `0.${'1'.repeat(16)}`],
    ['baseline-tolerance', '1'.repeat(16)],
    ['lighteval-timeout-minutes', `1.${'0'.repeat(16)}`],
  ])('refuses %s %j: more digits than it can hold exactly', async (input, text) => {
    expect(await failureOf({ ...RUN, [input]: text })).toMatch(
      new RegExp(`^Input "${input}": expected .*, got ${describeValue(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
  });

  it.each([
    ['0', 0],
    ['0.05', 0.05],
    ['1', 1],
  ])('baseline-tolerance %j is %d', async (text, tolerance) => {
    expect((await evaluationOf({ ...RUN, 'baseline-tolerance': text })).baselineTolerance).toBe(tolerance);
  });

  it.each(['-0.1', 'Infinity', 'none'])('refuses baseline-tolerance %j', async (text) => {
    expect(await failureOf({ ...RUN, 'baseline-tolerance': text })).toBe(
      `Input "baseline-tolerance": expected a number of 0 or more, such as 0.02, got ${JSON.stringify(text)}`,
    );
  });

  it.each([
    ['auto', 'auto'],
    ['AUTO', 'auto'],
    ['true', 'true'],
    ['True', 'true'],
    ['false', 'false'],
    ['FALSE', 'false'],
    ['', 'auto'],
  ])('install %j is %s', async (text, mode) => {
    expect((await evaluationOf({ ...RUN, install: text })).install).toBe(mode);
  });

  it.each(['yes', 'never', 'pip'])('refuses install %j', async (text) => {
    expect(await failureOf({ ...RUN, install: text })).toBe(
      `Input "install": expected auto, true or false, got ${JSON.stringify(text)}`,
    );
  });

  it('reads comment as a boolean in any case', async () => {
    expect((await evaluationOf({ ...RUN, comment: 'TRUE' })).comment).toBe(true);
    expect((await evaluationOf({ ...RUN, comment: 'False' })).comment).toBe(false);
    expect(await failureOf({ ...RUN, comment: 'yes' })).toBe('Input "comment": expected true or false, got "yes"');
  });
});

describe('custom-tasks', () => {
  it('is resolved to an absolute path in the workspace', async () => {
    expect((await evaluationOf({ ...RUN, 'custom-tasks': 'eval/custom.py' })).customTasks).toBe(
      join(workspace, 'eval', 'custom.py'),
    );
    expect((await evaluationOf({ ...RUN, 'custom-tasks': './eval/../eval/custom.py' })).customTasks).toBe(
      join(workspace, 'eval', 'custom.py'),
    );
    const absolute = join(workspace, 'eval', 'custom.py');
    expect((await evaluationOf({ ...RUN, 'custom-tasks': absolute })).customTasks).toBe(absolute);
  });

  it('must exist', async () => {
    expect(await failureOf({ ...RUN, 'custom-tasks': 'eval/missing.py' })).toBe(
      `Input "custom-tasks": cannot read ${join(workspace, 'eval', 'missing.py')} (no such file)`,
    );
  });
});

describe('lighteval-args', () => {
  it('is one argument per line, each passed as written: nothing split, quoted, expanded or commented out', async () => {
    const evaluation = await evaluationOf({
      ...RUN,
      'lighteval-args':
        '--save-details\n\n  --system-prompt=be brief, "please"  \n--seed\n$HOME\n--wandb-project=# not a comment\n',
    });
    expect(evaluation.extraArguments).toEqual([
      '--save-details',
      '--system-prompt=be brief, "please"',
      '--seed',
      '$HOME',
      '--wandb-project=# not a comment',
    ]);
  });

  it.each([
    ['--output-dir=out', '--output-dir is set by the action; use the output-dir input instead'],
    ['--save-details\n--max-samples=3', '--max-samples is set by the action; use the max-samples input instead'],
    ['--custom-tasks\nt.py', '--custom-tasks is set by the action; use the custom-tasks input instead'],
    [
      'gsm8k|0',
      '"gsm8k|0" is a positional argument; the action passes the positional arguments (the model file and the tasks) itself; use the tasks input for tasks',
    ],
    [
      '--save-details --use-chat-template',
      '"--save-details --use-chat-template" holds a space after the option name; lighteval-args takes one argument per line: --save-details takes no value, so put what follows it on the next line',
    ],
    [
      '--system-prompt Be brief',
      '"--system-prompt Be brief" holds a space after the option name; lighteval-args takes one argument per line: write --system-prompt=Be brief, or the value on the next line',
    ],
  ])('refuses %j', async (args, reason) => {
    expect(await failureOf({ ...RUN, 'lighteval-args': args })).toBe(`Input "lighteval-args": ${reason}`);
  });

  it('lets an option take a value on the next line that looks positional', async () => {
    expect(
      (await evaluationOf({ ...RUN, 'lighteval-args': '--job-id\n3\n--dataset-loading-processes\n4' })).extraArguments,
    ).toEqual(['--job-id', '3', '--dataset-loading-processes', '4']);
  });
});

describe('thresholds', () => {
  it('is read as YAML or JSON', async () => {
    const yaml = await evaluationOf({
      ...RUN,
      thresholds: 'gsm8k|0:\n  extractive_match: 0.8\nall:\n  em: {min: 0.5, max: 0.95}\n  f1:\n    max: 1\n',
    });
    expect(yaml.thresholds).toEqual({
      'gsm8k|0': { extractive_match: { min: 0.8 } },
      all: { em: { min: 0.5, max: 0.95 }, f1: { max: 1 } },
    });
    const json = await evaluationOf({ ...RUN, thresholds: '{"gsm8k": {"em": 0}}' });
    expect(json.thresholds).toEqual({ gsm8k: { em: { min: 0 } } });
  });

  it.each([
    [
      'gsm8k|0:\n  em:\n    min: high\n',
      'Input "thresholds", field gsm8k|0.em.min: expected a finite number, got "high"',
    ],
    ['gsm8k|0: {em: {min: 0.9, mni: 1}}', 'Input "thresholds", field gsm8k|0.em.mni: unknown field; did you mean min?'],
    [
      'gsm8k: {em: {min: 0.9, max: 0.5}}',
      'Input "thresholds", field gsm8k.em: expected min no greater than max, got min 0.9 and max 0.5',
    ],
    [
      'gsm8k: {em: .nan}',
      'Input "thresholds", field gsm8k.em: expected a number (the minimum) or a mapping with min and/or max, got NaN',
    ],
    [
      'gsm8k: {}',
      'Input "thresholds", field gsm8k: expected a mapping of metric names to limits, got an empty mapping',
    ],
    ['gsm8k: 0.9', 'Input "thresholds", field gsm8k: expected a mapping of metric names to limits, got 0.9'],
    [
      '- gsm8k',
      'Input "thresholds": expected a mapping of task keys (such as gsm8k|0 or all) to metric limits, got a list',
    ],
    [
      '# none yet',
      'Input "thresholds": expected a mapping of task keys (such as gsm8k|0 or all) to metric limits, got null',
    ],
    ['gsm8k: {em: 1}\n---\nall: {em: 1}', 'Input "thresholds": expected one YAML or JSON document, found several'],
  ])('refuses %j', async (thresholds, message) => {
    expect(await failureOf({ ...RUN, thresholds })).toBe(message);
  });

  it('names invalid YAML with its position', async () => {
    expect(await failureOf({ ...RUN, thresholds: 'gsm8k: {em: [1' })).toMatch(
      /^Input "thresholds": invalid YAML or JSON at line 1, column \d+: /,
    );
    expect(await failureOf({ ...RUN, thresholds: 'gsm8k: {em: 1}\ngsm8k: {em: 2}' })).toMatch(
      /^Input "thresholds": invalid YAML or JSON at line 2, column 1: /,
    );
  });
});

describe('baseline', () => {
  it('reads the metrics output saved as a file, stderr and NaN values left out', async () => {
    expect((await evaluationOf({ ...RUN, baseline: 'metrics.json' })).baseline).toEqual({
      'gsm8k|0': { extractive_match: 0.9 },
      all: { em: 0.7 },
    });
  });

  it("reads LightEval's results file, byte order mark and NaN tokens included", async () => {
    expect(
      (await evaluationOf({ ...RUN, baseline: join(workspace, 'results_2025-01-01T00-00-00.json') })).baseline,
    ).toEqual({
      'gsm8k|0': { extractive_match: 0.85 },
      'mmlu:_average|0': { em: 0.7 },
      all: { extractive_match: 0.85 },
    });
  });

  it.each([
    ['missing.json', `Input "baseline": cannot read ${join(workspace, 'missing.json')} (no such file)`],
    ['eval', `Input "baseline": cannot read ${join(workspace, 'eval')} (is a directory)`],
    ['broken.json', 'Input "baseline": not valid JSON at line 1, column 25'],
    [
      'foreign.json',
      'Input "baseline": expected LightEval\'s results JSON (a mapping with "results": {task: {metric: number}}) ' +
        "or the action's metrics output ({task: {metric: number}})",
    ],
    ['bad-results.json', 'Input "baseline": results.gsm8k|0.em: expected a number or null'],
  ])('refuses %j, naming the input', async (baseline, message) => {
    expect(await failureOf({ ...RUN, baseline })).toBe(message);
  });
});

describe('the key pasted into a run input', () => {
  const KEY = 'sk-test-SECRET-0123456789abcdef';
  // As long as real keys are (OpenAI's, Anthropic's), and longer than the 40 characters describeValue shows.
  const LONG_KEY = `sk-proj-LONGSECRET-${'0123456789abcdef'.repeat(4)}`;
  const FRAGMENTS = /SECRET|0123456789/;

  /** Every run input holding `key` where it does not belong, with the input the error must name. */
  const misplaced = (key: string): [string, Record<string, string>][] => [
    ['tasks', { tasks: `${key}|x` }],
    ['tasks', { tasks: `gsm8k|0 ${key}` }],
    ['tasks', { tasks: `${key}.txt` }],
    ['max-samples', { 'max-samples': key }],
    ['custom-tasks', { 'custom-tasks': key }],
    ['lighteval-args', { 'lighteval-args': key }],
    ['lighteval-args', { 'lighteval-args': `--output-dir=${key}` }],
    ['lighteval-args', { 'lighteval-args': `--job-id ${key}` }],
    ['install', { install: key }],
    ['lighteval-timeout-minutes', { 'lighteval-timeout-minutes': key }],
    ['thresholds', { thresholds: key }],
    ['thresholds', { thresholds: `gsm8k: ${key}` }],
    ['thresholds', { thresholds: `gsm8k: {em: ${key}}` }],
    ['thresholds', { thresholds: `gsm8k: {em: [${key}` }],
    ['baseline', { baseline: key }],
    ['baseline-tolerance', { 'baseline-tolerance': key }],
    ['comment', { comment: key }],
  ];

  it.each(misplaced(KEY))(
    '%s: the message holds the key whole or not at all, so scrubbing it as main.ts does leaves none of it',
    async (input, inputs) => {
      const message = await failureOf({ ...RUN, 'api-key': KEY, ...inputs });
      expect(message).toMatch(new RegExp(`^Input "${input}"[:,]`));
      expect(scrubSecrets(message, [KEY])).not.toMatch(FRAGMENTS);
    },
  );

  it.each(
    // Not the task specs nor the paths, which are shown whatever their length (see the test above).
    misplaced(LONG_KEY).filter(([input]) => !['tasks', 'custom-tasks', 'baseline'].includes(input)),
  )('%s: a key of realistic length is never shown, not even before scrubbing', async (input, inputs) => {
    const message = await failureOf({ ...RUN, 'api-key': LONG_KEY, ...inputs });
    expect(message).toMatch(new RegExp(`^Input "${input}"[:,]`));
    expect(message).not.toMatch(FRAGMENTS);
  });

  // Each file an input names, holding the key somewhere: its text would reach config.yaml, the bundle, the summary,
  // the comment or LightEval's command line.
  it.each([
    ['provider-file', 'key-provider.yaml', `type: openai\nname: "team ${KEY}"\n`],
    ['provider-file', 'key-provider.json', `{"type": "openai", "base_url": "https://x.example/v1?k=${KEY}"}`],
    ['run-config-file', 'key-run.yaml', `generation:\n  stop: ["${KEY}"]\n`],
    ['run-config-file', 'key-run.yaml', `# ${KEY}\n`],
    ['tasks', 'key-tasks.txt', `gsm8k|0\n# ${KEY}\n`],
    ['baseline', 'key-baseline.json', `{"gsm8k|0": {"em": 0.5}, "note": "${KEY}"}`],
    ['custom-tasks', 'key-tasks.py', `TASKS_TABLE = []  # ${KEY}\n`],
  ])('refuses %s when its file (%s) holds the key, naming the file, never quoting it', async (input, file, text) => {
    writeFileSync(join(workspace, file), text);
    const message = await failureOf({ ...RUN, 'api-key': KEY, [input]: file });
    expect(message).toBe(`Input "${input}": ${file} holds the API key; pass the key in api-key only`);
  });

  it('is never quoted from the files the run inputs name', async () => {
    writeFileSync(join(workspace, 'leaky.json'), `{"api_key": "${KEY}", "results": {"gsm8k|0": {"em": "${KEY}"}}}`);
    writeFileSync(join(workspace, 'leaky-broken.json'), `{"gsm8k|0": {"em": ${KEY}}}`);
    for (const baseline of ['leaky.json', 'leaky-broken.json']) {
      const message = await failureOf({ ...RUN, 'api-key': KEY, baseline });
      expect(message).toMatch(/^Input "baseline": /);
      expect(message).not.toMatch(FRAGMENTS);
    }
  });
});
