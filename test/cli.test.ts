/** The built CLI (dist/cli/index.cjs) run as a child process, the way users and npm's bin link run it. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ConfigDict, NativeModelFileSchema } from '../src/config/index.js';
import { buildCommand } from '../src/cli/build-command.js';
import { COMMANDS, USAGE } from '../src/cli/main.js';
import { NODE_RUNTIMES } from './support/node-runtimes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.cjs');
const EXAMPLE_PROVIDER = join(ROOT, 'examples/provider.yaml');
const EXAMPLE_RUN_CONFIG = join(ROOT, 'examples/run-config.yaml');
/** A key with characters that break naive quoting and line handling. */
const CANARY_KEY = 'sk-canary"0123\'456$789\\abc%def';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'lighteval-action-cli-'));
});

function runCliOn(node: string, args: string[], env: Record<string, string> = {}) {
  // Only PATH from the outer environment: a key set on this machine must not leak into the test.
  const result = spawnSync(node, [CLI, ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const buildArgs = (...extra: string[]) => ['build', '--provider', EXAMPLE_PROVIDER, '--model', 'gpt-4o-mini', ...extra];
const read = (name: string) => readFile(join(work, 'lighteval-output', name), 'utf8');
/** config.yaml, as the CLI prints or writes it in YAML. */
const configOf = (text: string) => parse(text) as ConfigDict;
const modeOf = async (name: string) => (await stat(join(work, 'lighteval-output', name))).mode & 0o777;

// Under every runtime: npm's bin link runs the CLI with whatever Node the user has (engines: >=22), and the whole file
// takes about a second.
describe.each(NODE_RUNTIMES)('$name', (runtime) => {
  const runCli = (args: string[], env: Record<string, string> = {}) => runCliOn(runtime.path(), args, env);

  describe('lighteval-action build', () => {
    it('writes config.yaml and the native file, and prints the redacted config', async () => {
      const result = runCli(buildArgs('--run-config', EXAMPLE_RUN_CONFIG, '--run-id', 'r-1', '--dataset-name', 'MMLU'));
      expect(result.status).toBe(0);
      const printed = configOf(result.stdout);
      expect(printed).toEqual(parse(await read('config.yaml')));
      expect(printed.metadata).toMatchObject({
        model_name: 'openai/gpt-4o-mini',
        run_id: 'r-1',
        dataset_id: null,
        dataset_name: 'MMLU',
      });
      expect(printed.model_parameters[0]).toMatchObject({ api_key_env: 'OPENAI_API_KEY', concurrent_requests: 6 });
      const native = NativeModelFileSchema.parse(parse(await read('lighteval-model.yaml')));
      expect(native.model_parameters).toMatchObject({
        api_key: null,
        system_prompt: 'Answer with a number only.',
        api_max_retry: 5,
      });
      expect(result.stderr).toBe('wrote lighteval-output/config.yaml and lighteval-output/lighteval-model.yaml\n');
    });

    it('names the folder it wrote to with its control characters escaped, on one line', () => {
      const result = runCli(buildArgs('--out-dir', 'out\nput\u001b[2K'));
      expect(result.status).toBe(0);
      expect(result.stderr).toBe(
        'wrote out\\nput\\u001b[2K/config.yaml and out\\nput\\u001b[2K/lighteval-model.yaml\n',
      );
    });

    it('reads the key from the provider variable and writes it only with --include-api-key, mode 0600', async () => {
      const result = runCli(buildArgs('--include-api-key', '--format', 'json'), { OPENAI_API_KEY: CANARY_KEY });
      expect(result.status).toBe(0);
      expect((JSON.parse(result.stdout) as ConfigDict).model_parameters[0].api_key).toBe('sk-***');
      expect(configOf(await read('config.yaml')).model_parameters[0].api_key).toBe(CANARY_KEY);
      expect(await modeOf('config.yaml')).toBe(0o600);
      expect(await read('lighteval-model.yaml')).not.toContain('canary');
      expect(result.stdout + result.stderr).not.toContain('canary');
    });

    it('keeps the key out of every file without --include-api-key', async () => {
      const result = runCli(buildArgs(), { OPENAI_API_KEY: CANARY_KEY });
      expect(result.status).toBe(0);
      for (const name of await readdir(join(work, 'lighteval-output')))
        expect(await read(name)).not.toContain('canary');
      expect(await modeOf('config.yaml')).toBe(0o666 & ~process.umask());
      expect(result.stdout + result.stderr).not.toContain('canary');
    });

    it('reads the key from --api-key-env and names that variable', () => {
      const result = runCli(buildArgs('--api-key-env', 'EVAL_KEY', '--include-api-key'), {
        EVAL_KEY: 'gsk_0123456789abcdefghij',
      });
      expect(configOf(result.stdout).model_parameters[0].api_key).toBe('gsk_***');
      const withoutInclude = runCli(buildArgs('--api-key-env', 'EVAL_KEY'), { EVAL_KEY: 'gsk_0123456789abcdefghij' });
      expect(configOf(withoutInclude.stdout).model_parameters[0].api_key_env).toBe('EVAL_KEY');
    });

    it('warns on stderr when --include-api-key finds no key', () => {
      const result = runCli(buildArgs('--include-api-key'));
      expect(result.status).toBe(0);
      expect(result.stderr).toContain(
        'warning: --include-api-key: OPENAI_API_KEY is not set; config.yaml names it as api_key_env instead\n',
      );
    });

    it('protects the base URL credentials: redacted on stdout, real in 0600 files', async () => {
      const provider = join(work, 'provider.json');
      await writeFile(
        provider,
        JSON.stringify({ id: 'p', name: 'P', type: 'vllm', base_url: 'http://bob:hunter2@gpu.local:8000/v1' }),
      );
      const result = runCli(['build', '--provider', provider, '--model', 'meta-llama/Llama-3-8b']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('base_url: "http://***@gpu.local:8000/v1"');
      expect(result.stdout + result.stderr).not.toContain('hunter2');
      expect(await read('lighteval-model.yaml')).toContain('hunter2');
      expect(await modeOf('lighteval-model.yaml')).toBe(0o600);
      expect(await modeOf('config.yaml')).toBe(0o600);
    });

    it('prints warnings to stderr, one per line', async () => {
      const runConfig = join(work, 'run.yaml');
      await writeFile(runConfig, 'concurrent_requests: 500\ngeneration:\n  top_k: 5\n');
      const result = runCli(buildArgs('--run-config', runConfig));
      expect(result.status).toBe(0);
      expect(result.stderr.split('\n').filter((line) => line.startsWith('warning: '))).toEqual([
        'warning: generation.top_k: dropped; the provider does not accept top_k (capabilities.unsupported_parameters)',
        'warning: concurrent_requests: lowered from 500 to 8; the provider allows no more (provider.rate_limits.max_concurrency)',
      ]);
    });
  });

  describe('lighteval-action errors', () => {
    it('name the field in one line, exit 1, and write nothing', async () => {
      const runConfig = join(work, 'run.yaml');
      await writeFile(runConfig, 'generation:\n  temperature: 5\n');
      const result = runCli(buildArgs('--run-config', runConfig), { OPENAI_API_KEY: CANARY_KEY });
      expect(result).toEqual({
        status: 1,
        stdout: '',
        stderr: 'error: generation.temperature: expected a number from 0 to 2, got 5\n',
      });
      expect(existsSync(join(work, 'lighteval-output'))).toBe(false);
    });

    it('name unreadable and malformed files', async () => {
      expect(runCli(['build', '--provider', 'nope.yaml', '--model', 'm'])).toEqual({
        status: 1,
        stdout: '',
        stderr: 'error: --provider: cannot read nope.yaml (no such file)\n',
      });
      await writeFile(join(work, 'bad.yaml'), 'id: [unclosed\n');
      const result = runCli(['build', '--provider', 'bad.yaml', '--model', 'm']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^error: bad\.yaml: invalid YAML or JSON at line \d+, column \d+: .+\n$/);
    });

    it('refuse a LightEval version the native file cannot target', () => {
      const result = runCli(buildArgs('--lighteval-version', '0.8.0'));
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'error: lighteval_version: expected 0.9.0 or later (LightEval before 0.9 reads another format), got "0.8.0"\n',
      );
      expect(existsSync(join(work, 'lighteval-output'))).toBe(false);
    });

    it('show the usage with exit 2 for a bad command line, and exit 0 for --help', () => {
      expect(runCli([])).toEqual({ status: 2, stdout: '', stderr: `error: a command is required\n\n${USAGE}` });
      const commands = COMMANDS.map((command) => command.name).join(', ');
      expect(runCli(['sk-stray-key'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: unknown command; the commands are ${commands}\n\n${USAGE}`,
      });
      expect(runCli(['build', '--model', 'm'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: --provider FILE is required\n\n${buildCommand.usage}`,
      });
      expect(runCli(['--help'])).toEqual({ status: 0, stdout: USAGE, stderr: '' });
      expect(runCli(['build', '--help'])).toEqual({ status: 0, stdout: buildCommand.usage, stderr: '' });
    });

    it('suggest the command or option a mistyped one is near, in one line with exit 2', () => {
      expect(runCli(['buidl'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: unknown command; did you mean build?\n\n${USAGE}`,
      });
      expect(runCli(['--verison'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: --verison: unknown option; did you mean --version?\n\n${USAGE}`,
      });
      expect(runCli(['build', '--provder', EXAMPLE_PROVIDER, '--model', 'm'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: --provder: unknown option; did you mean --provider?\n\n${buildCommand.usage}`,
      });
    });

    it('say in one line, with exit 2, that an option needs a value or that an argument is not expected', () => {
      expect(runCli(['build', '--model', 'm', '--provider'])).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: --provider: expected a value\n\n${buildCommand.usage}`,
      });
      expect(runCli(buildArgs('sk-stray-key'))).toEqual({
        status: 2,
        stdout: '',
        stderr: `error: build takes options only, got 1 other argument; see below\n\n${buildCommand.usage}`,
      });
    });
  });

  describe('lighteval-action --version', () => {
    it("prints package.json's version and exits 0", async () => {
      const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
      expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
      expect(runCli(['-v'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
      expect(USAGE).toContain('  -v, --version  print the version\n');
    });
  });

  describe('off a runner', () => {
    it('builds, validates, exports and inspects with no runner variable set (RUNNER_TEMP, GITHUB_WORKSPACE)', () => {
      // runCli passes PATH alone: nothing of a runner's environment.
      expect(runCli(buildArgs()).status).toBe(0);
      expect(runCli(['validate', '--provider', EXAMPLE_PROVIDER])).toMatchObject({ status: 0, stderr: '' });
      expect(runCli(['export', 'lighteval-output', '--output', 'run.eval752.zip'])).toMatchObject({
        status: 0,
        stderr: '',
      });
      expect(runCli(['inspect', 'run.eval752.zip'])).toMatchObject({ status: 0 });
    });
  });
});
