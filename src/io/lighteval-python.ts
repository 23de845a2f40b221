/**
 * Python scripts run by the interpreter of the installed LightEval, to ask it what only it knows (its task registry).
 * The interpreter is the one its `lighteval` program starts with: the `#!` line pip and uv write into scripts.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type ProcessOutcome, runChildProcess } from './child-process.js';

const IS_WINDOWS = process.platform === 'win32';
/** A `#!` line is short; a longer read is not a script's. */
const SHEBANG_BYTES = 1024;
/** What a script may print on standard output: a task registry is well under a megabyte. */
const MAX_STDOUT = 32 * 1024 * 1024;

function firstLine(path: string): string {
  const buffer = Buffer.alloc(SHEBANG_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, SHEBANG_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8').split('\n', 1)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

/**
 * The Python interpreter that runs `program` (a console script): its `#!` interpreter when that is a file, else the
 * `python` beside it (a virtual environment's bin folder); undefined when neither exists.
 */
export function pythonOfProgram(program: string): string | undefined {
  const shebang = /^#!\s*(\S+)\s*$/.exec(firstLine(program).trim())?.[1];
  if (shebang !== undefined && /^python[\d.]*(\.exe)?$/i.test(basename(shebang)) && existsSync(shebang)) return shebang;
  const beside = join(dirname(program), IS_WINDOWS ? 'python.exe' : 'python');
  return existsSync(beside) ? beside : undefined;
}

export interface ScriptOutcome {
  readonly outcome: ProcessOutcome;
  /** Standard output, whole (up to a bound). */
  readonly stdout: string;
}

/** Runs `source` with `python -c`, its standard output captured and its standard error given to `onError`. */
export async function runPythonScript(
  python: string,
  source: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  onError: (text: string) => void = () => undefined,
): Promise<ScriptOutcome> {
  let stdout = '';
  const outcome = await runChildProcess({
    command: python,
    args: ['-c', source, ...args],
    env,
    output: (stream, text) => {
      if (stream === 'stderr') onError(text);
      else if (stdout.length < MAX_STDOUT) stdout += text;
    },
  });
  return { outcome, stdout };
}
