/**
 * Task specs as the user wrote them (`gsm8k`, `gsm8k|0`, `lighteval|gsm8k|0`, `lighteval|gsm8k|0|0`), rewritten in
 * the one syntax the installed LightEval accepts: each version rejects or misreads some of the others.
 */
import { ConfigError, type FieldIssue, fieldIssuesFrom } from '../config/errors.js';
import { type LightEvalVersion, LightEvalVersionSchema } from '../config/schemas.js';

/** The suite LightEval's own tasks live in, and the one written when a spec names none. */
const DEFAULT_SUITE = 'lighteval';

const EXPECTED =
  'expected task, task|fewshot, suite|task|fewshot or suite|task|fewshot|truncate ' +
  '(fewshot a whole number, truncate 0 or 1), such as gsm8k|0';

const WHOLE_NUMBER = /^\d+$/;
const WHITESPACE = /\s/;

/** A spec taken apart; `suite` and `truncate` are undefined when the spec did not give them. */
interface TaskSpecParts {
  readonly suite: string | undefined;
  readonly task: string;
  readonly fewshot: string;
  readonly truncate: '0' | '1' | undefined;
}

export interface NormalizedTaskSpec {
  readonly spec: string;
  /** Set when something the user wrote is dropped because the installed LightEval has no place for it. */
  readonly warning?: string;
}

export interface NormalizedTaskList {
  readonly specs: string[];
  readonly warnings: string[];
}

export interface SplitTaskListOptions {
  /** Text read from a `.txt` tasks file: `#` starts a comment that runs to the end of its line. */
  readonly comments?: boolean;
}

/** Task specs separated by commas and/or line breaks, trimmed, blanks dropped. */
export function splitTaskList(text: string, options: SplitTaskListOptions = {}): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const uncommented = options.comments === true ? lines.map((line) => line.replace(/#.*/, '')) : lines;
  return uncommented
    .flatMap((line) => line.split(','))
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
}

function rejection(spec: string, reason: string): FieldIssue {
  return { path: '', message: `task ${JSON.stringify(spec)}: ${reason}` };
}

/** The parts of `spec`, or the issue that makes it a spec no LightEval version accepts. */
function parseTaskSpec(spec: string): TaskSpecParts | FieldIssue {
  if (spec === '') return rejection(spec, `empty; ${EXPECTED}`);
  if (WHITESPACE.test(spec)) return rejection(spec, `contains whitespace; ${EXPECTED}`);
  // LightEval splits its task argument on commas: a comma here would turn one spec into two.
  if (spec.includes(',')) return rejection(spec, `contains a comma, which separates tasks; ${EXPECTED}`);
  const parts = spec.split('|');
  if (parts.length > 4) return rejection(spec, `has ${parts.length} |-separated parts, at most 4; ${EXPECTED}`);
  if (parts.some((part) => part === '')) return rejection(spec, `has an empty part; ${EXPECTED}`);

  // One part is a task; two are task|fewshot; three or four start with the suite.
  const hasSuite = parts.length >= 3;
  const suite = hasSuite ? parts[0] : undefined;
  const [task = '', fewshot = '0', truncate] = hasSuite ? parts.slice(1) : parts;

  if (!WHOLE_NUMBER.test(fewshot)) {
    const suiteHint = parts.length === 2 ? ' (to name a suite, write suite|task|fewshot, such as lighteval|gsm8k|0)' : '';
    return rejection(spec, `the few-shot count ${JSON.stringify(fewshot)} is not a whole number${suiteHint}; ${EXPECTED}`);
  }
  if (WHOLE_NUMBER.test(task)) {
    // `gsm8k|0|0` reads as suite "gsm8k", task "0": most likely task|fewshot|truncate with the suite left out.
    const truncateHint = parts.length === 3 ? ' (a truncate flag needs all four parts, such as lighteval|gsm8k|0|0)' : '';
    return rejection(spec, `the task name ${JSON.stringify(task)} is a number${truncateHint}; ${EXPECTED}`);
  }
  if (!isTruncateFlag(truncate)) {
    return rejection(spec, `the truncate flag ${JSON.stringify(truncate)} is not 0 or 1; ${EXPECTED}`);
  }
  // Leading zeros are dropped so that `gsm8k|00` and `gsm8k|0` are the same task (and the same results key).
  return { suite, task, fewshot: fewshot.replace(/^0+(?=\d)/, ''), truncate };
}

function isTruncateFlag(part: string | undefined): part is TaskSpecParts['truncate'] {
  return part === undefined || part === '0' || part === '1';
}

function isIssue(parsed: TaskSpecParts | FieldIssue): parsed is FieldIssue {
  return 'message' in parsed;
}

function parseVersion(lightevalVersion: string): LightEvalVersion {
  const parsed = LightEvalVersionSchema.safeParse(lightevalVersion, { reportInput: true });
  if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ['lighteval_version']));
  return parsed.data;
}

function isBefore(version: LightEvalVersion, major: number, minor: number, patch: number): boolean {
  if (version.major !== major) return version.major < major;
  if (version.minor !== minor) return version.minor < minor;
  return version.patch < patch;
}

function writeSpec(original: string, parts: TaskSpecParts, version: LightEvalVersion): NormalizedTaskSpec {
  const suite = parts.suite ?? DEFAULT_SUITE;
  // Up to 0.10 every part is required.
  if (isBefore(version, 0, 11, 0)) return { spec: `${suite}|${parts.task}|${parts.fewshot}|${parts.truncate ?? '0'}` };

  const keepsSuite = isBefore(version, 0, 12, 1);
  const spec = keepsSuite ? `${suite}|${parts.task}|${parts.fewshot}` : `${parts.task}|${parts.fewshot}`;
  const dropped: string[] = [];
  if (!keepsSuite && suite !== DEFAULT_SUITE) {
    dropped.push(`the suite ${JSON.stringify(suite)} is dropped (LightEval ${version.text} looks tasks up by name alone)`);
  }
  if (parts.truncate === '1') {
    dropped.push(`the truncate flag 1 is dropped (LightEval ${version.text}'s task syntax has none)`);
  }
  if (dropped.length === 0) return { spec };
  return { spec, warning: `task ${JSON.stringify(original)} is written ${JSON.stringify(spec)}: ${dropped.join('; ')}` };
}

/**
 * `spec` written in the syntax of `lightevalVersion` (`X.Y.Z`): `suite|task|fewshot|truncate` up to 0.10,
 * `suite|task|fewshot` from 0.11 to 0.12.0, `task|fewshot` from 0.12.1. Throws a ConfigError (path `''`, so a
 * caller can prefix the input's name) for a spec no version accepts, or for a malformed version.
 */
export function normalizeTaskSpec(spec: string, lightevalVersion: string): NormalizedTaskSpec {
  const version = parseVersion(lightevalVersion);
  const trimmed = spec.trim();
  const parsed = parseTaskSpec(trimmed);
  if (isIssue(parsed)) throw new ConfigError([parsed]);
  return writeSpec(trimmed, parsed, version);
}

/**
 * Every spec normalized as {@link normalizeTaskSpec} does, exact duplicates (after normalization) dropped. Throws one
 * ConfigError that lists every bad spec.
 */
export function normalizeTaskList(specs: readonly string[], lightevalVersion: string): NormalizedTaskList {
  const version = parseVersion(lightevalVersion);
  const issues: FieldIssue[] = [];
  const normalized = new Set<string>();
  const warnings = new Set<string>();
  for (const spec of specs) {
    const trimmed = spec.trim();
    const parsed = parseTaskSpec(trimmed);
    if (isIssue(parsed)) {
      issues.push(parsed);
      continue;
    }
    const written = writeSpec(trimmed, parsed, version);
    normalized.add(written.spec);
    if (written.warning !== undefined) warnings.add(written.warning);
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { specs: [...normalized], warnings: [...warnings] };
}
