/** A program's output read a line at a time, each stream's unfinished line apart, for code that logs or watches it. */
import type { OutputStream } from './child-process.js';

/** An unfinished line longer than this is given as a line of its own: nothing is held, or lost, without bound. */
export const MAX_LINE = 64 * 1024;

export interface LineReader {
  readonly write: (stream: OutputStream, text: string) => void;
  /** Gives what is left of unfinished lines; call it once the program has ended. */
  readonly flush: () => void;
}

export function lineReader(onLine: (line: string) => void): LineReader {
  const held = new Map<OutputStream, string>();
  return {
    write(stream, text) {
      const lines = ((held.get(stream) ?? '') + text).split('\n');
      let rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
      while (rest.length > MAX_LINE) {
        onLine(rest.slice(0, MAX_LINE));
        rest = rest.slice(MAX_LINE);
      }
      held.set(stream, rest);
    },
    flush() {
      for (const rest of held.values()) if (rest !== '') onLine(rest);
      held.clear();
    },
  };
}
