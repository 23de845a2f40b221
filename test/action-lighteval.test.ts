/**
 * The built action running LightEval, as the runner runs it: the stand-in LightEval (and stand-in Python for
 * installs) on PATH, the real artifact client against the local artifact service, the real octokit against the
 * local GitHub API. Every run is leak-scanned: the log as the runner would show it (masks applied), outputs,
 * summary, workspace files, artifacts, comments and what LightEval was given on its command line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { openBundle } from '../src/bundle/open.js';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, MAIN_SCRIPT, type RunnerSandbox, type StepResult } from './support/action-runner.js';
import { startArtifactService, unzipArtifact } from './support/artifact-service.js';
import { startCacheService } from './support/cache-service.js';
import { type GitHubApi, startGitHubApi } from './support/github-api.js';
import { applyMasks, leaksIn as findLeaks, maskedLog, masksOf, secretFormsOf } from './support/leak-scan.js';
import {
  createPythonStandin,
  createUvStandin,
  installLightevalStandin,
  type LightevalStandinScenario,
  pathWithPrepended,
  readLightevalInvocations,
  readPythonInvocations,
  readUvInvocations,
  sha256Hex,
  type StandinMetricOverrides,
  standinEnvironment,
} from './support/lighteval-standin.js';
import { NODE_RUNTIMES } from './support/node-runtimes.js';

/** Characters every encoding changes, and two lines. */
const KEY = 'sk-canary-"q\'uo\\te %25 &=+ ünï/\nsecond-line-7Zq';
const URL_PASSWORD = 'p@ss word';
const CREDENTIAL_URL = `https://canary-user:${encodeURIComponent(URL_PASSWORD)}@llm.example.com/v1?api_key=tok-Secret-42`;
const GITHUB_TOKEN = 'ghs_canaryToken0123456789';
const INDEX_PASSWORD = 'index-Pass-0123456789';

/** The part of LightEval's results JSON these tests read. */
type ResultsJson = { config_general: { model_config: Record<string, unknown> } };

const RUN = {
  'provider-type': 'openai',
  'base-url': 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  'api-key': KEY,
  'run-lighteval': 'true',
  tasks: 'gsm8k, mmlu:anatomy|0',
  'max-samples': '5',
  'upload-artifact': 'false',
};

const SECRET_FORMS = secretFormsOf([
  KEY,
  URL_PASSWORD,
  encodeURIComponent(URL_PASSWORD),
  'tok-Secret-42',
  GITHUB_TOKEN,
  INDEX_PASSWORD,
]);
const leaksIn = (text: string) => findLeaks(text, SECRET_FORMS);

interface Run {
  readonly sandbox: RunnerSandbox;
  readonly result: StepResult;
  readonly log: string;
}

/** Nothing secret anywhere the run left something, the log read as the runner shows it. */
function expectNoLeaks({ sandbox, result, log }: Run, extra: readonly string[] = []): void {
  expect(leaksIn(log), 'log').toEqual([]);
  // Masks were registered first thing, so they apply to every line LightEval printed on standard error too.
  expect(leaksIn(applyMasks(result.stderr, masksOf(result.stdout))), 'stderr').toEqual([]);
  expect(leaksIn(JSON.stringify(result.outputs)), 'outputs').toEqual([]);
  expect(leaksIn(result.summary), 'summary').toEqual([]);
  for (const [path, text] of Object.entries(sandbox.workspaceFiles())) expect(leaksIn(text), path).toEqual([]);
  for (const text of extra) expect(leaksIn(text)).toEqual([]);
}

function errorsOf(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length));
}

interface Setup {
  readonly inputs?: Record<string, string>;
  readonly scenario?: LightevalStandinScenario;
  readonly metrics?: StandinMetricOverrides;
  readonly version?: string;
  /** No lighteval on PATH. */
  readonly withoutLighteval?: boolean;
  readonly env?: Record<string, string>;
  readonly sandbox?: RunnerSandbox;
}

let logFile = '';

async function runActionIn(sandbox: RunnerSandbox, setup: Setup): Promise<Run> {
  const bin = join(sandbox.runnerTemp, '..', 'bin');
  mkdirSync(bin, { recursive: true });
  if (setup.withoutLighteval !== true) installLightevalStandin(bin, setup.version ?? '0.13.0');
  logFile = join(sandbox.runnerTemp, '..', 'standin.log');
  const result = await sandbox.main(
    { ...RUN, ...setup.inputs },
    {
      PATH: pathWithPrepended(bin),
      ...standinEnvironment({ scenario: setup.scenario, metrics: setup.metrics, logFile }),
      ...setup.env,
    },
  );
  const run = { sandbox, result, log: maskedLog(result.stdout) };
  // Every run is leak-scanned; tests add what else the run sent (artifacts, comments).
  expectNoLeaks(run);
  return run;
}

function invocations() {
  return existsSync(logFile) ? readLightevalInvocations(logFile) : [];
}

beforeAll(() => {
  expect(existsSync(MAIN_SCRIPT), 'run npm run package first').toBe(true);
});

// Under Node 22, the oldest engines allows, and Node 24, the runtime action.yml names (node-runtimes.ts). The whole
// file, about nine seconds a runtime: the runs cost little beside the stand-in's own start-ups, and what differs
// between runtimes (child processes, timers, fetch for the artifact and the comment) is spread over every part of it.
describe.each(NODE_RUNTIMES)('$name', (runtime) => {
  const newSandbox = () => createSandbox({ node: runtime.path() });
  const runAction = (setup: Setup = {}) => runActionIn(setup.sandbox ?? newSandbox(), setup);

  describe('running LightEval', () => {
    it('runs it with the key in its environment only, scrubs the results and sets the outputs', async () => {
      const run = await runAction({
        inputs: { thresholds: 'gsm8k: {extractive_match: 0.8}\nall:\n  em: {min: 0.5, max: 0.9}' },
      });
      const { sandbox, result } = run;
      expect(result.stderr).not.toContain('Error');
      expect(errorsOf(run.log)).toEqual([]);
      expect(result.status).toBe(0);

      const [invocation] = invocations();
      const outputDir = join(sandbox.workspace, 'lighteval-output');
      expect(invocation?.argv).toEqual([
        'endpoint',
        'litellm',
        join(outputDir, 'lighteval-model.yaml'),
        'gsm8k|0,mmlu:anatomy|0',
        '--output-dir',
        outputDir,
        '--max-samples',
        '5',
      ]);
      expect(invocation?.keyVariable).toBe('OPENAI_API_KEY');
      expect(invocation?.keySha256).toBe(sha256Hex(KEY));
      expect(invocation?.inputVariables).toEqual([]);

      const resultsPath = result.outputs['results-path'] ?? '';
      expect(resultsPath.startsWith(join(outputDir, 'results', 'openai', 'gpt-4o-mini', 'results_'))).toBe(true);
      const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as ResultsJson;
      expect(results.config_general.model_config).toMatchObject({ model_name: 'openai/gpt-4o-mini', api_key: null });
      expect(JSON.parse(result.outputs.metrics ?? '')).toEqual({
        'gsm8k|0': { extractive_match: 0.9 },
        'mmlu:anatomy|0': { em: 0.8 },
        all: { extractive_match: 0.9, em: 0.8 },
      });
      expect(result.outputs.passed).toBe('true');
      expect(result.outputs.skipped).toBe('false');
      const report = result.outputs['summary-markdown'] ?? '';
      expect(report).toContain('✅ **Passed**: 3 of 3 checks met.');
      expect(report).toMatch(
        /\| <code>gsm8k&#124;0<\/code> \| <code>extractive_match<\/code> \| 0\.9 \| [\d.]+ \| ≥ 0\.8 \| ✅ \|/,
      );
      expect(result.summary).toContain(report);
    });

    it('fails the step with one error per missed threshold, naming task, metric, value and limit', async () => {
      const run = await runAction({
        inputs: { thresholds: 'gsm8k|0: {extractive_match: 0.95}\nlighteval|mmlu:anatomy|0: {em: {max: 0.5}}' },
      });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual([
        'gsm8k|0 extractive_match = 0.9, below the threshold 0.95',
        'mmlu:anatomy|0 em = 0.8, above the maximum 0.5',
      ]);
      expect(run.result.outputs.passed).toBe('false');
      expect(run.result.outputs['results-path']).toBeDefined();
      expect(run.result.outputs['summary-markdown']).toContain('❌ **Failed**: 2 of 2 checks missed.');
    });

    it('fails when a metric drops more than the tolerance below the baseline', async () => {
      const sandbox = newSandbox();
      writeFileSync(
        join(sandbox.workspace, 'baseline.json'),
        JSON.stringify({ 'gsm8k|0': { extractive_match: 0.95 }, all: { em: 0.81 } }),
      );
      const run = await runAction({
        sandbox,
        inputs: { baseline: 'baseline.json', 'baseline-tolerance': '0.03' },
        metrics: { gsm8k: { extractive_match: 0.9 } },
      });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual(['gsm8k|0 extractive_match = 0.9, more than 0.03 below the baseline 0.95']);
      expect(run.result.outputs.passed).toBe('false');
    });

    it('treats a threshold on a metric the results do not have as a miss, not a pass', async () => {
      const run = await runAction({ inputs: { thresholds: 'gsm8k: {extractive_macth: 0.5}' } });
      expect(run.result.status).toBe(1);
      const [error = ''] = errorsOf(run.log);
      expect(error).toContain('gsm8k');
      expect(error).toContain('extractive_macth');
      expect(error).toContain('extractive_match');
      expect(run.result.outputs.passed).toBe('false');
    });

    it('reports a LightEval crash with its last lines, and still uploads the configuration', async () => {
      const service = await startArtifactService();
      try {
        const run = await runAction({ scenario: 'crash', inputs: { 'upload-artifact': 'true' }, env: service.env });
        expect(run.result.status).toBe(1);
        const errors = errorsOf(run.log);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/^LightEval exited with code 1\. Its last lines:%0A/);
        expect(errors[0]).toContain('Traceback');
        expect(run.result.outputs.passed).toBe('false');
        expect(run.result.outputs['summary-markdown']).toBe(
          "## LightEval results for <code>openai/gpt-4o-mini</code>\n\n❌ **Failed**: LightEval exited with code 1. The step's log has the details.\n",
        );
        expect(run.result.outputs['config-path']).toBeDefined();
        expect(run.result.outputs['artifact-id']).toBeDefined();
        const files = unzipArtifact(service.uploads[0]?.zip ?? Buffer.alloc(0));
        expect(Object.keys(files).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
        for (const [name, bytes] of Object.entries(files)) expect(leaksIn(bytes.toString('utf8')), name).toEqual([]);
      } finally {
        await service.close();
      }
    });

    it("fails when LightEval ends well but writes no results, never reading an earlier run's", async () => {
      const sandbox = newSandbox();
      const earlier = await runAction({ sandbox });
      expect(earlier.result.outputs['results-path']).toBeDefined();
      const run = await runAction({ sandbox, scenario: 'no-results' });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual([
        `LightEval exited with code 0 but wrote no results_*.json under ${join(sandbox.workspace, 'lighteval-output')}`,
      ]);
      expect(run.result.outputs['results-path']).toBeUndefined();
      expect(run.result.outputs.passed).toBe('false');
    });

    it('stops LightEval when it runs past the time limit', async () => {
      const started = Date.now();
      const run = await runAction({ scenario: 'hang', inputs: { 'lighteval-timeout-minutes': '0.02' } });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)[0]).toMatch(
        /^LightEval did not finish within 0\.02 minutes \(lighteval-timeout-minutes\) and was stopped\./,
      );
      expect(run.result.outputs['config-path']).toBeDefined();
    });

    it('scrubs a key LightEval wrote into its results, and reads the credentials file when the base URL has them', async () => {
      const run = await runAction({ scenario: 'leak', inputs: { 'base-url': CREDENTIAL_URL } });
      expect(run.result.status).toBe(0);
      const [invocation] = invocations();
      const modelFile = invocation?.argv[2] ?? '';
      expect(modelFile.startsWith(run.sandbox.runnerTemp)).toBe(true);
      expect(invocation?.modelFile).toContain(encodeURIComponent(URL_PASSWORD));
      const results = readFileSync(run.result.outputs['results-path'] ?? '', 'utf8');
      expect((JSON.parse(results) as ResultsJson).config_general.model_config.api_key).toBeNull();
      expect(results).toContain('***');
    });

    it('normalizes task specs to the installed version and installs LightEval into a virtual environment', async () => {
      const sandbox = newSandbox();
      const python = createPythonStandin(join(sandbox.runnerTemp, '..'));
      const run = await runAction({
        sandbox,
        withoutLighteval: true,
        inputs: {
          'lighteval-version': '0.11.0',
          install: 'auto',
          python,
          tasks: 'gsm8k',
          thresholds: 'gsm8k|0: {extractive_match: 0.5}',
        },
      });
      expect(errorsOf(run.log)).toEqual([]);
      expect(run.result.status).toBe(0);
      const pythonCalls = readPythonInvocations(logFile);
      // Then the registry query and the preflight request (python -c), which the Python stand-in cannot answer: the
      // real ones are run in test/real.
      // No uv on PATH: pip installs it into an environment of its own, then uv makes LightEval's (over the stand-in).
      expect(pythonCalls.map((call) => call.python.slice(0, 2))).toEqual([
        ['--version'],
        ['-m', 'venv'],
        ['-m', 'pip'],
        ['-m', 'venv'],
        ['-m', 'pip'],
        ['-c', expect.stringContaining('python')],
        ['-c', expect.stringContaining('python')],
      ]);
      expect(pythonCalls[2]?.python.at(-1)).toMatch(/^uv==\d+\.\d+\.\d+$/);
      expect(readUvInvocations(logFile).at(-1)?.uv).toEqual([
        'pip',
        'install',
        '--python',
        join(pythonCalls[4]?.venv ?? '', 'bin', 'python'),
        '--no-python-downloads',
        '--torch-backend',
        'cpu',
        'lighteval[litellm,extended_tasks]==0.11.0',
        'litellm<1.109',
        'xxhash<4',
        'pyarrow<26',
      ]);
      expect(pythonCalls[4]?.venv?.startsWith(sandbox.runnerTemp)).toBe(true);
      expect(invocations()[0]?.argv[3]).toBe('lighteval|gsm8k|0');
      expect(JSON.parse(run.result.outputs.metrics ?? '')).toHaveProperty(['lighteval|gsm8k|0']);
    });

    it('passes a custom tasks file, so that its tasks can run', async () => {
      const sandbox = newSandbox();
      mkdirSync(join(sandbox.workspace, 'evals'));
      writeFileSync(
        join(sandbox.workspace, 'evals', 'custom_tasks.py'),
        '# standin-task: house_style\nTASKS_TABLE = []\n',
      );
      const run = await runAction({
        sandbox,
        inputs: { 'custom-tasks': 'evals/custom_tasks.py', tasks: 'house_style|0' },
      });
      expect(errorsOf(run.log)).toEqual([]);
      expect(invocations()[0]?.argv.slice(3)).toEqual([
        'house_style|0',
        '--output-dir',
        join(sandbox.workspace, 'lighteval-output'),
        '--max-samples',
        '5',
        '--custom-tasks',
        join(sandbox.workspace, 'evals', 'custom_tasks.py'),
      ]);
      expect(JSON.parse(run.result.outputs.metrics ?? '')).toHaveProperty(['house_style|0']);
    });

    it('warns about a task spec rewritten with a loss, in the log and in the report', async () => {
      const run = await runAction({ inputs: { tasks: 'extended|gsm8k|0' } });
      expect(run.result.status).toBe(0);
      expect(invocations()[0]?.argv[3]).toBe('gsm8k|0');
      // The stand-in has no registry to ask nor a LiteLLM to send a test request with: two warnings say so.
      const warnings = run.log.split('\n').filter((line) => line.startsWith('::warning::'));
      expect(warnings).toEqual([
        expect.stringMatching(/^::warning::Input "tasks": .*extended/),
        expect.stringMatching(/^::warning::tasks: the installed LightEval's task registry could not be read/),
        expect.stringMatching(/^::warning::no test request could be sent to the provider before the run/),
      ]);
      expect(run.result.outputs['summary-markdown']).toContain('### Notes');
      expect(run.result.outputs['summary-markdown']).toContain('extended');
    });

    it('fails naming the python input when there is no interpreter to install with, still setting the outputs', async () => {
      const run = await runAction({ withoutLighteval: true, inputs: { python: '/nonexistent/python3' } });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual([
        'Input "python": cannot run "/nonexistent/python3": not found; expected a Python 3 interpreter',
      ]);
      expect(run.result.outputs.passed).toBe('false');
      expect(run.result.outputs['config-path']).toBeDefined();
    });

    it('fails clearly when install is false and LightEval is not on PATH', async () => {
      const run = await runAction({ withoutLighteval: true, inputs: { install: 'false' } });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual([
        'LightEval is not installed: no lighteval program on PATH, and install is false. Install it in an earlier step, or set install to auto or true.',
      ]);
    });

    it('includes the scrubbed results and, when asked, the details in the artifact', async () => {
      const service = await startArtifactService();
      try {
        const run = await runAction({
          scenario: 'leak',
          inputs: { 'upload-artifact': 'true', 'lighteval-args': '--save-details\n--job-id\n3' },
          env: service.env,
        });
        expect(errorsOf(run.log)).toEqual([]);
        expect(run.result.status).toBe(0);
        const files = unzipArtifact(service.uploads[0]?.zip ?? Buffer.alloc(0));
        const names = Object.keys(files).sort();
        expect(names.filter((name) => name.startsWith('results/'))).toHaveLength(1);
        // LightEval's `details_gsm8k|0_<date>.parquet`, under a name the artifact service accepts.
        const details = names.filter((name) => name.startsWith('details/openai/gpt-4o-mini/'));
        expect(details.map((name) => name.replace(/_[\dT.-]+\.parquet$/, '').replace(/^.*\//, '')).sort()).toEqual([
          'details_gsm8k_0',
          'details_mmlu_anatomy_0',
        ]);
        for (const [name, bytes] of Object.entries(files)) expect(leaksIn(bytes.toString('utf8')), name).toEqual([]);
        expect(invocations()[0]?.argv.slice(-3)).toEqual(['--save-details', '--job-id', '3']);
      } finally {
        await service.close();
      }
    });
  });

  describe('the LightEval environment cache', () => {
    /** A sandbox without lighteval on PATH, with the Python and uv stand-ins to install with, and the cache service. */
    function installingSandbox() {
      const sandbox = newSandbox();
      createUvStandin(join(sandbox.runnerTemp, '..', 'bin'));
      const python = createPythonStandin(join(sandbox.runnerTemp, '..', 'python'));
      // A private index: its password must be masked, and stay out of the cache key.
      return { sandbox, inputs: { python, 'index-url': `https://reader:${INDEX_PASSWORD}@pypi.example/simple` } };
    }

    /** What a later job finds under the same RUNNER_TEMP: no environment. */
    function environmentsIn(runnerTemp: string): string[] {
      return readdirSync(runnerTemp)
        .filter((name) => name.startsWith('lighteval-env-'))
        .map((name) => join(runnerTemp, name));
    }
    const newJob = (runnerTemp: string) => {
      for (const path of environmentsIn(runnerTemp)) rmSync(path, { recursive: true, force: true });
    };
    const KEY_PATTERN = /^lighteval-0\.13\.0-linux-x64-python3\.12\.3-torch-cpu-[0-9a-f]{16}$/;

    it('installs on a miss and saves in the post step; restores on a hit, installing nothing; installs again over a corrupt archive', async () => {
      const service = await startCacheService();
      try {
        const { sandbox, inputs } = installingSandbox();
        const first = await runAction({ sandbox, withoutLighteval: true, inputs, env: service.env });
        expect(errorsOf(first.log)).toEqual([]);
        expect(readUvInvocations(logFile)).toHaveLength(2);
        // The main step does not wait for the upload.
        expect(service.entries).toEqual([]);
        const saved = await sandbox.post(first.result.state, service.env);
        expect(saved.status).toBe(0);
        const key = service.entries[0]?.key ?? '';
        expect(service.entries.map((entry) => entry.key)).toEqual([expect.stringMatching(KEY_PATTERN)]);
        expect(saved.stdout).toContain(`Saved the LightEval environment to the cache as ${key}`);
        expect(leaksIn(saved.stdout)).toEqual([]);

        newJob(sandbox.runnerTemp);
        const second = await runAction({ sandbox, withoutLighteval: true, inputs, env: service.env });
        expect(errorsOf(second.log)).toEqual([]);
        expect(readUvInvocations(logFile)).toHaveLength(2);
        expect(second.log).toContain(`Restored the LightEval environment from the cache (${key})`);
        expect(second.result.state).not.toHaveProperty('environment-cache');
        expect(JSON.parse(second.result.outputs.metrics ?? '')).toHaveProperty(['gsm8k|0']);

        service.corrupt(key);
        newJob(sandbox.runnerTemp);
        const third = await runAction({ sandbox, withoutLighteval: true, inputs, env: service.env });
        expect(errorsOf(third.log)).toEqual([]);
        expect(third.log).toMatch(/^::warning::Failed to restore: /m);
        expect(readUvInvocations(logFile)).toHaveLength(4);
        // The entry cannot be replaced under its key: the post step says so and the job goes on.
        const refused = await sandbox.post(third.result.state, service.env);
        expect(refused.status).toBe(0);
        expect(service.entries).toHaveLength(1);
      } finally {
        await service.close();
      }
    });

    it('installs again, with a warning naming the entry, when a restored environment does not hold the LightEval asked for', async () => {
      const service = await startCacheService();
      try {
        const { sandbox, inputs } = installingSandbox();
        const first = await runAction({ sandbox, withoutLighteval: true, inputs, env: service.env });
        // Saved without LightEval's metadata: restored, its Python finds no LightEval.
        const [venv = ''] = environmentsIn(sandbox.runnerTemp);
        rmSync(join(venv, 'lib'), { recursive: true, force: true });
        await sandbox.post(first.result.state, service.env);
        const key = service.entries[0]?.key ?? '';

        newJob(sandbox.runnerTemp);
        const second = await runAction({ sandbox, withoutLighteval: true, inputs, env: service.env });
        expect(errorsOf(second.log)).toEqual([]);
        expect(second.log).toContain(
          `::warning::The cached LightEval environment ${key} does not run (${join(venv, 'bin', 'python')} finds no LightEval package): installing it again. Delete that cache entry to stop restoring it.`,
        );
        expect(readUvInvocations(logFile)).toHaveLength(4);
        expect(second.result.state).not.toHaveProperty('environment-cache');
      } finally {
        await service.close();
      }
    });

    it('neither restores nor saves with cache-lighteval: false', async () => {
      const service = await startCacheService();
      try {
        const { sandbox, inputs } = installingSandbox();
        const run = await runAction({
          sandbox,
          withoutLighteval: true,
          inputs: { ...inputs, 'cache-lighteval': 'false' },
          env: service.env,
        });
        expect(errorsOf(run.log)).toEqual([]);
        expect(run.result.state).not.toHaveProperty('environment-cache');
        await sandbox.post(run.result.state, service.env);
        expect(service.requests).toEqual([]);
      } finally {
        await service.close();
      }
    });
  });

  describe('export-bundle', () => {
    /** Every entry of a zip, inflated, as text: what a leak scan must read (the zip itself is compressed). */
    function zipEntriesText(bytes: Uint8Array): string[] {
      return Object.values(unzipSync(bytes)).map((entry) => Buffer.from(entry).toString('utf8'));
    }

    it('packs the configuration, the scrubbed results and the command line into a verified bundle that joins the artifact', async () => {
      const service = await startArtifactService();
      try {
        const run = await runAction({
          scenario: 'leak',
          inputs: { 'upload-artifact': 'true', 'export-bundle': 'true' },
          env: service.env,
        });
        expect(errorsOf(run.log)).toEqual([]);
        expect(run.result.status).toBe(0);
        const bundlePath = run.result.outputs['bundle-path'] ?? '';
        expect(bundlePath).toBe(join(run.sandbox.workspace, 'lighteval-output', 'openai_gpt-4o-mini.eval752.zip'));
        const bytes = new Uint8Array(readFileSync(bundlePath));
        const bundle = await openBundle(bytes, 'bundle');
        expect(bundle.manifest).toMatchObject({
          format: 'eval752-export',
          format_version: 1,
          run_id: '1234-2',
          model_name: 'openai/gpt-4o-mini',
          lighteval_version: '0.13.0',
          tasks: ['gsm8k|0', 'mmlu:anatomy|0'],
          max_samples: 5,
        });
        // The command line that ran, program first; the key only ever travels in LightEval's environment.
        const [invocation] = invocations();
        expect(bundle.manifest.command?.slice(1)).toEqual(invocation?.argv);
        expect(bundle.files.results?.path).toMatch(/^results\/openai\/gpt-4o-mini\/results_.*\.json$/);
        expect(bundle.results?.config_general.model_config).toMatchObject({ api_key: null });
        expect(bundle.files.configYaml).toBe(readFileSync(run.result.outputs['config-path'] ?? '', 'utf8'));
        for (const text of zipEntriesText(bytes)) expect(leaksIn(text)).toEqual([]);
        // The artifact holds the bundle byte for byte.
        const artifact = unzipArtifact(service.uploads[0]?.zip ?? Buffer.alloc(0));
        expect(artifact['openai_gpt-4o-mini.eval752.zip']?.equals(Buffer.from(bytes))).toBe(true);
      } finally {
        await service.close();
      }
    });

    it('fails the step when the bundle cannot be written, after uploading the files and results all the same', async () => {
      const service = await startArtifactService();
      try {
        const sandbox = newSandbox();
        const blocked = join(sandbox.workspace, 'lighteval-output', 'openai_gpt-4o-mini.eval752.zip');
        mkdirSync(join(blocked, 'in-the-way'), { recursive: true });
        const run = await runAction({
          sandbox,
          inputs: { 'upload-artifact': 'true', 'export-bundle': 'true' },
          env: service.env,
        });
        expect(run.result.status).toBe(1);
        expect(errorsOf(run.log)).toEqual([`Input "output-dir": cannot write ${blocked} (is a directory)`]);
        expect(run.result.outputs['bundle-path']).toBeUndefined();
        expect(run.result.outputs.passed).toBe('true');
        const names = Object.keys(unzipArtifact(service.uploads[0]?.zip ?? Buffer.alloc(0)));
        expect(names.filter((name) => name.startsWith('results/'))).toHaveLength(1);
      } finally {
        await service.close();
      }
    });

    it('packs the configuration alone without run-lighteval, and a crashed run with its command line', async () => {
      const configOnly = await runAction({
        inputs: { 'run-lighteval': 'false', tasks: '', 'max-samples': '', 'export-bundle': 'true' },
      });
      expect(configOnly.result.status).toBe(0);
      const bundle = await openBundle(
        new Uint8Array(readFileSync(configOnly.result.outputs['bundle-path'] ?? '')),
        'bundle',
      );
      expect(bundle.manifest).toMatchObject({ tasks: [], max_samples: null, command: null });
      expect(bundle.manifest.files.map((file) => file.path)).toEqual(['config.yaml', 'lighteval-model.yaml']);

      const crashed = await runAction({ scenario: 'crash', inputs: { 'export-bundle': 'true' } });
      expect(crashed.result.status).toBe(1);
      const kept = await openBundle(
        new Uint8Array(readFileSync(crashed.result.outputs['bundle-path'] ?? '')),
        'bundle',
      );
      expect(kept.manifest.command?.slice(1, 3)).toEqual(['endpoint', 'litellm']);
      expect(kept.files.results).toBeUndefined();
    });
  });

  describe('keys, forks and pull request comments', () => {
    let api: GitHubApi | undefined;
    afterEach(async () => {
      await api?.close();
      api = undefined;
    });

    function pullRequestEvent(sandbox: RunnerSandbox, fromFork: boolean): Record<string, string> {
      const path = join(sandbox.runnerTemp, '..', 'event.json');
      const head = fromFork ? 'contributor/octo-repo' : 'octo-org/octo-repo';
      writeFileSync(
        path,
        JSON.stringify({
          pull_request: {
            number: 7,
            head: { repo: { full_name: head } },
            base: { repo: { full_name: 'octo-org/octo-repo' } },
          },
          repository: { full_name: 'octo-org/octo-repo' },
        }),
      );
      return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo-org/octo-repo' };
    }

    it('skips the run on a fork pull request without a key, building the configuration', async () => {
      const sandbox = newSandbox();
      const run = await runAction({ sandbox, inputs: { 'api-key': '' }, env: pullRequestEvent(sandbox, true) });
      expect(run.result.status).toBe(0);
      expect(run.log).toMatch(/^::notice::.*fork.*LightEval did not run/m);
      expect(run.result.outputs.skipped).toBe('true');
      expect(run.result.outputs.passed).toBe('false');
      expect(run.result.outputs['summary-markdown']).toMatch(
        /^## LightEval results for <code>openai\/gpt-4o-mini<\/code>\n\n\*\*Skipped\*\*: this pull request comes from a fork/,
      );
      expect(run.result.summary).toContain('**Skipped**');
      expect(run.result.outputs['config-path']).toBeDefined();
      expect(invocations()).toEqual([]);
    });

    it.each([
      ['vllm', 'HOSTED_VLLM_API_KEY'],
      ['ollama', 'OLLAMA_API_KEY'],
      ['lm_studio', 'LM_STUDIO_API_KEY'],
    ])('runs a keyless local server (%s) without a key', async (type, keyVariable) => {
      const run = await runAction({
        inputs: { 'api-key': '', 'provider-type': type, 'base-url': 'http://127.0.0.1:8000/v1', model: 'qwen3-8b' },
      });
      expect(errorsOf(run.log)).toEqual([]);
      expect(run.result.status).toBe(0);
      expect(invocations()[0]).toMatchObject({ keyVariable, keySha256: null });
    });

    it('refuses a same-repository run without a key', async () => {
      const sandbox = newSandbox();
      const run = await runAction({ sandbox, inputs: { 'api-key': '' }, env: pullRequestEvent(sandbox, false) });
      expect(run.result.status).toBe(1);
      expect(errorsOf(run.log)).toEqual([
        'Input "api-key": required to run LightEval with openai (LiteLLM reads its key from OPENAI_API_KEY); pass the key from a secret',
      ]);
      expect(invocations()).toEqual([]);
    });

    it('posts one comment, then updates it in place', async () => {
      api = await startGitHubApi({
        tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: true } },
      });
      const sandbox = newSandbox();
      const env = { ...pullRequestEvent(sandbox, false), GITHUB_API_URL: api.url };
      const inputs = { comment: 'true', 'comment-key': 'smoke', 'github-token': GITHUB_TOKEN };
      const first = await runAction({ sandbox, inputs, env });
      expect(first.result.status).toBe(0);
      // Masked like the key, before anything else is printed.
      const lines = first.result.stdout.split('\n');
      const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
      expect(lines.slice(0, firstOther)).toContain(`::add-mask::${GITHUB_TOKEN}`);
      expect(api.commentsOn(7)).toHaveLength(1);
      const second = await runAction({ sandbox, inputs, env, metrics: { gsm8k: { extractive_match: 0.7 } } });
      expect(second.result.status).toBe(0);
      const comments = api.commentsOn(7);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('<!-- lighteval-action:smoke -->');
      expect(comments[0]?.body).toContain('| 0.7 |');
      expect(second.log).toMatch(/^Pull request comment updated: /m);
      expectNoLeaks(second, [JSON.stringify(api.requests.map((request) => request.body))]);
    });

    it('keeps one comment per matrix leg across pushes without a comment-key, with a link to the artifact', async () => {
      api = await startGitHubApi({
        tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: true } },
      });
      const service = await startArtifactService();
      try {
        const sandbox = newSandbox();
        const inputs = { comment: 'true', 'github-token': GITHUB_TOKEN, 'upload-artifact': 'true' };
        for (const runId of ['101', '102']) {
          for (const model of ['gpt-4o-mini', 'gpt-4.1-mini']) {
            const env = {
              ...pullRequestEvent(sandbox, false),
              ...service.env,
              GITHUB_API_URL: api.url,
              GITHUB_RUN_ID: runId,
              GITHUB_JOB: 'smoke',
            };
            const run = await runAction({ sandbox, inputs: { ...inputs, model, 'output-dir': `out-${model}` }, env });
            expect(run.result.status).toBe(0);
          }
        }
        const comments = api.commentsOn(7);
        expect(comments).toHaveLength(2);
        expect(
          comments.map(
            (comment) => /<!-- lighteval-action:(lighteval-smoke-openai-[\w.-]+) -->/.exec(comment.body)?.[1],
          ),
        ).toEqual([
          expect.stringMatching(/^lighteval-smoke-openai-gpt-4o-mini-[0-9a-f]{8}$/),
          expect.stringMatching(/^lighteval-smoke-openai-gpt-4.1-mini-[0-9a-f]{8}$/),
        ]);
        // Updated by the second push: it links that run's artifact.
        expect(comments[0]?.body).toMatch(
          /\nArtifact: \[lighteval-102-2-openai-gpt-4o-mini-[0-9a-f]{8}\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/102\/artifacts\/\d+\)\n$/,
        );
      } finally {
        await service.close();
      }
    });

    it('warns, never fails, when the token cannot comment', async () => {
      api = await startGitHubApi({
        tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: false } },
      });
      const sandbox = newSandbox();
      const run = await runAction({
        sandbox,
        inputs: { comment: 'true', 'github-token': GITHUB_TOKEN },
        env: { ...pullRequestEvent(sandbox, false), GITHUB_API_URL: api.url },
      });
      expect(run.result.status).toBe(0);
      expect(run.log).toMatch(/^::warning::Pull request comment not posted.*403.*The report is in the step summary\./m);
      expect(api.commentsOn(7)).toEqual([]);
    });
  });
});
