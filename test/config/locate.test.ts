import { describe, expect, it } from 'vitest';
import { locateField } from '../../src/config/locate.js';

const YAML = 'generation:\n  temperature: 5\n  stop:\n    - a\n    - b\n';

describe('locateField', () => {
  it('gives the line and column of the value at a field path, list items included', async () => {
    expect(await locateField(YAML, 'generation.temperature')).toEqual({ line: 2, column: 16 });
    expect(await locateField(YAML, 'generation.stop[1]')).toEqual({ line: 5, column: 7 });
    expect(await locateField('{"a": {"b": 1}}', 'a.b')).toEqual({ line: 1, column: 13 });
  });

  it('gives the nearest field that is there for a missing one, and nothing for text that does not parse', async () => {
    expect(await locateField(YAML, 'generation.missing')).toEqual({ line: 2, column: 3 });
    expect(await locateField('a: [1, 2\n', 'a')).toBeUndefined();
  });
});
