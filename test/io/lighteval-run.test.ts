// The words of a failed run, shared by the action and replay, and what a failed run's message shows of the key. The
// run itself is tested end to end, with real LightEval (test/real) and the stand-in (test/action-lighteval.test.ts,
// test/cli/replay-command.test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ProcessOutcome } from '../../src/io/child-process.js';
import { failureHeadline, failureMessage, runLightEval, shownCommand } from '../../src/io/lighteval-run.js';
import { tempDirs } from '../support/temp-dirs.js';
import { leaksIn, secretFormsOf } from '../support/leak-scan.js';

/** The results file whose scrubbing fails as a too-large file would, when a test sets it. */
const unscrubbable = vi.hoisted(() => ({ path: '' }));
vi.mock('../../src/io/results-files.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/results-files.js')>();
  return {
    ...real,
    scrubResultsFile: (path: string, secrets: readonly string[]) => {
      if (path === unscrubbable.path) throw new RangeError('Invalid string length');
      return real.scrubResultsFile(path, secrets);
    },
  };
});

const tempDir = tempDirs('lighteval-run-');

const outcome = (fields: Partial<ProcessOutcome>): ProcessOutcome => ({
  exitCode: null,
  signal: null,
  timedOut: false,
  tail: [],
  startError: undefined,
  ...fields,
});

const LIMIT = { minutes: 1, setting: 'lighteval-timeout-minutes' };

describe('failureHeadline', () => {
  it('says in one sentence how the program ended, without its output', () => {
    expect(failureHeadline('LightEval', outcome({ exitCode: 1, tail: ['Traceback'] }))).toBe(
      'LightEval exited with code 1.',
    );
    expect(failureHeadline('pip', outcome({ signal: 'SIGKILL' }))).toBe('pip was stopped by SIGKILL.');
    expect(failureHeadline('LightEval', outcome({}))).toBe('LightEval was stopped by a signal.');
  });

  it('names the time limit and its setting when the program timed out, whatever signal stopped it', () => {
    expect(failureHeadline('LightEval', outcome({ timedOut: true, signal: 'SIGKILL' }), LIMIT)).toBe(
      'LightEval did not finish within 1 minute (lighteval-timeout-minutes) and was stopped.',
    );
    expect(
      failureHeadline('LightEval', outcome({ timedOut: true, signal: 'SIGTERM' }), { ...LIMIT, minutes: 0.5 }),
    ).toBe('LightEval did not finish within 0.5 minutes (lighteval-timeout-minutes) and was stopped.');
  });
});

describe('failureMessage', () => {
  it('adds the last lines, or says there were none', () => {
    expect(failureMessage('LightEval exited with code 1.', ['Traceback', 'RuntimeError: boom'])).toBe(
      'LightEval exited with code 1. Its last lines:\nTraceback\nRuntimeError: boom',
    );
    expect(failureMessage('pip exited with code 2.', [])).toBe('pip exited with code 2. It printed nothing.');
  });
});

describe('shownCommand', () => {
  it('quotes what a shell would need quoted, and nothing else', () => {
    expect(
      shownCommand(['lighteval', 'endpoint', 'litellm', 'm.yaml', 'gsm8k|0', '--output-dir', 'out dir', "it's"]),
    ).toBe("lighteval endpoint litellm m.yaml gsm8k\\|0 --output-dir 'out dir' \"it's\"");
  });
});

const KEY = `sk-${'0123456789abcdefghijklmnopqrstuvw'.repeat(2).slice(0, 39)}`;
const LONG_KEY = `sk-${Array.from({ length: 10_237 }, (_, at) => 'ABCDEFGHJKLMNPQRSTUVW0123456789'[(at * 7 + (at >> 5)) % 30]).join('')}`;

/** A stand-in for LightEval that prints each piece in a write of its own, then fails. */
const FAILING = `
const pieces = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
const next = (at) => { if (at < pieces.length) process.stdout.write(pieces[at], () => next(at + 1)); else process.exitCode = 1; };
next(0);
`;

describe('runLightEval, failing after printing the key', () => {
  const aroundTheCut = [458, 470, 479, 490, 499, 500];
  it.each([
    ['on lines cut for length', aroundTheCut.map((at) => `${'x'.repeat(at)}${KEY} end\n`)],
    [
      'on an unfinished last line, split inside the key',
      ['Traceback\n', `${'x'.repeat(480)}${KEY.slice(0, 20)}`, `${KEY.slice(20)} end`],
    ],
    [
      'in progress bars redrawn past the bound on held text',
      Array.from({ length: 150 }, (_, step) => `\r${'x'.repeat(470)}${KEY} ${step}`),
    ],
    [
      'straddling where a long unfinished line is settled',
      [`${'x'.repeat(64 * 1024 - 20)}\r${KEY}${'y'.repeat(2000)}`],
    ],
    [
      'far longer than the cut, on a short line',
      [`Error: ${LONG_KEY}\n`, 'Error: ', LONG_KEY.slice(0, 5000), LONG_KEY.slice(5000)],
    ],
  ])('shows no part of it in the message (%s)', async (_, pieces) => {
    const directory = tempDir();
    const file = join(directory, 'pieces.json');
    writeFileSync(file, JSON.stringify(pieces));
    const run = await runLightEval({
      program: process.execPath,
      args: ['-e', FAILING, file],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      outputDir: join(directory, 'out'),
      secrets: [KEY, LONG_KEY],
      output: () => undefined,
    });
    if (run.ok) throw new Error('the run should have failed');
    expect(run.headline).toBe('LightEval exited with code 1.');
    expect(run.failure).toMatch(/^LightEval exited with code 1\. Its last lines:\n/);
    expect(run.failure).toContain('***');
    expect(leaksIn(run.failure, secretFormsOf([KEY, LONG_KEY]))).toEqual([]);
  });
});

/** A stand-in for LightEval that writes the results files named on its command line, each holding the key, and exits 0. */
const WRITING = `
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
for (const path of process.argv.slice(1)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ config_general: { model_config: { api_key: process.env.KEY } }, results: { 'gsm8k|0': { em: 1 } } }));
}
`;

describe('runLightEval, when a results file cannot be scrubbed', () => {
  it('removes it rather than leave the key on disk, scrubs the others, and keeps it out of the files of the run', async () => {
    const directory = tempDir();
    const outputDir = join(directory, 'out');
    const newer = join(outputDir, 'results', 'm', 'results_2.json');
    const older = join(outputDir, 'results', 'm', 'results_1.json');
    unscrubbable.path = older;
    const run = await runLightEval({
      program: process.execPath,
      args: ['-e', `${WRITING}; require('node:fs').utimesSync(${JSON.stringify(older)}, 1, 1)`, newer, older],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', KEY },
      outputDir,
      secrets: [KEY],
      output: () => undefined,
    });
    expect(run.ok).toBe(true);
    expect(existsSync(older)).toBe(false);
    expect(run.files.results).toEqual([newer]);
    expect(readFileSync(newer, 'utf8')).not.toContain(KEY);
  });
});
