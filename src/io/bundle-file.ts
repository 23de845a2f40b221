/** Reading and writing `.eval752.zip` files. Errors are ConfigErrors under the option or argument that named the file. */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUNDLE_LIMITS } from '../bundle/read.js';
import { ConfigError } from '../config/errors.js';
import { reasonOf, replaceFile } from './files.js';

/** The file's bytes; a file too large to be a bundle is refused before it is read. */
export function readBundleFile(path: string, label: string): Uint8Array {
  try {
    const { size } = statSync(path);
    if (size > BUNDLE_LIMITS.bundleBytes) {
      throw new ConfigError([
        { path: label, message: `${path} is ${size} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}` },
      ]);
    }
    const buffer = readFileSync(path);
    // A plain view: a Buffer's own slice() shares memory, where code written for Uint8Array expects a copy.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([{ path: label, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
}

/** Creates the folder, then replaces the file from a staging folder beside it: a failure leaves no partial bundle. */
export function writeBundleFile(path: string, bytes: Uint8Array, label: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    replaceFile(path, bytes, 0o666);
  } catch (error) {
    throw new ConfigError([{ path: label, message: `cannot write ${path} (${reasonOf(error)})` }]);
  }
}
