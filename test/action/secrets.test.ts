import { describe, expect, it } from 'vitest';
import { secretForms } from '../../src/action/secrets.js';

describe('secretForms', () => {
  it('lists the value, its lines, its URL-encoded and JSON-escaped forms, once each', () => {
    expect(secretForms('sk-a b/"c\nline2')).toEqual([
      'sk-a b/"c\nline2',
      'sk-a b/"c',
      'line2',
      'sk-a%20b%2F%22c%0Aline2',
      'sk-a+b%2F%22c%0Aline2',
      'sk-a b/\\"c\\nline2',
    ]);
    expect(secretForms('plain-key-0123')).toEqual(['plain-key-0123']);
  });

  it('has nothing to mask for an empty key or blank lines', () => {
    expect(secretForms('')).toEqual([]);
    expect(secretForms('  ')).toEqual([]);
    expect(secretForms('a\n\nb')).toEqual(['a\n\nb', 'a', 'b', 'a%0A%0Ab', 'a\\n\\nb']);
  });
});
