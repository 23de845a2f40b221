/** One problem with one input field, named by its path (`provider.base_url`, `generation.stop[1]`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export function formatIssue(issue: FieldIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/**
 * Invalid input. `message` is the first problem as `<path>: <what is expected>`; `issues` lists every problem
 * found, so a caller can report them all at once.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    const [first] = issues;
    if (first === undefined) throw new TypeError('ConfigError needs at least one issue');
    super(formatIssue(first));
    this.issues = issues;
  }
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

export function joinPath(parent: string, child: string): string {
  if (parent === '') return child;
  return child === '' || child.startsWith('[') ? `${parent}${child}` : `${parent}.${child}`;
}

const SHOWN_STRING_LENGTH = 40;

/**
 * A short, human description of a value for "got …" in messages. Long strings are described, never cut: a cut
 * string could show part of a secret that `scrubSecrets` (./secrets.ts) no longer recognises.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return value.length > SHOWN_STRING_LENGTH ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value === 'symbol' ? 'a symbol' : 'a function';
}

/** Converts a schema's issues to field issues under `root` (e.g. `provider`). */
export function fieldIssuesFrom(
  error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] },
  root: readonly PropertyKey[] = [],
): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...root, ...issue.path]), message: issue.message }));
}
