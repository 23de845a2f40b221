/**
 * This action's side of the runner protocol: inputs from `INPUT_*` variables, workflow commands on standard
 * output (`::add-mask::`, `::warning::`, `::error::`), and the environment files named by `GITHUB_OUTPUT`,
 * `GITHUB_STATE` and `GITHUB_STEP_SUMMARY`.
 *
 * Written here rather than imported from @actions/core because importing @actions/core also loads its HTTP
 * client (for OIDC tokens), which nearly doubles the start-up time of a run that only writes configuration.
 * test/action/runner.test.ts checks that this writes exactly what @actions/core writes for the same calls.
 */
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Lines go straight to file descriptor 1 until other code in the process prints through `process.stdout`:
 * creating that stream for a pipe, as on a runner, costs about 7 ms, a tenth of Node's own start-up.
 */
let stdoutIsShared = false;

/** Call before loading code that prints through `process.stdout`, so that lines stay in order. */
export function shareStdout(): void {
  stdoutIsShared = true;
}

function writeStdout(text: string): void {
  if (stdoutIsShared) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    // A non-blocking descriptor whose pipe is full: the stream waits for room.
    if (!(error instanceof Error && 'code' in error && error.code === 'EAGAIN')) throw error;
    stdoutIsShared = true;
    process.stdout.write(bytes.subarray(written));
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** The trimmed value of an input, `''` when unset, as the runner passes it (name upper-cased, hyphens kept). */
export function getInput(name: string, env: Environment = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A value the post step reads back (`STATE_<name>`), `''` when unset. */
export function getState(name: string, env: Environment = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function commandLine(command: string, message: string): string {
  return `::${command}::${escapeData(message)}${EOL}`;
}

function issueCommand(command: string, message: string): void {
  writeStdout(commandLine(command, message));
}

/** Asks the runner to hide each value in every later log line. Register before anything else is printed. */
export function setSecrets(values: Iterable<string>): void {
  // One write for them all: each write is a system call, and these come first in every run.
  const lines = [...values].map((value) => commandLine('add-mask', value));
  if (lines.length > 0) writeStdout(lines.join(''));
}

export function info(message: string): void {
  writeStdout(`${message}${EOL}`);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

/** A notice annotation: worth seeing, nothing wrong. */
export function notice(message: string): void {
  issueCommand('notice', message);
}

/** A warning annotation. */
export function warning(message: string): void {
  issueCommand('warning', message);
}

/** Reports `message` as an error annotation and makes the step fail when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

/**
 * `name<<DELIMITER` … `DELIMITER`, as the runner reads multi-line values. The delimiter is checked against the
 * value, so a value can never end the block early and smuggle in another output.
 */
function keyValueMessage(name: string, value: string): string {
  let delimiter: string;
  do delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  while (value.includes(delimiter) || name.includes(delimiter));
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function appendToFileCommand(variable: string, text: string): void {
  const path = process.env[variable];
  if (path === undefined || path === '') throw new Error(`${variable} is not set: run this as a GitHub Actions step`);
  appendFileSync(path, `${text}${EOL}`, { encoding: 'utf8' });
}

/** Sets the outputs whose value is defined, in one write to the outputs file. */
export function setOutputs(values: Readonly<Record<string, string | undefined>>): void {
  const messages = Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [keyValueMessage(name, value)]));
  if (messages.length > 0) appendToFileCommand('GITHUB_OUTPUT', messages.join(EOL));
}

/** Keeps `value` for the post step, which reads it with `getState`. */
export function saveState(name: string, value: string): void {
  appendToFileCommand('GITHUB_STATE', keyValueMessage(name, value));
}

/** True when the runner gave this step a summary file. */
export function hasSummary(): boolean {
  return (process.env.GITHUB_STEP_SUMMARY ?? '') !== '';
}

/** Appends Markdown to the step summary. */
export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') throw new Error('GITHUB_STEP_SUMMARY is not set: run this as a GitHub Actions step');
  appendFileSync(path, markdown, { encoding: 'utf8' });
}
