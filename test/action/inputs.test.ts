import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildInputs, InputError, issueSource } from '../../src/action/inputs.js';
import { readBuildInputs } from '../support/build-inputs.js';
import { inputVariables } from '../support/step-env.js';

const workspace = mkdtempSync(join(tmpdir(), 'lighteval-action-inputs-'));
writeFileSync(
  join(workspace, 'provider.yaml'),
  'id: p1\nname: File Provider\ntype: groq\nbase_url: https://api.groq.com/openai/v1\n',
);
writeFileSync(join(workspace, 'run.json'), '{"generation": {"temperature": 0.5}}');
writeFileSync(join(workspace, 'broken.yaml'), 'a: [1, 2\n');

/** The environment the runner gives a step, with these inputs (name → value). */
function env(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return { GITHUB_WORKSPACE: workspace, ...inputVariables(inputs), ...extra };
}

const MINIMAL = { 'provider-type': 'openai', 'base-url': 'https://api.openai.com/v1', model: 'gpt-4o-mini' };

async function failureOf(inputs: Record<string, string>): Promise<string> {
  const error: unknown = await readBuildInputs(env(inputs)).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe('readInputs', () => {
  it('applies the defaults when only the required inputs are set', async () => {
    const inputs = await readBuildInputs(env(MINIMAL, { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' }));
    expect(inputs).toEqual({
      provider: { type: 'openai', base_url: 'https://api.openai.com/v1', id: 'openai', name: 'openai' },
      providerSource: undefined,
      providerFieldInputs: ['type', 'base_url'],
      model: 'gpt-4o-mini',
      apiKey: '',
      apiKeyEnv: undefined,
      includeApiKey: false,
      runConfig: {},
      runConfigSource: undefined,
      runId: '42-3',
      datasetId: undefined,
      datasetName: undefined,
      lightevalVersion: '0.13.0',
      outputDir: join(workspace, 'lighteval-output'),
      uploadArtifact: true,
      artifactName: undefined,
      retentionDays: undefined,
      summary: true,
      exportBundle: false,
      evaluation: undefined,
      warnings: [],
    } satisfies BuildInputs);
  });

  it('reads every input', async () => {
    const inputs = await readBuildInputs(
      env({
        provider: '{"id": 7, "name": "Record", "type": "anthropic", "base_url": "https://r.example/v1", "extra": 1}',
        'provider-id': 'from-input',
        'provider-name': 'Named',
        model: ' claude-3-5-haiku ',
        'api-key': ' sk-key-with-spaces-around \n',
        'api-key-env': 'MY_KEY',
        'include-api-key': 'TRUE',
        'run-config': 'generation:\n  temperature: 0.1\n',
        'run-id': 'r1',
        'dataset-id': 'ds',
        'dataset-name': 'MMLU',
        'lighteval-version': '0.11.0',
        'output-dir': '/abs/out',
        'upload-artifact': 'False',
        'artifact-name': 'my-artifact',
        'retention-days': '5',
        summary: 'false',
        'export-bundle': 'True',
      }),
    );
    expect(inputs).toMatchObject({
      provider: { id: 'from-input', name: 'Named', type: 'anthropic', base_url: 'https://r.example/v1', extra: 1 },
      providerSource: { input: 'provider', file: undefined },
      providerFieldInputs: ['id', 'name'],
      model: 'claude-3-5-haiku',
      apiKey: 'sk-key-with-spaces-around',
      apiKeyEnv: 'MY_KEY',
      includeApiKey: true,
      runConfig: { generation: { temperature: 0.1 } },
      runConfigSource: { input: 'run-config', text: 'generation:\n  temperature: 0.1', file: undefined },
      runId: 'r1',
      datasetId: 'ds',
      datasetName: 'MMLU',
      lightevalVersion: '0.11.0',
      outputDir: '/abs/out',
      uploadArtifact: false,
      artifactName: 'my-artifact',
      retentionDays: 5,
      summary: false,
      exportBundle: true,
    });
  });

  it('reads the provider record and run configuration from files relative to the workspace', async () => {
    const inputs = await readBuildInputs(
      env({
        'provider-file': 'provider.yaml',
        'run-config-file': 'run.json',
        model: 'llama',
        'base-url': 'https://b.example',
      }),
    );
    expect(inputs.provider).toEqual({ id: 'p1', name: 'File Provider', type: 'groq', base_url: 'https://b.example' });
    expect(inputs.providerSource).toMatchObject({ input: 'provider-file', file: 'provider.yaml' });
    expect(inputs.runConfig).toEqual({ generation: { temperature: 0.5 } });
    expect(inputs.runConfigSource).toEqual({
      input: 'run-config-file',
      text: '{"generation": {"temperature": 0.5}}',
      file: 'run.json',
    });
  });

  it.each([
    [{ ...MINIMAL, model: '' }, 'Input "model": required; expected a model name such as gpt-4o-mini'],
    [{ model: 'm' }, 'Input "provider": required; set provider, provider-file or provider-type'],
    [{ ...MINIMAL, 'include-api-key': 'yes' }, 'Input "include-api-key": expected true or false, got "yes"'],
    [{ ...MINIMAL, 'upload-artifact': '1' }, 'Input "upload-artifact": expected true or false, got "1"'],
    [{ ...MINIMAL, summary: 'on' }, 'Input "summary": expected true or false, got "on"'],
    [
      { ...MINIMAL, 'lighteval-version': '0.13' },
      'Input "lighteval-version": expected a LightEval version X.Y.Z, such as 0.13.0, got "0.13"',
    ],
    [
      { ...MINIMAL, 'retention-days': '0' },
      'Input "retention-days": expected a whole number of days (1 or more), got "0"',
    ],
    [
      { ...MINIMAL, 'retention-days': '1.5' },
      'Input "retention-days": expected a whole number of days (1 or more), got "1.5"',
    ],
    [
      { ...MINIMAL, 'artifact-name': 'a/b' },
      'Input "artifact-name": expected an artifact name without " \' : < > | * ? \\ / or line breaks, got "a/b"',
    ],
    [
      { ...MINIMAL, provider: 'a: 1', 'provider-file': 'provider.yaml' },
      'Input "provider-file": set either provider or provider-file, not both',
    ],
    [
      { ...MINIMAL, 'run-config': '{}', 'run-config-file': 'run.json' },
      'Input "run-config-file": set either run-config or run-config-file, not both',
    ],
    [
      { ...MINIMAL, 'provider-file': 'missing.yaml' },
      `Input "provider-file": cannot read ${join(workspace, 'missing.yaml')} (no such file)`,
    ],
    [{ ...MINIMAL, 'run-config-file': '.' }, `Input "run-config-file": cannot read ${workspace} (is a directory)`],
    [
      { ...MINIMAL, 'run-config-file': 'broken.yaml' },
      'Input "run-config-file": invalid YAML or JSON at line 2, column 1:',
    ],
    [
      { ...MINIMAL, 'run-config': 'a: 1\n---\nb: 2' },
      'Input "run-config": expected one YAML or JSON document, found several',
    ],
  ])('refuses %j', async (inputs, message) => {
    expect(await failureOf(inputs)).toContain(message);
  });

  it('accepts the booleans of YAML 1.2 (true, True, TRUE and their false), and an empty run configuration document', async () => {
    for (const [text, value] of [
      ['True', true],
      ['TRUE', true],
      ['False', false],
      ['FALSE', false],
    ] as const) {
      const inputs = await readBuildInputs(env({ ...MINIMAL, 'include-api-key': text, 'run-config': '# nothing\n' }));
      expect(inputs.includeApiKey).toBe(value);
      expect(inputs.runConfig).toEqual({});
    }
    expect(await failureOf({ ...MINIMAL, 'include-api-key': 'tRuE' })).toBe(
      'Input "include-api-key": expected true or false, got "tRuE"',
    );
  });

  it('takes an output folder inside the workspace or an absolute one, never a relative path that climbs out', async () => {
    for (const [given, expected] of [
      ['out', join(workspace, 'out')],
      ['a/../b', join(workspace, 'b')],
      ['./x/..', workspace],
      ['..foo', join(workspace, '..foo')],
      ['/abs/out', '/abs/out'],
    ] as const) {
      expect((await readBuildInputs(env({ ...MINIMAL, 'output-dir': given }))).outputDir, given).toBe(expected);
    }
    for (const given of ['..', '../outside', 'a/../../b', './..']) {
      expect(await failureOf({ ...MINIMAL, 'output-dir': given })).toBe(
        `Input "output-dir": ${JSON.stringify(given)} is outside the workspace; expected a folder inside it, or an absolute path`,
      );
    }
  });

  it('refuses the key in any other input, naming it, without showing the key', async () => {
    const key = 'sk-test-0123456789abcdef';
    const message = await failureOf({ ...MINIMAL, 'api-key': key, 'dataset-name': `oops ${key}` });
    expect(message).toBe('Input "dataset-name": holds the API key; pass the key in api-key only');
  });
});

describe('issueSource', () => {
  it('names the input each field came from, and the document that holds it', async () => {
    const fromRecord = await readBuildInputs(
      env({ provider: 'type: openai', 'base-url': 'x', model: 'm', 'run-config-file': 'run.json' }),
    );
    const source = (path: string) => {
      const { input, field, document } = issueSource({ path, message: 'expected …' }, fromRecord);
      return [input, field, document?.file];
    };
    expect(source('provider.base_url')).toEqual(['base-url', '', undefined]);
    expect(source('provider.type')).toEqual(['provider', 'type', undefined]);
    expect(source('provider.rate_limits.timeout')).toEqual(['provider', 'rate_limits.timeout', undefined]);
    expect(source('provider')).toEqual(['provider', '', undefined]);
    expect(source('generation.temperature')).toEqual(['run-config-file', 'generation.temperature', 'run.json']);
    expect(source('model')).toEqual(['model', '', undefined]);
    expect(source('api_key_env')).toEqual(['api-key-env', '', undefined]);
    expect(source('lighteval_version')).toEqual(['lighteval-version', '', undefined]);

    const fieldsOnly = await readBuildInputs(env({ 'provider-type': 'openai', model: 'm' }));
    expect(issueSource({ path: 'provider.base_url', message: 'required' }, fieldsOnly).input).toBe('base-url');
    expect(issueSource({ path: 'generation.temperature', message: 'x' }, fieldsOnly).input).toBe('run-config');
  });
});
