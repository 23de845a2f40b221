/** `manifest.json`, the first entry of a bundle: what was run, and the size and SHA-256 of every other entry. */
import * as z from 'zod/mini';

export const BUNDLE_FORMAT = 'eval752-export';
export const BUNDLE_FORMAT_VERSION = 1;
/** The format versions readBundle understands. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [BUNDLE_FORMAT_VERSION];
export const BUNDLE_EXTENSION = '.eval752.zip';

const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** `2026-01-02T03:04:05Z`: ISO-8601, UTC, to the second. */
export function formatCreatedAt(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isCreatedAt(text: string): boolean {
  if (!CREATED_AT.test(text)) return false;
  const date = new Date(text);
  // Rules out dates that do not exist (February 30th), which Date would roll over.
  return !Number.isNaN(date.getTime()) && formatCreatedAt(date) === text;
}

const nonEmpty = (what: string) => z.string().check(z.minLength(1, { error: `expected ${what}` }));

/**
 * Built on first use, like the builder's output schemas: the action loads this module only to export, and even
 * then most runs need not pay for building it at start-up.
 */
export const ManifestSchema = z.lazy(() =>
  z.object({
    format: z.literal(BUNDLE_FORMAT),
    format_version: z.literal(BUNDLE_FORMAT_VERSION),
    created_at: z
      .string()
      .check(
        z.refine(isCreatedAt, { error: 'expected an ISO-8601 UTC time to the second, such as 2026-01-02T03:04:05Z' }),
      ),
    run_id: z.nullable(z.string()),
    model_name: nonEmpty('a model name'),
    lighteval_version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'expected a LightEval version X.Y.Z' })),
    tasks: z.array(nonEmpty('a task spec')),
    max_samples: z.nullable(z.int().check(z.minimum(1, { error: 'expected a whole number of at least 1' }))),
    /** The LightEval command line that ran (program first), never with the key; null when unknown. */
    command: z.nullable(z.array(z.string())),
    /** Every entry but the manifest itself, in the bundle's order. */
    files: z.array(
      z.strictObject({
        path: nonEmpty('a path'),
        size: z.int().check(z.minimum(0)),
        sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'expected 64 lower-case hex digits' })),
      }),
    ),
  }),
);
export type Manifest = z.infer<typeof ManifestSchema>;

/** What a bundle's creator says about the run; the format fields and the file list are the bundle's own. */
export type BundleMetadata = Omit<Manifest, 'format' | 'format_version' | 'files'>;

/** The file name a bundle of this model gets by default: `openai/gpt-4o-mini` → `openai_gpt-4o-mini.eval752.zip`. */
export function defaultBundleName(modelName: string): string {
  // Letters, digits, `.`, `_` and `-` only, and no leading dot: a plain, visible file name on every system.
  const slug = modelName
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\./, '_')
    .slice(0, 200);
  return `${slug === '' ? 'model' : slug}${BUNDLE_EXTENSION}`;
}
