/**
 * The run path against real LightEval: the built action (under Node 22 and Node 24, node-runtimes.ts) and the command
 * line, with `install: false` and the LightEval of `scripts/test-environments.sh` first on PATH, calling the loopback
 * provider server through real LiteLLM. The task is the offline custom task of test/support/real-lighteval (the hub,
 * which LightEval's own tasks need, is out of reach), so every run is whole: loading, requests, metrics, results.
 * One suite per version, each in its own file, so that the versions run side by side.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandbox,
  MAIN_SCRIPT,
  ROOT,
  runNode,
  type RunnerSandbox,
  type StepResult,
} from '../support/action-runner.js';
import { type GitHubApi, startGitHubApi } from '../support/github-api.js';
import { applyMasks, leaksIn, maskedLog, masksOf, secretFormsOf } from '../support/leak-scan.js';
import { NODE_RUNTIMES } from '../support/node-runtimes.js';
import {
  type ProviderServer,
  type RecordedRequest,
  lastUserText,
  startProviderServer,
} from '../support/provider-server.js';
import { lightevalBin, type RealLightEvalVersion } from '../support/test-environments.js';

const KEY = 'sk-real-canary-7Zq0123456789abcdefXYZ';
const GITHUB_TOKEN = 'ghs_realCanaryToken0123456789';
const SECRET_FORMS = secretFormsOf([KEY, GITHUB_TOKEN]);
const CUSTOM_TASKS = join(ROOT, 'test', 'support', 'real-lighteval', 'arith_tasks.py');
const CLI = join(ROOT, 'dist', 'cli', 'index.cjs');
const SAMPLES = 4;

/** Right answers to the custom task's arithmetic questions, and OK to the action's test request. */
export function arithmeticAnswer(request: RecordedRequest): string {
  const question = /What is (\d+) ([-+*]) (\d+)\?/.exec(lastUserText(request));
  if (question === null) return 'OK';
  const [, a = '0', operator, b = '0'] = question;
  const [x, y] = [Number(a), Number(b)];
  return String(operator === '+' ? x + y : operator === '-' ? x - y : x * y);
}

/** The requests LightEval sent: every chat request but the action's test request before the run. */
function lightevalRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) => request.path.endsWith('/chat/completions') && lastUserText(request) !== 'Reply with OK.',
  );
}

/** A LightEval run takes tens of seconds (Python's imports, then the requests); a whole test several runs. */
const RUN_TIMEOUT = 300_000;

/** The environment of a run: real LightEval first on PATH, nothing reaching for the hub or the network. */
function offlineEnvironment(version: RealLightEvalVersion): Record<string, string> {
  return {
    PATH: [lightevalBin(version), process.env.PATH ?? ''].join(delimiter),
    // LightEval 0.12+ keeps every answer (failed ones too) under ~/.cache/huggingface/lighteval and answers the next
    // run with the same model and task from there: each run gets a home of its own.
    HOME: mkdtempSync(join(tmpdir(), 'lighteval-action-home-')),
    HF_HOME: mkdtempSync(join(tmpdir(), 'lighteval-action-hf-')),
    HF_HUB_OFFLINE: '1',
    HF_DATASETS_OFFLINE: '1',
    LITELLM_LOCAL_MODEL_COST_MAP: 'True',
    NO_PROXY: '*',
  };
}

/** Error commands, their data unescaped as the runner reads it. */
function errorsOf(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

/** Warning commands, their data unescaped as the runner reads it. */
function warningsOf(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

/** Nothing secret in the log as the runner shows it, the outputs, the summary or any file of the workspace. */
function expectNoLeaks(sandbox: RunnerSandbox, result: StepResult): void {
  expect(leaksIn(maskedLog(result.stdout), SECRET_FORMS), 'log').toEqual([]);
  expect(leaksIn(applyMasks(result.stderr, masksOf(result.stdout)), SECRET_FORMS), 'stderr').toEqual([]);
  expect(leaksIn(JSON.stringify(result.outputs), SECRET_FORMS), 'outputs').toEqual([]);
  expect(leaksIn(result.summary, SECRET_FORMS), 'summary').toEqual([]);
  for (const [path, text] of Object.entries(sandbox.workspaceFiles()))
    expect(leaksIn(text, SECRET_FORMS), path).toEqual([]);
}

function runCli(args: readonly string[], env: Record<string, string>, cwd: string) {
  return runNode(process.execPath, CLI, env, cwd, args);
}

/** What differs between the tested versions, as their own source has it. */
interface VersionFacts {
  /** The spec LightEval receives for the bare `arith` (custom tasks are in the `custom` suite up to 0.11). */
  readonly spec: string;
  /** The results key of the task. */
  readonly resultsKey: string;
  /** From 0.11 the native file has concurrent_requests; LightEval 0.9 runs a fixed pool of 20. */
  readonly concurrency: boolean;
  /** From 0.12 the native file has api_max_retry, so a failing run can be made short. */
  readonly retries: boolean;
}

function factsOf(version: RealLightEvalVersion): VersionFacts {
  if (version === '0.9.2')
    return { spec: 'custom|arith|0|0', resultsKey: 'custom|arith|0', concurrency: false, retries: false };
  if (version === '0.11.0')
    return { spec: 'custom|arith|0', resultsKey: 'custom|arith|0', concurrency: true, retries: false };
  return { spec: 'arith|0', resultsKey: 'arith|0', concurrency: true, retries: true };
}

const RUN_CONFIG = JSON.stringify({
  concurrent_requests: 2,
  max_retries: 1,
  generation: { temperature: 0.3, top_p: 0.9, max_new_tokens: 24, stop: ['###'], seed: 7 },
});

export function realLightEvalSuite(version: RealLightEvalVersion): void {
  const facts = factsOf(version);
  let server: ProviderServer;
  let api: GitHubApi;

  beforeAll(async () => {
    expect(existsSync(MAIN_SCRIPT), 'run npm run package first').toBe(true);
    lightevalBin(version);
    server = await startProviderServer({ answer: arithmeticAnswer, apiKey: KEY });
    api = await startGitHubApi({
      tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: true } },
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.close();
  });

  const inputsFor = (changes: Record<string, string> = {}): Record<string, string> => ({
    'provider-type': 'openai',
    'base-url': server.url,
    model: 'test-model',
    'api-key': KEY,
    'lighteval-version': version,
    'run-config': RUN_CONFIG,
    'run-lighteval': 'true',
    install: 'false',
    tasks: 'arith',
    'custom-tasks': CUSTOM_TASKS,
    'max-samples': String(SAMPLES),
    'upload-artifact': 'false',
    ...changes,
  });

  function pullRequestEvent(sandbox: RunnerSandbox): Record<string, string> {
    const path = join(sandbox.runnerTemp, '..', 'event.json');
    writeFileSync(
      path,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { repo: { full_name: 'octo-org/octo-repo' } },
          base: { repo: { full_name: 'octo-org/octo-repo' } },
        },
        repository: { full_name: 'octo-org/octo-repo' },
      }),
    );
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_API_URL: api.url,
    };
  }

  describe.each(NODE_RUNTIMES)(`LightEval ${version}, the action under $name`, (runtime) => {
    it(
      'runs the bare task the way the registry names it, with the key only in the auth header, and gates, reports, comments and exports real results',
      async () => {
        server.setBehaviour({ kind: 'answer' });
        const from = server.requests.length;
        const sandbox = createSandbox({ node: runtime.path() });
        const result = await sandbox.main(
          inputsFor({
            thresholds: `${facts.resultsKey}: {em: 0.9}`,
            'export-bundle': 'true',
            comment: 'true',
            'comment-key': `real-${version}-${runtime.major}`,
            'github-token': GITHUB_TOKEN,
          }),
          { ...offlineEnvironment(version), ...pullRequestEvent(sandbox) },
        );
        const log = maskedLog(result.stdout);
        expect(errorsOf(log), log.slice(-3000)).toEqual([]);
        expect(result.status).toBe(0);
        expectNoLeaks(sandbox, result);

        // The model file loaded and the run was whole: every answer right, the gate passed on it.
        expect(result.outputs.passed).toBe('true');
        const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, Record<string, number>>;
        expect(metrics[facts.resultsKey]?.em).toBe(1);
        // No request failed: no warning about them; the registry and the test request were there to be asked.
        expect(
          warningsOf(log).filter((line) => /requests? to the provider|task registry|test request/.test(line)),
        ).toEqual([]);

        const sent = server.requests.slice(from).filter((request) => request.path.endsWith('/chat/completions'));
        const fromLightEval = lightevalRequests(sent);
        expect(fromLightEval.length).toBeGreaterThanOrEqual(SAMPLES);
        for (const request of sent) {
          // The key reaches the provider in its auth header, and nowhere else in the request.
          expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
          expect(request.body.includes(KEY)).toBe(false);
        }
        for (const request of fromLightEval) {
          const body = request.json as Record<string, unknown>;
          // A chat: the chat template is on, on 0.9 too (where the action passes --use-chat-template).
          expect(Array.isArray(body.messages), JSON.stringify(body)).toBe(true);
          expect(body).toMatchObject({ model: 'test-model', temperature: 0.3, top_p: 0.9, seed: 7 });
          expect([body.max_tokens, body.max_completion_tokens], JSON.stringify(body)).toContain(24);
          expect(body.stop).toEqual(expect.arrayContaining(['###']));
        }
        if (facts.concurrency) expect(server.maxInFlight).toBeLessThanOrEqual(2);

        // The command line that ran: the spec as the installed registry names it, never the key.
        const bundlePath = result.outputs['bundle-path'] ?? '';
        const entries = unzipSync(readFileSync(bundlePath));
        const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
          command: string[];
          tasks: string[];
        };
        expect(manifest.tasks).toEqual([facts.spec]);
        expect(manifest.command).toContain(facts.spec);
        expect(manifest.command.includes('--use-chat-template')).toBe(version === '0.9.2');
        for (const [name, bytes] of Object.entries(entries))
          expect(leaksIn(new TextDecoder().decode(bytes), SECRET_FORMS), name).toEqual([]);

        expect(result.summary).toContain('arith');
        expect(result.summary).toContain('<code>em</code> | 1 |');
        const [comment] = api
          .commentsOn(7)
          .filter((each) => each.body.includes(`lighteval-action:real-${version}-${runtime.major}`));
        expect(comment?.body).toContain('<code>em</code> | 1 |');
        expect(leaksIn(JSON.stringify(api.requests.map((request) => request.body)), SECRET_FORMS)).toEqual([]);

        // The bundle replays through the command line against the same provider.
        const replayDir = mkdtempSync(join(tmpdir(), 'lighteval-action-replay-'));
        const replay = await runCli(
          [
            'replay',
            bundlePath,
            '--base-url',
            server.url,
            '--custom-tasks',
            CUSTOM_TASKS,
            '--output-dir',
            join(replayDir, 'out'),
          ],
          { ...offlineEnvironment(version), OPENAI_API_KEY: KEY },
          replayDir,
        );
        expect(replay.stderr.includes(KEY)).toBe(false);
        expect(replay.status, replay.stderr.slice(-2000)).toBe(0);
        // Names are code spans, with the | of task keys escaped, as Markdown tables need.
        expect(replay.stdout).toContain(`| \`${facts.resultsKey.replace(/\|/g, '\\|')}\` | \`em\` | 1 | 1 | 0 |`);
      },
      RUN_TIMEOUT,
    );
  });

  describe(`LightEval ${version}, failed requests`, () => {
    const runWith = async (changes: Record<string, string>, env: Record<string, string> = {}) => {
      const sandbox = createSandbox();
      const result = await sandbox.main(inputsFor(changes), { ...offlineEnvironment(version), ...env });
      expectNoLeaks(sandbox, result);
      return { result, log: maskedLog(result.stdout) };
    };

    it.each([
      [401, /authentication failed/],
      [404, /the model or the route was not found/],
    ])(
      'stops before LightEval runs when the provider answers %i',
      async (status, cause) => {
        server.setBehaviour({ kind: 'fail', status });
        const from = server.requests.length;
        const { result, log } = await runWith({ thresholds: '' });
        expect(result.status).toBe(1);
        expect(errorsOf(log)).toEqual([
          expect.stringMatching(
            new RegExp(`^::error::LightEval did not run: a test request to the provider failed.*${cause.source}`),
          ),
        ]);
        expect(result.outputs.passed).toBe('false');
        // One request: the test request, never LightEval's retries.
        expect(server.requests.length - from).toBe(1);
      },
      RUN_TIMEOUT,
    );

    it(
      'stops before LightEval runs when the provider cannot be reached',
      async () => {
        const closed = await startProviderServer();
        const url = closed.url;
        await closed.close();
        const { result, log } = await runWith({ 'base-url': url });
        expect(result.status).toBe(1);
        expect(errorsOf(log)).toEqual([
          expect.stringMatching(/^::error::LightEval did not run: .*could not be reached/),
        ]);
      },
      RUN_TIMEOUT,
    );

    it(
      'refuses an unknown task before the run, naming close ones',
      async () => {
        server.setBehaviour({ kind: 'answer' });
        const { result, log } = await runWith({ tasks: 'arit' });
        expect(result.status).toBe(1);
        expect(errorsOf(log).join('\n')).toMatch(
          new RegExp(`LightEval ${version.replace(/\./g, '\\.')} has no task "arit"; did you mean arith`),
        );
      },
      RUN_TIMEOUT,
    );

    if (facts.retries) {
      it(
        'fails a run whose every request was rate limited, whatever the gate says, naming the cause',
        async () => {
          // The test request passes; then every request of LightEval's is refused.
          server.setBehaviour((request) =>
            lastUserText(request) === 'Reply with OK.'
              ? { kind: 'answer' }
              : { kind: 'fail', status: 429, retryAfterSeconds: 0 },
          );
          const from = server.requests.length;
          const { result, log } = await runWith({});
          expect(result.status, log.slice(-4000)).toBe(1);
          expect(errorsOf(log)).toEqual([
            expect.stringMatching(
              new RegExp(`^::error::Every request to the provider failed \\(${SAMPLES} of ${SAMPLES}\\).*rate limit`),
            ),
          ]);
          expect(result.outputs.passed).toBe('false');
          expect(lightevalRequests(server.requests.slice(from)).length).toBeGreaterThanOrEqual(SAMPLES);
        },
        RUN_TIMEOUT,
      );

      it(
        'warns when some requests failed, and fails past max-failed-requests',
        async () => {
          // Sums always fail with a server error (LiteLLM's own retries meet it too); LightEval (max_retries 1) gives up
          // on those and scores the others. Which questions --max-samples picks is LightEval's business: count them.
          const isSum = (request: RecordedRequest) => /What is \d+ \+ \d+\?/.test(lastUserText(request));
          server.setBehaviour((request) => (isSum(request) ? { kind: 'fail', status: 500 } : { kind: 'answer' }));
          const failedQuestions = (from: number) =>
            new Set(lightevalRequests(server.requests.slice(from)).filter(isSum).map(lastUserText)).size;

          let from = server.requests.length;
          const tolerant = await runWith({ 'max-failed-requests': '1' });
          const failed = failedQuestions(from);
          expect(failed).toBeGreaterThan(0);
          expect(failed).toBeLessThan(SAMPLES);
          const share = `${Math.round((failed / SAMPLES) * 100)}%`;
          expect(tolerant.result.status, tolerant.log.slice(-2000)).toBe(0);
          expect(warningsOf(tolerant.log)).toEqual([
            `::warning::${failed} of ${SAMPLES} requests to the provider (${share}) failed and were scored as wrong answers: the provider answered with server errors.`,
          ]);
          expect(tolerant.result.outputs.passed).toBe('true');

          from = server.requests.length;
          const strict = await runWith({});
          expect(failedQuestions(from)).toBe(failed);
          expect(strict.result.status).toBe(1);
          expect(errorsOf(strict.log)).toEqual([
            `::error::${failed} of ${SAMPLES} requests to the provider (${share}) failed and were scored as wrong answers: the provider answered with server errors; more than max-failed-requests (0.05) allows.`,
          ]);
          expect(strict.result.outputs.passed).toBe('false');
        },
        RUN_TIMEOUT,
      );
    }
  });
}
