/** dist/ is what GitHub and npm run: it must be exactly what a fresh build of src/ gives, and it must start. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

describe('dist/', () => {
  it('matches a fresh `npm run bundle` byte for byte', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'lighteval-action-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' });
    const files = filesUnder(fresh);
    expect(filesUnder(DIST), 'dist/ has other files than a fresh build: run `npm run bundle`').toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(DIST, file)).equals(readFileSync(join(fresh, file)));
      expect(same, `dist/${file} is stale: run \`npm run bundle\` and commit dist/`).toBe(true);
    }
  });

  it('loads nothing but Node\'s own modules and its own chunks', () => {
    // The bundler writes code strings in double quotes; single-quoted `import('…')` are in its copied doc comments.
    const imports = /(?:^|\n)(?:import|export)\s[^;]*?from\s*"([^"]+)"|\b(?:import|require)\("([^"]+)"\)/g;
    for (const file of filesUnder(DIST).filter((name) => /\.[cm]js$/.test(name))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const specifiers = [...text.matchAll(imports)].map((match) => match[1] ?? match[2] ?? '');
      expect(specifiers.length, file).toBeGreaterThan(0);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) expect(existsSync(join(DIST, dirname(file), specifier)), `${file}: ${specifier}`).toBe(true);
        else expect(isBuiltin(specifier) || OPTIONAL_PACKAGES.has(specifier), `${file}: ${specifier}`).toBe(true);
      }
    }
  });

  it('keeps the YAML parser, the artifact client, octokit and @actions/core out of the main step\'s start-up file', () => {
    const chunks = filesUnder(DIST).filter((name) => name.startsWith('chunks/'));
    const chunkText = chunks.map((name) => readFileSync(join(DIST, name), 'utf8')).join('\n');
    const main = readFileSync(join(DIST, 'index.cjs'), 'utf8');
    // The bundler marks each module's code with its path. Each is in a lazily loaded chunk (so the check can
    // fail), never in the file every run loads.
    for (const marker of ['\n// node_modules/yaml/', '\n// node_modules/@actions/artifact/', '\n// node_modules/@actions/core/', '\n// node_modules/@actions/github/']) {
      expect(chunkText, marker).toContain(marker);
      expect(main, marker).not.toContain(marker);
    }
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

  it('starts: the CLI bundle prints its usage', () => {
    const result = spawnSync(process.execPath, [join(DIST, 'cli/index.cjs'), '--help'], { encoding: 'utf8', env: {} });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: lighteval-action <command> /);
    expect(readFileSync(join(DIST, 'cli/index.cjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(DIST, 'cli/index.cjs')).mode & 0o111).not.toBe(0);
  });
});
