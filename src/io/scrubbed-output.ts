/**
 * A program's output passed on with secrets hidden, for the command line, where no runner masks them. It is passed
 * on a line at a time (a line ends at `\n` or `\r`, so that progress bars still move), since a secret may arrive
 * split across two chunks but never across two lines.
 */
import { scrubSecrets } from '../config/errors.js';
import type { OutputStream } from './child-process.js';

/** An unfinished line longer than this is passed on all but its end, which may hold the start of a secret. */
const MAX_HELD = 64 * 1024;
const KEPT_WHEN_LONG = 4 * 1024;

export interface ScrubbedOutput {
  readonly write: (stream: OutputStream, text: string) => void;
  /** Text about the program (its last lines, in an error) scrubbed the same way. */
  readonly scrub: (text: string) => string;
  /** Passes on what is left of unfinished lines; call it once the program has ended. */
  readonly flush: () => void;
}

export function scrubbedOutput(sink: (text: string) => void, secrets: readonly string[]): ScrubbedOutput {
  // Each line of a secret too: a line of output can only hold a secret's lines one at a time.
  const forms = [...new Set(secrets.flatMap((secret) => [secret, ...secret.split(/[\r\n]+/)]))].filter((form) => form !== '');
  const scrub = (text: string) => scrubSecrets(text, forms);
  const pass = (text: string) => {
    if (text !== '') sink(scrub(text));
  };
  const held = new Map<OutputStream, string>();
  return {
    scrub,
    write(stream, text) {
      const pending = (held.get(stream) ?? '') + text;
      let end = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r')) + 1;
      if (end === 0 && pending.length > MAX_HELD) end = pending.length - KEPT_WHEN_LONG;
      pass(pending.slice(0, end));
      held.set(stream, pending.slice(end));
    },
    flush() {
      for (const rest of held.values()) pass(rest);
      held.clear();
    },
  };
}
