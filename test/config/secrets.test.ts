import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubSecrets, secretForms, secretScrubber } from '../../src/config/secrets.js';

const KEY = 'sk a"b%+é\nz~!';

/** Python's `json.dumps(value)` for a string: JSON with every character beyond printable ASCII as `\uXXXX`. */
function pythonJson(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

describe('secretForms', () => {
  it('lists the key, its lines, its URL-encoded and JSON-escaped forms, once each', () => {
    expect(secretForms(KEY)).toEqual([
      'sk a"b%+é\nz~!',
      'sk a"b%+é',
      'z~!',
      'sk%20a%22b%25%2B%C3%A9%0Az~!',
      'sk+a%22b%25%2B%C3%A9%0Az~!',
      'sk+a%22b%25%2B%C3%A9%0Az%7E%21',
      'sk a\\"b%+é\\nz~!',
      'sk a\\"b%+\\u00e9\\nz~!',
    ]);
    expect(secretForms('plain-key-0123')).toEqual(['plain-key-0123']);
  });

  it('escapes as Python does: DEL and characters beyond U+FFFF too, as UTF-16 halves', () => {
    expect(secretForms('k\u007fé😀')).toContain('k\\u007f\\u00e9\\ud83d\\ude00');
    expect(secretForms('k\u007fé😀')).toContain(pythonJson('k\u007fé😀').slice(1, -1));
  });

  it('URL-encodes a lone surrogate as URLSearchParams does, instead of throwing', () => {
    expect(secretForms('x\ud800y')).toEqual(['x\ud800y', 'x%EF%BF%BDy', 'x\\ud800y']);
  });

  it('has nothing to hide for a blank key, and drops blank lines', () => {
    expect(secretForms('')).toEqual([]);
    expect(secretForms(' \n\t')).toEqual([]);
    expect(secretForms('a\r\n \rb')).toEqual(['a\r\n \rb', 'a', 'b', 'a%0D%0A%20%0Db', 'a%0D%0A+%0Db', 'a\\r\\n \\rb']);
  });
});

describe('scrubSecrets', () => {
  it('hides every form of the key', () => {
    for (const form of secretForms(KEY)) expect(scrubSecrets(`<${form}>`, [KEY])).toBe('<***>');
    expect(scrubSecrets(`got ${JSON.stringify(KEY)} and ${pythonJson(KEY)}`, [KEY])).toBe('got "***" and "***"');
  });

  it('leaves nothing of overlapping secrets, whatever their order, and makes one mask of a run', () => {
    expect(scrubSecrets('xxabcdefyy', ['abcd', 'cdef'])).toBe('xx***yy');
    expect(scrubSecrets('xxabcdefyy', ['cdef', 'abcd'])).toBe('xx***yy');
    expect(scrubSecrets('xxabcdyy', ['abcd', 'bc'])).toBe('xx***yy');
    expect(scrubSecrets('a abab b', ['ab'])).toBe('a *** b');
    expect(scrubSecrets('aaaa', ['aa'])).toBe('***');
  });

  it('leaves text without secrets as it is', () => {
    expect(scrubSecrets('nothing to hide', [])).toBe('nothing to hide');
    expect(scrubSecrets('nothing to hide', ['', ' '])).toBe('nothing to hide');
    expect(scrubSecrets('', ['key'])).toBe('');
  });
});

describe('secretScrubber', () => {
  it('settles an unfinished text: its start scrubbed, and the longest form but one character held back', () => {
    const { settle } = secretScrubber(['abcdef']);
    expect(settle('abcdef-xxxxabc')).toEqual({ scrubbed: '***-xx', rest: 'xxabc' });
    expect(settle('abc')).toEqual({ scrubbed: '', rest: 'abc' });
  });

  it('never cuts through a secret, nor through a character beyond U+FFFF', () => {
    const { settle } = secretScrubber(['abcdef']);
    expect(settle('xxabcdefyyy')).toEqual({ scrubbed: 'xx', rest: 'abcdefyyy' });
    expect(settle('xxabcabcdefyyy')).toEqual({ scrubbed: 'xxabc', rest: 'abcdefyyy' });
    expect(settle('x😀yyyy')).toEqual({ scrubbed: 'x', rest: '😀yyyy' });
  });

  it('holds back a chain of overlapping secrets whole', () => {
    expect(secretScrubber(['aa']).settle('aaaaaa')).toEqual({ scrubbed: '', rest: 'aaaaaa' });
    expect(secretScrubber(['aa']).settle('baaaa')).toEqual({ scrubbed: 'b', rest: 'aaaa' });
  });
});

describe('no form of any secret survives', () => {
  const character = fc.constantFrom('a', 'b', ' ', '"', '\\', '%', '+', '~', '\n', '\r', 'é', '😀', '\u2028', '\u007f');
  const secret = fc
    .oneof(
      fc.string({ unit: character, minLength: 1, maxLength: 8 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    )
    // The mask is made of stars; a blank secret has no forms.
    .filter((text) => !text.includes('*') && text.trim() !== '');
  const secretsAndText = fc.array(secret, { minLength: 1, maxLength: 3 }).chain((secrets) => {
    const forms = secrets.flatMap(secretForms);
    const piece = fc.oneof(fc.string({ unit: character, maxLength: 4 }), fc.constantFrom(...forms));
    return fc.tuple(
      fc.constant(secrets),
      fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
      fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join('')),
    );
  });
  const survivors = (text: string, secrets: readonly string[]) =>
    secrets.flatMap(secretForms).filter((form) => text.includes(form));

  it('in scrubbed text', () => {
    fc.assert(
      fc.property(secretsAndText, ([secrets, text]) => {
        expect(survivors(scrubSecrets(text, secrets), secrets)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('in text settled and then finished by more, which scrubs as the whole text would', () => {
    // Settling may part a run of secrets in two masks.
    const oneMaskARun = (text: string) => text.replace(/\*+/g, '***');
    fc.assert(
      fc.property(secretsAndText, ([secrets, text, more]) => {
        const { scrub, settle } = secretScrubber(secrets);
        const { scrubbed, rest } = settle(text);
        expect(text.endsWith(rest)).toBe(true);
        const finished = scrubbed + scrub(rest + more);
        expect(survivors(finished, secrets)).toEqual([]);
        expect(oneMaskARun(finished)).toBe(scrub(text + more));
      }),
      { numRuns: 500 },
    );
  });
});
