// The words of a failed run, shared by the action and replay. The run itself is tested end to end, with real
// LightEval (test/real) and the stand-in (test/action-lighteval.test.ts, test/cli/replay-command.test.ts).
import { describe, expect, it } from 'vitest';
import type { ProcessOutcome } from '../../src/io/child-process.js';
import { failureHeadline, failureMessage, shownCommand } from '../../src/io/lighteval-run.js';

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
    expect(failureHeadline('LightEval', outcome({ exitCode: 1, tail: ['Traceback'] }))).toBe('LightEval exited with code 1.');
    expect(failureHeadline('pip', outcome({ signal: 'SIGKILL' }))).toBe('pip was stopped by SIGKILL.');
    expect(failureHeadline('LightEval', outcome({}))).toBe('LightEval was stopped by a signal.');
  });

  it('names the time limit and its setting when the program timed out, whatever signal stopped it', () => {
    expect(failureHeadline('LightEval', outcome({ timedOut: true, signal: 'SIGKILL' }), LIMIT)).toBe(
      'LightEval did not finish within 1 minute (lighteval-timeout-minutes) and was stopped.',
    );
    expect(failureHeadline('LightEval', outcome({ timedOut: true, signal: 'SIGTERM' }), { ...LIMIT, minutes: 0.5 })).toBe(
      'LightEval did not finish within 0.5 minutes (lighteval-timeout-minutes) and was stopped.',
    );
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
    expect(shownCommand(['lighteval', 'endpoint', 'litellm', 'm.yaml', 'gsm8k|0', '--output-dir', 'out dir', "it's"])).toBe(
      "lighteval endpoint litellm m.yaml gsm8k\\|0 --output-dir 'out dir' \"it's\"",
    );
  });
});
