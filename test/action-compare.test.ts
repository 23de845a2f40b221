/**
 * The compare action (compare/action.yml), as a matrix's last job runs it: each leg runs the main action with
 * LightEval (the stand-in) and uploads its artifact to the local artifact service; the artifacts are unpacked the way
 * actions/download-artifact lays them out (one folder per artifact); then one step compares them, with a comment
 * through the real octokit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, type RunnerSandbox, type StepResult } from './support/action-runner.js';
import { type ArtifactService, downloadArtifacts, startArtifactService } from './support/artifact-service.js';
import { type GitHubApi, startGitHubApi } from './support/github-api.js';
import { leaksIn, maskedLog, secretFormsOf } from './support/leak-scan.js';
import {
  installLightevalStandin,
  pathWithPrepended,
  type StandinMetricOverrides,
  standinEnvironment,
} from './support/lighteval-standin.js';
import { NODE_RUNTIMES } from './support/node-runtimes.js';
import { closedAfterEach } from './support/loopback.js';

const KEY = 'sk-report-"canary\'\\ %25 ünï-0123456789';
const GITHUB_TOKEN = 'ghs_reportCanaryToken0123456789';
const SECRET_FORMS = secretFormsOf([KEY, GITHUB_TOKEN]);

const LEGS: readonly { model: string; metrics: StandinMetricOverrides }[] = [
  { model: 'gpt-4o-mini', metrics: { gsm8k: { extractive_match: 0.7 } } },
  { model: 'gpt-4.1-mini', metrics: { gsm8k: { extractive_match: 0.9 } } },
  { model: 'o3-mini', metrics: { gsm8k: { extractive_match: 0.8 } } },
];

function errorsOf(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length));
}

function warningsOf(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length));
}

function expectNoLeaks(result: StepResult, sandbox: RunnerSandbox, extra: readonly string[] = []): void {
  expect(leaksIn(maskedLog(result.stdout), SECRET_FORMS), 'log').toEqual([]);
  expect(leaksIn(result.stderr, SECRET_FORMS), 'stderr').toEqual([]);
  expect(leaksIn(JSON.stringify(result.outputs), SECRET_FORMS), 'outputs').toEqual([]);
  expect(leaksIn(result.summary, SECRET_FORMS), 'summary').toEqual([]);
  for (const [path, text] of Object.entries(sandbox.workspaceFiles()))
    expect(leaksIn(text, SECRET_FORMS), path).toEqual([]);
  for (const text of extra) expect(leaksIn(text, SECRET_FORMS)).toEqual([]);
}

/** Runs every leg through the bundle, each uploading its artifact. */
async function runLegs(service: ArtifactService, newSandbox: () => RunnerSandbox): Promise<void> {
  for (const { model, metrics } of LEGS) {
    const sandbox = newSandbox();
    const bin = join(sandbox.runnerTemp, '..', 'bin');
    mkdirSync(bin, { recursive: true });
    installLightevalStandin(bin, '0.13.0');
    const result = await sandbox.main(
      {
        'provider-type': 'openai',
        'base-url': 'https://api.openai.com/v1',
        model,
        'api-key': KEY,
        'run-lighteval': 'true',
        tasks: 'gsm8k|0',
        'max-samples': '5',
      },
      { ...service.env, PATH: pathWithPrepended(bin), GITHUB_JOB: 'evaluate', ...standinEnvironment({ metrics }) },
    );
    expect(errorsOf(result.stdout)).toEqual([]);
    expect(result.status).toBe(0);
  }
}

function pullRequestEvent(sandbox: RunnerSandbox, api: GitHubApi): Record<string, string> {
  const path = join(sandbox.runnerTemp, '..', 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 9,
        head: { repo: { full_name: api.repository } },
        base: { repo: { full_name: api.repository } },
      },
      repository: { full_name: api.repository },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: api.repository,
    GITHUB_API_URL: api.url,
  };
}

// Under Node 22, the oldest engines allows, and Node 24, the runtime action.yml names (node-runtimes.ts): the whole
// file, about three seconds a runtime.
describe.each(NODE_RUNTIMES)('$name', (runtime) => {
  const newSandbox = () => createSandbox({ node: runtime.path() });

  describe('compare action', () => {
    const started = closedAfterEach();

    it("compares the legs' results in one table: summary, output and one comment kept up to date", async () => {
      const service = started(await startArtifactService());
      await runLegs(service, newSandbox);
      const api = started(
        await startGitHubApi({
          tokens: { [GITHUB_TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: true } },
        }),
      );
      const sandbox = newSandbox();
      const resultsDir = join(sandbox.workspace, 'matrix-results');
      downloadArtifacts(service, resultsDir);
      // Another tool's JSON among the artifacts: reported and skipped.
      writeFileSync(join(resultsDir, 'timings.json'), '{"seconds": 12}');
      const inputs = { 'results-dir': 'matrix-results', comment: 'true', 'github-token': GITHUB_TOKEN };
      const env = { ...pullRequestEvent(sandbox, api), GITHUB_JOB: 'compare' };

      const result = await sandbox.compare(inputs, env);
      expect(errorsOf(result.stdout)).toEqual([]);
      expect(result.status).toBe(0);
      expect(warningsOf(result.stdout)).toEqual([
        'timings.json: skipped, not LightEval results (no config_general or results)',
      ]);
      const table = result.outputs['summary-markdown'] ?? '';
      expect(table).toContain('## LightEval results: 3 models compared');
      const header = table.split('\n').find((line) => line.startsWith('| task | metric |'));
      expect(header).toBe(
        '| task | metric | <code>openai/gpt-4.1-mini</code> | <code>openai/gpt-4o-mini</code> | <code>openai/o3-mini</code> |',
      );
      expect(table).toMatch(
        /\| <code>gsm8k&#124;0<\/code> \| <code>extractive_match<\/code> \| \*\*0\.9\*\* \| 0\.7 \| 0\.8 \|/,
      );
      expect(table).toContain('timings.json');
      expect(result.summary).toContain(table);
      const [comment, ...others] = api.commentsOn(9);
      expect(others).toEqual([]);
      expect(comment?.body).toContain(table.trim());
      expectNoLeaks(result, sandbox, [comment?.body ?? '']);

      // The next run of the workflow updates the same comment.
      writeFileSync(join(resultsDir, 'timings.json'), '{"seconds": 13}');
      const again = await sandbox.compare(inputs, env);
      expect(again.status).toBe(0);
      expect(api.commentsOn(9)).toHaveLength(1);
    });

    it('fails with one error naming results-dir when it holds no results', async () => {
      const sandbox = newSandbox();
      mkdirSync(join(sandbox.workspace, 'empty'));
      writeFileSync(join(sandbox.workspace, 'empty', 'notes.json'), '[1, 2]');
      const result = await sandbox.compare({ 'results-dir': 'empty' });
      expect(result.status).toBe(1);
      expect(errorsOf(result.stdout)).toEqual([
        'Input "results-dir": no LightEval results found in empty; expected the folder the legs\' artifacts were downloaded into',
      ]);
      expect(result.outputs).toEqual({});
      expect(result.stderr).not.toMatch(/at .*\.cjs/);
    });

    it('names the missing folder, and results-dir when it is not set', async () => {
      const sandbox = newSandbox();
      const missing = await sandbox.compare({ 'results-dir': 'nowhere' });
      expect(missing.status).toBe(1);
      expect(errorsOf(missing.stdout)).toEqual([
        `Input "results-dir": ${join(sandbox.workspace, 'nowhere')}: no such file or folder`,
      ]);
      const unset = await sandbox.compare({});
      expect(unset.status).toBe(1);
      expect(errorsOf(unset.stdout)).toEqual([
        'Input "results-dir": required; expected the folder the results were downloaded into',
      ]);
    });

    it('refuses a boolean it cannot read, naming the input', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.compare({ 'results-dir': '.', comment: 'yes' });
      expect(result.status).toBe(1);
      expect(errorsOf(result.stdout)).toEqual(['Input "comment": expected true or false, got "yes"']);
    });
  });
});
