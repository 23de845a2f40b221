import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, joinPath } from '../../src/config/errors.js';
import { ConfigError, formatIssue } from '../../src/config/index.js';

describe('error text', () => {
  it('formats paths with dots and list indices', () => {
    expect(formatPath(['provider', 'rate_limits', 'timeout'])).toBe('provider.rate_limits.timeout');
    expect(formatPath(['generation', 'stop', 1])).toBe('generation.stop[1]');
    expect(formatPath([])).toBe('');
    expect(joinPath('', 'temperature')).toBe('temperature');
    expect(joinPath('sampling', 'top_p')).toBe('sampling.top_p');
  });

  it('describes values briefly, and describes long strings instead of cutting them', () => {
    expect(describeValue(5)).toBe('5');
    expect(describeValue('hot')).toBe('"hot"');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('a mapping');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x'.repeat(41))).toBe('a string of 41 characters');
  });

  it('makes the first issue the message of a ConfigError', () => {
    const error = new ConfigError([
      { path: 'a', message: 'first' },
      { path: '', message: 'second' },
    ]);
    expect(error.message).toBe('a: first');
    expect(formatIssue({ path: '', message: 'second' })).toBe('second');
    expect(() => new ConfigError([])).toThrow(TypeError);
  });
});
