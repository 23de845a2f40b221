// runChildProcess against real programs (POSIX sh), and findOnPath against real folders.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { captureProcessOutput } from '../support/captured-output.js';
import { type ProcessOutcome, runChildProcess, TAIL_LINES } from '../../src/io/child-process.js';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

/** Background processes the tests start, killed at the end should a test fail before they are stopped. */
const startedPids: number[] = [];
afterAll(() => {
  for (const pid of startedPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
});

/** True while `pid` is a live process (a zombie waiting to be reaped counts as gone). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

function sh(script: string, timeoutMs?: number): Promise<ProcessOutcome> {
  return runChildProcess({ command: 'sh', args: ['-c', script], env: ENV, timeoutMs });
}

/** The pid a program printed as its first line of output. */
function pidFrom(outcome: ProcessOutcome): number {
  const pid = Number(outcome.tail[0]);
  expect(Number.isInteger(pid) && pid > 1).toBe(true);
  startedPids.push(pid);
  return pid;
}

describe('runChildProcess', () => {
  const { stdout, stderr } = captureProcessOutput();

  it('hands the output to the given writer instead of this process\'s streams', async () => {
    const received: string[] = [];
    const outcome = await runChildProcess({
      command: 'sh',
      args: ['-c', 'echo out; echo err >&2'],
      env: ENV,
      output: (stream, text) => received.push(`${stream}:${text}`),
    });
    expect([...outcome.tail].sort()).toEqual(['err', 'out']);
    expect([...received].sort()).toEqual(['stderr:err\n', 'stdout:out\n']);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([]);
  });

  it('passes exactly the given environment', async () => {
    const outcome = await runChildProcess({
      command: 'sh',
      args: ['-c', 'echo "$ONLY_THIS|${INPUT_API_KEY:-none}|${HOME:-no home}"'],
      env: { ...ENV, ONLY_THIS: 'given' },
    });
    expect(outcome.tail).toEqual(['given|none|no home']);
  });

  it(`keeps the last ${TAIL_LINES} lines`, async () => {
    expect(TAIL_LINES).toBe(20);
    const outcome = await sh('i=1; while [ $i -le 100 ]; do echo "line $i"; i=$((i+1)); done');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.tail).toEqual(Array.from({ length: 20 }, (_, index) => `line ${81 + index}`));
    // Everything was still streamed.
    expect(stdout.join('')).toContain('line 1\nline 2\n');
    expect(stdout.join('')).toContain('line 100\n');
  });

  it('keeps a last line without a line break, within the limit', async () => {
    const outcome = await sh('i=1; while [ $i -le 100 ]; do echo "line $i"; i=$((i+1)); done; printf "no line break"');
    expect(outcome.tail).toHaveLength(TAIL_LINES);
    expect(outcome.tail[0]).toBe('line 82');
    expect(outcome.tail.at(-2)).toBe('line 100');
    expect(outcome.tail.at(-1)).toBe('no line break');
  });

  it('joins a line written in pieces, splits CRLF and keeps blank lines', async () => {
    const outcome = await sh('printf "a\\r\\n\\nhal"; sleep 0.1; printf "f a line\\nend\\n"');
    expect(outcome.tail).toEqual(['a', '', 'half a line', 'end']);
  });

  it('interleaves standard output and error as they came', async () => {
    const outcome = await sh('echo out-1; sleep 0.1; echo err-1 >&2; sleep 0.1; echo out-2; sleep 0.1; echo err-2 >&2');
    expect(outcome.tail).toEqual(['out-1', 'err-1', 'out-2', 'err-2']);
    expect(stdout.join('')).toContain('out-1\nout-2\n');
    expect(stderr.join('')).toBe('err-1\nerr-2\n');
  });

  it('keeps what a terminal shows of a progress bar, apart from the other stream, and cuts endless lines', async () => {
    const outcome = await sh(
      'printf "10%%\\r50%%" >&2; sleep 0.1; echo between; sleep 0.1; printf "\\r100%%\\n" >&2; head -c 2000 /dev/zero | tr "\\0" x',
    );
    expect(outcome.tail).toEqual(['between', '100%', `${'x'.repeat(500)} …`]);
  });

  it('reports a program killed by a signal with no exit code', async () => {
    const outcome = await sh('echo dying; kill -KILL $$');
    expect(outcome).toEqual({ exitCode: null, signal: 'SIGKILL', timedOut: false, tail: ['dying'], startError: undefined });
  });

  it('reports a program that is not found on PATH as ENOENT', async () => {
    const outcome = await runChildProcess({ command: 'no-such-program-for-this-test', args: [], env: ENV });
    expect(outcome.startError?.code).toBe('ENOENT');
  });

  it('does not time out a program that ends in time', async () => {
    const started = Date.now();
    const outcome = await sh('echo quick', 10_000);
    expect(outcome).toMatchObject({ exitCode: 0, signal: null, timedOut: false, tail: ['quick'] });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops the whole process group on timeout, grandchildren included', async () => {
    const started = Date.now();
    const outcome = await sh('sleep 30 & echo $!; wait', 300);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true });
    const grandchild = pidFrom(outcome);
    expect(await waitUntil(() => !isRunning(grandchild), 2_000)).toBe(true);
  });

  it('passes a cancellation (SIGTERM to the action) on to the process group, then stops listening', async () => {
    const termBefore = process.listeners('SIGTERM');
    const intBefore = process.listeners('SIGINT');
    const running = sh('sleep 30 & echo $!; wait');
    const added = process.listeners('SIGTERM').filter((listener) => !termBefore.includes(listener));
    expect(added).toHaveLength(1);
    expect(process.listeners('SIGINT').filter((listener) => !intBefore.includes(listener))).toHaveLength(1);

    expect(await waitUntil(() => /^\d+\n/m.test(stdout.join('')), 5_000)).toBe(true);
    // Called directly: emitting the signal on this process would also reach the test runner's own handlers.
    (added[0] as (signal: NodeJS.Signals) => void)('SIGTERM');
    const outcome = await running;
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: false });
    const grandchild = pidFrom(outcome);
    expect(await waitUntil(() => !isRunning(grandchild), 2_000)).toBe(true);
    expect(process.listeners('SIGTERM')).toEqual(termBefore);
    expect(process.listeners('SIGINT')).toEqual(intBefore);
  });
});

// Each waits out the 5 s grace period; run side by side to keep the file fast. Output is not captured here.
describe.concurrent('runProcess, a program that ignores SIGTERM', () => {
  it('is killed with SIGKILL 5 s after the SIGTERM', async () => {
    const started = Date.now();
    const outcome = await sh('trap "" TERM; echo $$; sleep 30', 200);
    const elapsed = Date.now() - started;
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: true });
    expect(elapsed).toBeGreaterThanOrEqual(5_000);
    expect(elapsed).toBeLessThan(8_000);
    const shell = pidFrom(outcome);
    expect(isRunning(shell)).toBe(false);
  });

  it('is killed even when the program it runs under has already ended on the SIGTERM', async () => {
    // The shell dies on SIGTERM; its child ignores it and keeps the output pipes open.
    const started = Date.now();
    const outcome = await sh('(trap "" TERM; exec sleep 30) & echo $!; wait', 200);
    const elapsed = Date.now() - started;
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true });
    expect(elapsed).toBeGreaterThanOrEqual(5_000);
    expect(elapsed).toBeLessThan(8_000);
    const grandchild = pidFrom(outcome);
    expect(await waitUntil(() => !isRunning(grandchild), 2_000)).toBe(true);
  });
});
