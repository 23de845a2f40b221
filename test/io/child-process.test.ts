// runChildProcess against real programs (POSIX sh, Node), and findOnPath against real folders.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { captureProcessOutput } from '../support/captured-output.js';
import { tempDirs } from '../support/temp-dirs.js';
import { MAX_PENDING_OUTPUT, type ProcessOutcome, runChildProcess, TAIL_LINES } from '../../src/io/child-process.js';
import { leaksIn, secretFormsOf } from '../support/leak-scan.js';

const tempDir = tempDirs('child-process-');

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

  it("hands the output to the given writer instead of this process's streams", async () => {
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
    expect(outcome).toEqual({
      exitCode: null,
      signal: 'SIGKILL',
      timedOut: false,
      tail: ['dying'],
      startError: undefined,
    });
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

/** Runs `script` in sh, which writes to `pidFile` the process id of a process it leaves behind. */
async function leavingBehind(script: (pidFile: string) => string): Promise<{ outcome: ProcessOutcome; pid: number }> {
  const pidFile = join(tempDir(), 'pid');
  const outcome = await runChildProcess({
    command: 'sh',
    args: ['-c', script(pidFile)],
    env: ENV,
    output: () => undefined,
  });
  expect(existsSync(pidFile)).toBe(true);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  expect(Number.isInteger(pid) && pid > 1).toBe(true);
  startedPids.push(pid);
  return { outcome, pid };
}

/**
 * A `sleep` in the background, holding none of the program's output open, its process id in the file. It sleeps
 * past the test's time limit: where it holds the output open, the test ends in time only if it is stopped.
 */
const DETACHED_SLEEP = (pidFile: string) => `sleep 120 >/dev/null 2>&1 & echo $! > ${pidFile}`;

describe('runChildProcess, what a program leaves behind when it ends', () => {
  it.each([
    ['exits with code 0', (pidFile: string) => `${DETACHED_SLEEP(pidFile)}; exit 0`, { exitCode: 0, signal: null }],
    ['exits with code 3', (pidFile: string) => `${DETACHED_SLEEP(pidFile)}; exit 3`, { exitCode: 3, signal: null }],
    [
      'is killed',
      (pidFile: string) => `${DETACHED_SLEEP(pidFile)}; kill -KILL $$`,
      { exitCode: null, signal: 'SIGKILL' },
    ],
    // Its output closes only once what holds it open is stopped.
    [
      'exits with its output held open',
      (pidFile: string) => `sleep 120 & echo $! > ${pidFile}; exit 0`,
      { exitCode: 0, signal: null },
    ],
  ])('is stopped when the program %s', async (_, script, ended) => {
    const { outcome, pid } = await leavingBehind(script);
    expect(outcome).toMatchObject({ ...ended, timedOut: false });
    expect(await waitUntil(() => !isRunning(pid), 4_000)).toBe(true);
  });
});

// Each waits out the 5 s grace period; run side by side to keep the file fast. Output is not captured here.
describe.concurrent('runChildProcess, a process that ignores SIGTERM', () => {
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

  /** A process that ignores SIGTERM (and outsleeps the test), in the background; the program goes on once it has written its id. */
  const stubborn = (pidFile: string, output: string) =>
    `sh -c 'trap "" TERM; echo $$ > ${pidFile}; exec sleep 120' ${output} & while [ ! -s ${pidFile} ]; do sleep 0.01; done`;

  it('left behind by a program that ended, is killed after the grace period; the outcome comes at once', async () => {
    const { outcome, pid } = await leavingBehind((pidFile) => `${stubborn(pidFile, '>/dev/null 2>&1')}; exit 0`);
    expect(outcome).toMatchObject({ exitCode: 0, signal: null, timedOut: false });
    // Through the SIGTERM, not yet through the grace period.
    expect(isRunning(pid)).toBe(true);
    expect(await waitUntil(() => !isRunning(pid), 10_000)).toBe(true);
  });

  it('left behind holding the output open, is killed after the grace period; the outcome comes then', async () => {
    const { outcome, pid } = await leavingBehind((pidFile) => `${stubborn(pidFile, '')}; echo ended; exit 4`);
    expect(outcome).toMatchObject({ exitCode: 4, signal: null, timedOut: false, tail: ['ended'] });
    expect(await waitUntil(() => !isRunning(pid), 2_000)).toBe(true);
  });
});

/** A secret of `length` characters, none of them the `x` and `y` the tests pad lines with. */
function secretOf(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWabcdefghijkmnopqrstuvw0123456789';
  let state = length;
  let secret = 'sk-';
  while (secret.length < length) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    secret += alphabet[state % alphabet.length];
  }
  return secret;
}

const KEY = secretOf(42);
const LONG_KEY = secretOf(10_240);
/** An unfinished line is held whole up to 64 KB, then settled (src/io/child-process.ts, MAX_HELD). */
const HELD = 64 * 1024;
/** Where the tail used to cut lines before scrubbing them: at 500 characters, and an unfinished one to its last 2000. */
const OLD_CUTS = [500, 2000];

/** What the tail shows of a line: its first 500 characters. */
function cut(line: string): string {
  return line.length > 500 ? `${line.slice(0, 500)} …` : line;
}

/** Writes each piece to standard output in a write of its own, a few milliseconds apart, so that most arrive apart. */
const WRITER = `
const pieces = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
const next = (at) => { if (at < pieces.length) process.stdout.write(pieces[at], () => setTimeout(() => next(at + 1), 3)); };
next(0);
`;

/** Runs a program that prints `pieces`, with KEY and LONG_KEY its secrets; checks that neither shows, in part, in its tail. */
async function tailOf(pieces: readonly string[], secrets = [KEY, LONG_KEY]): Promise<readonly string[]> {
  const file = join(tempDir(), 'pieces.json');
  writeFileSync(file, JSON.stringify(pieces));
  const outcome = await runChildProcess({
    command: process.execPath,
    args: ['-e', WRITER, file],
    env: ENV,
    secrets,
    output: () => undefined,
  });
  expect(outcome.exitCode).toBe(0);
  const shown = outcome.tail.join('\n');
  expect(leaksIn(shown, secretFormsOf([KEY, LONG_KEY]))).toEqual([]);
  return outcome.tail;
}

/** Offsets from each old cut at which KEY starts: just before it, across it, and right after it. */
const AROUND_OLD_CUTS = OLD_CUTS.flatMap((at) => [at - 42, at - 41, at - 30, at - 21, at - 10, at - 1, at, at + 1]);

describe('runChildProcess, the tail of a program that prints a secret', () => {
  it.each([
    ['in one write', (line: string) => [line]],
    [
      'split inside the secret',
      (line: string) => [line.slice(0, line.indexOf(KEY) + 21), line.slice(line.indexOf(KEY) + 21)],
    ],
  ])('hides it on finished lines wherever they are cut (%s)', async (_, write) => {
    const lines = AROUND_OLD_CUTS.map((at) => `${'x'.repeat(at)}${KEY} end`);
    expect(lines.length).toBeLessThanOrEqual(TAIL_LINES);
    const tail = await tailOf(lines.flatMap((line) => write(`${line}\n`)));
    expect(tail).toEqual(AROUND_OLD_CUTS.map((at) => cut(`${'x'.repeat(at)}*** end`)));
  });

  it.each([...AROUND_OLD_CUTS, HELD - 42, HELD - 21, HELD, HELD + 1, 3 * HELD])(
    'hides it on an unfinished last line, however long, with KEY at %i',
    async (at) => {
      const line = `${'x'.repeat(at)}${KEY} end`;
      expect(await tailOf(['first\n', line])).toEqual(['first', cut(`${'x'.repeat(at)}*** end`)]);
      // Written a thousand characters at a time, the line is held and settled piece by piece.
      const pieces = Array.from({ length: Math.ceil(line.length / 1000) }, (__, index) =>
        line.slice(index * 1000, (index + 1) * 1000),
      );
      expect(await tailOf(pieces)).toEqual([cut(`${'x'.repeat(at)}*** end`)]);
    },
  );

  it.each(OLD_CUTS.flatMap((from) => [from - 42, from - 21, from - 1]))(
    'hides it where an unfinished line used to be cut to its end, %i characters after the secret',
    async (after) => {
      const line = `${'x'.repeat(100)}${KEY}${'y'.repeat(after)}`;
      expect(await tailOf([line])).toEqual([cut(`${'x'.repeat(100)}***${'y'.repeat(after)}`)]);
    },
  );

  it('hides it in progress bars redrawn with carriage returns, before and past the bound on held text', async () => {
    const redraw = (step: number) => `\r${'x'.repeat(480)}${KEY} step ${step}`;
    const redraws = (count: number) => Array.from({ length: count }, (_, step) => redraw(step));
    const shownAt = (step: number) => cut(`${'x'.repeat(480)}*** step ${step}`);
    expect(await tailOf(redraws(10))).toEqual([shownAt(9)]);
    // 150 redraws are some 80 KB without a line break.
    expect(await tailOf(redraws(150))).toEqual([shownAt(149)]);
    expect(await tailOf([...redraws(150), '\n', 'done\n'])).toEqual([shownAt(149), 'done']);
    expect(await tailOf([`10%\r${KEY} at 50%`, `\r${KEY.slice(0, 30)}`, `${KEY.slice(30)} at 100%\n`])).toEqual([
      '*** at 100%',
    ]);
  });

  it('starts a line anew after a final carriage return, even past the bound on held text', async () => {
    expect(await tailOf([`${'x'.repeat(HELD + 10)}${KEY}\r`, `${KEY} after`])).toEqual(['*** after']);
    expect(await tailOf([`${'x'.repeat(HELD + 10)}\r`, 'after\n'])).toEqual(['after']);
    // Settled right after the carriage return: KEY alone has the scrubber hold back its last 41 characters.
    expect(await tailOf([`${'x'.repeat(HELD + 10)}\r${'y'.repeat(41)}`, 'after'], [KEY])).toEqual([
      `${'y'.repeat(41)}after`,
    ]);
    expect(await tailOf([`${'x'.repeat(HELD + 10)}${KEY}\r`])).toEqual([`${'x'.repeat(500)} …`]);
  });

  it('hides a secret far longer than the cut on a short line', async () => {
    expect(await tailOf([`Error: ${LONG_KEY}\n`, `Error: ${LONG_KEY}`])).toEqual(['Error: ***', 'Error: ***']);
    const thirds = [LONG_KEY.slice(0, 3000), LONG_KEY.slice(3000, 7000), LONG_KEY.slice(7000)];
    expect(await tailOf(['Error: ', ...thirds, ' (401)\n'])).toEqual(['Error: *** (401)']);
    expect(await tailOf(['Error: ', ...thirds])).toEqual(['Error: ***']);
    // Across the point where the held line is first settled.
    const at = HELD - 5_000;
    expect(await tailOf([`${'x'.repeat(at)}${LONG_KEY} end`])).toEqual([cut(`${'x'.repeat(at)}*** end`)]);
    expect(await tailOf([`10%\r${LONG_KEY}\r`, `${'x'.repeat(HELD)}\r`, `${LONG_KEY} end`])).toEqual(['*** end']);
  });

  it('cuts nothing it was not told is secret', async () => {
    const outcome = await runChildProcess({
      command: 'sh',
      args: ['-c', `echo "${KEY} end"`],
      env: ENV,
      output: () => undefined,
    });
    expect(outcome.tail).toEqual([`${KEY} end`]);
  });
});

describe('runChildProcess, while this process cannot write its output as fast as the program prints', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stops reading the program until what waits to be written has drained, then reads the rest', async () => {
    let backlog = MAX_PENDING_OUTPUT + 1;
    vi.spyOn(process.stdout, 'writableLength', 'get').mockImplementation(() => backlog);
    const received: string[] = [];
    // 300 lines, one every 10 ms, so that the program still runs while the backlog stands (once a program has
    // exited, Node reads what is left in its pipe whatever the pause: a pipe's worth at most).
    const run = runChildProcess({
      command: process.execPath,
      args: [
        '-e',
        'let n = 0; const t = setInterval(() => { console.log(`line ${n}`); if (++n === 300) clearInterval(t); }, 10);',
      ],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      output: (_, text) => received.push(text),
    });
    const linesReceived = () =>
      received
        .join('')
        .split('\n')
        .filter((line) => line !== '');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // The chunk that crossed the bound, and at most what was read with it; nothing more while the backlog stands.
    const whilePaused = linesReceived().length;
    expect(whilePaused).toBeGreaterThan(0);
    expect(whilePaused).toBeLessThan(10);
    backlog = 0;
    const outcome = await run;
    expect(outcome.exitCode).toBe(0);
    expect(linesReceived()).toEqual(Array.from({ length: 300 }, (_, n) => `line ${n}`));
  });
});
