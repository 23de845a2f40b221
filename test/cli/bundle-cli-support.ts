/** Running the bundle commands in-process on real files in temporary folders, with the LightEval stand-in on PATH. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  installLightevalStandin,
  pathWithPrepended,
  type StandinEnvironmentOptions,
  standinEnvironment,
} from '../support/lighteval-standin.js';

export type Environment = Record<string, string>;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What child processes (LightEval) wrote straight to this process's output while the command ran. */
  readonly childOutput: string;
}

/** Runs one command line in-process with a capturing io; LightEval's streamed output is captured apart. */
export async function run(args: readonly string[], env: Environment = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let childOutput = '';
  const capture = (chunk: string | Uint8Array): boolean => {
    childOutput += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    const code = await main(args, { env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr, childOutput };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const cleanup: string[] = [];

export function removeSandboxes(): void {
  for (const path of cleanup.splice(0)) rmSync(path, { recursive: true, force: true });
}

export function sandbox(prefix = 'bundle-cli-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(directory);
  return directory;
}

export const EXAMPLE_PROVIDER_FILE = fileURLToPath(new URL('../../examples/provider.yaml', import.meta.url));
export const EXAMPLE_RUN_CONFIG_FILE = fileURLToPath(new URL('../../examples/run-config.yaml', import.meta.url));

/** `build` of the bundled example into `outDir`; throws unless it succeeds. */
export async function build(outDir: string, env: Environment, ...extra: string[]): Promise<CliResult> {
  const result = await run(
    [
      'build',
      '--provider',
      EXAMPLE_PROVIDER_FILE,
      '--model',
      'gpt-4o-mini',
      '--run-config',
      EXAMPLE_RUN_CONFIG_FILE,
      '--run-id',
      'run-7',
      '--out-dir',
      outDir,
      ...extra,
    ],
    env,
  );
  if (result.code !== 0) throw new Error(`build failed: ${result.stderr}`);
  return result;
}

/** A folder with the LightEval stand-in (as release `version`) on PATH, and the environment that finds it. */
export function standinPath(version = '0.13.0'): { bin: string; path: string } {
  const bin = installLightevalStandin(join(sandbox('standin-'), 'bin'), version);
  return { bin, path: pathWithPrepended(bin) };
}

/** Runs the stand-in the way a person would after `build`: `lighteval endpoint litellm DIR/lighteval-model.yaml TASKS --output-dir DIR`. */
export function runStandinIn(
  outDir: string,
  path: string,
  env: Environment,
  options: StandinEnvironmentOptions & { tasks?: string; maxSamples?: number } = {},
): void {
  const args = [
    'endpoint',
    'litellm',
    join(outDir, 'lighteval-model.yaml'),
    options.tasks ?? 'gsm8k|0',
    '--output-dir',
    outDir,
  ];
  if (options.maxSamples !== undefined) args.push('--max-samples', String(options.maxSamples));
  const result = spawnSync('lighteval', args, {
    env: { ...env, PATH: path, ...standinEnvironment(options) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the stand-in failed: ${result.stderr}`);
}

/** Every file under a folder, with its text. */
export function filesUnder(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    const path = join(directory, name);
    if (statSync(path).isFile()) files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}
