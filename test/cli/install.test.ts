/**
 * docs/cli.md's way to install the command line: the package a release carries (`npm pack` of this repository),
 * installed globally. dist/ is self-contained, so the install must add that one package and no dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const scratch = mkdtempSync(join(tmpdir(), 'lighteval-action-install-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** npm, quietly, offline: a package without dependencies needs no registry. */
function npm(args: readonly string[], cwd: string): string {
  const env = { ...process.env, npm_config_cache: join(scratch, 'npm-cache'), npm_config_update_notifier: 'false' };
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund'], { cwd, env, encoding: 'utf8' });
}

describe('installing the command line from a release package', () => {
  it('is the command docs/cli.md gives', () => {
    const docs = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    expect(docs).toContain(`npm install --global ./lighteval-action-${version}.tgz`);
    expect(docs).toMatch(/^lighteval-action --version$/m);
  });

  it('adds one package, without dependencies, whose lighteval-action runs', () => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], ROOT)) as { filename: string }[];
    const tarball = join(scratch, packed[0]?.filename ?? '');
    expect(tarball).toMatch(new RegExp(`lighteval-action-${version.replace(/\./g, '\\.')}\\.tgz$`));

    const prefix = join(scratch, 'global');
    npm(['install', '--global', '--prefix', prefix, tarball], scratch);
    const installed = join(prefix, 'lib', 'node_modules');
    expect(readdirSync(installed)).toEqual(['lighteval-action']);
    expect(existsSync(join(installed, 'lighteval-action', 'node_modules'))).toBe(false);

    const cli = join(prefix, 'bin', 'lighteval-action');
    const shown = spawnSync(cli, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(shown.stdout).toBe(`${version}\n`);
    const out = join(scratch, 'built');
    const build = spawnSync(
      cli,
      [
        'build',
        '--provider',
        'examples/provider.yaml',
        '--model',
        'gpt-4o-mini',
        '--run-config',
        'examples/run-config.yaml',
        '--out-dir',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
  });
});
