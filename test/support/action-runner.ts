/**
 * Runs the built action the way GitHub's runner does: `node dist/index.cjs` with `INPUT_*` variables (hyphens
 * kept), fresh GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files, RUNNER_TEMP and GITHUB_WORKSPACE; then
 * the post step with the saved state as `STATE_*` variables. The Node binary is the tests' own unless a sandbox is
 * given another (see node-runtimes.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariables } from './step-env.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN_SCRIPT = join(ROOT, 'dist', 'index.cjs');
export const POST_SCRIPT = join(ROOT, 'dist', 'post', 'index.cjs');
export const COMPARE_SCRIPT = join(ROOT, 'dist', 'compare', 'index.cjs');

export interface StepResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Name → value, read back from the file the runner reads (`name<<DELIMITER`). */
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
}

export interface RunnerSandbox {
  readonly workspace: string;
  readonly runnerTemp: string;
  /** Runs the main step with these inputs and extra environment. */
  main(inputs: Record<string, string>, extraEnv?: Record<string, string>): Promise<StepResult>;
  /** Runs the post step with the state the main step saved, and extra environment (the runner gives it the main step's). */
  post(state: Record<string, string>, extraEnv?: Record<string, string>): Promise<StepResult>;
  /** Runs the compare action (compare/action.yml) with these inputs and extra environment. */
  compare(inputs: Record<string, string>, extraEnv?: Record<string, string>): Promise<StepResult>;
  /** Every file under the workspace, by path relative to it, with its contents. */
  workspaceFiles(): Record<string, string>;
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` blocks of an environment file. */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    const [, name = '', , value = ''] = match;
    values[name] = value;
  }
  return values;
}

/** Runs `node script args…` in `cwd`, collecting its output. */
export function runNode(
  node: string,
  script: string,
  env: Record<string, string>,
  cwd: string,
  args: readonly string[] = [],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function listFiles(root: string, directory = root): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) Object.assign(files, listFiles(root, path));
    else files[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

export interface SandboxOptions {
  /** The Node binary that runs the built files, as the runner's `runs.using` picks one; by default the one running the tests. */
  readonly node?: string;
}

export function createSandbox(options: SandboxOptions = {}): RunnerSandbox {
  const node = options.node ?? process.execPath;
  const base = mkdtempSync(join(tmpdir(), 'lighteval-action-e2e-'));
  const workspace = join(base, 'workspace');
  const runnerTemp = join(base, 'runner-temp');
  const files = join(base, 'files');
  for (const directory of [workspace, runnerTemp, files]) mkdirSync(directory);
  let step = 0;

  const runStep = async (script: string, env: Record<string, string>): Promise<StepResult> => {
    step += 1;
    const paths = {
      GITHUB_OUTPUT: join(files, `output-${step}`),
      GITHUB_STATE: join(files, `state-${step}`),
      GITHUB_STEP_SUMMARY: join(files, `summary-${step}`),
    };
    for (const path of Object.values(paths)) writeFileSync(path, '');
    const result = await runNode(
      node,
      script,
      {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_RUN_ID: '1234',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_REPOSITORY: 'octo/evals',
        GITHUB_SERVER_URL: 'https://github.com',
        ...paths,
        ...env,
      },
      workspace,
    );
    return {
      ...result,
      outputs: parseEnvironmentFile(readFileSync(paths.GITHUB_OUTPUT, 'utf8')),
      state: parseEnvironmentFile(readFileSync(paths.GITHUB_STATE, 'utf8')),
      summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  };

  return {
    workspace,
    runnerTemp,
    main: (inputs, extraEnv = {}) => runStep(MAIN_SCRIPT, { ...inputVariables(inputs), ...extraEnv }),
    compare: (inputs, extraEnv = {}) => runStep(COMPARE_SCRIPT, { ...inputVariables(inputs), ...extraEnv }),
    post: (state, extraEnv = {}) =>
      runStep(POST_SCRIPT, {
        ...Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])),
        ...extraEnv,
      }),
    workspaceFiles: () => listFiles(workspace),
  };
}
