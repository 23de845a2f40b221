/**
 * The LightEval stand-in (test/support/lighteval-standin/lighteval.mjs) answers to the real thing: the same
 * `lighteval endpoint litellm MODEL.yaml SPEC --output-dir DIR --max-samples 2 --custom-tasks ...` invocations run
 * through the stand-in and through real LightEval (offline, against the loopback provider), and what callers can see
 * is compared: the exit code, the class of error (usage error or Python exception, and which), the files written
 * and the shape of the results JSON (top-level keys, task keys under `results`). The stand-in invents its metric
 * values, so values are not compared. The differences that remain on purpose are asserted as such, so that the
 * stand-in's header stays true.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installLightevalStandin } from '../support/lighteval-standin.js';
import {
  type ProviderServer,
  type RecordedRequest,
  lastUserText,
  startProviderServer,
} from '../support/provider-server.js';
import { lightevalBin, type RealLightEvalVersion } from '../support/test-environments.js';

const KEY = 'sk-parity-canary-0123456789abcdef';
const REAL_TASKS_DIR = join(import.meta.dirname, '..', 'support', 'real-lighteval');
/** Every real invocation of every version starts at once: Python's imports take most of the time. */
const SETUP_TIMEOUT = 400_000;

function arithmeticAnswer(request: RecordedRequest): string {
  const question = /What is (\d+) ([-+*]) (\d+)\?/.exec(lastUserText(request));
  if (question === null) return 'OK';
  const [, a = '0', operator, b = '0'] = question;
  const [x, y] = [Number(a), Number(b)];
  return String(operator === '+' ? x + y : operator === '-' ? x - y : x * y);
}

type Scenario = 'good' | 'unknown-task' | 'unknown-model-key' | 'yml-model-file' | 'missing-key';

interface Observation {
  readonly exitCode: number | null;
  /** `none`, `usage` (a Click usage error, exit 2) or the Python exception's class name (without its module). */
  readonly error: string;
  /** Files under the output directory, relative, with run ids replaced by `*`. */
  readonly files: readonly string[];
  /** Top-level keys of the results JSON, sorted; null without a results file. */
  readonly topKeys: readonly string[] | null;
  /** Keys under `results`, sorted; null without a results file. */
  readonly taskKeys: readonly string[] | null;
  readonly stderr: string;
}

interface Run {
  readonly status: number | null;
  readonly stderr: string;
}

function runProcess(args: readonly string[], env: Record<string, string>, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('lighteval', args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function listFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** The exception named on the last `Name: message` line (plain or Rich traceback); `usage` for exit 2. */
function errorClass(status: number | null, stderr: string): string {
  if (status === 0) return 'none';
  if (status === 2) return 'usage';
  // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes (ESC [ ... m) of Rich tracebacks
  const text = stderr.replace(/\x1b\[[\d;]*m/g, '');
  const names = [...text.matchAll(/^([A-Za-z_][\w.]*(?:Error|Exception|Exit))(?::|$)/gm)].map(
    (match) => match[1] ?? '',
  );
  const last = names.at(-1);
  return last === undefined ? `exit ${status}` : (last.split('.').at(-1) ?? last);
}

function observe(run: Run, outputDir: string): Observation {
  const paths = listFiles(outputDir).map((path) => relative(outputDir, path));
  const files = paths.map((path) => path.replace(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(\.\d+)?/g, '*')).sort();
  const resultsPath = paths.find((path) => /^results\/.*\/results_[^/]*\.json$/.test(path));
  let topKeys: string[] | null = null;
  let taskKeys: string[] | null = null;
  if (resultsPath !== undefined) {
    // Python writes bare NaN/Infinity; only the keys matter here.
    const text = readFileSync(join(outputDir, resultsPath), 'utf8').replace(/\b(-?Infinity|NaN)\b/g, 'null');
    const document = JSON.parse(text) as Record<string, unknown>;
    topKeys = Object.keys(document).sort();
    taskKeys = Object.keys(document.results ?? {}).sort();
  }
  return {
    exitCode: run.status,
    error: errorClass(run.status, run.stderr),
    files,
    topKeys,
    taskKeys,
    stderr: run.stderr,
  };
}

/** What the comparison looks at: everything but stderr. */
function shape(observation: Observation): Omit<Observation, 'stderr'> {
  const { stderr: _stderr, ...rest } = observation;
  return rest;
}

function specOf(version: RealLightEvalVersion): string {
  if (version === '0.9.2') return 'custom|arith|0|0';
  if (version === '0.11.0') return 'custom|arith|0';
  return 'arith|0';
}

function modelYaml(version: RealLightEvalVersion, baseUrl: string, extra: string): string {
  const newer = version === '0.12.2' || version === '0.13.0';
  return [
    'model_parameters:',
    '  model_name: "openai/test-model"',
    '  provider: "openai"',
    `  base_url: "${baseUrl}"`,
    '  api_key: null',
    ...(version === '0.9.2' ? [] : ['  concurrent_requests: 2']),
    ...(newer ? ['  api_max_retry: 1', '  api_retry_sleep: 0.1'] : []),
    ...(extra === '' ? [] : [`  ${extra}`]),
    '  generation_parameters: {temperature: 0.0, max_new_tokens: 16}',
    '',
  ].join('\n');
}

interface Pair {
  readonly real: Observation;
  readonly standin: Observation;
}

/**
 * Runs one scenario through both. The custom tasks file is a copy of test/support/real-lighteval/arith_tasks.py with
 * the `# standin-task: arith` line the stand-in reads (it cannot run Python), beside a link to the task's data.
 */
async function runScenario(
  version: RealLightEvalVersion,
  scenario: Scenario,
  server: ProviderServer,
  standinBin: string,
): Promise<Pair> {
  const work = mkdtempSync(join(tmpdir(), `lighteval-parity-${version}-${scenario}-`));
  const customTasks = join(work, 'arith_tasks.py');
  copyFileSync(join(REAL_TASKS_DIR, 'arith_tasks.py'), customTasks);
  writeFileSync(customTasks, `${readFileSync(customTasks, 'utf8')}\n# standin-task: arith\n`);
  symlinkSync(join(REAL_TASKS_DIR, 'arith'), join(work, 'arith'));
  const modelFile = join(work, scenario === 'yml-model-file' ? 'model.yml' : 'model.yaml');
  writeFileSync(modelFile, modelYaml(version, server.url, scenario === 'unknown-model-key' ? 'bogus_option: 1' : ''));
  const spec = scenario === 'unknown-task' ? specOf(version).replace('arith', 'no_such_task') : specOf(version);

  const invoke = async (which: 'real' | 'standin'): Promise<Observation> => {
    const outputDir = join(work, `${which}-out`);
    const home = mkdtempSync(join(work, `${which}-home-`));
    const env: Record<string, string> = {
      PATH: [which === 'real' ? lightevalBin(version) : standinBin, process.env.PATH ?? ''].join(delimiter),
      HOME: home,
      HF_HOME: join(home, 'hf'),
      HF_HUB_OFFLINE: '1',
      HF_DATASETS_OFFLINE: '1',
      LITELLM_LOCAL_MODEL_COST_MAP: 'True',
      NO_PROXY: '*',
      ...(scenario === 'missing-key' ? {} : { OPENAI_API_KEY: KEY }),
    };
    const args = [
      'endpoint',
      'litellm',
      modelFile,
      spec,
      '--output-dir',
      outputDir,
      '--max-samples',
      '2',
      '--custom-tasks',
      customTasks,
    ];
    const run = await runProcess(args, env, work);
    return observe(run, outputDir);
  };
  const [real, standin] = await Promise.all([invoke('real'), invoke('standin')]);
  return { real, standin };
}

const PLAN: ReadonlyArray<readonly [RealLightEvalVersion, readonly Scenario[]]> = [
  ['0.13.0', ['good', 'unknown-task', 'unknown-model-key', 'yml-model-file', 'missing-key']],
  // Older releases are left out: on this 2-core machine a second version doubles the run time past the budget.
];

describe('the LightEval stand-in answers to real LightEval', () => {
  let server: ProviderServer;
  const pairs = new Map<string, Pair>();
  const startedAt = Date.now();

  beforeAll(async () => {
    server = await startProviderServer({ answer: arithmeticAnswer, apiKey: KEY });
    const base = mkdtempSync(join(tmpdir(), 'lighteval-parity-bin-'));
    const jobs = PLAN.flatMap(([version, scenarios]) => {
      const standinBin = installLightevalStandin(join(base, version, 'bin'), version);
      return scenarios.map(async (scenario) =>
        pairs.set(`${version} ${scenario}`, await runScenario(version, scenario, server, standinBin)),
      );
    });
    await Promise.all(jobs);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await server?.close();
    console.log(`stand-in parity: every invocation took ${Math.round((Date.now() - startedAt) / 1000)} s`);
  });

  const pair = (version: RealLightEvalVersion, scenario: Scenario): Pair => {
    const found = pairs.get(`${version} ${scenario}`);
    if (found === undefined) throw new Error(`no run for ${version} ${scenario}`);
    return found;
  };
  const detail = ({ real, standin }: Pair): string =>
    `real stderr:\n${real.stderr.slice(-2500)}\n\nstand-in stderr:\n${standin.stderr.slice(-1500)}`;

  for (const [version, scenarios] of PLAN) {
    describe(`LightEval ${version}`, () => {
      if (scenarios.includes('good')) {
        it('a good run: exit 0, one results file at results/<model>/results_*.json, the same keys', () => {
          const found = pair(version, 'good');
          expect(found.real.exitCode, detail(found)).toBe(0);
          expect(found.real.files).toEqual(['results/openai/test-model/results_*.json']);
          expect(found.real.taskKeys).toEqual(['all', version === '0.9.2' ? 'custom|arith|0' : specOf(version)]);
          expect(shape(found.standin)).toEqual(shape(found.real));
        });
      }
      if (scenarios.includes('unknown-task')) {
        it('an unknown task name: ValueError, exit 1, nothing written', () => {
          const found = pair(version, 'unknown-task');
          expect(found.real.error, detail(found)).toBe('ValueError');
          expect(found.real.files).toEqual([]);
          expect(shape(found.standin)).toEqual(shape(found.real));
        });
      }
      if (scenarios.includes('unknown-model-key')) {
        it('an unknown key in model_parameters: ValidationError (extra_forbidden), exit 1, nothing written', () => {
          const found = pair(version, 'unknown-model-key');
          expect(found.real.error, detail(found)).toBe('ValidationError');
          expect(found.real.stderr).toContain('extra_forbidden');
          expect(found.standin.stderr).toContain('extra_forbidden');
          expect(shape(found.standin)).toEqual(shape(found.real));
        });
      }
      if (scenarios.includes('yml-model-file')) {
        it('a .yml model file: read as key=value model arguments, so a ValidationError, exit 1', () => {
          const found = pair(version, 'yml-model-file');
          expect(found.real.error, detail(found)).toBe('ValidationError');
          expect(found.real.stderr).toMatch(/model_name\s+Field required/);
          expect(found.standin.stderr).toMatch(/model_name\s+Field required/);
          expect(shape(found.standin)).toEqual(shape(found.real));
        });
      }
      if (scenarios.includes('missing-key')) {
        it('a missing key (known difference): real LightEval retries, logs InternalServerError and exits 0 with empty answers; the stand-in stops with AuthenticationError, exit 1', () => {
          const found = pair(version, 'missing-key');
          expect(found.real.exitCode, detail(found)).toBe(0);
          expect(found.real.files).toEqual(['results/openai/test-model/results_*.json']);
          // With the LiteLLM installed beside 0.13.0, a missing OpenAI key is an InternalServerError ("Missing
          // credentials"), not the AuthenticationError the stand-in names.
          expect(found.real.stderr).toMatch(/Error in API call: litellm\.InternalServerError: .*Missing credentials/);
          expect(found.real.stderr).not.toMatch(/AuthenticationError/);
          expect(found.standin.exitCode).toBe(1);
          expect(found.standin.error).toBe('AuthenticationError');
          expect(found.standin.files).toEqual([]);
        });
      }
      it('tracebacks (known difference): Rich boxes with the bare class name from real LightEval, plain Python from the stand-in', () => {
        const found = pair(version, 'unknown-model-key');
        expect(found.real.stderr).toMatch(/^╭─+ Traceback \(most recent call last\) ─+╮$/m);
        expect(found.real.stderr).toMatch(/^ValidationError: /m);
        expect(found.standin.stderr).toMatch(/^Traceback \(most recent call last\):$/m);
        expect(found.standin.stderr).toMatch(/^pydantic_core\._pydantic_core\.ValidationError: /m);
      });
    });
  }
});
