/**
 * The README's three LightEval workflows are meant to be copied: each one's action steps are run through the
 * built action as the runner would (secrets and matrix values filled in, the stand-in LightEval on PATH, the stand-in
 * artifact service and GitHub API), and must do what the README says.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSandbox, ROOT, type RunnerSandbox } from './support/action-runner.js';
import { downloadArtifacts, startArtifactService } from './support/artifact-service.js';
import { startGitHubApi } from './support/github-api.js';
import { installLightevalStandin, pathWithPrepended } from './support/lighteval-standin.js';
import { closedAfterEach } from './support/loopback.js';
import { README_ACTION_REF, README_COMPARE_REF, type Workflow, workflowUnder } from './support/readme-workflows.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const compareAction = parse(readFileSync(join(ROOT, 'compare', 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const KEY = 'sk-readme-workflow-0123456789';
const TOKEN = 'ghs_readmeWorkflowToken42';

/** The action's step and its job's matrix. */
function actionStep(workflow: Workflow) {
  for (const job of Object.values(workflow.jobs)) {
    const step = job.steps.find((candidate) => candidate.uses === README_ACTION_REF);
    if (step !== undefined) return { inputs: step.with ?? {}, matrix: job.strategy?.matrix ?? {} };
  }
  throw new Error('no lighteval-action step');
}

/** The step's inputs as the runner passes them: expressions evaluated, every value a string. */
function evaluated(inputs: Record<string, unknown>, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => {
      const text = String(value).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (expression, path: string) => {
        const replacement = values[path];
        if (replacement === undefined) throw new Error(`no value for ${expression} in input ${name}`);
        return replacement;
      });
      return [name, text];
    }),
  );
}

function expectKnownInputs(inputs: Record<string, unknown>): void {
  for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs), name).toContain(name);
}

function standinPath(sandbox: RunnerSandbox): string {
  const bin = join(sandbox.runnerTemp, '..', 'bin');
  mkdirSync(bin, { recursive: true });
  return pathWithPrepended(installLightevalStandin(bin, '0.13.0'));
}

describe('the README workflows', () => {
  const started = closedAfterEach();

  it('pull request smoke run: few samples, one comment on the pull request', async () => {
    const workflow = workflowUnder('### Pull request smoke run');
    expect(workflow.on).toBe('pull_request');
    expect(workflow.permissions).toMatchObject({ 'pull-requests': 'write' });
    const { inputs } = actionStep(workflow);
    expectKnownInputs(inputs);
    expect(inputs).toMatchObject({ 'run-lighteval': true, comment: true });
    expect(inputs).toHaveProperty('max-samples');

    const sandbox = createSandbox();
    const api = started(
      await startGitHubApi({ tokens: { [TOKEN]: { login: 'github-actions[bot]', kind: 'app', canWrite: true } } }),
    );
    const event = join(sandbox.runnerTemp, '..', 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { repo: { full_name: api.repository } },
          base: { repo: { full_name: api.repository } },
        },
        repository: { full_name: api.repository },
      }),
    );
    const result = await sandbox.main(
      // github-token: the runner fills in action.yml's default, `${{ github.token }}`.
      { ...evaluated(inputs, { 'secrets.OPENAI_API_KEY': KEY }), 'github-token': TOKEN, 'upload-artifact': 'false' },
      {
        PATH: standinPath(sandbox),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: api.repository,
        GITHUB_API_URL: api.url,
      },
    );
    expect(result.stdout).not.toContain('::error::');
    expect(result.status).toBe(0);
    const [comment] = api.commentsOn(3);
    expect(comment?.body).toContain(result.outputs['summary-markdown']?.trim() ?? 'no report');
    expect(comment?.body).toContain('at most 20 samples per task');
  });

  it('nightly matrix: one run per model, each with its own artifact, then one table comparing them', async () => {
    const workflow = workflowUnder('### Nightly matrix of models');
    const { inputs, matrix } = actionStep(workflow);
    expectKnownInputs(inputs);
    const models = (matrix.model ?? []).map(String);
    expect(models.length).toBeGreaterThan(1);

    const service = started(await startArtifactService());
    for (const model of models) {
      const sandbox = createSandbox();
      mkdirSync(join(sandbox.workspace, 'evals'));
      copyFileSync(join(ROOT, 'examples', 'provider.yaml'), join(sandbox.workspace, String(inputs['provider-file'])));
      copyFileSync(
        join(ROOT, 'examples', 'run-config.yaml'),
        join(sandbox.workspace, String(inputs['run-config-file'])),
      );
      writeFileSync(
        join(sandbox.workspace, String(inputs.tasks)),
        '# smoke set\ngsm8k|0\nifeval|0  # instruction following\n',
      );
      const result = await sandbox.main(evaluated(inputs, { 'secrets.OPENAI_API_KEY': KEY, 'matrix.model': model }), {
        ...service.env,
        PATH: standinPath(sandbox),
      });
      expect(result.stdout).not.toContain('::error::');
      expect(result.status).toBe(0);
      const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, unknown>;
      expect(Object.keys(metrics)).toEqual(['gsm8k|0', 'ifeval|0', 'all']);
    }
    const names = service.uploads.map((upload) => upload.name);
    expect(names).toHaveLength(models.length);
    expect(new Set(names).size).toBe(models.length);

    // The compare job: the legs' artifacts downloaded as actions/download-artifact lays them out, then one table.
    const compare = workflow.jobs.compare;
    expect(compare?.needs).toBe('evaluate');
    const download = compare?.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))?.with ?? {};
    const pattern = new RegExp(`^${String(download.pattern).replace(/\*/g, '.*')}$`);
    for (const name of names) expect(name).toMatch(pattern);
    const compareInputs = compare?.steps.find((step) => step.uses === README_COMPARE_REF)?.with ?? {};
    for (const name of Object.keys(compareInputs)) expect(Object.keys(compareAction.inputs), name).toContain(name);
    const sandbox = createSandbox();
    downloadArtifacts(service, join(sandbox.workspace, String(download.path)));
    const result = await sandbox.compare(evaluated(compareInputs, {}), {});
    expect(result.stdout).not.toContain('::error::');
    expect(result.stdout).not.toContain('::warning::');
    expect(result.status).toBe(0);
    expect(result.outputs['summary-markdown']).toContain(`## LightEval results: ${models.length} models compared`);
    for (const model of models) expect(result.summary).toContain(`<code>openai/${model}</code>`);
  });

  it('release gate: passes on the baseline it saved, fails when a metric drops', async () => {
    const workflow = workflowUnder('### Release gate');
    const { inputs } = actionStep(workflow);
    expectKnownInputs(inputs);
    expect(inputs).toHaveProperty('thresholds');
    expect(inputs).toHaveProperty('baseline');

    const sandbox = createSandbox();
    const PATH = standinPath(sandbox);
    mkdirSync(join(sandbox.workspace, 'evals'));
    const baseline = join(sandbox.workspace, String(inputs.baseline));
    // The first release's numbers: a LightEval results file would do too.
    writeFileSync(baseline, JSON.stringify({ 'gsm8k|0': { extractive_match: 0.9 } }));
    const step = { ...evaluated(inputs, { 'secrets.OPENAI_API_KEY': KEY }), 'upload-artifact': 'false' };
    const first = await sandbox.main(step, { PATH });
    expect(first.stdout).not.toContain('::error::');
    expect(first.outputs.passed).toBe('true');

    // The workflow saves the metrics output as the next baseline; it must read back as one.
    writeFileSync(baseline, `${first.outputs.metrics}\n`);
    const dropped = await sandbox.main(step, {
      PATH,
      LIGHTEVAL_STANDIN_METRICS: JSON.stringify({ ifeval: { prompt_level_strict_acc: 0.72 } }),
    });
    expect(dropped.status).toBe(1);
    expect(dropped.outputs.passed).toBe('false');
    expect(dropped.stdout).toContain(
      '::error::ifeval|0 prompt_level_strict_acc = 0.72, more than 0.02 below the baseline 0.75',
    );
  });
});
