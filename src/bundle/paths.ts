/** The entries of a bundle and what makes an entry path safe. */

export const MANIFEST_ENTRY = 'manifest.json';
export const CONFIG_ENTRY = 'config.yaml';
export const NATIVE_ENTRY = 'lighteval-model.yaml';
/** LightEval's results file, at the path LightEval laid it out under its output folder. */
const RESULTS_ENTRY = /^results\/(?:[^/]+\/)*results_[^/]*\.json$/;

/**
 * Why `path` cannot name a bundle entry, or undefined when it can. A bundle is never extracted as a whole, but its
 * paths are still held to what every unzip tool would write inside the folder it extracts to.
 */
export function entryPathProblem(path: string): string | undefined {
  if (path === '') return 'an empty path';
  // NUL first: C libraries read the path only up to it.
  if (path.includes('\0')) return 'a NUL character in the path';
  // eslint-disable-next-line no-control-regex -- control characters are what this check looks for
  if (/[\u0001-\u001f\u007f]/.test(path)) return 'a control character in the path';
  if (path.includes('\\')) return 'a backslash in the path (entries are separated by /)';
  if (path.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'a drive letter';
  const segments = path.split('/');
  if (segments.includes('..')) return 'a .. segment, which leads out of the bundle';
  if (segments.includes('.')) return 'a . segment';
  if (segments.includes('')) return 'an empty segment (// or a trailing /)';
  return undefined;
}

/** True for `results/<path as LightEval laid it out>/results_<time>.json`. */
export function isResultsEntry(path: string): boolean {
  return RESULTS_ENTRY.test(path) && entryPathProblem(path) === undefined;
}

export const RESULTS_ENTRY_EXPECTED = 'results/<model path>/results_<time>.json, as LightEval laid it out';
