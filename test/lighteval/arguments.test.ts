import fc from 'fast-check';
import { quote } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { checkExtraArguments, splitArguments } from '../../src/lighteval/arguments.js';
import { configErrorOf } from '../fixtures/requests.js';


describe('splitArguments', () => {
  it('gives nothing for empty or blank text, or only comments', () => {
    expect(splitArguments('')).toEqual([]);
    expect(splitArguments(' \n\t ')).toEqual([]);
    expect(splitArguments('# nothing\n   # still nothing')).toEqual([]);
  });

  it('splits on whitespace, line breaks included', () => {
    expect(splitArguments('--save-details  --job-id 3\n--num-fewshot-seeds\t2')).toEqual([
      '--save-details',
      '--job-id',
      '3',
      '--num-fewshot-seeds',
      '2',
    ]);
  });

  it('reads single quotes, double quotes and backslash escapes as a shell does', () => {
    expect(splitArguments(`--reasoning-tags "[('<think>', '</think>')]"`)).toEqual(['--reasoning-tags', "[('<think>', '</think>')]"]);
    expect(splitArguments(`'a "b" c' "d 'e' f" g\\ h "i\\"j" 'k\\l' "m\\n" x"y"'z' ''`)).toEqual([
      'a "b" c',
      "d 'e' f",
      'g h',
      'i"j',
      'k\\l',
      'm\\n',
      'xyz',
      '',
    ]);
  });

  it('joins lines ended by a backslash, as a shell does', () => {
    expect(splitArguments('--save-details \\\n  --job-id 3')).toEqual(['--save-details', '--job-id', '3']);
    expect(splitArguments('--results-org my\\\norg')).toEqual(['--results-org', 'myorg']);
  });

  it('expands no variable: $HOME and ${HOME} stay as written, in and out of double quotes', () => {
    expect(splitArguments('$HOME "${HOME}/x" ${A}B \'$PATH\' "\\$Z" $ $$ $1')).toEqual([
      '$HOME',
      '${HOME}/x',
      '${A}B',
      '$PATH',
      '$Z',
      '$',
      '$$',
      '$1',
    ]);
  });

  it('keeps globs, tildes and braces literal', () => {
    expect(splitArguments('*.json results/?/x ~/cache {a,b} [ab]')).toEqual(['*.json', 'results/?/x', '~/cache', '{a,b}', '[ab]']);
  });

  it('starts a comment only at the start of a word, and ends it at the end of its line', () => {
    expect(splitArguments('--save-details # keep the samples\n--job-id 3 #last')).toEqual(['--save-details', '--job-id', '3']);
    expect(splitArguments('--results-org a#b "c"#d \\#e "#f"')).toEqual(['--results-org', 'a#b', 'c#d', '#e', '#f']);
  });

  it('gives back any list of arguments that shell-quote quoted', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((arg) => !arg.includes('\0')), { maxLength: 6 }), (args) => {
        expect(splitArguments(quote(args))).toEqual(args);
      }),
    );
  });

  it.each([
    ['|', '--job-id 1 | tee log'],
    [';', '--save-details; rm -rf /'],
    ['&&', '--save-details && echo done'],
    ['&', '--save-details &'],
    ['>', '--save-details > out.txt'],
    ['<', '--save-details < in.txt'],
    ['>&', '--save-details 2>&1'],
    ['(', '--results-org $(whoami)'],
    ['||', '--save-details || true'],
  ])('rejects the shell operator %s, saying to quote it', (operator, text) => {
    const error = configErrorOf(() => splitArguments(text));
    expect(error.issues[0]?.path).toBe('');
    expect(error.message).toContain(`the shell operator ${operator} is not supported`);
    expect(error.message).toContain(`quote it to pass it as text, such as '${operator}'`);
  });

  it('reports each operator once', () => {
    const error = configErrorOf(() => splitArguments('a | b | c ; d'));
    expect(error.issues.map((issue) => issue.message.split(' ')[3])).toEqual(['|', ';']);
  });

  it('takes quoted operators as text', () => {
    expect(splitArguments(`'|' ";" \\& '2>&1'`)).toEqual(['|', ';', '&', '2>&1']);
  });

  it('rejects an unclosed quote, saying where it opened', () => {
    expect(configErrorOf(() => splitArguments('--results-org "my org')).message).toBe(
      'the double quote (") opened at line 1, column 15 is never closed; expected a closing double quote (")',
    );
    expect(configErrorOf(() => splitArguments("--save-details\n--results-org 'x")).message).toContain("single quote (') opened at line 2, column 15");
    expect(configErrorOf(() => splitArguments("$'abc")).message).toContain('never closed');
  });

  it('rejects a NUL character', () => {
    expect(configErrorOf(() => splitArguments('a\0b')).message).toContain('NUL');
  });
});

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
      { path: '', message: expect.stringMatching(/^"gsm8k\|0" is a positional argument/) },
    ]);
  });

  it.each([
    ['--output-dir', 'output-dir'],
    ['--max-samples', 'max-samples'],
    ['--custom-tasks', 'custom-tasks'],
  ])('rejects %s in both forms, naming the input to use', (option, input) => {
    for (const args of [[option, 'value'], [`${option}=value`], [option]]) {
      const error = configErrorOf(() => checkExtraArguments(['--save-details', ...args]));
      expect(error.issues).toEqual([{ path: '', message: `${option} is set by the action; use the ${input} input instead` }]);
    }
  });

  it('rejects --results-path-template, which would hide the results from the scrubbing', () => {
    for (const args of [['--results-path-template', '{output_dir}/x.json'], ['--results-path-template=x']]) {
      expect(configErrorOf(() => checkExtraArguments(args)).message).toContain(
        '--results-path-template would move the results file where the action does not look for it',
      );
    }
  });

  it.each([
    [['gsm8k|0']],
    [['--save-details', 'gsm8k|0']],
    [['--job-id', '3', 'model.yaml']],
    [['-']],
  ])('rejects the positional argument in %j', (args) => {
    const error = configErrorOf(() => checkExtraArguments(args));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('is a positional argument');
    expect(error.message).toContain('use the tasks input');
  });

  it('rejects --, after which every argument is positional', () => {
    expect(configErrorOf(() => checkExtraArguments(['--save-details', '--'])).message).toContain('-- would make every later argument positional');
  });

  it('reports every problem at once, describing long values instead of quoting them', () => {
    const error = configErrorOf(() => checkExtraArguments(['gsm8k|0', '--output-dir=x', 'sk-a-very-long-value-that-could-be-a-pasted-key', '--max-samples', '5']));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('"gsm8k|0" is a positional argument'),
      expect.stringContaining('--output-dir is set by the action'),
      expect.stringContaining('a string of 47 characters is a positional argument'),
      expect.stringContaining('--max-samples is set by the action'),
    ]);
  });
});
