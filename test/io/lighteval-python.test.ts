import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineReader } from '../../src/io/output-lines.js';
import { pythonOfProgram, runPythonScript } from '../../src/io/lighteval-python.js';
import { tempDirs } from '../support/temp-dirs.js';

const sandbox = tempDirs('lighteval-action-python-');

function script(path: string, text: string): string {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

describe('pythonOfProgram', () => {
  it("takes a console script's #! interpreter, else the python beside it", () => {
    const root = sandbox();
    const bin = join(root, 'venv', 'bin');
    mkdirSync(bin, { recursive: true });
    const python = script(join(bin, 'python3.11'), '#!/bin/sh\n');
    expect(pythonOfProgram(script(join(bin, 'lighteval'), `#!${python}\n# -*- coding: utf-8 -*-\n`))).toBe(python);
    // Not a Python interpreter (a wrapper script), or one that is not there: the python beside it, if any.
    expect(pythonOfProgram(script(join(bin, 'wrapper'), '#!/bin/sh\nexec lighteval "$@"\n'))).toBeUndefined();
    const beside = script(join(bin, 'python'), '#!/bin/sh\n');
    expect(pythonOfProgram(script(join(bin, 'gone'), `#!${join(root, 'missing', 'python3')}\n`))).toBe(beside);
  });
});

describe('runPythonScript', () => {
  it('passes the source and arguments, keeps standard output, and hands standard error aside', async () => {
    const root = sandbox();
    // A stand-in interpreter: prints its arguments on stdout and a line on stderr.
    const python = script(join(root, 'python'), '#!/bin/sh\necho "$@"\necho noise >&2\n');
    const errors: string[] = [];
    const { outcome, stdout } = await runPythonScript({
      python,
      source: 'print(1)',
      args: ['--flag', 'x y'],
      env: { PATH: process.env.PATH ?? '' },
      onError: (text) => errors.push(text),
    });
    expect(outcome.exitCode).toBe(0);
    expect(stdout).toBe('-c print(1) --flag x y\n');
    expect(errors.join('')).toBe('noise\n');
  });
});

describe('lineReader', () => {
  it('gives whole lines, each stream apart, however the chunks fall, and the unfinished ones at the end', () => {
    const lines: string[] = [];
    const reader = lineReader((line) => lines.push(line));
    reader.write('stderr', 'API call fa');
    reader.write('stdout', 'progress ');
    reader.write('stderr', 'iled after 5\nnext');
    reader.write('stdout', 'done\n');
    reader.flush();
    expect(lines).toEqual(['API call failed after 5', 'progress done', 'next']);
  });
});
