import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/action/secrets.js';
import { secretForms } from '../../src/config/secrets.js';
import { captureProcessOutput } from '../support/captured-output.js';
import { masksOf } from '../support/leak-scan.js';

describe('maskSecrets', () => {
  const { stdout } = captureProcessOutput();

  it('masks every form of each secret and the credentials of base URLs through @actions/core, and returns the secrets', () => {
    const secrets = maskSecrets(
      ['sk-a b', '', '  '],
      ['https://user:p%40ssw0rd@host.example/v1?api_key=q1-token-long&x=q2'],
    );
    // Credentials shorter than 8 characters (q2) are redacted in the URL but not masked: they would hide ordinary text.
    expect(secrets).toEqual(['sk-a b', 'user:p%40ssw0rd', 'user:p@ssw0rd', 'p%40ssw0rd', 'p@ssw0rd', 'q1-token-long']);
    // The values as the runner reads them back from the commands.
    const masked = [...stdout.join('').matchAll(/^::add-mask::(.*)$/gm)].map(([line = '']) => masksOf(line)[0]);
    expect(masked).toEqual([...new Set(secrets.flatMap(secretForms))]);
    expect(masked).toContain('sk-a%20b');
    expect(masked).toContain('p%40ssw0rd');
  });

  it('writes nothing for no secrets', () => {
    expect(maskSecrets([])).toEqual([]);
    expect(stdout).toEqual([]);
  });
});
