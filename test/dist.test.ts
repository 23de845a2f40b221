/** dist/ is what GitHub and npm run: it must be exactly what a fresh build of src/ gives, and it must start. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/** Packages the bundled code tries to load inside try/catch, and does without (the `debug` package's colours). */
const OPTIONAL_PACKAGES = new Set(['supports-color']);

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

/** A module's code in a built file: the bundler heads each with its path. */
const moduleMarker = (path: string) => `\n// node_modules/${path}`;

describe('dist/', () => {
  // A build of the current src/ with scripts/package.mjs, made once: dist/ must equal it.
  let fresh = '';
  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'lighteval-action-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' });
  });
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('matches a fresh `npm run package` byte for byte', () => {
    const files = filesUnder(fresh);
    expect(filesUnder(DIST), 'dist/ has other files than a fresh build: run `npm run package`').toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(DIST, file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/${file} is stale: run \`npm run package\` and commit dist/`).toBe(true);
    }
  });

  it("loads nothing but Node's own modules and its own chunks", () => {
    // The bundler writes code strings in double quotes; single-quoted `import('…')` are in its copied doc comments.
    const imports = /(?:^|\n)(?:import|export)\s[^;]*?from\s*"([^"]+)"|\b(?:import|require)\("([^"]+)"\)/g;
    for (const file of filesUnder(DIST).filter((name) => /\.[cm]js$/.test(name))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const specifiers = [...text.matchAll(imports)].map((match) => match[1] ?? match[2] ?? '');
      // So that the check can fail; the yaml chunk, from yaml's browser build, loads nothing.
      if (file !== 'chunks/yaml.cjs') expect(specifiers.length, file).toBeGreaterThan(0);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.'))
          expect(existsSync(join(DIST, dirname(file), specifier)), `${file}: ${specifier}`).toBe(true);
        else expect(isBuiltin(specifier) || OPTIONAL_PACKAGES.has(specifier), `${file}: ${specifier}`).toBe(true);
      }
    }
  });

  it("keeps the YAML parser, the artifact client and octokit out of the main step's start-up file", () => {
    const chunks = filesUnder(fresh).filter((name) => name.startsWith('chunks/'));
    const chunkText = chunks.map((name) => readFileSync(join(fresh, name), 'utf8')).join('\n');
    const main = readFileSync(join(fresh, 'index.cjs'), 'utf8');
    // Each is in a lazily loaded chunk (so the check can fail), never in the file every run loads.
    for (const marker of ['yaml/', '@actions/artifact/', '@actions/github/'].map(moduleMarker)) {
      expect(chunkText, marker).toContain(marker);
      expect(main, marker).not.toContain(marker);
    }
  });

  it("builds the yaml chunk from yaml's ES module build, exporting just the names src takes from it", () => {
    // Tree-shaken, it loads in about half the time yaml's whole CommonJS build took (npm run bench).
    const taken = new Set<string>();
    for (const file of filesUnder(join(ROOT, 'src')).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, 'src', file), 'utf8');
      for (const [, names = ''] of text.matchAll(/const \{([^}]*)\} = await import\('yaml'\)/g)) {
        for (const name of names.split(',')) taken.add(name.split(':')[0]?.trim() ?? '');
      }
    }
    taken.delete('');
    expect(taken.size, "src destructures nothing from import('yaml')").toBeGreaterThan(0);
    const chunk = join(fresh, 'chunks/yaml.cjs');
    expect(readFileSync(chunk, 'utf8')).toContain(moduleMarker('yaml/browser/dist/'));
    const exported = createRequire(import.meta.url)(chunk) as Record<string, unknown>;
    expect(Object.keys(exported).sort()).toEqual([...taken].sort());
  });

  it("leaves @actions/core's OIDC client (http-client, undici) and platform module (exec) out of the steps' files", () => {
    // The main step reads its inputs through @actions/core, which imports both: without the build's plugin they
    // would be here.
    expect(readFileSync(join(fresh, 'index.cjs'), 'utf8')).toContain(moduleMarker('@actions/core/'));
    const unused = ['undici/', '@actions/http-client/', '@actions/exec/'].map(moduleMarker);
    for (const file of ['index.cjs', 'post/index.cjs', 'compare/index.cjs']) {
      const text = readFileSync(join(fresh, file), 'utf8');
      for (const marker of unused) expect(text, `${file}: ${marker}`).not.toContain(marker);
    }
    // The artifact client's chunk is built without the plugin: it uploads through that HTTP client.
    const artifact = readFileSync(join(fresh, 'chunks/artifact.cjs'), 'utf8');
    for (const marker of ['undici/', '@actions/http-client/'].map(moduleMarker))
      expect(artifact, marker).toContain(marker);
  });

  it('starts: the main step fails cleanly without inputs, the post step does nothing without state', () => {
    const main = spawnSync(process.execPath, [join(DIST, 'index.cjs')], { encoding: 'utf8', env: {} });
    expect(main.status).toBe(1);
    expect(main.stdout).toBe('::error::Input "model": required; expected a model name such as gpt-4o-mini\n');
    expect(main.stderr).toBe('');
    const post = spawnSync(process.execPath, [join(DIST, 'post/index.cjs')], { encoding: 'utf8', env: {} });
    expect(post.status).toBe(0);
    expect(post.stdout + post.stderr).toBe('');
  });

  it('starts: the built CLI prints its usage', () => {
    const result = spawnSync(process.execPath, [join(DIST, 'cli/index.cjs'), '--help'], { encoding: 'utf8', env: {} });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: lighteval-action <command> /);
    expect(readFileSync(join(DIST, 'cli/index.cjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(DIST, 'cli/index.cjs')).mode & 0o111).not.toBe(0);
  });

  it('holds the version of package.json and nothing else of it, so that a development bump leaves dist/ as it is', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = spawnSync(process.execPath, [join(DIST, 'cli/index.cjs'), '--version'], {
      encoding: 'utf8',
      env: {},
    });
    expect(result.stdout).toBe(`${version}\n`);
    for (const file of ['index.cjs', 'cli/index.cjs'])
      expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/devDependencies|"scripts"/);
  });
});
