/** Bundle problems as ConfigErrors that name the bundle file and the entry: `run.eval752.zip: config.yaml: …`. */
import { ConfigError } from '../config/errors.js';
import { entryPathProblem } from './paths.js';

export function bundleError(source: string, entry: string | undefined, message: string): ConfigError {
  return new ConfigError([{ path: source, message: entry === undefined ? message : `${entry}: ${message}` }]);
}

/** Names longer than this are cut in messages: a zip entry name may be 65,535 bytes. */
const SHOWN_NAME_LENGTH = 120;

/**
 * An entry name as a message shows it: as it is when it is a safe path, otherwise JSON-quoted (so that control
 * characters and line breaks show as escapes) and cut.
 */
export function shownEntryName(name: string): string {
  if (entryPathProblem(name) === undefined && name.length <= SHOWN_NAME_LENGTH) return name;
  const cut = name.length > SHOWN_NAME_LENGTH ? `${name.slice(0, SHOWN_NAME_LENGTH)}…` : name;
  return JSON.stringify(cut);
}
