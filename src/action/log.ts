/**
 * Lines of the step's log, through @actions/core: the action's own, which quote inputs and paths, and the output of
 * the programs it runs (LightEval, Python, pip), which print what models answer. Neither may act on the job: a line
 * break inside a value is shown escaped, and a line the runner would take for a workflow command is shown with a
 * zero-width space inside its opening `::` or `##[`.
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

/** Logs one line of the action's own: line breaks in the values it quotes are shown as `\n` and `\r`. */
export function logLine(message: string): void {
  core.info(defuseCommands(message.replace(/\r/g, '\\r').replace(/\n/g, '\\n')));
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
