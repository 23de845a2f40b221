import { describe, expect, it } from 'vitest';
import { GENERATION_FIELDS } from '../../src/config/index.js';
import { buildWith, EXAMPLE_PROVIDER, issuesOf } from '../fixtures/requests.js';

const generationOf = (runConfig: unknown, provider: object = EXAMPLE_PROVIDER) =>
  buildWith(runConfig, { provider }).toDict().generation_parameters;

describe('generation parameters', () => {
  it('take each field from generation:, else sampling:, else the top level', () => {
    const parameters = generationOf({
      temperature: 0.1,
      top_p: 0.1,
      seed: 3,
      sampling: { temperature: 0.2, top_p: 0.2, top_k: 20 },
      generation: { temperature: 0.3 },
    });
    expect(parameters).toEqual({ temperature: 0.3, top_p: 0.2, top_k: 20, seed: 3 });
  });

  it('list only the fields that are set, in the contract order', () => {
    const parameters = generationOf({
      seed: 1,
      repetition_penalty: 1.1,
      frequency_penalty: 0.5,
      presence_penalty: 0.5,
      stop_sequences: ['END'],
      stop: 'STOP',
      max_new_tokens: 10,
      top_k: 5,
      top_p: 0.5,
      temperature: 1,
    });
    expect(Object.keys(parameters)).toEqual([...GENERATION_FIELDS]);
    expect(generationOf({})).toEqual({});
  });

  it('treat null as unset, falling through to the next place', () => {
    expect(generationOf({ generation: { temperature: null }, sampling: { temperature: 0.4 } })).toEqual({
      temperature: 0.4,
    });
    expect(generationOf({ generation: null, sampling: null, temperature: null })).toEqual({});
  });

  it('accept max_tokens as an alias of max_new_tokens at each place', () => {
    expect(generationOf({ generation: { max_tokens: 64 } })).toEqual({ max_new_tokens: 64 });
    expect(generationOf({ max_new_tokens: 8, sampling: { max_tokens: 32 } })).toEqual({ max_new_tokens: 32 });
    expect(generationOf({ max_tokens: 16 })).toEqual({ max_new_tokens: 16 });
  });

  it('refuse max_tokens beside max_new_tokens in one place', () => {
    expect(issuesOf(() => generationOf({ sampling: { max_tokens: 1, max_new_tokens: 2 } }))).toEqual([
      { path: 'sampling.max_tokens', message: 'an alias of max_new_tokens, which is also set here; keep one' },
    ]);
  });

  it('emit stop and stop_sequences as lists', () => {
    expect(generationOf({ stop: '\n\n', generation: { stop_sequences: ['a', 'b'] } })).toEqual({
      stop: ['\n\n'],
      stop_sequences: ['a', 'b'],
    });
  });

  it('drop what the provider does not accept, with a warning naming where it was set', () => {
    const provider = { ...EXAMPLE_PROVIDER, capabilities: { unsupported_parameters: ['seed', 'max_tokens', 'top_k'] } };
    const config = buildWith({ seed: 7, sampling: { max_new_tokens: 9 }, temperature: 0 }, { provider });
    expect(config.toDict().generation_parameters).toEqual({ temperature: 0 });
    expect(config.warnings).toEqual([
      'sampling.max_new_tokens: dropped; the provider does not accept max_new_tokens (capabilities.unsupported_parameters)',
      'seed: dropped; the provider does not accept seed (capabilities.unsupported_parameters)',
    ]);
  });

  it('name an unknown field inside a section, suggesting the nearest', () => {
    expect(issuesOf(() => generationOf({ generation: { tempreature: 0.5 } }))).toEqual([
      { path: 'generation.tempreature', message: 'unknown field; did you mean temperature?' },
    ]);
    expect(issuesOf(() => generationOf({ sampling: { nucleus: 0.5 } }))[0]?.message).toMatch(
      /^unknown field; expected one of temperature, top_p, /,
    );
  });

  it('warn about top-level keys that look like typos, ignoring other keys', () => {
    const config = buildWith({ temprature: 0.5, dataset: 'gsm8k', notes: 'x' });
    expect(config.warnings).toEqual(['temprature: unknown field, ignored; did you mean temperature?']);
    expect(config.toDict().generation_parameters).toEqual({});
  });

  it('require sections to be mappings', () => {
    expect(issuesOf(() => generationOf({ generation: [1], sampling: 'hot' }))).toEqual([
      { path: 'generation', message: 'expected a mapping, got a list' },
      { path: 'sampling', message: 'expected a mapping, got "hot"' },
    ]);
    expect(issuesOf(() => generationOf(['temperature']))).toEqual([
      { path: '', message: 'expected a mapping, got a list' },
    ]);
  });
});

describe('generation ranges', () => {
  const cases: [string, unknown[], unknown[], string][] = [
    ['temperature', [0, 0.7, 2], [-0.1, 2.01, '0.7', true], 'a number from 0 to 2'],
    ['top_p', [0, 1], [-0.5, 1.5], 'a number from 0 to 1'],
    ['top_k', [0, 40], [-1, 1.5], 'an integer of 0 or more'],
    ['max_new_tokens', [1, 4096], [0, 2.5, -3], 'an integer of 1 or more'],
    ['max_tokens', [1], [0], 'an integer of 1 or more'],
    ['presence_penalty', [-2, 0, 2], [-2.5, 3], 'a number from -2 to 2'],
    ['frequency_penalty', [-2, 2], [2.1], 'a number from -2 to 2'],
    ['repetition_penalty', [0.01, 1.2], [0, -1], 'a number greater than 0'],
    ['seed', [0, 42], [-1, 0.5, Number.MAX_SAFE_INTEGER + 2], 'an integer of 0 or more'],
  ];

  it.each(cases)('%s accepts %j and rejects %j', (field, valid, invalid, expected) => {
    for (const value of valid) expect(() => generationOf({ generation: { [field]: value } })).not.toThrow();
    for (const value of invalid) {
      for (const [place, runConfig] of [
        ['generation.', { generation: { [field]: value } }],
        ['sampling.', { sampling: { [field]: value } }],
        ['', { [field]: value }],
      ] as const) {
        const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
        expect(issuesOf(() => generationOf(runConfig))).toEqual([
          { path: `${place}${field}`, message: `expected ${expected}, got ${shown}` },
        ]);
      }
    }
  });

  it('reject non-finite numbers', () => {
    expect(issuesOf(() => generationOf({ temperature: Number.NaN }))[0]?.path).toBe('temperature');
    expect(issuesOf(() => generationOf({ max_new_tokens: Number.POSITIVE_INFINITY }))[0]?.path).toBe('max_new_tokens');
  });

  it('require stop strings to be non-empty', () => {
    expect(issuesOf(() => generationOf({ generation: { stop: ['ok', ''] } }))).toEqual([
      { path: 'generation.stop[1]', message: 'expected a non-empty string, got ""' },
    ]);
    expect(issuesOf(() => generationOf({ stop_sequences: '' }))).toEqual([
      { path: 'stop_sequences', message: 'expected a non-empty string, got ""' },
    ]);
    expect(issuesOf(() => generationOf({ stop: 5 }))).toEqual([
      { path: 'stop', message: 'expected a non-empty string or a list of non-empty strings, got 5' },
    ]);
  });
});
