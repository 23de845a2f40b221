/**
 * Runs LightEval, Python and pip: output streamed to the log as it comes, the last lines kept for the error
 * message, an optional time limit, and the whole process group stopped on timeout or cancellation.
 *
 * Not @actions/exec: it offers no way to stop a program (no time limit, no signal, no process id).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Environment, info, shareStdout } from './runner.js';

/** Lines of output an error message shows. */
export const TAIL_LINES = 20;
/** How long a program may take to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;
const IS_WINDOWS = process.platform === 'win32';

export interface ProcessRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Environment;
  /** Stop the program after this long. */
  readonly timeoutMs?: number | undefined;
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

/** The action's environment without what the program has no use for: the inputs (the key is one) and the runner's tokens. */
export function inheritableEnvironment(env: Environment): Record<string, string> {
  const withheld = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/;
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !withheld.test(entry[0])),
  );
}

/** Keeps the last lines of a stream of chunks. */
class Tail {
  private readonly lines: string[] = [];
  private partial = '';

  add(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
  }

  read(): string[] {
    return [...this.lines, ...(this.partial === '' ? [] : [this.partial])].slice(-TAIL_LINES);
  }
}

/**
 * Runs the program and resolves when it has ended; never rejects. Its output is fenced with `stop-commands`:
 * LightEval prints what models answer, and a line of a model's answer must not be taken for a workflow command.
 * Masks still apply to it.
 */
export function runProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  shareStdout();
  const fence = randomBytes(16).toString('hex');
  info(`::stop-commands::${fence}`);
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

    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        sink.write(chunk);
        tail.add(chunk);
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
      info(`::${fence}::`);
      // Node reports a failed start as exit code -errno (-2 for ENOENT).
      resolve({ exitCode: startError === undefined ? exitCode : null, signal, timedOut, tail: tail.read(), startError });
    });
  });
}
