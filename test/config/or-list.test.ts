import { describe, expect, it } from 'vitest';
import { orList } from '../../src/config/or-list.js';

describe('orList', () => {
  it('lists alternatives with commas and a last "or", without a comma before it', () => {
    expect(orList(['yaml'])).toBe('yaml');
    expect(orList(['yaml', 'json'])).toBe('yaml or json');
    expect(orList(['auto', 'true', 'false'])).toBe('auto, true or false');
    expect(orList(['a', 'b', 'c', 'd'])).toBe('a, b, c or d');
  });

  it('gives nothing for no alternatives', () => {
    expect(orList([])).toBe('');
  });
});
