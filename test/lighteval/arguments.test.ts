import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExtraArguments } from '../../src/lighteval/arguments.js';
import { configErrorOf } from '../fixtures/requests.js';

describe('checkExtraArguments', () => {
  it('takes options, flags and their values', () => {
    expect(() =>
      checkExtraArguments([
        '--save-details',
        '--job-id',
        '3',
        '--no-remove-reasoning-tags',
        '--results-org=my-org',
        '--num-fewshot-seeds',
        '-1',
        '--reasoning-tags',
        "[('<t>', '</t>')]",
      ]),
    ).not.toThrow();
    expect(() => checkExtraArguments([])).not.toThrow();
  });

  it('reads --load-tasks-multilingual as a flag: what follows it is not its value', () => {
    // Taken for an option with a value, it would swallow the next argument and hide a positional one after it.
    expect(configErrorOf(() => checkExtraArguments(['--load-tasks-multilingual', 'gsm8k|0'])).issues).toEqual([
      { path: '', message: expect.stringMatching(/^"gsm8k\|0" is a positional argument/) as string },
    ]);
  });

  it.each([
    ['--output-dir', 'output-dir'],
    ['--max-samples', 'max-samples'],
    ['--custom-tasks', 'custom-tasks'],
  ])('rejects %s in both forms, naming the input to use', (option, input) => {
    for (const args of [[option, 'value'], [`${option}=value`], [option]]) {
      const error = configErrorOf(() => checkExtraArguments(['--save-details', ...args]));
      expect(error.issues).toEqual([
        { path: '', message: `${option} is set by the action; use the ${input} input instead` },
      ]);
    }
  });

  it('rejects --results-path-template, which would hide the results from the scrubbing', () => {
    for (const args of [['--results-path-template', '{output_dir}/x.json'], ['--results-path-template=x']]) {
      expect(configErrorOf(() => checkExtraArguments(args)).message).toContain(
        '--results-path-template would move the results file where the action does not look for it',
      );
    }
  });

  it.each(['--push-to-hub', '--push-to-tensorboard', '--public-run', '--wandb'])(
    'rejects %s, which would publish the results before they are scrubbed, in every form, and lets its --no- form through',
    (option) => {
      for (const args of [[option], [option, '--save-details'], [`${option}=true`], ['--save-details', option]]) {
        const error = configErrorOf(() => checkExtraArguments(args));
        expect(error.issues).toEqual([
          {
            path: '',
            message: `${option} would publish the results before the action scrubs secrets from them; publish the scrubbed files in a later step`,
          },
        ]);
      }
      // A flag: what follows it is an argument of its own, checked as such.
      expect(configErrorOf(() => checkExtraArguments([option, 'gsm8k|0'])).issues).toHaveLength(2);
      expect(() => checkExtraArguments([option.replace('--', '--no-')])).not.toThrow();
    },
  );

  it.each([[['gsm8k|0']], [['--save-details', 'gsm8k|0']], [['--job-id', '3', 'model.yaml']], [['-']]])(
    'rejects the positional argument in %j',
    (args) => {
      const error = configErrorOf(() => checkExtraArguments(args));
      expect(error.issues).toHaveLength(1);
      expect(error.message).toContain('is a positional argument');
      expect(error.message).toContain('use the tasks input');
    },
  );

  it('rejects --, after which every argument is positional', () => {
    expect(configErrorOf(() => checkExtraArguments(['--save-details', '--'])).message).toContain(
      '-- would make every later argument positional',
    );
  });

  it('reports every problem at once, describing long values instead of quoting them', () => {
    const error = configErrorOf(() =>
      checkExtraArguments([
        'gsm8k|0',
        '--output-dir=x',
        'sk-a-very-long-value-that-could-be-a-pasted-key',
        '--max-samples',
        '5',
      ]),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('"gsm8k|0" is a positional argument'),
      expect.stringContaining('--output-dir is set by the action'),
      expect.stringContaining('a string of 47 characters is a positional argument'),
      expect.stringContaining('--max-samples is set by the action'),
    ]);
  });

  it('passes every line as it is: spaces, quotes, $, # and tabs in values are text', () => {
    expect(() =>
      checkExtraArguments([
        '--system-prompt',
        'You are helpful. Answer "yes" or \'no\'.',
        '--results-org=my org # not a comment',
        '--job-id',
        '$HOME ${X} $(whoami) | ; &&',
        '--system-prompt=a\tb',
        '--save-details',
      ]),
    ).not.toThrow();
  });

  it('takes any text without control characters as the value of an option', () => {
    const value = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((text) => !/\p{Cc}/u.test(text.replace(/\t/g, '')));
    fc.assert(
      fc.property(value, (text) => {
        expect(() => checkExtraArguments(['--system-prompt', text])).not.toThrow();
      }),
    );
  });

  it('rejects an option followed by a space and its value, saying to join them with = or split the line', () => {
    expect(configErrorOf(() => checkExtraArguments(['--system-prompt You are helpful'])).issues).toEqual([
      {
        path: '',
        message:
          '"--system-prompt You are helpful" holds a space after the option name; lighteval-args takes one argument per line: ' +
          'write --system-prompt=You are helpful, or the value on the next line',
      },
    ]);
    expect(configErrorOf(() => checkExtraArguments(['--job-id \t 3'])).message).toContain(
      'after the option name; lighteval-args takes one argument per line: write --job-id=3,',
    );
  });

  it('rejects a flag followed by a space and more, saying to put the rest on the next line', () => {
    expect(configErrorOf(() => checkExtraArguments(['--save-details --use-chat-template'])).message).toBe(
      '"--save-details --use-chat-template" holds a space after the option name; lighteval-args takes one argument per line: ' +
        '--save-details takes no value, so put what follows it on the next line',
    );
    expect(configErrorOf(() => checkExtraArguments(['--no-wandb x'])).message).toContain('--no-wandb takes no value');
    expect(configErrorOf(() => checkExtraArguments(['-x 1'])).message).toContain(
      ': put what follows -x on the next line',
    );
  });

  it('describes a long line with a space after the option name instead of quoting it', () => {
    const line = `--system-prompt ${'You are a careful assistant. '.repeat(3)}`;
    expect(configErrorOf(() => checkExtraArguments([line])).message).toBe(
      `a string of ${line.length} characters holds a space after the option name; lighteval-args takes one argument per line: ` +
        'write --system-prompt=<value>, or the value on the next line',
    );
  });

  it('reads the line after an option with a space as an argument of its own, not as a value', () => {
    expect(
      configErrorOf(() => checkExtraArguments(['--job-id 3', 'gsm8k|0'])).issues.map((issue) => issue.message),
    ).toEqual([
      expect.stringContaining('holds a space after the option name'),
      expect.stringContaining('"gsm8k|0" is a positional argument'),
    ]);
  });

  it('names the reserved option rather than the space when a reserved option is followed by one', () => {
    expect(configErrorOf(() => checkExtraArguments(['--output-dir out'])).issues).toEqual([
      { path: '', message: '--output-dir is set by the action; use the output-dir input instead' },
    ]);
  });

  it.each([
    ['\0', 'U+0000'],
    ['\u0001', 'U+0001'],
    ['\r', 'U+000D'],
    ['\n', 'U+000A'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\u009b', 'U+009B'],
  ])('rejects the control character %j, in an option or a value, without quoting the argument', (control, code) => {
    const error = configErrorOf(() =>
      checkExtraArguments([`--results-org=a${control}b`, '--system-prompt', `sk-${control}`]),
    );
    expect(error.issues).toEqual([
      {
        path: '',
        message: `argument 1 holds the control character ${code} at character 16; expected text without control characters (tabs aside)`,
      },
      {
        path: '',
        message: `argument 3 holds the control character ${code} at character 4; expected text without control characters (tabs aside)`,
      },
    ]);
  });

  it('rejects an empty argument, which only a line of spaces gives', () => {
    expect(configErrorOf(() => checkExtraArguments(['--save-details', ''])).message).toBe(
      'argument 2 is empty (a line of only spaces); expected text, or no line at all',
    );
  });

  it('takes at most 100 arguments', () => {
    expect(() => checkExtraArguments(Array.from({ length: 100 }, () => '--save-details'))).not.toThrow();
    expect(
      configErrorOf(() => checkExtraArguments(Array.from({ length: 101 }, () => '--save-details'))).issues,
    ).toEqual([{ path: '', message: 'holds 101 arguments; expected at most 100, one per line' }]);
  });

  it('takes arguments of at most 8192 characters, saying which is longer without quoting it', () => {
    expect(() => checkExtraArguments(['--system-prompt', 'a'.repeat(8192)])).not.toThrow();
    expect(configErrorOf(() => checkExtraArguments(['--system-prompt', 'a'.repeat(8193)])).issues).toEqual([
      { path: '', message: 'argument 2 has 8193 characters; expected at most 8192' },
    ]);
  });
});
