/**
 * The output of the programs the action runs (LightEval, Python, pip) in the step's log, a line at a time through
 * @actions/core. LightEval prints what models answer, and a model's answer must not act on the job: a line the
 * runner would take for a workflow command is shown with a zero-width space inside its opening `::` or `##[`.
 */
import * as core from '@actions/core';
import type { OutputStream } from '../io/child-process.js';
import { lineReader } from '../io/output-lines.js';

/**
 * The runner reads a command where a line starts, after blanks, with `::` (or `##[`, the old syntax); it ends lines
 * at `\r` as well as `\n`, so a progress bar's redraw can start one too.
 */
const COMMAND_OPENER = /(^|\r)(\s*)(:(?=:)|#(?=#\[))/g;

/** The line with every command opener broken by a zero-width space; other lines as they are. */
export function defuseCommands(line: string): string {
  return line.replace(COMMAND_OPENER, '$1$2$3\u200B');
}

export interface ProgramLog {
  readonly write: (stream: OutputStream, text: string) => void;
  /** Logs what is left of unfinished lines; call it once the program has ended. */
  readonly flush: () => void;
}

/** Logs a program's output, both streams, each whole line also given to `watch`. */
export function programLog(watch: (line: string) => void = () => undefined): ProgramLog {
  return lineReader((line) => {
    watch(line);
    core.info(defuseCommands(line));
  });
}
