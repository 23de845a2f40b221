// Rebuilds every bundle in OUT_DIR (default dist/) from src/: the files GitHub and npm actually run.
// The dist check in test/ builds into a temporary folder with this same script and compares.
//
// esbuild rather than ncc: ncc (webpack) wraps the bundle in module functions that V8 parses twice and keeps
// unused exports, which made the action start 1.4x slower (npm run bench measures it).
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** [entry point, folder under OUT_DIR]: the action's main and post steps and the command line. */
const BUNDLES = [
  ['src/index.ts', '.'],
  ['src/post.ts', 'post'],
  ['src/cli.ts', 'cli'],
];

// Bundled CommonJS dependencies call require() for Node's built-in modules; ESM output has no require of its own.
const REQUIRE_SHIM = 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.argv[2] ?? 'dist');

/** The package folder (`node_modules/@scope/name`) a bundled file belongs to. */
function packageDirOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/** The licenses of the third-party packages in a bundle, as ncc and upload-artifact ship them. */
function licensesText(inputs) {
  const packageDirs = [...new Set(Object.keys(inputs).map(packageDirOf).filter(Boolean))];
  const sections = packageDirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const licenseFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'License.txt']
        .map((name) => join(root, dir, name))
        .find((path) => {
          try {
            return readFileSync(path, 'utf8') !== '';
          } catch {
            return false;
          }
        });
      const text = licenseFile === undefined ? '' : `\n${readFileSync(licenseFile, 'utf8').trim()}\n`;
      return { name: manifest.name, body: `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}${text}` };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return sections.map((section) => section.body).join('\n');
}

rmSync(outDir, { recursive: true, force: true });
for (const [entry, folder] of BUNDLES) {
  const target = join(outDir, folder);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: entry },
    outdir: target,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: REQUIRE_SHIM },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'package.json'), '{ "type": "module" }\n');
  const licenses = licensesText(result.metafile.inputs);
  if (licenses !== '') writeFileSync(join(target, 'licenses.txt'), licenses);
  const main = join(target, 'index.js');
  // The command line starts with #!: keep it runnable as ./dist/cli/index.js.
  if (readFileSync(main, 'utf8').startsWith('#!')) chmodSync(main, 0o755);
  console.log(relative(root, main));
}
