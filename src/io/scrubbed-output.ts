/**
 * A program's output passed on with secrets hidden, for the command line, where no runner masks them. It is passed
 * on a line at a time (a line ends at `\n` or `\r`, so that progress bars still move): a secret may arrive split
 * across two chunks, and a line of output holds a secret's lines (each a form of it) one at a time.
 */
import { secretScrubber } from '../config/secrets.js';
import type { OutputStream } from './child-process.js';

/** An unfinished line longer than this is passed on but for its end, which may hold the start of a secret. */
const MAX_HELD = 64 * 1024;

export interface ScrubbedOutput {
  readonly write: (stream: OutputStream, text: string) => void;
  /** Passes on what is left of unfinished lines; call it once the program has ended. */
  readonly flush: () => void;
}

export function scrubbedOutput(sink: (text: string) => void, secrets: readonly string[]): ScrubbedOutput {
  const { scrub, settle } = secretScrubber(secrets);
  const pass = (text: string) => {
    if (text !== '') sink(text);
  };
  // What is held has no line end: only the new text need be searched for one.
  const held = new Map<OutputStream, string>();
  return {
    write(stream, text) {
      const lineEnd = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
      const before = held.get(stream) ?? '';
      let scrubbed = lineEnd === 0 ? '' : scrub(before + text.slice(0, lineEnd));
      let rest = lineEnd === 0 ? before + text : text.slice(lineEnd);
      if (rest.length > MAX_HELD) {
        // Scrubbed whole, then cut where no secret is, keeping back enough to hold the start of any secret.
        const settled = settle(rest);
        scrubbed += settled.scrubbed;
        rest = settled.rest;
      }
      pass(scrubbed);
      held.set(stream, rest);
    },
    flush() {
      for (const rest of held.values()) pass(scrub(rest));
      held.clear();
    },
  };
}
