/**
 * Runs LightEval, Python and pip for the action and the command line: output streamed as it comes, the last lines
 * kept for the error message with secrets hidden, an optional time limit, and the whole process group stopped on
 * timeout, on cancellation and once the program has ended. Also finds programs on PATH as a shell would.
 *
 * Not @actions/exec: it offers no way to stop a program (no time limit, no signal, no process id).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Environment } from '../config/environment.js';
import { type Scrubber, secretScrubber } from '../config/secrets.js';

/** Lines of output an error message shows. */
export const TAIL_LINES = 20;
/** How long a program may take to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;
/** How often a process group being stopped is checked for members left. */
const STOP_POLL_MS = 100;
const IS_WINDOWS = process.platform === 'win32';
/**
 * Output this process has yet to write (to a log read slowly) beyond which the program is paused until it drains:
 * what a program prints must not grow memory without bound (300 MB of output took 686 MB before).
 */
export const MAX_PENDING_OUTPUT = 8 * 1024 * 1024;
const DRAIN_POLL_MS = 20;

/** What this process has buffered for its own standard output and error. */
function pendingOutput(): number {
  return process.stdout.writableLength + process.stderr.writableLength;
}

export interface ProcessRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Stop the program after this long. */
  readonly timeoutMs?: number | undefined;
  /** Where its output goes as it comes; by default to this process's own standard output and error. */
  readonly output?: ((stream: OutputStream, text: string) => void) | undefined;
  /** Secrets hidden in the outcome's tail (not in `output`, which is the sink's to scrub). */
  readonly secrets?: readonly string[] | undefined;
}

export type OutputStream = 'stdout' | 'stderr';

export function passThrough(stream: OutputStream, text: string): void {
  (stream === 'stdout' ? process.stdout : process.stderr).write(text);
}

export interface ProcessOutcome {
  /** `null` when the program was stopped by a signal or could not start. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  /** The last lines of its output, standard output and error interleaved as they came, free of the secrets. */
  readonly tail: readonly string[];
  /** Why the program could not be started (`ENOENT`: not found). */
  readonly startError: NodeJS.ErrnoException | undefined;
}

/** A line longer than this is cut in the error message: a tail is for reading, not for dumping data. */
const MAX_TAIL_LINE_LENGTH = 500;
/** An unfinished line is held whole up to this long; past it, it is settled (see Tail). */
const MAX_HELD = 64 * 1024;

/** The text after the last carriage return but a final one: what a terminal shows (progress bars redraw with `\r`). */
function afterRedraw(text: string): string {
  return text.slice(text.lastIndexOf('\r', text.length - 2) + 1);
}

/** What a terminal shows of a finished line, cut to length. */
function shownLine(line: string): string {
  const shown = afterRedraw(line).replace(/\r$/, '');
  return shown.length > MAX_TAIL_LINE_LENGTH ? `${shown.slice(0, MAX_TAIL_LINE_LENGTH)} …` : shown;
}

/**
 * Of the start of an unfinished line, what shownLine could still show once the line ends: one character past the
 * cut tells that it was cut, and a final `\r` is kept, since whatever follows it starts the line anew.
 */
function shownSoFar(text: string): string {
  const shown = afterRedraw(text);
  if (shown.length <= MAX_TAIL_LINE_LENGTH + 1) return shown;
  return shown.slice(0, MAX_TAIL_LINE_LENGTH + 1) + (shown.endsWith('\r') ? '\r' : '');
}

/**
 * Keeps the last lines of a program's output, each stream's unfinished line apart, so that none runs into another.
 *
 * Every cut is made in scrubbed text, never in raw output: cutting first would leave a secret at the cut, or one
 * longer than the cut, partly shown. A finished line is scrubbed whole, then cut. An unfinished line is held raw
 * and whole up to MAX_HELD; past that (an endless line, a progress bar redrawn with `\r` for hours) the scrubber
 * settles it: the scrubbed start, which no later output can change, is cut to what a terminal shows, and only the
 * raw rest, which may hold the start of a secret, is held on; it is scrubbed with what follows it.
 */
class Tail {
  private readonly lines: string[] = [];
  /** Each stream's unfinished line: its settled start, scrubbed and cut (`shown`), and the raw rest (`held`). */
  private readonly unfinished = new Map<OutputStream, { readonly shown: string; readonly held: string }>();

  constructor(private readonly scrubber: Scrubber) {}

  add(stream: OutputStream, chunk: string): void {
    const { scrub, settle } = this.scrubber;
    const before = this.unfinished.get(stream) ?? { shown: '', held: '' };
    const parts = (before.held + chunk).split('\n');
    const last = parts.pop() ?? '';
    let shown = before.shown;
    for (const part of parts) {
      this.lines.push(shownLine(shown + scrub(part)));
      shown = '';
    }
    if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
    if (last.length <= MAX_HELD) {
      this.unfinished.set(stream, { shown, held: last });
      return;
    }
    const settled = settle(last);
    this.unfinished.set(stream, { shown: shownSoFar(shown + settled.scrubbed), held: settled.rest });
  }

  read(): string[] {
    const unfinished = [...this.unfinished.values()]
      .map(({ shown, held }) => shownLine(shown + this.scrubber.scrub(held)))
      .filter((line) => line !== '');
    return [...this.lines, ...unfinished].slice(-TAIL_LINES);
  }
}

/**
 * Runs the program, its output passed on to this process's, and resolves when it has ended; never rejects.
 *
 * The program runs in its own process group, and once it exits, normally or not, the group is stopped: what it
 * started and left behind (workers, servers) must not outlive it with the key in its environment. The outcome
 * comes when the output closes, which, when something left behind holds it open, is when that has been stopped.
 */
export function runChildProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  const tail = new Tail(secretScrubber(request.secrets ?? []));
  return new Promise((resolve) => {
    const child = spawn(request.command, [...request.args], {
      env: request.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops what it started.
      detached: !IS_WINDOWS,
      windowsHide: true,
    });
    let timedOut = false;
    let startError: NodeJS.ErrnoException | undefined;
    let watch: NodeJS.Timeout | undefined;

    /**
     * Sends `signal` (0: none, only the check) to the process group; false when it has no members left. Windows has
     * no process groups: there it is the program alone, and nothing once it has exited.
     */
    const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
      if (child.pid === undefined) return false;
      if (IS_WINDOWS) return child.kill(signal);
      try {
        process.kill(-child.pid, signal);
        return true;
      } catch {
        return false;
      }
    };
    /**
     * Signals the group, then watches it until it is empty, killing what is left after the grace period. The group
     * id is the program's process id, which the system does not give out again while the group has members; the
     * watch ends at the first check that finds none, so that the number is not signalled once free.
     */
    const stop = (signal: NodeJS.Signals) => {
      if (!signalGroup(signal) || watch !== undefined) return;
      const killAt = Date.now() + STOP_GRACE_MS;
      watch = setInterval(() => {
        if (!signalGroup(0)) clearInterval(watch);
        else if (Date.now() >= killAt) {
          signalGroup('SIGKILL');
          clearInterval(watch);
        }
      }, STOP_POLL_MS);
    };
    const timeout =
      request.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop('SIGTERM');
          }, request.timeoutMs);
    // A cancelled job signals this process; pass it on instead of leaving the program running.
    const onSignal = (signal: NodeJS.Signals) => stop(signal);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const output = request.output ?? passThrough;
    const streams = [
      ['stdout', child.stdout],
      ['stderr', child.stderr],
    ] as const;
    // Past the bound, the program's output waits in its pipe (and the program, once the pipe is full) until ours drains.
    let paused = false;
    const resumeWhenDrained = () => {
      if (pendingOutput() > MAX_PENDING_OUTPUT / 2) {
        setTimeout(resumeWhenDrained, DRAIN_POLL_MS);
        return;
      }
      paused = false;
      for (const [, stream] of streams) stream.resume();
    };
    for (const [name, stream] of streams) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        output(name, chunk);
        tail.add(name, chunk);
        if (!paused && pendingOutput() > MAX_PENDING_OUTPUT) {
          paused = true;
          for (const [, each] of streams) each.pause();
          setTimeout(resumeWhenDrained, DRAIN_POLL_MS);
        }
      });
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      startError = error;
    });
    child.on('exit', () => {
      // It ended within its time. What it left behind is stopped at once, while the group id is still its own (an
      // empty group is not signalled), unless a timeout or cancellation is stopping it already.
      clearTimeout(timeout);
      if (watch === undefined) stop('SIGTERM');
    });
    child.on('close', (exitCode, signal) => {
      // A program that could not start has no 'exit'.
      clearTimeout(timeout);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Node reports a failed start as exit code -errno (-2 for ENOENT).
      resolve({
        exitCode: startError === undefined ? exitCode : null,
        signal,
        timedOut,
        tail: tail.read(),
        startError,
      });
    });
  });
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `name` on PATH, as a shell would find it. */
export function findOnPath(name: string, env: Environment): string | undefined {
  const extensions = IS_WINDOWS ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    for (const extension of extensions) {
      const candidate = join(directory, name + extension);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}
