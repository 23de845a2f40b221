import { closest, distance } from 'fastest-levenshtein';
import * as z from 'zod/mini';
import { describeValue } from './errors.js';
import { orList } from './or-list.js';
import { withFacts } from './schema-facts.js';

/** Builds the one message style every field uses: `expected <what>, got <value>` (or `required; …`). */
export function expectation(what: string): (issue: { readonly input?: unknown }) => string {
  return (issue) =>
    issue.input === undefined ? `required; expected ${what}` : `expected ${what}, got ${describeValue(issue.input)}`;
}

// Built-in checks rather than refinements wherever zod has one: the JSON Schemas for editors are converted from them.

export function numberBetween(min: number, max: number) {
  const error = expectation(`a number from ${min} to ${max}`);
  return z.number({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
}

export function positiveNumber() {
  const error = expectation('a number greater than 0');
  return z.number({ error }).check(z.gt(0, { error }));
}

/** Runs a check only when the checks before it passed, so that a value gets one message. */
export const afterOtherChecks = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

/**
 * A safe integer of `min` or more. Not `z.int()`: its "not an integer" issue aborts the parent mapping's checks,
 * hiding its unknown keys (see closedObject), and makes a union report itself instead of this message.
 */
export function integerFrom(min: number) {
  const error = expectation(`an integer of ${min} or more`);
  return withFacts(
    z
      .number({ error })
      .check(
        z.gte(min, { error }),
        z.lte(Number.MAX_SAFE_INTEGER, { error }),
        z.refine(Number.isInteger, { error, ...afterOtherChecks }),
      ),
    { type: 'integer' },
  );
}

export function booleanField() {
  return z.boolean({ error: expectation('true or false') });
}

/** A string with something besides whitespace (what `\s` matches is exactly what `trim` removes). */
export function nonEmptyString() {
  const error = expectation('a non-empty string');
  return z.string({ error }).check(z.regex(/\S/, { error }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value with every null-valued key of its mappings left out, at any depth: `null` (YAML's `~`, a JSON null from
 * a database) means unset. Done once here rather than by each optional field's schema, which would cost three
 * more schema objects a field at every start. Items of lists are kept: a null there is an error.
 */
export function withoutNulls(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== null);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
}

/**
 * The known name nearest to `name`, when it is near enough to be a typo of it, and not a complete rewrite (short
 * names: `em` is not a typo of `f1`).
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(name, [...known]);
  const edits = distance(name, candidate);
  return edits <= Math.max(2, Math.floor(name.length / 3)) && edits < Math.min(name.length, candidate.length)
    ? candidate
    : undefined;
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const suggestion = didYouMean(key, known);
  return suggestion === undefined
    ? `unknown field; expected one of ${orList(known)}`
    : `unknown field; did you mean ${suggestion}?`;
}

/** A mapping whose keys are all known: an unknown key is an error that suggests the nearest known one. */
export function closedObject<Shape extends z.core.$ZodShape>(shape: Shape) {
  const known = Object.keys(shape);
  // Loose for zod, so that the check below can suggest a name; closed in the JSON Schema.
  const closed = z.looseObject(shape, { error: expectation('a mapping') }).check(
    z.superRefine(
      (value: Record<string, unknown>, context) => {
        for (const key of Object.keys(value)) {
          if (!Object.hasOwn(shape, key)) {
            context.addIssue({
              code: 'custom',
              path: [key],
              message: unknownFieldMessage(key, known),
              input: value[key],
            });
          }
        }
      },
      // Run even when a known field is invalid, so that every problem is reported at once.
      { when: ({ value }) => isRecord(value) },
    ),
  );
  return withFacts(closed, { additionalProperties: false });
}

/** Unknown keys of an open mapping that look like typos of known ones: `[key, suggestion]` pairs. */
export function likelyTypos(value: Record<string, unknown>, known: readonly string[]): [string, string][] {
  const typos: [string, string][] = [];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const suggestion = didYouMean(key, known);
    if (suggestion !== undefined) typos.push([key, suggestion]);
  }
  return typos;
}
