import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/config/secrets.js';
import { scrubbedOutput } from '../../src/io/scrubbed-output.js';

function collector(secrets: readonly string[]) {
  const written: string[] = [];
  const output = scrubbedOutput((text) => written.push(text), secrets);
  return { output, written };
}

describe('scrubbedOutput', () => {
  it('hides a secret that arrives split across chunks, passing each line on once it ends', () => {
    const { output, written } = collector(['sk-secret-123']);
    output.write('stdout', 'key: sk-sec');
    expect(written).toEqual([]);
    output.write('stdout', 'ret-123\nnext');
    expect(written).toEqual(['key: ***\n']);
    output.flush();
    expect(written).toEqual(['key: ***\n', 'next']);
  });

  it('passes a progress bar on at each carriage return, and keeps the streams apart', () => {
    const { output, written } = collector(['sk-secret-123']);
    output.write('stderr', ' 10%\r 20%\r 3');
    output.write('stdout', 'sk-secret');
    output.write('stderr', '0%\r');
    output.write('stdout', '-123\n');
    expect(written).toEqual([' 10%\r 20%\r', ' 30%\r', '***\n']);
  });

  it('hides each line of a secret with a line break', () => {
    const { output, written } = collector(['first-half\nsecond-half']);
    output.write('stdout', 'a first-half\nsecond-half b\n');
    expect(written.join('')).toBe('a *** b\n');
    output.write('stdout', 'c first-half\n');
    output.write('stdout', 'second-half d\n');
    expect(written.join('')).toBe('a *** b\nc ***\n*** d\n');
  });

  it('passes on a very long unfinished line, holding back only as much as a secret but one character', () => {
    const { output, written } = collector(['sk-secret-123']);
    output.write('stdout', `${'x'.repeat(70_000)}sk-secret`);
    expect(written).toEqual(['x'.repeat(70_009 - 12)]);
    output.write('stdout', '-123');
    output.flush();
    expect(written.join('')).toBe(`${'x'.repeat(70_000)}***`);
  });

  it('holds back the start of a secret longer than a few kilobytes', () => {
    const secret = `sk-${'0123456789'.repeat(1_000)}`;
    const { output, written } = collector([secret]);
    output.write('stdout', `${'x'.repeat(70_000)}${secret.slice(0, -1)}`);
    expect(written).toEqual(['x'.repeat(70_000)]);
    output.write('stdout', `${secret.slice(-1)} done\n`);
    expect(written.join('')).toBe(`${'x'.repeat(70_000)}*** done\n`);
  });

  it('scrubs a long unfinished line before cutting it, never cutting through a secret', () => {
    const secret = 'sk-secret-123';
    const { output, written } = collector([secret]);
    output.write('stdout', `${'x'.repeat(70_000)}${secret}${'y'.repeat(5)}`);
    expect(written).toEqual(['x'.repeat(70_000)]);
    output.flush();
    expect(written.join('')).toBe(`${'x'.repeat(70_000)}***yyyyy`);
  });

  it('passes the finished lines of a write and the start of a long unfinished one at once', () => {
    const { output, written } = collector(['sk-secret-123']);
    output.write('stdout', `sk-secret-123\n${'x'.repeat(70_000)}`);
    expect(written).toEqual([`***\n${'x'.repeat(70_000 - 12)}`]);
  });

  it('never lets a secret through, however the output is cut into chunks', () => {
    const secret = 'sk-Zq9-secret';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\n', '\r', secret, 'sk-', 'Zq9'), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (pieces, cuts) => {
          const text = pieces.join('');
          const { output, written } = collector([secret]);
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          let from = 0;
          for (const point of [...points, text.length]) {
            output.write('stdout', text.slice(from, point));
            from = point;
          }
          output.flush();
          expect(written.join('')).toBe(scrubSecrets(text, [secret]));
          expect(written.join('')).not.toContain(secret);
        },
      ),
    );
  });
});
