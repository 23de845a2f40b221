/** A program's output read a line at a time, each stream's unfinished line apart, for code that watches what it logs. */
import type { OutputStream } from './child-process.js';

/** An unfinished line is kept up to this long: the lines watched for are short, a progress bar's redraws are not. */
const MAX_LINE = 16 * 1024;

export interface LineReader {
  readonly write: (stream: OutputStream, text: string) => void;
  /** Reads what is left of unfinished lines; call it once the program has ended. */
  readonly flush: () => void;
}

export function lineReader(onLine: (line: string) => void): LineReader {
  const held = new Map<OutputStream, string>();
  return {
    write(stream, text) {
      const lines = ((held.get(stream) ?? '') + text).split('\n');
      held.set(stream, (lines.pop() ?? '').slice(-MAX_LINE));
      for (const line of lines) onLine(line);
    },
    flush() {
      for (const rest of held.values()) if (rest !== '') onLine(rest);
      held.clear();
    },
  };
}
