// runProcess against real programs (POSIX sh), and inheritableEnvironment.
import { readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { afterAll, afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { inheritableEnvironment, type ProcessOutcome, runProcess, TAIL_LINES } from '../../src/action/child-process.js';

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
  return runProcess({ command: 'sh', args: ['-c', script], env: ENV, timeoutMs });
}

/** The pid a program printed as its first line of output. */
function pidFrom(outcome: ProcessOutcome): number {
  const pid = Number(outcome.tail[0]);
  expect(Number.isInteger(pid) && pid > 1).toBe(true);
  startedPids.push(pid);
  return pid;
}

describe('inheritableEnvironment', () => {
  it('drops the inputs and the runner tokens, keeps everything else', () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/home/runner',
      OPENAI_API_KEY: 'sk-kept-for-litellm',
      INPUT_API_KEY: 'sk-the-input',
      'INPUT_RUN-CONFIG': 'x',
      INPUT_: '',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.invalid',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_RESULTS_URL: 'https://results.invalid',
      ACTIONS_CACHE_URL: 'https://cache.invalid',
      ACTIONS_RUNTIME_URL: 'https://runtime.invalid',
      ACTIONS_RUNTIME_TOKEN_EXTRA: 'kept: not the token itself',
      MY_INPUT_X: 'kept: INPUT_ only as a prefix',
      input_lower: 'kept: names are case-sensitive',
      EMPTY: '',
      UNSET: undefined,
    };
    const copy = { ...env };
    expect(inheritableEnvironment(env)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      OPENAI_API_KEY: 'sk-kept-for-litellm',
      ACTIONS_RUNTIME_URL: 'https://runtime.invalid',
      ACTIONS_RUNTIME_TOKEN_EXTRA: 'kept: not the token itself',
      MY_INPUT_X: 'kept: INPUT_ only as a prefix',
      input_lower: 'kept: names are case-sensitive',
      EMPTY: '',
    });
    expect(Object.hasOwn(inheritableEnvironment(env), 'UNSET')).toBe(false);
    expect(env).toEqual(copy);
  });
});

describe('runProcess', () => {
  let stdout: string[];
  let stderr: string[];
  let stdoutSpy: MockInstance;
  let stderrSpy: MockInstance;

  beforeEach(() => {
    stdout = [];
    stderr = [];
    const capture = (into: string[]) => (chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    stdoutSpy = vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout) as typeof process.stdout.write);
    stderrSpy = vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr) as typeof process.stderr.write);
  });
  afterEach(() => {
    stdoutSpy.mockRestore();
    stderrSpy.mockRestore();
  });

  it('reports an ordinary exit, streams the output and fences it with stop-commands', async () => {
    const outcome = await sh('echo "::warning::from the model"; echo to-stderr >&2; exit 3');
    expect(outcome).toEqual({ exitCode: 3, signal: null, timedOut: false, tail: ['::warning::from the model', 'to-stderr'], startError: undefined });

    const [open, ...rest] = stdout;
    const token = /^::stop-commands::([0-9a-f]{32})\r?\n$/.exec(open ?? '')?.[1];
    expect(token).toBeDefined();
    expect(rest.at(-1)).toBe(`::${token}::${EOL}`);
    // The program's output, as it came, between the two fence lines.
    expect(rest.slice(0, -1).join('')).toBe('::warning::from the model\n');
    expect(stderr.join('')).toBe('to-stderr\n');
  });

  it('uses a fresh fence token each run', async () => {
    await sh('true');
    await sh('true');
    const tokens = stdout.flatMap((chunk) => /^::stop-commands::(\w+)/.exec(chunk)?.[1] ?? []);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(stdout).toContain(`::${tokens[0]}::${EOL}`);
    expect(stdout).toContain(`::${tokens[1]}::${EOL}`);
  });

  it('passes exactly the given environment', async () => {
    const outcome = await runProcess({
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

  it('reports a program that is not there as a start error, and still closes the fence', async () => {
    const outcome = await runProcess({ command: '/nonexistent/lighteval', args: ['--help'], env: ENV });
    expect(outcome.startError?.code).toBe('ENOENT');
    expect(outcome.exitCode).toBeNull();
    expect(outcome.timedOut).toBe(false);
    expect(outcome.tail).toEqual([]);
    const token = /^::stop-commands::(\w+)/.exec(stdout[0] ?? '')?.[1];
    expect(stdout.at(-1)).toBe(`::${token}::${EOL}`);
  });

  it('reports a program that is not found on PATH as ENOENT', async () => {
    const outcome = await runProcess({ command: 'no-such-program-for-this-test', args: [], env: ENV });
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
