/**
 * Runs LightEval, Python and pip for the action and the command line: output streamed as it comes, the last lines
 * kept for the error message, an optional time limit, and the whole process group stopped on timeout or
 * cancellation. Also finds programs on PATH as a shell would.
 *
 * Not @actions/exec: it offers no way to stop a program (no time limit, no signal, no process id).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Environment } from '../config/environment.js';

/** Lines of output an error message shows. */
export const TAIL_LINES = 20;
/** How long a program may take to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;
const IS_WINDOWS = process.platform === 'win32';

export interface ProcessRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Stop the program after this long. */
  readonly timeoutMs?: number | undefined;
  /** Where its output goes as it comes; by default to this process's own standard output and error. */
  readonly output?: ((stream: OutputStream, text: string) => void) | undefined;
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
  /** The last lines of its output, standard output and error interleaved as they came. */
  readonly tail: readonly string[];
  /** Why the program could not be started (`ENOENT`: not found). */
  readonly startError: NodeJS.ErrnoException | undefined;
}

/** A line longer than this is cut in the error message: a tail is for reading, not for dumping data. */
const MAX_TAIL_LINE_LENGTH = 500;

/** What a terminal shows of a line: the text after its last carriage return (progress bars redraw with `\r`). */
function shownLine(line: string): string {
  const shown = line.slice(line.lastIndexOf('\r', line.length - 2) + 1).replace(/\r$/, '');
  return shown.length > MAX_TAIL_LINE_LENGTH ? `${shown.slice(0, MAX_TAIL_LINE_LENGTH)} …` : shown;
}

/** Keeps the last lines of a program's output, each stream's unfinished line apart, so that none runs into another. */
class Tail {
  private readonly lines: string[] = [];
  private readonly partial = new Map<string, string>();

  add(stream: string, chunk: string): void {
    const parts = ((this.partial.get(stream) ?? '') + chunk).split('\n');
    // Only what a terminal would still show of the unfinished line: progress bars rewrite it thousands of times.
    this.partial.set(stream, (parts.pop() ?? '').slice(-MAX_TAIL_LINE_LENGTH * 4));
    this.lines.push(...parts.map(shownLine));
    if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
  }

  read(): string[] {
    const unfinished = [...this.partial.values()].map(shownLine).filter((line) => line !== '');
    return [...this.lines, ...unfinished].slice(-TAIL_LINES);
  }
}

/** Runs the program, its output passed on to this process's, and resolves when it has ended; never rejects. */
export function runChildProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  const tail = new Tail();
  return new Promise((resolve) => {
    const child = spawn(request.command, [...request.args], {
      env: request.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops what it started (workers, servers).
      detached: !IS_WINDOWS,
      windowsHide: true,
    });
    let timedOut = false;
    let startError: NodeJS.ErrnoException | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let closed = false;

    // Until its output closes, not until it exits: what it started may outlive it and still hold the output open.
    const signalGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined || closed) return;
      try {
        if (IS_WINDOWS) child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const stop = (signal: NodeJS.Signals) => {
      signalGroup(signal);
      killTimer ??= setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
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
    for (const [name, stream] of [
      ['stdout', child.stdout],
      ['stderr', child.stderr],
    ] as const) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        output(name, chunk);
        tail.add(name, chunk);
      });
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      startError = error;
    });
    child.on('close', (exitCode, signal) => {
      closed = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Node reports a failed start as exit code -errno (-2 for ENOENT).
      resolve({ exitCode: startError === undefined ? exitCode : null, signal, timedOut, tail: tail.read(), startError });
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
