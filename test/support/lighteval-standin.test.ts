// Self-tests of the stand-ins: each runs them as child processes, the way the action will.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import {
  createPythonStandin,
  findDetailsFiles,
  findResultsFiles,
  installLightevalStandin,
  pathWithPrepended,
  readLightevalInvocations,
  readPythonInvocations,
  sha256Hex,
  standinEnvironment,
  type StandinEnvironmentOptions,
} from './lighteval-standin.js';

interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const SECRET_KEY = 'sk-standin-secret-0123456789abcdef';

const sandboxes: string[] = [];
afterAll(() => {
  for (const directory of sandboxes) rmSync(directory, { recursive: true, force: true });
});

/** Tests run concurrently (each one starts several processes), so each gets its own directory. */
class Sandbox {
  readonly workDir = mkdtempSync(join(tmpdir(), 'lighteval-standin-'));
  readonly binDir = join(this.workDir, 'bin');
  readonly logFile = join(this.workDir, 'standin.log');
  readonly outputDir = join(this.workDir, 'out');

  constructor() {
    sandboxes.push(this.workDir);
  }

  /** A small environment: nothing from the host (no stray API keys), only PATH and a throwaway HOME. */
  environment(extra: Record<string, string> = {}): Record<string, string> {
    return { PATH: pathWithPrepended(this.binDir), HOME: this.workDir, ...extra };
  }

  start(file: string, args: readonly string[], env: Record<string, string>): ChildProcess {
    return spawn(file, args, { cwd: this.workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  run(file: string, args: readonly string[], env: Record<string, string>): Promise<ProcessResult> {
    return collect(this.start(file, args, env));
  }

  /** Runs `lighteval endpoint litellm <model> <tasks> --output-dir out [options]` through a wrapper of `version`. */
  lighteval({
    version = '0.13.0',
    model = 'model.yaml',
    tasks = 'gsm8k|0',
    options = [],
    env = { OPENAI_API_KEY: SECRET_KEY },
    knobs = {},
  }: LightevalRun = {}): Promise<ProcessResult> {
    installLightevalStandin(this.binDir, version);
    return this.run(
      join(this.binDir, 'lighteval'),
      ['endpoint', 'litellm', model, tasks, '--output-dir', 'out', ...options],
      this.environment({ ...env, ...standinEnvironment({ logFile: this.logFile, ...knobs }) }),
    );
  }

  writeFile(name: string, text: string): string {
    writeFileSync(join(this.workDir, name), text);
    return name;
  }

  /** The single results file of a run, as text and parsed (bare NaN tokens read as null). */
  onlyResults(): { path: string; text: string; document: { [key: string]: Json } } {
    const files = findResultsFiles(this.outputDir);
    const [path] = files;
    if (path === undefined || files.length > 1)
      throw new Error(`expected one results file, found ${JSON.stringify(files)}`);
    const text = readFileSync(path, 'utf8');
    const parsed = JSON.parse(text.replace(/\bNaN\b|-?\bInfinity\b/g, 'null')) as Json;
    return { path, text, document: asObject(parsed) };
  }
}

function collect(child: ChildProcess): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

interface LightevalRun {
  readonly version?: string;
  readonly model?: string;
  readonly tasks?: string;
  readonly options?: readonly string[];
  readonly env?: Record<string, string>;
  readonly knobs?: StandinEnvironmentOptions;
}

const OPENAI_MODEL_0_13 = `model_parameters:
  model_name: "openai/gpt-4o-mini"
  provider: "openai"
  base_url: "https://api.example.com/v1"
  api_key: null
  concurrent_requests: 6
  timeout: 120
  api_max_retry: 5
  generation_parameters:
    temperature: 0.7
    max_new_tokens: 512
metadata:
  ignored: true
`;

const OPENAI_MODEL_0_11 = `model_parameters:
  model_name: "openai/gpt-4o-mini"
  api_key: null
  concurrent_requests: 4
  generation_parameters:
    temperature: 0.2
`;

const MINIMAL_MODEL = `model_parameters:
  model_name: "openai/gpt-4o-mini"
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asObject(value: Json | undefined): { [key: string]: Json } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

function resultsOf(document: { [key: string]: Json }): { [key: string]: { [key: string]: Json } } {
  const results = asObject(document['results']);
  return Object.fromEntries(Object.entries(results).map(([key, value]) => [key, asObject(value)]));
}

describe.concurrent('LightEval stand-in: a valid run', () => {
  it('writes results at the documented path with 0.13 keys and the full model config', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', OPENAI_MODEL_0_13);
    const result = await sandbox.lighteval({
      tasks: 'gsm8k|0,mmlu:abstract_algebra|0,mmlu:anatomy|0',
      options: ['--max-samples', '10'],
    });
    expect(result.stderr).not.toContain('Traceback');
    expect(result.code).toBe(0);

    const { path, text, document } = sandbox.onlyResults();
    expect(path).toMatch(
      /\/out\/results\/openai\/gpt-4o-mini\/results_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(\.\d{6})?\.json$/,
    );
    expect(Object.keys(document)).toEqual([
      'config_general',
      'results',
      'versions',
      'config_tasks',
      'summary_tasks',
      'summary_general',
    ]);
    const results = resultsOf(document);
    expect(Object.keys(results)).toEqual([
      'gsm8k|0',
      'mmlu:abstract_algebra|0',
      'mmlu:anatomy|0',
      'mmlu:_average|0',
      'all',
    ]);
    expect(results['gsm8k|0']?.['extractive_match']).toBe(0.9);
    expect(results['gsm8k|0']?.['extractive_match_stderr']).toBeCloseTo(0.1, 10);
    expect(results['mmlu:abstract_algebra|0']?.['em']).toBe(0.6);
    expect(results['mmlu:_average|0']?.['em']).toBeCloseTo(0.7, 10);
    expect(results['all']?.['em']).toBeCloseTo(0.7, 10);
    expect(results['all']?.['extractive_match']).toBe(0.9);

    const config = asObject(document['config_general']);
    expect(config['job_id']).toBe('0');
    expect(config['max_samples']).toBe(10);
    expect(typeof config['total_evaluation_time_secondes']).toBe('string');
    expect(config['model_name']).toBe('openai/gpt-4o-mini');
    const modelConfig = asObject(config['model_config']);
    expect(modelConfig['api_key']).toBeNull();
    expect(modelConfig['concurrent_requests']).toBe(6);
    expect(modelConfig['api_max_retry']).toBe(5);
    expect(modelConfig['cache_dir']).toBe('~/.cache/huggingface/lighteval');
    expect(asObject(modelConfig['generation_parameters'])['max_new_tokens']).toBe(512);
    // Written the way Python's json.dumps(indent=2) writes floats.
    expect(text).toContain('"timeout": 120.0');
    expect(text).toContain('"api_retry_sleep": 1.0');
    expect(text).toMatch(/^\{\n {2}"config_general": \{\n {4}"lighteval_sha": "\?",/);
    expect(result.stdout).toMatch(/\|gsm8k:0\s*\|\s*\|extractive_match\|0\.9000\|±/);
  });

  it('uses suite-prefixed task keys and a string job id on 0.11.0', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', OPENAI_MODEL_0_11);
    const result = await sandbox.lighteval({
      version: '0.11.0',
      tasks: 'lighteval|gsm8k|0',
      options: ['--job-id', '7'],
    });
    expect(result.code).toBe(0);
    const { document } = sandbox.onlyResults();
    expect(Object.keys(resultsOf(document))).toEqual(['lighteval|gsm8k|0', 'all']);
    const config = asObject(document['config_general']);
    expect(config['job_id']).toBe('7');
    const modelConfig = asObject(config['model_config']);
    expect(modelConfig['concurrent_requests']).toBe(4);
    expect(Object.keys(modelConfig)).not.toContain('timeout');
  });

  it('writes the pre-0.11 layout on 0.10.0: no model_config, an integer job id', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ version: '0.10.0', tasks: 'lighteval|gsm8k|0|0' });
    expect(result.code).toBe(0);
    const { document } = sandbox.onlyResults();
    expect(Object.keys(resultsOf(document))).toEqual(['lighteval|gsm8k|0', 'all']);
    const config = asObject(document['config_general']);
    expect(config['job_id']).toBe(0);
    expect(config).not.toHaveProperty('model_config');
    expect(asObject(config['generation_parameters'])['temperature']).toBeNull();
  });

  it('omits stderr keys when only one sample ran', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ options: ['--max-samples=1'] });
    expect(result.code).toBe(0);
    const { text, document } = sandbox.onlyResults();
    expect(text).not.toContain('_stderr');
    expect(resultsOf(document)['gsm8k|0']).toEqual({ extractive_match: 0.9 });
  });

  it('takes metric overrides and writes a bare NaN like Python', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({
      tasks: 'gsm8k|0,ifeval|0',
      knobs: { metrics: { gsm8k: { extractive_match: 0.5 }, ifeval: { prompt_level_strict_acc: 'NaN' } } },
    });
    expect(result.code).toBe(0);
    const { text, document } = sandbox.onlyResults();
    expect(text).toContain('"prompt_level_strict_acc": NaN');
    expect(() => JSON.parse(text) as unknown).toThrow();
    const results = resultsOf(document);
    expect(results['gsm8k|0']?.['extractive_match']).toBe(0.5);
    expect(results['ifeval|0']?.['inst_level_strict_acc']).toBe(0.8);
    expect(results['all']?.['extractive_match']).toBe(0.5);
  });

  it('runs hosted_vllm without any key, and tasks listed in a .txt file', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile(
      'model.yaml',
      'model_parameters:\n  model_name: hosted_vllm/meta-llama/Llama-3.1-8B-Instruct\n  base_url: http://localhost:8000/v1\n',
    );
    writeFileSync(join(sandbox.workDir, 'tasks.txt'), '# tasks to run\ngsm8k|0\n\nifeval|0\n');
    const result = await sandbox.lighteval({ tasks: 'tasks.txt', env: {} });
    expect(result.code).toBe(0);
    const { path, document } = sandbox.onlyResults();
    expect(path).toContain('/out/results/hosted_vllm/meta-llama/Llama-3.1-8B-Instruct/');
    expect(Object.keys(resultsOf(document))).toEqual(['gsm8k|0', 'ifeval|0', 'all']);
  });

  it('accepts tasks a --custom-tasks file declares', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    writeFileSync(join(sandbox.workDir, 'custom.py'), '# standin-task: my_eval\nTASKS_TABLE = []\n');
    const result = await sandbox.lighteval({ tasks: 'my_eval|0', options: ['--custom-tasks', 'custom.py'] });
    expect(result.code).toBe(0);
    expect(resultsOf(sandbox.onlyResults().document)['my_eval|0']).toHaveProperty('em', 0.5);
    const missing = await sandbox.lighteval({ tasks: 'my_eval|0', options: ['--custom-tasks', 'nowhere.py'] });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("ModuleNotFoundError: No module named 'nowhere'");
  });

  it('writes details as parquet files with --save-details', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ tasks: 'gsm8k|0', options: ['--save-details'] });
    expect(result.code).toBe(0);
    const details = findDetailsFiles(sandbox.outputDir);
    expect(details).toHaveLength(1);
    const dateId = /results_(.*)\.json$/.exec(sandbox.onlyResults().path)?.[1] ?? 'missing';
    expect(details[0]).toBe(
      join(sandbox.workDir, 'out', 'details', 'openai', 'gpt-4o-mini', dateId, `details_gsm8k|0_${dateId}.parquet`),
    );
    expect(
      readFileSync(details[0] ?? '')
        .subarray(0, 4)
        .toString(),
    ).toBe('PAR1');
  });
});

describe.concurrent('LightEval stand-in: what it rejects', () => {
  it('parses a .yml path as key=value model args and fails', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ model: 'model.yml' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LiteLLMModelConfig.from_args(model_args)');
    expect(result.stderr).toContain('ValidationError: 2 validation errors for LiteLLMModelConfig');
    expect(result.stderr).toContain('Extra inputs are not permitted');
    expect(findResultsFiles(sandbox.outputDir)).toEqual([]);
  });

  it('fails on a missing model file', async ({ expect }) => {
    const sandbox = new Sandbox();
    const result = await sandbox.lighteval({ model: 'absent.yaml' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FileNotFoundError: [Errno 2] No such file or directory: 'absent.yaml'");
  });

  it('rejects unknown options and non-integer values like Click (exit 2)', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const unknown = await sandbox.lighteval({ options: ['--bogus'] });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: lighteval endpoint litellm [OPTIONS] MODEL_ARGS TASKS');
    expect(unknown.stderr).toContain('Error: No such option: --bogus');
    const notInteger = await sandbox.lighteval({ options: ['--max-samples', 'ten'] });
    expect(notInteger.code).toBe(2);
    expect(notInteger.stderr).toContain("Error: Invalid value for '--max-samples': 'ten' is not a valid integer.");
  });

  it('rejects --use-chat-template and --system-prompt since 0.11, accepts them on 0.9', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const chatTemplate = await sandbox.lighteval({ options: ['--use-chat-template'] });
    expect(chatTemplate.code).toBe(2);
    expect(chatTemplate.stderr).toContain('No such option: --use-chat-template');
    const systemPrompt = await sandbox.lighteval({ options: ['--system-prompt', 'Be brief.'] });
    expect(systemPrompt.code).toBe(2);
    const old = await sandbox.lighteval({
      version: '0.9.2',
      tasks: 'lighteval|gsm8k|0|0',
      options: ['--use-chat-template', '--system-prompt', 'Be brief.'],
    });
    expect(old.code).toBe(0);
  });

  it('requires other subcommands and arguments to be right (exit 2)', async ({ expect }) => {
    const sandbox = new Sandbox();
    installLightevalStandin(sandbox.binDir, '0.13.0');
    const other = await sandbox.run(
      join(sandbox.binDir, 'lighteval'),
      ['endpoint', 'openai', 'x.yaml', 'gsm8k'],
      sandbox.environment(),
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("Error: No such command 'openai'.");
    const missing = await sandbox.run(
      join(sandbox.binDir, 'lighteval'),
      ['endpoint', 'litellm', 'model.yaml'],
      sandbox.environment(),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Error: Missing argument 'TASKS'.");
  });

  it('follows each version’s task syntax', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const fourPartsOnNew = await sandbox.lighteval({ version: '0.13.0', tasks: 'lighteval|gsm8k|0|0' });
    expect(fourPartsOnNew.code).toBe(1);
    expect(fourPartsOnNew.stderr).toContain('ValueError: Cannot find task lighteval|gsm8k|0|0');

    const threePartsOnNew = await sandbox.lighteval({ version: '0.13.0', tasks: 'lighteval|gsm8k|0' });
    expect(threePartsOnNew.code).toBe(0);
    expect(threePartsOnNew.stderr).toContain('`suite` is ignored');

    const bareOnNew = await sandbox.lighteval({ version: '0.12.1', tasks: 'gsm8k' });
    expect(bareOnNew.code).toBe(0);

    const bareOn011 = await sandbox.lighteval({ version: '0.11.0', tasks: 'gsm8k' });
    expect(bareOn011.code).toBe(1);
    expect(bareOn011.stderr).toContain(
      'ValueError: Cannot get task info from gsm8k. correct format is suite|task|few_shot',
    );

    const threePartsOn011 = await sandbox.lighteval({ version: '0.11.0', tasks: 'lighteval|gsm8k|0' });
    expect(threePartsOn011.code).toBe(0);

    const fourPartsOn011 = await sandbox.lighteval({ version: '0.11.0', tasks: 'lighteval|gsm8k|0|0' });
    expect(fourPartsOn011.code).toBe(0);
    expect(fourPartsOn011.stderr).toContain('Deprecation warning');

    const threePartsOn010 = await sandbox.lighteval({ version: '0.10.0', tasks: 'lighteval|gsm8k|0' });
    expect(threePartsOn010.code).toBe(1);
    expect(threePartsOn010.stderr).toContain('correct format is suite|task|few_shot|truncate_few_shots');
  });

  it('fails on unknown tasks and on log-likelihood tasks', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const unknown = await sandbox.lighteval({ tasks: 'no_such_task|0' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Cannot find task no_such_task in task list or in custom task registry');
    const loglikelihood = await sandbox.lighteval({ tasks: 'arc:easy|0' });
    expect(loglikelihood.code).toBe(1);
    expect(loglikelihood.stderr).toContain('NotImplementedError');
    expect(loglikelihood.stderr).toContain('log-likelihood');
  });

  it('fails like LiteLLM on a model name without a provider prefix', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', 'model_parameters:\n  model_name: meta-llama/Llama-3.1-8B-Instruct\n');
    const result = await sandbox.lighteval({ env: { TOGETHERAI_API_KEY: SECRET_KEY } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LLM Provider NOT provided');
    // A provider newer than the stand-in's list: accepted when named, its key read from <PREFIX>_API_KEY.
    sandbox.writeFile('new.yaml', 'model_parameters:\n  model_name: newprovider/some-model\n');
    const allowed = await sandbox.lighteval({
      model: 'new.yaml',
      env: { NEWPROVIDER_API_KEY: SECRET_KEY },
      knobs: { extraProviders: ['newprovider'] },
    });
    expect(allowed.code).toBe(0);
    expect(readLightevalInvocations(sandbox.logFile).at(-1)?.keyVariable).toBe('NEWPROVIDER_API_KEY');
  });

  it('fails when model_parameters is a list', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', 'model_parameters:\n  - model_name: openai/gpt-4o-mini\n');
    const result = await sandbox.lighteval({});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'TypeError: lighteval.models.endpoints.litellm_model.LiteLLMModelConfig() argument after ** must be a mapping, not list',
    );
  });

  it('rejects fields the version does not have: timeout on 0.11.0, not on 0.12.0', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', `${MINIMAL_MODEL}  timeout: 30\n`);
    const old = await sandbox.lighteval({ version: '0.11.0', tasks: 'lighteval|gsm8k|0' });
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(
      /\ntimeout\n {2}Extra inputs are not permitted \[type=extra_forbidden, input_value=30, input_type=int\]/,
    );
    const newer = await sandbox.lighteval({ version: '0.12.0', tasks: 'lighteval|gsm8k|0' });
    expect(newer.code).toBe(0);
    expect(asObject(asObject(sandbox.onlyResults().document['config_general'])['model_config'])['timeout']).toBe(30);
  });

  it('rejects negative generation parameters and the names stop / max_tokens', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile(
      'model.yaml',
      `${MINIMAL_MODEL}  generation_parameters:\n    temperature: -0.5\n    stop: ["\\n"]\n    max_tokens: 10\n`,
    );
    const result = await sandbox.lighteval({});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('3 validation errors for LiteLLMModelConfig');
    expect(result.stderr).toMatch(/generation_parameters\.temperature\n {2}Input should be greater than or equal to 0/);
    expect(result.stderr).toMatch(/generation_parameters\.stop\n {2}Extra inputs are not permitted/);
    expect(result.stderr).toMatch(/generation_parameters\.max_tokens\n {2}Extra inputs are not permitted/);
  });

  it('fails like LiteLLM when the provider variable is missing or empty', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const environments: Record<string, string>[] = [{}, { OPENAI_API_KEY: '' }];
    for (const env of environments) {
      const result = await sandbox.lighteval({ env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('AuthenticationError');
      expect(result.stderr).toContain('api_key client option must be set');
      expect(result.stderr).toContain('OPENAI_API_KEY');
      expect(findResultsFiles(sandbox.outputDir)).toEqual([]);
    }
  });
});

describe.concurrent('LightEval stand-in: scenarios', () => {
  it('crash: some progress, then a Python traceback and exit 1', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ knobs: { scenario: 'crash' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--- RUNNING MODEL ---');
    expect(result.stderr).toContain('Traceback (most recent call last):');
    expect(findResultsFiles(sandbox.outputDir)).toEqual([]);
  });

  it('partial: leaves details behind, then crashes', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ knobs: { scenario: 'partial' } });
    expect(result.code).toBe(1);
    expect(findDetailsFiles(sandbox.outputDir)).toHaveLength(1);
    expect(findResultsFiles(sandbox.outputDir)).toEqual([]);
  });

  it('no-results: exits 0 having written nothing', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const result = await sandbox.lighteval({ knobs: { scenario: 'no-results' } });
    expect(result.code).toBe(0);
    expect(existsSync(sandbox.outputDir)).toBe(false);
  });

  /** Starts a hanging run and resolves once it says it is waiting (after its signal handling is set up). */
  async function startHangingRun(
    sandbox: Sandbox,
    scenario: 'hang' | 'hang-ignoring-sigterm',
  ): Promise<{ child: ChildProcess; done: Promise<ProcessResult> }> {
    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    installLightevalStandin(sandbox.binDir, '0.13.0');
    const child = sandbox.start(
      join(sandbox.binDir, 'lighteval'),
      ['endpoint', 'litellm', 'model.yaml', 'gsm8k|0'],
      sandbox.environment({ OPENAI_API_KEY: SECRET_KEY, ...standinEnvironment({ scenario }) }),
    );
    const done = collect(child);
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stderr?.on('data', (chunk: string) => {
        seen += chunk;
        if (seen.includes('Waiting for')) resolve();
      });
      child.on('close', (code) => reject(new Error(`exited (${code}) before hanging:\n${seen}`)));
    });
    return { child, done };
  }

  it('hang: never exits on its own, dies on SIGTERM', async ({ expect }) => {
    const sandbox = new Sandbox();
    const { child, done } = await startHangingRun(sandbox, 'hang');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    const result = await done;
    expect(result.signal).toBe('SIGTERM');
  });

  it('hang-ignoring-sigterm: survives SIGTERM, dies on SIGKILL', async ({ expect }) => {
    const sandbox = new Sandbox();
    const { child, done } = await startHangingRun(sandbox, 'hang-ignoring-sigterm');
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
    child.kill('SIGKILL');
    const result = await done;
    expect(result.signal).toBe('SIGKILL');
  });

  it('leak: writes the key from the provider variable into the results and a log line', async ({ expect }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', OPENAI_MODEL_0_13);
    const result = await sandbox.lighteval({ knobs: { scenario: 'leak' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(SECRET_KEY);
    const { document } = sandbox.onlyResults();
    const modelConfig = asObject(asObject(document['config_general'])['model_config']);
    expect(modelConfig['api_key']).toBe(SECRET_KEY);
    expect(modelConfig['base_url']).toBe(`https://api.example.com/v1?key=${SECRET_KEY}`);
  });
});

describe.concurrent('LightEval stand-in: invocation log', () => {
  it('records argv, version, key variable and hash, INPUT_* names and the model file, never the key', async ({
    expect,
  }) => {
    const sandbox = new Sandbox();
    sandbox.writeFile('model.yaml', OPENAI_MODEL_0_13);
    await sandbox.lighteval({ env: { OPENAI_API_KEY: SECRET_KEY, INPUT_API_KEY: 'x', INPUT_MODEL: 'y' } });
    await sandbox.lighteval({ knobs: { scenario: 'leak' } });
    await sandbox.lighteval({ options: ['--bogus'] });
    const invocations = readLightevalInvocations(sandbox.logFile);
    expect(invocations).toHaveLength(3);
    const [first] = invocations;
    expect(first?.argv).toEqual(['endpoint', 'litellm', 'model.yaml', 'gsm8k|0', '--output-dir', 'out']);
    expect(first?.cwd).toBe(sandbox.workDir);
    expect(first?.version).toBe('0.13.0');
    expect(first?.keyVariable).toBe('OPENAI_API_KEY');
    expect(first?.keySha256).toBe(sha256Hex(SECRET_KEY));
    expect(first?.inputVariables).toEqual(['INPUT_API_KEY', 'INPUT_MODEL']);
    expect(first?.modelFile).toBe(OPENAI_MODEL_0_13);
    expect(readFileSync(sandbox.logFile, 'utf8')).not.toContain(SECRET_KEY);
  });
});

describe.concurrent('Python stand-in', () => {
  it('creates a venv whose pip installs a pinned lighteval that then runs', async ({ expect }) => {
    const sandbox = new Sandbox();
    const python = createPythonStandin(join(sandbox.workDir, 'system'));
    const venv = join(sandbox.workDir, 'venv');
    const env = sandbox.environment(standinEnvironment({ logFile: sandbox.logFile }));
    const created = await sandbox.run(python, ['-m', 'venv', venv], env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(readFileSync(join(venv, 'pyvenv.cfg'), 'utf8')).toContain('include-system-site-packages = false');
    expect(readFileSync(join(venv, 'bin', 'python'), 'utf8')).toMatch(/^#!\/bin\/sh\n/);

    const installed = await sandbox.run(
      join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', 'lighteval[litellm]==0.12.1'],
      env,
    );
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain('Successfully installed lighteval-0.12.1');

    sandbox.writeFile('model.yaml', MINIMAL_MODEL);
    const evaluated = await sandbox.run(
      join(venv, 'bin', 'lighteval'),
      ['endpoint', 'litellm', 'model.yaml', 'gsm8k', '--output-dir', 'out'],
      { ...env, OPENAI_API_KEY: SECRET_KEY },
    );
    expect(evaluated.code).toBe(0);
    expect(Object.keys(resultsOf(sandbox.onlyResults().document))).toEqual(['gsm8k|0', 'all']);

    expect(readPythonInvocations(sandbox.logFile)).toEqual([
      { python: ['-m', 'venv', venv], venv: null },
      { python: ['-m', 'pip', 'install', 'lighteval[litellm]==0.12.1'], venv },
    ]);
    expect(readLightevalInvocations(sandbox.logFile).map((invocation) => invocation.version)).toEqual(['0.12.1']);
  });

  it('refuses pip install outside a venv (externally managed)', async ({ expect }) => {
    const sandbox = new Sandbox();
    const python = createPythonStandin(join(sandbox.workDir, 'system'));
    const result = await sandbox.run(
      python,
      ['-m', 'pip', 'install', 'lighteval[litellm]==0.13.0'],
      sandbox.environment(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: externally-managed-environment');
  });

  it('fails on an unknown version and when the index is unreachable', async ({ expect }) => {
    const sandbox = new Sandbox();
    const python = createPythonStandin(join(sandbox.workDir, 'system'));
    const venv = join(sandbox.workDir, 'venv');
    expect((await sandbox.run(python, ['-m', 'venv', venv], sandbox.environment())).code).toBe(0);
    const unknown = await sandbox.run(
      join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', 'lighteval[litellm]==0.8.0'],
      sandbox.environment(),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('ERROR: No matching distribution found for lighteval[litellm]==0.8.0');
    expect(existsSync(join(venv, 'bin', 'lighteval'))).toBe(false);
    const offline = await sandbox.run(
      join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', 'lighteval[litellm]==0.13.0'],
      sandbox.environment(standinEnvironment({ pipFails: true })),
    );
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('Temporary failure in name resolution');
    expect(existsSync(join(venv, 'bin', 'lighteval'))).toBe(false);
  });

  it('rejects anything else with exit 2', async ({ expect }) => {
    const sandbox = new Sandbox();
    const python = createPythonStandin(join(sandbox.workDir, 'system'));
    const result = await sandbox.run(python, ['-c', 'print(1)'], sandbox.environment());
    expect(result.code).toBe(2);
  });
});
