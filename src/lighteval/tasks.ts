/**
 * Task specs as the user wrote them (`gsm8k`, `gsm8k|0`, `lighteval|gsm8k|0`, `lighteval|gsm8k|0|0`), rewritten in
 * the one syntax the installed LightEval accepts: each version rejects or misreads some of the others.
 */
import { distance } from 'fastest-levenshtein';
import { ConfigError, type FieldIssue, fieldIssuesFrom } from '../config/errors.js';
import { orList } from '../config/or-list.js';
import { type LightEvalVersion, LightEvalVersionSchema } from '../config/schemas.js';
import { TASK_PACKAGES } from './requirements.js';
import type { TaskRegistry } from './task-registry.js';

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
    const suiteHint =
      parts.length === 2 ? ' (to name a suite, write suite|task|fewshot, such as lighteval|gsm8k|0)' : '';
    return rejection(
      spec,
      `the few-shot count ${JSON.stringify(fewshot)} is not a whole number${suiteHint}; ${EXPECTED}`,
    );
  }
  if (WHOLE_NUMBER.test(task)) {
    // `gsm8k|0|0` reads as suite "gsm8k", task "0": most likely task|fewshot|truncate with the suite left out.
    const truncateHint =
      parts.length === 3 ? ' (a truncate flag needs all four parts, such as lighteval|gsm8k|0|0)' : '';
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

function isIssue<T extends object>(value: T | FieldIssue): value is FieldIssue {
  return 'message' in value;
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

/** Suites a bare task name is looked for in when several hold it: LightEval's own first, as its docs write them. */
const SUITE_PREFERENCE = [DEFAULT_SUITE, 'leaderboard', 'extended', 'helm', 'original'];

function suiteRank(suite: string): number {
  const rank = SUITE_PREFERENCE.indexOf(suite);
  return rank === -1 ? SUITE_PREFERENCE.length : rank;
}

/** Up to three known names close to `name`, nearest first. */
function closeNames(name: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of known) {
    const edits = candidate.startsWith(name) || name.startsWith(candidate) ? 0.5 : distance(name, candidate);
    if (edits <= limit) scored.push([candidate, edits]);
  }
  return scored
    .sort(([a, x], [b, y]) => x - y || a.localeCompare(b))
    .slice(0, 3)
    .map(([candidate]) => candidate);
}

/** A registry's task names and the suites that hold each (none when it is keyed by name alone). */
interface RegistryIndex {
  readonly keyedBySuite: boolean;
  readonly suitesOf: ReadonlyMap<string, readonly string[]>;
}

function indexRegistry(registry: TaskRegistry): RegistryIndex {
  const suitesOf = new Map<string, string[]>();
  for (const key of registry.tasks) {
    const bar = registry.keyedBy === 'suite|task' ? key.indexOf('|') : -1;
    const task = key.slice(bar + 1);
    const suites = suitesOf.get(task) ?? [];
    if (bar !== -1) suites.push(key.slice(0, bar));
    suitesOf.set(task, suites);
  }
  for (const suites of suitesOf.values()) suites.sort((a, b) => suiteRank(a) - suiteRank(b) || a.localeCompare(b));
  return { keyedBySuite: registry.keyedBy === 'suite|task', suitesOf };
}

/**
 * The suite to write for `parts` as the installed LightEval's registry has it, with a note when a bare name had
 * several suites to choose from; an issue naming close names when the registry does not have the task.
 */
function lookUp(
  original: string,
  parts: TaskSpecParts,
  index: RegistryIndex,
  versionText: string,
): { suite: string; note?: string } | FieldIssue {
  const suites = index.suitesOf.get(parts.task);
  if (suites === undefined) {
    // LightEval 0.9 and 0.10 register ifeval's suite only when its packages are installed.
    const packages = TASK_PACKAGES[parts.task];
    if (packages !== undefined) {
      return rejection(
        original,
        `the installed LightEval ${versionText} has no task ${JSON.stringify(parts.task)}: it needs ${packages.join(', ')}, ` +
          `which is not installed beside it (pip install ${packages.join(' ')}, or let the action install LightEval)`,
      );
    }
    const close = closeNames(parts.task, index.suitesOf.keys());
    const hint = close.length === 0 ? '' : `; did you mean ${orList(close)}?`;
    return rejection(original, `LightEval ${versionText} has no task ${JSON.stringify(parts.task)}${hint}`);
  }
  if (!index.keyedBySuite) return { suite: parts.suite ?? DEFAULT_SUITE };
  if (parts.suite !== undefined) {
    if (suites.includes(parts.suite)) return { suite: parts.suite };
    return rejection(
      original,
      `LightEval ${versionText} has no ${JSON.stringify(parts.task)} in the suite ${JSON.stringify(parts.suite)}; ` +
        `it is in ${suites.map((suite) => JSON.stringify(suite)).join(', ')}`,
    );
  }
  const [suite = DEFAULT_SUITE, ...others] = suites;
  if (others.length === 0) return { suite };
  return {
    suite,
    note:
      `task ${JSON.stringify(original)} is taken from the suite ${JSON.stringify(suite)}; LightEval ${versionText} ` +
      `also has it in ${others.map((other) => JSON.stringify(other)).join(', ')} (write suite|task|fewshot to choose)`,
  };
}

function writeSpec(
  original: string,
  parts: TaskSpecParts,
  version: LightEvalVersion,
  suiteFound?: string,
): NormalizedTaskSpec {
  const suite = suiteFound ?? parts.suite ?? DEFAULT_SUITE;
  // Up to 0.10 every part is required.
  if (isBefore(version, 0, 11, 0)) return { spec: `${suite}|${parts.task}|${parts.fewshot}|${parts.truncate ?? '0'}` };

  const keepsSuite = isBefore(version, 0, 12, 1);
  const spec = keepsSuite ? `${suite}|${parts.task}|${parts.fewshot}` : `${parts.task}|${parts.fewshot}`;
  const dropped: string[] = [];
  if (!keepsSuite && suite !== DEFAULT_SUITE) {
    dropped.push(
      `the suite ${JSON.stringify(suite)} is dropped (LightEval ${version.text} looks tasks up by name alone)`,
    );
  }
  if (parts.truncate === '1') {
    dropped.push(`the truncate flag 1 is dropped (LightEval ${version.text}'s task syntax has none)`);
  }
  if (dropped.length === 0) return { spec };
  return {
    spec,
    warning: `task ${JSON.stringify(original)} is written ${JSON.stringify(spec)}: ${dropped.join('; ')}`,
  };
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
 * Every spec normalized as {@link normalizeTaskSpec} does, exact duplicates (after normalization) dropped. Given the
 * installed LightEval's registry, each task is also looked up in it: a bare name gets the suite that holds it (up to
 * 0.11 many tasks have none named `lighteval`), and a task the registry lacks is an issue naming close names.
 * Throws one ConfigError that lists every bad spec.
 */
export function normalizeTaskList(
  specs: readonly string[],
  lightevalVersion: string,
  registry?: TaskRegistry,
): NormalizedTaskList {
  const version = parseVersion(lightevalVersion);
  const index = registry === undefined ? undefined : indexRegistry(registry);
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
    const found = index === undefined ? undefined : lookUp(trimmed, parsed, index, version.text);
    if (found !== undefined && isIssue(found)) {
      issues.push(found);
      continue;
    }
    if (found?.note !== undefined) warnings.add(found.note);
    const written = writeSpec(trimmed, parsed, version, found?.suite);
    normalized.add(written.spec);
    if (written.warning !== undefined) warnings.add(written.warning);
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { specs: [...normalized], warnings: [...warnings] };
}
