/**
 * Runs a script as a user without privileges, for tests of what mode bits refuse: they do not stop root, so as root
 * the script runs under the nobody user. The script is bundled into `folder` first, since that user may not be able
 * to read the checkout.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

/**
 * Bundles `source` (TypeScript; imports are resolved from `importsFrom`) into `folder`, which it makes readable to
 * all, runs it with `args`, and returns what it printed on stdout, trimmed. Fails on anything printed on stderr.
 */
export function runUnprivileged(source: string, importsFrom: string, folder: string, args: readonly string[]): string {
  chmodSync(folder, 0o755);
  const script = join(folder, 'unprivileged.cjs');
  buildSync({
    stdin: { contents: source, resolveDir: importsFrom, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    logLevel: 'silent',
  });
  chmodSync(script, 0o644);
  const node = [process.execPath, script, ...args];
  const [command = '', ...rest] = process.getuid?.() === 0 ? [...NOBODY, ...node] : node;
  const child = spawnSync(command, rest, { encoding: 'utf8' });
  if (child.error) throw child.error;
  if (child.stderr !== '' || child.status !== 0)
    throw new Error(`the unprivileged script failed (${child.status}): ${child.stderr}`);
  return child.stdout.trim();
}
