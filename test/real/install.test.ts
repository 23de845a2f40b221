/**
 * Installing LightEval the way the action does, with real uv, pip and Python from PyPI: uv's cache is the one the
 * real environments were made from, so that a run links files instead of downloading 4 GB of torch and CUDA.
 * PyTorch's own index (where --torch-backend cpu takes torch from) is out of reach here: the test shows that the
 * choice reaches uv, and installs with torch-backend pypi.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  type InstallSettings,
  LightEvalError,
  locateLightEval,
  UV_VERSION,
} from '../../src/action/lighteval-install.js';
import { inStepEnv } from '../support/step-env.js';
import { EXCLUDE_NEWER, UV_CACHE_DIR, uvBin } from '../support/test-environments.js';

const root = mkdtempSync(join(tmpdir(), 'lighteval-install-real-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SETTINGS: InstallSettings = {
  mode: 'true',
  python: 'python3',
  requirements: { version: '0.13.0', extras: [], tasks: ['ifeval|0'] },
  torchBackend: 'pypi',
  cache: false,
  indexUrl: undefined,
  extraIndexUrls: [],
};

/** A step whose PATH has the system's programs, and uv first when asked; its own RUNNER_TEMP. */
function stepEnv(runnerTemp: string, withUv: boolean): Record<string, string> {
  mkdirSync(runnerTemp, { recursive: true });
  return {
    PATH: [...(withUv ? [uvBin()] : []), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: process.env.HOME ?? root,
    RUNNER_TEMP: runnerTemp,
    UV_CACHE_DIR,
    UV_EXCLUDE_NEWER: EXCLUDE_NEWER,
    // pip, installing uv, keeps its downloads beside the test environments.
    PIP_CACHE_DIR: join(dirname(UV_CACHE_DIR), 'pip-cache'),
  };
}

async function locateQuietly(
  settings: InstallSettings,
  env: Record<string, string>,
): Promise<{ program: string; log: string }> {
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    return { program: await inStepEnv(env, () => locateLightEval(settings)), log: printed.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('installing LightEval with real uv from PyPI', () => {
  it('installs LightEval 0.13.0 and what ifeval needs, then finds the environment made and uses it', async () => {
    const env = stepEnv(join(root, 'with-uv'), true);
    const { program } = await locateQuietly(SETTINGS, env);
    expect(program).toMatch(/\/lighteval-env-[0-9a-f]{16}\/bin\/lighteval$/);
    const venv = dirname(dirname(program));
    expect(existsSync(join(venv, 'bin', 'python'))).toBe(true);
    // The action's own check of an environment: its Python imports the LightEval asked for.
    const again = await locateQuietly(SETTINGS, env);
    expect(again.program).toBe(program);
    expect(again.log).toContain(`Using the LightEval environment an earlier step made at ${venv}`);
    // install: auto takes it from PATH once it is there, by its version.
    const onPath = await locateQuietly(
      { ...SETTINGS, mode: 'auto' },
      { ...env, PATH: `${dirname(program)}:${env.PATH}` },
    );
    expect(onPath.log).toContain(`Using LightEval 0.13.0 from PATH: ${program}`);
    const older = await locateQuietly(
      { ...SETTINGS, mode: 'false', requirements: { ...SETTINGS.requirements, version: '0.12.2' } },
      { ...env, PATH: `${dirname(program)}:${env.PATH}` },
    );
    expect(older.log).toContain('is LightEval 0.13.0, not lighteval-version 0.12.2; using it, since install is false');
  }, 600_000);

  it('without uv on PATH, installs it with pip from PyPI first', async () => {
    const runnerTemp = join(root, 'without-uv');
    const { program, log } = await locateQuietly(SETTINGS, stepEnv(runnerTemp, false));
    expect(existsSync(join(runnerTemp, `lighteval-uv-${UV_VERSION}`, 'bin', 'uv'))).toBe(true);
    expect(log).toContain(
      `Installing with ${join(runnerTemp, `lighteval-uv-${UV_VERSION}`, 'bin', 'uv')} into ${dirname(dirname(program))}`,
    );
  }, 600_000);

  it("asks PyTorch's CPU index for torch with torch-backend cpu", async () => {
    const attempt = locateQuietly(
      { ...SETTINGS, torchBackend: 'cpu' },
      { ...stepEnv(join(root, 'cpu'), true), UV_HTTP_RETRIES: '0' },
    );
    // Unreachable from here: uv's error names the index it was sent to.
    await expect(attempt).rejects.toThrow(LightEvalError);
    await expect(attempt).rejects.toThrow(/Failed to fetch: https:\/\/download\.pytorch\.org\/whl\/cpu\/torch\//);
    await expect(attempt).rejects.toThrow(
      /torch-backend cpu takes torch from PyTorch's index \(download\.pytorch\.org\): where that is out of reach, set torch-backend to pypi/,
    );
  }, 600_000);
});
