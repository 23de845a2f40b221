// Rebuilds every bundle in OUT_DIR (default dist/) from src/: the files GitHub and npm actually run.
// The dist check in test/ builds into a temporary folder with this same script and compares.
//
// The bundles are CommonJS files (`.cjs`): Node starts those with less work than ES modules, and start-up time is
// what users of an action wait for (npm run bench measures it). The large libraries the code imports lazily
// (`await import('yaml')`, `await import('@actions/artifact')`) are chunks beside them, required only when a run
// needs them.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** [entry point, output file under OUT_DIR]: the action's main and post steps and the command line. */
const ENTRIES = [
  ['src/index.ts', 'index.cjs'],
  ['src/post.ts', 'post/index.cjs'],
  ['src/cli.ts', 'cli/index.cjs'],
];
/** Packages imported lazily, each bundled into `chunks/<name>.cjs`. */
const LAZY_PACKAGES = { yaml: 'yaml', '@actions/artifact': 'artifact', '@actions/github': 'github', fflate: 'zip' };

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.argv[2] ?? 'dist');
// Python scripts (run by the installed LightEval's interpreter) are bundled as text.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  loader: { '.py': 'text' },
};

/** Leaves a lazy `import('<package>')` as an import of its chunk, relative to the file being built. */
function lazyChunks(outputFile) {
  const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map((name) => name.replace('/', '\\/')).join('|')})$`);
  return {
    name: 'lazy-chunks',
    setup(builder) {
      builder.onResolve({ filter }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const chunk = join(outDir, 'chunks', `${LAZY_PACKAGES[args.path]}.cjs`);
        // A module path, with / on every system, so that the bundle is the same wherever it is built.
        return { path: `./${relative(dirname(outputFile), chunk).split(sep).join('/')}`, external: true };
      });
    },
  };
}

/** The package folder (`node_modules/@scope/name`) a bundled file belongs to. */
function packageDirOf(input) {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
}

function readFirst(paths) {
  for (const path of paths) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      // try the next name
    }
  }
  return undefined;
}

/** The licenses of the third-party packages in the bundles, as ncc and upload-artifact ship them. */
function licensesText(inputs) {
  const packageDirs = [...new Set(inputs.map(packageDirOf).filter(Boolean))];
  return packageDirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const text = readFirst(['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((name) => join(root, dir, name)));
      return { name: manifest.name, body: `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text === undefined ? '' : `\n${text.trim()}\n`}` };
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((section) => section.body)
    .join('\n');
}

rmSync(outDir, { recursive: true, force: true });
const bundledInputs = [];
for (const [entry, file] of ENTRIES) {
  const outfile = join(outDir, file);
  const result = await build({
    ...common,
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    // import() becomes require(): loading a chunk then needs no ES module loader either.
    supported: { 'dynamic-import': false },
    plugins: [lazyChunks(outfile)],
  });
  bundledInputs.push(...Object.keys(result.metafile.inputs));
  // The command line starts with #!: keep it runnable as ./dist/cli/index.cjs.
  if (readFileSync(outfile, 'utf8').startsWith('#!')) chmodSync(outfile, 0o755);
  console.log(relative(root, outfile));
}
for (const [name, chunk] of Object.entries(LAZY_PACKAGES)) {
  const outfile = join(outDir, 'chunks', `${chunk}.cjs`);
  // Every export by name, so that the chunk has the same shape as the package it stands for.
  const names = Object.keys(await import(name)).filter((key) => key !== 'default');
  const stdin = { contents: `export { ${names.join(', ')} } from '${name}';`, resolveDir: root, sourcefile: `${chunk}.js` };
  const result = await build({ ...common, stdin, outfile, format: 'cjs' });
  bundledInputs.push(...Object.keys(result.metafile.inputs));
  console.log(relative(root, outfile));
}
writeFileSync(join(outDir, 'licenses.txt'), licensesText(bundledInputs));
