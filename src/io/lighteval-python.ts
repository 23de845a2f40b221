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

export interface PythonScript {
  readonly python: string;
  readonly source: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Hidden in the last lines kept of its output: its environment may hold the key. */
  readonly secrets?: readonly string[];
  /** Where its standard error goes as it comes. */
  readonly onError?: (text: string) => void;
}

/** Runs the script with `python -c`, its standard output captured and its standard error given to `onError`. */
export async function runPythonScript(script: PythonScript): Promise<ScriptOutcome> {
  let stdout = '';
  const outcome = await runChildProcess({
    command: script.python,
    args: ['-c', script.source, ...script.args],
    env: script.env,
    secrets: script.secrets,
    output: (stream, text) => {
      if (stream === 'stderr') script.onError?.(text);
      else if (stdout.length < MAX_STDOUT) stdout += text;
    },
  });
  return { outcome, stdout };
}
