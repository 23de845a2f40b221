/** How a step fails: one error annotation, scrubbed of every secret, pinned to a file's line when one is to blame. */
import * as core from '@actions/core';
import { scrubSecrets } from '../config/secrets.js';
import { InputError } from './inputs.js';

/** An error annotation that makes the step fail when the process ends. */
export function fail(message: string, location?: InputError['location']): void {
  // As core.setFailed does, which takes no location.
  process.exitCode = 1;
  core.error(
    message,
    location === undefined ? {} : { file: location.file, startLine: location.line, startColumn: location.column },
  );
}

/** Reports what a step threw: an input mistake as it is, a fault of the action with its stack in the debug log. */
export function reportFailure(error: unknown, secrets: readonly string[]): void {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  if (error instanceof InputError) {
    fail(scrub(error.message), error.location);
    return;
  }
  // A fault of this action rather than of the inputs: the stack helps a bug report.
  if (error instanceof Error && error.stack !== undefined) core.debug(scrub(error.stack));
  fail(scrub(error instanceof Error ? error.message : String(error)));
}
