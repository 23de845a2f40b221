// Rebuilds dist/ (or OUT_DIR) from src/: the built files GitHub and npm actually run. `npm run package`.
// The dist check in test/ builds into a temporary folder with this same script and compares.
//
// The dist files are CommonJS (`.cjs`): Node starts those with less work than ES modules, and start-up time is
// what users of an action wait for (npm run bench measures it). The large libraries the code imports lazily
// (`await import('yaml')`, `await import('@actions/artifact')`) are chunks beside them, required only when a run
// needs them. Local modules imported on demand stay inside the entry file, evaluated only when imported.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

/** [entry point, output file under OUT_DIR]: the action's main and post steps, the compare action, the command line. */
const ENTRIES = [
  ['src/index.ts', 'index.cjs'],
  ['src/post.ts', 'post/index.cjs'],
  ['src/compare.ts', 'compare/index.cjs'],
  ['src/cli.ts', 'cli/index.cjs'],
];
/** Packages imported lazily, each bundled into `chunks/<name>.cjs`. */
const LAZY_PACKAGES = {
  yaml: 'yaml',
  '@actions/artifact': 'artifact',
  '@actions/cache': 'cache',
  '@actions/github': 'github',
  fflate: 'zip',
};
/**
 * Lazy packages whose chunk is built from their ES module file (relative to their folder) and exports only the names
 * src destructures from `await import()`, so that tree shaking leaves out the rest: yaml's whole CommonJS build
 * took twice as long to load, in every run with a YAML config. yaml's ES module build is its browser build, the
 * same code except that it warns with console.warn (under the same logLevel) instead of process.emitWarning,
 * ignores the LOG_TOKENS and LOG_STREAM debugging variables, and reads `!!binary` (YAML 1.1 only) as a Uint8Array.
 */
const SHAKEN_PACKAGES = { yaml: 'browser/dist/index.js' };

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const outDir = resolve(root, process.argv[2] ?? 'dist');
// Python scripts (run by the installed LightEval's interpreter) are bundled as text.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  loader: { '.py': 'text' },
};

/** Per package of SHAKEN_PACKAGES, the files that import it lazily, as the entries' builds find them. */
const shakenImporters = new Map(Object.keys(SHAKEN_PACKAGES).map((name) => [name, new Set()]));

/** Leaves a lazy `import('<package>')` as an import of its chunk, relative to the file being built. */
function lazyChunks(outputFile) {
  const filter = new RegExp(
    `^(${Object.keys(LAZY_PACKAGES)
      .map((name) => name.replace('/', '\\/'))
      .join('|')})$`,
  );
  return {
    name: 'lazy-chunks',
    setup(builder) {
      builder.onResolve({ filter }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        shakenImporters.get(args.path)?.add(args.importer);
        const chunk = join(outDir, 'chunks', `${LAZY_PACKAGES[args.path]}.cjs`);
        // A module path, with / on every system, so that the built file is the same wherever it is built.
        return { path: `./${relative(dirname(outputFile), chunk).split(sep).join('/')}`, external: true };
      });
    },
  };
}

/**
 * @actions/core imports its OIDC client (`getIDToken`, which loads @actions/http-client and with it undici, about
 * 800 KB) and its `platform` module (@actions/exec) at the top of its files. The action calls neither, but esbuild
 * keeps a module whose top level may have side effects even when nothing uses it. Declaring those two packages free
 * of side effects, only where @actions/core imports them, lets tree shaking drop them unless something uses them.
 * The lazy chunks are built without this: @actions/artifact needs its HTTP client.
 */
const coreWithoutUnusedClients = {
  name: 'core-without-unused-clients',
  setup(builder) {
    builder.onResolve({ filter: /^@actions\/(http-client|exec)(\/|$)/ }, async (args) => {
      const fromCore = /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(args.importer);
      if (!fromCore || args.pluginData === coreWithoutUnusedClients) return undefined;
      // Resolve as esbuild would; the marker keeps this callback from answering its own question.
      const { path, errors, external } = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: coreWithoutUnusedClients,
      });
      return errors.length > 0 ? { errors } : { path, external, sideEffects: false };
    });
  },
};

/**
 * The names `file` takes from `packageName` in `const { a, b: c } = await import('<packageName>')`. Any other form
 * (a namespace object, `.then`) fails the build: the chunk could not know what the code reads from it.
 */
function destructuredImports(file, packageName) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const isImportOfPackage = (node) =>
    ts.isCallExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ImportKeyword &&
    ts.isStringLiteralLike(node.arguments[0]) &&
    node.arguments[0].text === packageName;
  const names = [];
  const visit = (node) => {
    if (isImportOfPackage(node)) {
      const declaration = node.parent.parent;
      const pattern =
        ts.isAwaitExpression(node.parent) && ts.isVariableDeclaration(declaration) ? declaration.name : undefined;
      const elements = pattern !== undefined && ts.isObjectBindingPattern(pattern) ? pattern.elements : [];
      const keys = elements.map((element) =>
        element.dotDotDotToken ? undefined : (element.propertyName ?? element.name),
      );
      if (elements.length === 0 || !keys.every((key) => key !== undefined && ts.isIdentifier(key))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        throw new Error(
          `${relative(root, file)}:${line + 1}: write \`const { name, … } = await import('${packageName}')\``,
        );
      }
      names.push(...keys.map((key) => key.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The package folder (`node_modules/@scope/name`) a bundled module belongs to. */
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

/** The licenses of the third-party packages in the built files, as ncc and upload-artifact ship them. */
function licensesText(inputs) {
  const packageDirs = [...new Set(inputs.map(packageDirOf).filter(Boolean))];
  return packageDirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      const text = readFirst(
        ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((name) => join(root, dir, name)),
      );
      return {
        name: manifest.name,
        body: `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text === undefined ? '' : `\n${text.trim()}\n`}`,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((section) => section.body)
    .join('\n');
}

/**
 * The project's package.json, as src imports it (`--version`), reduced to its version: the whole file would make
 * every edit of it, a development dependency's bump included, a change of dist/.
 */
const versionOnly = {
  name: 'version-only',
  setup(builder) {
    const packageJson = join(root, 'package.json');
    builder.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== packageJson) return undefined;
      const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

rmSync(outDir, { recursive: true, force: true });
const bundledInputs = [];
for (const [entry, file] of ENTRIES) {
  const outfile = join(outDir, file);
  const result = await build({
    ...common,
    entryPoints: [entry],
    outfile,
    // Not ESM split into chunks: that made a config-only run 1.20× slower on Node 20, 0.99× on Node 24 (51 runs).
    format: 'cjs',
    // import() becomes require(): loading a chunk then needs no ES module loader either.
    supported: { 'dynamic-import': false },
    plugins: [lazyChunks(outfile), coreWithoutUnusedClients, versionOnly],
  });
  bundledInputs.push(...Object.keys(result.metafile.inputs));
  // The command line starts with #!: keep it runnable as ./dist/cli/index.cjs.
  if (readFileSync(outfile, 'utf8').startsWith('#!')) chmodSync(outfile, 0o755);
  console.log(relative(root, outfile));
}
for (const [name, chunk] of Object.entries(LAZY_PACKAGES)) {
  const outfile = join(outDir, 'chunks', `${chunk}.cjs`);
  const esmFile = SHAKEN_PACKAGES[name];
  // A shaken package's chunk has the names src takes; any other, every export, the shape of the package it stands for.
  const names =
    esmFile === undefined
      ? Object.keys(await import(name)).filter((key) => key !== 'default')
      : [...new Set([...shakenImporters.get(name)].flatMap((file) => destructuredImports(file, name)))].sort();
  // By path: a package's exports map may not offer its ES module file.
  const from = esmFile === undefined ? name : join(dirname(require.resolve(`${name}/package.json`)), esmFile);
  const stdin = {
    contents: `export { ${names.join(', ')} } from ${JSON.stringify(from)};`,
    resolveDir: root,
    sourcefile: `${chunk}.js`,
  };
  const result = await build({ ...common, stdin, outfile, format: 'cjs' });
  bundledInputs.push(...Object.keys(result.metafile.inputs));
  console.log(relative(root, outfile));
}
writeFileSync(join(outDir, 'licenses.txt'), licensesText(bundledInputs));
