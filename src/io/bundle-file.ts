/** Reading and writing `.eval752.zip` files. Errors are ConfigErrors under the option or argument that named the file. */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUNDLE_LIMITS } from '../bundle/read.js';
import { ConfigError } from '../config/errors.js';
import { reasonOf } from './files.js';

/** The file's bytes; a file too large to be a bundle is refused before it is read. */
export function readBundleFile(path: string, label: string): Uint8Array {
  try {
    const { size } = statSync(path);
    if (size > BUNDLE_LIMITS.bundleBytes) {
      throw new ConfigError([{ path: label, message: `${path} is ${size} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}` }]);
    }
    const buffer = readFileSync(path);
    // A plain view: a Buffer's own slice() shares memory, where code written for Uint8Array expects a copy.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([{ path: label, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
}

/** Writes the bundle beside its final name, then renames it into place: a failure leaves no partial bundle. */
export function writeBundleFile(path: string, bytes: Uint8Array, label: string): void {
  const staging = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(staging, bytes, { mode: 0o666 });
    renameSync(staging, path);
  } catch (error) {
    try {
      rmSync(staging, { force: true });
    } catch {
      // Nothing was staged: the folder itself could not be made or written.
    }
    throw new ConfigError([{ path: label, message: `cannot write ${path} (${reasonOf(error)})` }]);
  }
}
