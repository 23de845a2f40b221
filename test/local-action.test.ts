/**
 * Runs the main step under @github/local-action, as `npm run local-action` does, with the inputs of .env.example:
 * proves that the example works and that the action runs outside a runner (@actions/core and the artifact client
 * replaced by local-action's stand-ins: outputs printed as `::set-output` lines, the artifact written as a zip file).
 *
 * Each run gets its own temporary folder holding its .env, runner files, output and artifact folders; only the
 * paths of .env.example are replaced, with absolute ones into that folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './support/action-runner.js';
import { unzipArtifact } from './support/artifact-service.js';

const LOCAL_ACTION = join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
const EXAMPLE = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8'));
const RUN_TIMEOUT_MS = 60_000;

interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The folders and files of one run, all inside a fresh temporary folder. */
interface Sandbox {
  readonly envFile: string;
  readonly outputDir: string;
  readonly artifactDir: string;
  readonly runnerTemp: string;
  readonly stepSummary: string;
}

let base = '';

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'lighteval-local-action-'));
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

/**
 * Writes a .env: the variables of .env.example with its paths pointed into the temporary folder, then `inputs`.
 * The folders are made as the npm script makes them (local-action makes none).
 */
function createSandbox(inputs: Record<string, string> = {}): Sandbox {
  const sandbox: Sandbox = {
    envFile: join(base, '.env'),
    outputDir: join(base, 'output'),
    artifactDir: join(base, 'artifacts'),
    runnerTemp: join(base, 'tmp'),
    stepSummary: join(base, 'runner', 'summary.md'),
  };
  const paths: Record<string, string> = {
    'INPUT_OUTPUT-DIR': sandbox.outputDir,
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: sandbox.runnerTemp,
    GITHUB_STEP_SUMMARY: sandbox.stepSummary,
    LOCAL_ACTION_WORKSPACE: ROOT,
    LOCAL_ACTION_ARTIFACT_PATH: sandbox.artifactDir,
  };
  // Every path the example sets is replaced, so that nothing is written into the repository.
  expect(Object.keys(EXAMPLE)).toEqual(expect.arrayContaining(Object.keys(paths)));
  const variables = { ...EXAMPLE, ...paths, ...inputs };
  expect(Object.entries(variables).filter(([, value]) => value?.includes('.local-action'))).toEqual([]);

  for (const directory of [sandbox.artifactDir, sandbox.runnerTemp, join(base, 'runner')]) mkdirSync(directory);
  const lines = Object.entries(variables).map(([name, value]) => `${name}=${value ?? ''}\n`);
  writeFileSync(sandbox.envFile, lines.join(''));
  return sandbox;
}

/**
 * `local-action . src/action/main.ts <env file>` from the repository root, with nothing of this environment but
 * PATH and HOME. local-action joins its arguments with spaces into a shell command, so the path must have none.
 */
function runLocalAction(envFile: string): Promise<RunResult> {
  expect(envFile).not.toContain(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOCAL_ACTION, '.', 'src/action/main.ts', envFile], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? base },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a timeout also ends the npm and tsx processes local-action starts.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`local-action did not finish within ${RUN_TIMEOUT_MS} ms:\n${stdout}\n${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('npm run local-action', () => {
  it('runs the main step with the inputs of .env.example', { timeout: RUN_TIMEOUT_MS + 10_000 }, async () => {
    const sandbox = createSandbox();
    const result = await runLocalAction(sandbox.envFile);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    expect(readdirSync(sandbox.outputDir).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
    const outputs = Object.fromEntries(
      [...result.stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map(
        ([, name = '', value = '']) => [name, value] as const,
      ),
    );
    expect(outputs['config-path']).toBe(join(sandbox.outputDir, 'config.yaml'));
    expect(outputs['model-name']).toBe('openai/gpt-4o-mini');
    // local-action numbers the artifacts of a run from 1.
    expect(outputs['artifact-id']).toBe('1');
    expect(readFileSync(sandbox.stepSummary, 'utf8')).toContain('## LightEval configuration');

    // The stand-in wrote the artifact as a zip of the two redacted files.
    const [zipName, ...otherZips] = readdirSync(sandbox.artifactDir);
    expect(otherZips).toEqual([]);
    expect(zipName).toMatch(/^lighteval-local-run-openai-gpt-4o-mini-[0-9a-f]{8}\.zip$/);
    const zipped = unzipArtifact(readFileSync(join(sandbox.artifactDir, zipName ?? '')));
    expect(Object.keys(zipped).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
    for (const [name, bytes] of Object.entries(zipped)) {
      expect(bytes.toString('utf8'), name).toBe(readFileSync(join(sandbox.outputDir, name), 'utf8'));
    }

    // The key is masked (local-action's stand-in of @actions/core shows **** for it), and written nowhere.
    const key = EXAMPLE['INPUT_API-KEY'] ?? '';
    expect(key).toMatch(/^sk-FAKE-/);
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
    const outputFiles = readdirSync(sandbox.outputDir).map((name) => join(sandbox.outputDir, name));
    for (const file of [sandbox.stepSummary, ...outputFiles]) {
      expect(readFileSync(file, 'utf8'), file).not.toContain(key);
    }
    expect(readdirSync(sandbox.runnerTemp)).toEqual([]);
  });

  it('fails with exit code 1 and one error naming the input', { timeout: RUN_TIMEOUT_MS + 10_000 }, async () => {
    const sandbox = createSandbox({ 'INPUT_INCLUDE-API-KEY': 'maybe' });
    const result = await runLocalAction(sandbox.envFile);
    expect(result.status).toBe(1);
    // Among local-action's banner, tables and error dump.
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toEqual(['::error::Input "include-api-key": expected true or false, got "maybe"']);
    expect(existsSync(sandbox.outputDir)).toBe(false);
    expect(readdirSync(sandbox.artifactDir)).toEqual([]);
  });
});
