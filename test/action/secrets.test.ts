import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/action/secrets.js';
import { secretForms } from '../../src/config/secrets.js';
import { captureProcessOutput } from '../support/captured-output.js';
import { masksOf } from '../support/leak-scan.js';

describe('maskSecrets', () => {
  const { stdout } = captureProcessOutput();

  it('masks every form of each secret and the credentials of base URLs through @actions/core, and returns the secrets', () => {
    const secrets = maskSecrets(['sk-a b', '', '  '], ['https://user:p%40ss@host.example/v1?api_key=q1']);
    expect(secrets).toEqual(['sk-a b', 'user:p%40ss', 'user:p@ss', 'p%40ss', 'p@ss', 'q1']);
    // The values as the runner reads them back from the commands.
    const masked = [...stdout.join('').matchAll(/^::add-mask::(.*)$/gm)].map(([line = '']) => masksOf(line)[0]);
    expect(masked).toEqual([...new Set(secrets.flatMap(secretForms))]);
    expect(masked).toContain('sk-a%20b');
    expect(masked).toContain('p%40ss');
  });

  it('writes nothing for no secrets', () => {
    expect(maskSecrets([])).toEqual([]);
    expect(stdout).toEqual([]);
  });
});
