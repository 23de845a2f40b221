// Rebuilds every bundle in OUT_DIR (default dist/) from src/: the files GitHub and npm actually run.
// The dist check in test/ builds into a temporary folder with this same script and compares.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** [entry point, folder under OUT_DIR]: the action's main and post steps and the command line. Each folder gets
 * index.js, licenses.txt and package.json, and the main step its lazily loaded chunks. */
const BUNDLES = [
  ['src/index.ts', '.'],
  ['src/post.ts', 'post'],
  ['src/cli.ts', 'cli'],
];

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = fileURLToPath(import.meta.resolve('@vercel/ncc/dist/ncc/cli.js'));
const outDir = resolve(root, process.argv[2] ?? 'dist');

rmSync(outDir, { recursive: true, force: true });
for (const [entry, folder] of BUNDLES) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '--out', join(outDir, folder), '--license', 'licenses.txt', '--target', 'es2022', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
}
