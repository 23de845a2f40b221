import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs } from '../src/action/names.js';
import type { ConfigDict, NativeModelFile } from '../src/config/index.js';
import { createSandbox, MAIN_SCRIPT, type RunnerSandbox, type StepResult } from './support/action-runner.js';
import { type ArtifactService, startArtifactService, unzipArtifact } from './support/artifact-service.js';
import { installLightevalStandin, pathWithPrepended } from './support/lighteval-standin.js';
import { NODE_RUNTIMES } from './support/node-runtimes.js';

const FIELDS = {
  'provider-type': 'openai',
  'base-url': 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  'upload-artifact': 'false',
};

/** Two lines and characters that every encoding changes. */
const CANARY_KEY = 'sk-canary-"q\'uo\\te %25 &amp=+ ünï/\nsecond-line-7Zq';
const URL_USER = 'canary-user';
const URL_PASSWORD = 'p@ss word';
const URL_TOKEN = 'tok+en/Secret=';
const BASE_URL =
  `https://${URL_USER}:${encodeURIComponent(URL_PASSWORD)}@llm.example.com/v1` +
  `?api_key=${encodeURIComponent(URL_TOKEN)}&region=eu`;

/** Every form of a secret that could be printed: as is, line by line, URL-encoded two ways, JSON-escaped. */
function leakForms(secret: string): string[] {
  return [
    secret,
    ...secret.split('\n'),
    encodeURIComponent(secret),
    new URLSearchParams({ k: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
}
const SECRETS = [CANARY_KEY, URL_PASSWORD, encodeURIComponent(URL_PASSWORD), URL_TOKEN, encodeURIComponent(URL_TOKEN)];
const FORMS = [...new Set(SECRETS.flatMap(leakForms))];

function leaksIn(text: string): string[] {
  return FORMS.filter((form) => text.includes(form));
}

beforeAll(() => {
  expect(existsSync(MAIN_SCRIPT), 'run npm run package first').toBe(true);
});

/** The workflow commands the runner would act on in a step's log: lines (ended by \n or \r) starting with `::` or `##[`. */
function commandsIn(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

describe('every input, holding a line break and a workflow command', () => {
  const PAYLOAD = 'x\n::warning::injected\r::stop-commands::tok\n##[error]old-style';
  it.each(Object.values(Inputs))(
    '%s starts no command of its own in the log, whatever happens to the step',
    async (input) => {
      const sandbox = createSandbox();
      // An output folder that exists, so that the input reaches the lines that print it.
      const result = await sandbox.main({
        ...FIELDS,
        'run-lighteval': 'true',
        tasks: 'gsm8k',
        install: 'false',
        [input]: PAYLOAD,
      });
      // Only the commands the action writes through @actions/core, whose data it escapes; none the payload started.
      const foreign = commandsIn(result.stdout).filter(
        (line) => !/^::(add-mask|error|warning|notice|debug|group|endgroup)( [^:]*)?::/.test(line),
      );
      expect(foreign, result.stdout).toEqual([]);
      expect(
        result.stdout
          .split(/\r\n|\r|\n/)
          .filter((line) => /^\s*(::warning::injected|::stop-commands::|##\[error\])/.test(line)),
      ).toEqual([]);
    },
  );
});

// Under Node 22, the oldest engines allows, and Node 24, the runtime action.yml names (node-runtimes.ts): the whole
// file, about two seconds a runtime.
describe.each(NODE_RUNTIMES)('$name', (runtime) => {
  const newSandbox = () => createSandbox({ node: runtime.path() });

  it('is the Node it names', () => {
    const version = spawnSync(runtime.path(), ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(version.split('.')[0]).toBe(String(runtime.major));
  });

  describe('the action, run as the runner runs it', () => {
    it('writes the redacted files, sets every output and the summary from single-field inputs', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({ ...FIELDS, 'api-key': 'sk-test-0123456789abcdef', 'dataset-name': 'MMLU' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);

      const outputDir = join(sandbox.workspace, 'lighteval-output');
      expect(result.outputs).toEqual({
        'config-path': join(outputDir, 'config.yaml'),
        'config-json': expect.any(String) as string,
        'lighteval-config-path': join(outputDir, 'lighteval-model.yaml'),
        'model-name': 'openai/gpt-4o-mini',
        warnings: '[]',
      });
      const files = sandbox.workspaceFiles();
      expect(Object.keys(files).sort()).toEqual([
        'lighteval-output/config.yaml',
        'lighteval-output/lighteval-model.yaml',
      ]);
      const config = parse(files['lighteval-output/config.yaml'] ?? '') as ConfigDict;
      expect(JSON.parse(result.outputs['config-json'] ?? '')).toEqual(config);
      expect(config.metadata).toEqual({
        provider_id: 'openai',
        provider_name: 'openai',
        provider_type: 'openai',
        model_name: 'openai/gpt-4o-mini',
        run_id: '1234-2',
        dataset_id: null,
        dataset_name: 'MMLU',
      });
      expect(config.model_parameters[0].api_key_env).toBe('OPENAI_API_KEY');
      const native = parse(files['lighteval-output/lighteval-model.yaml'] ?? '') as NativeModelFile;
      expect(native.model_parameters).toMatchObject({ model_name: 'openai/gpt-4o-mini', api_key: null });

      expect(result.summary).toContain('## LightEval configuration');
      expect(result.summary).toContain('| model_name | <code>openai/gpt-4o-mini</code> |');
      expect(result.summary).toContain('| api_key_env | <code>OPENAI_API_KEY</code> |');
      expect(result.state).toEqual({});
      expect(readdirSync(sandbox.runnerTemp)).toEqual([]);
    });

    it('reports warnings as annotations and as the warnings output', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({ ...FIELDS, 'run-config': 'temprature: 0.2\nconcurrent_requests: 5000\n' });
      expect(result.status).toBe(0);
      const warnings = JSON.parse(result.outputs.warnings ?? '') as string[];
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain('temprature: unknown field, ignored; did you mean temperature?');
      for (const warning of warnings) expect(result.stdout).toContain(`::warning::${warning}\n`);
      expect(result.summary).toContain('### Warnings');
    });

    it.each([
      [{ ...FIELDS, 'base-url': 'ftp://x' }, 'Input "base-url": expected an http(s) URL'],
      [
        { ...FIELDS, 'run-config': 'generation:\n  temperature: 5\n' },
        'Input "run-config", field generation.temperature: expected a number from 0 to 2, got 5',
      ],
      [
        {
          ...FIELDS,
          provider: 'type: openai\nbase_url: https://a.example\nrate_limits: {max_concurency: 2}',
          'base-url': '',
        },
        'Input "provider", field rate_limits.max_concurency: unknown field; did you mean max_concurrency?',
      ],
      [{ ...FIELDS, 'include-api-key': 'yes' }, 'Input "include-api-key": expected true or false, got "yes"'],
      [{ ...FIELDS, 'lighteval-version': '0.8.0' }, 'Input "lighteval-version": expected 0.9.0 or later'],
      [{ ...FIELDS, model: '' }, 'Input "model": required'],
    ])('fails on bad input with one error naming it, exit code 1 and nothing written: %j', async (inputs, message) => {
      const sandbox = newSandbox();
      const result = await sandbox.main(inputs);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
      expect(result.stdout).not.toMatch(/\n\s+at /);
      expect(result.outputs).toEqual({});
      expect(result.summary).toBe('');
      expect(sandbox.workspaceFiles()).toEqual({});
      expect(readdirSync(sandbox.runnerTemp)).toEqual([]);
    });

    it('pins an error in a provider or run-config file to its line, so that GitHub shows it on the file', async () => {
      const sandbox = newSandbox();
      writeFileSync(
        join(sandbox.workspace, 'run.yaml'),
        '# quick run\ngeneration:\n  max_new_tokens: 256\n  temperature: 5\n',
      );
      writeFileSync(
        join(sandbox.workspace, 'provider.json'),
        '{\n  "type": "openai",\n  "base_url": "https://a.example",\n  "rate_limits": {"max_concurency": 2}\n}\n',
      );
      writeFileSync(join(sandbox.workspace, 'broken.yaml'), 'generation:\n  temperature: [0.5\n');
      const cases = [
        [
          { 'run-config-file': 'run.yaml' },
          'file=run.yaml,line=4,col=16',
          'Input "run-config-file", field generation.temperature: expected a number from 0 to 2, got 5',
        ],
        [
          { 'provider-file': 'provider.json', 'provider-type': '', 'base-url': '' },
          'file=provider.json,line=4,col=37',
          'Input "provider-file", field rate_limits.max_concurency: unknown field; did you mean max_concurrency?',
        ],
        [
          { 'run-config-file': 'broken.yaml' },
          'file=broken.yaml,line=3,col=1',
          'Input "run-config-file": invalid YAML or JSON at line 3, column 1:',
        ],
      ] as const;
      for (const [inputs, location, message] of cases) {
        const result = await sandbox.main({ ...FIELDS, ...inputs });
        expect(result.status).toBe(1);
        const [error, ...others] = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
        expect(others).toEqual([]);
        expect(error).toContain(`::error ${location}::${message}`);
      }
      // An inline document has no file to point at.
      const inline = await sandbox.main({ ...FIELDS, 'run-config': 'generation:\n  temperature: 5\n' });
      expect(inline.stdout).toContain('::error::Input "run-config", field generation.temperature');
    });

    it('names output-dir when the folder cannot be written', async () => {
      const sandbox = newSandbox();
      writeFileSync(join(sandbox.workspace, 'taken'), 'a file, not a folder\n');
      const result = await sandbox.main({ ...FIELDS, 'output-dir': 'taken' });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(
        `::error::Input "output-dir": cannot write ${join(sandbox.workspace, 'taken')} (a file is in the way)\n`,
      );
      expect(result.outputs).toEqual({});
    });
  });

  describe('secrets', () => {
    it('masks the key and base-url credentials first, leaks them nowhere, and the post step removes the secret files', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({
        ...FIELDS,
        'base-url': BASE_URL,
        'api-key': CANARY_KEY,
        'include-api-key': 'true',
        'run-config': 'generation:\n  temperature: 0.3\n  seed: 9\n',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);

      // Masks come first, and each form is registered.
      const lines = result.stdout.split('\n').filter((line) => line !== '');
      const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
      const maskLines = lines.slice(0, firstOther === -1 ? lines.length : firstOther);
      expect(lines.slice(maskLines.length).some((line) => line.startsWith('::add-mask::'))).toBe(false);
      const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      const masked = maskLines.map((line) => unescape(line.slice('::add-mask::'.length)));
      for (const form of FORMS) expect(masked, form).toContain(form);

      // Nowhere else: log lines, outputs, summary, workspace files. The runner drops an output that contains a
      // masked value, so no output may contain any of them.
      for (const line of lines.slice(maskLines.length)) expect(leaksIn(line), line).toEqual([]);
      for (const [name, value] of Object.entries(result.outputs)) {
        expect(leaksIn(value), name).toEqual([]);
        expect(
          masked.filter((form) => value.includes(form)),
          name,
        ).toEqual([]);
      }
      expect(leaksIn(result.summary)).toEqual([]);
      const files = sandbox.workspaceFiles();
      expect(Object.keys(files)).toHaveLength(2);
      for (const [path, text] of Object.entries(files)) expect(leaksIn(text), path).toEqual([]);
      expect((parse(files['lighteval-output/config.yaml'] ?? '') as ConfigDict).model_parameters[0]).toMatchObject({
        api_key: 'sk-***',
        base_url: 'https://***@llm.example.com/v1?api_key=***&region=eu',
      });

      // The secret files: under RUNNER_TEMP, owner-only, holding the real key and URL.
      const secretDir = result.state['secret-dir'] ?? '';
      expect(secretDir.startsWith(join(sandbox.runnerTemp, 'lighteval-action-'))).toBe(true);
      const secretConfigPath = result.outputs['secret-config-path'] ?? '';
      expect(secretConfigPath).toBe(join(secretDir, 'config.yaml'));
      expect(readdirSync(secretDir).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
      for (const name of readdirSync(secretDir)) expect(statSync(join(secretDir, name)).mode & 0o777).toBe(0o600);
      expect(statSync(secretDir).mode & 0o777).toBe(0o700);
      const secretConfig = parse(readFileSync(secretConfigPath, 'utf8')) as ConfigDict;
      expect(secretConfig.model_parameters[0]).toMatchObject({ api_key: CANARY_KEY, base_url: BASE_URL });
      const secretNative = parse(readFileSync(join(secretDir, 'lighteval-model.yaml'), 'utf8')) as NativeModelFile;
      expect(secretNative.model_parameters).toMatchObject({
        base_url: BASE_URL,
        api_key: null,
      });

      const post = await sandbox.post(result.state);
      expect(post.status).toBe(0);
      expect(existsSync(secretDir)).toBe(false);
      expect(readdirSync(sandbox.runnerTemp)).toEqual([]);
      expect(leaksIn(post.stdout)).toEqual([]);
    });

    it('masks the credentials of a base_url that the provider record brings', async () => {
      const sandbox = newSandbox();
      const provider = `type: openai\nbase_url: "https://llm.example.com/v1?token=${encodeURIComponent(URL_TOKEN)}"\n`;
      const result = await sandbox.main({ ...FIELDS, 'base-url': '', provider });
      expect(result.status).toBe(0);
      const lines = result.stdout.split('\n').filter((line) => line !== '');
      const maskCount = lines.findIndex((line) => !line.startsWith('::add-mask::'));
      const masks = lines.slice(0, maskCount);
      expect(masks).toContain(`::add-mask::${encodeURIComponent(URL_TOKEN).replace(/%/g, '%25')}`);
      expect(masks).toContain(`::add-mask::${URL_TOKEN}`);
      for (const line of lines.slice(maskCount)) expect(leaksIn(line), line).toEqual([]);
      for (const text of Object.values(sandbox.workspaceFiles())) expect(leaksIn(text)).toEqual([]);
    });

    it("masks the credentials of package indexes, in the inputs and in the step's uv and pip variables, before anything else", async () => {
      const sandbox = newSandbox();
      const passwords = [
        'inputIndexPass-0123456789',
        'extraIndexPass-0123456789',
        'uvIndexPass-0123456789',
        'pipIndexPass-0123456789',
      ];
      const result = await sandbox.main(
        {
          ...FIELDS,
          'index-url': `https://reader:${passwords[0]}@pypi.example/simple`,
          'extra-index-urls': `https://one.example/simple\nhttps://reader:${passwords[1]}@two.example/simple`,
        },
        {
          UV_INDEX: `https://reader:${passwords[2]}@uv.example/simple`,
          PIP_EXTRA_INDEX_URL: `https://reader:${passwords[3]}@pip.example/simple`,
        },
      );
      expect(result.status).toBe(0);
      const lines = result.stdout.split('\n').filter((line) => line !== '');
      const masks = lines.slice(
        0,
        lines.findIndex((line) => !line.startsWith('::add-mask::')),
      );
      for (const password of passwords) expect(masks).toContain(`::add-mask::${password}`);
    });

    it('does not mask a user name beside a password, which would hide it everywhere and drop the outputs', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({ ...FIELDS, 'base-url': 'https://api:pw-0123456789@api.example.com/v1' });
      expect(result.status).toBe(0);
      const masks = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
      expect(masks).toEqual([
        '::add-mask::api:pw-0123456789',
        '::add-mask::api%253Apw-0123456789',
        '::add-mask::pw-0123456789',
      ]);
      expect((JSON.parse(result.outputs['config-json'] ?? '') as ConfigDict).model_parameters[0].base_url).toBe(
        'https://***@api.example.com/v1',
      );
    });

    it('leaves no secret in the error when the key is pasted into the wrong input', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({ ...FIELDS, 'api-key': CANARY_KEY, 'api-key-env': CANARY_KEY });
      expect(result.status).toBe(1);
      const lines = result.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::add-mask::'));
      expect(lines).toEqual(['::error::Input "api-key-env": holds the API key; pass the key in api-key only']);
    });

    it('refuses the key in any other input, without quoting it', async () => {
      const sandbox = newSandbox();
      const key = 'sk-short-canary-1234';
      for (const [input, value] of [
        ['include-api-key', key],
        ['model', `gpt-4o-mini ${key}`],
        ['tasks', `gsm8k|0,${key}`],
      ] as const) {
        const result = await sandbox.main({ ...FIELDS, 'api-key': key, [input]: value });
        expect(result.status).toBe(1);
        const lines = result.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::add-mask::'));
        expect(lines).toEqual([`::error::Input "${input}": holds the API key; pass the key in api-key only`]);
      }
    });

    it('still quotes what a short key would match by chance', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main({ ...FIELDS, 'api-key': 'abc', 'include-api-key': 'abcd' });
      expect(result.stdout).toContain('::error::Input "include-api-key": expected true or false, got "***d"');
    });

    it('the post step never fails: no state, a vanished folder, or a folder it did not make', async () => {
      const sandbox = newSandbox();
      expect((await sandbox.post({})).status).toBe(0);
      expect((await sandbox.post({ 'secret-dir': join(sandbox.runnerTemp, 'lighteval-action-gone') })).status).toBe(0);
      const foreign = await sandbox.post({ 'secret-dir': sandbox.workspace });
      expect(foreign.status).toBe(0);
      expect(foreign.stdout).toContain('::warning::Not removing');
      expect(existsSync(sandbox.workspace)).toBe(true);
    });
  });

  describe('the artifact', () => {
    let service: ArtifactService;
    beforeEach(async () => {
      service = await startArtifactService();
    });
    afterEach(async () => {
      await service.close();
    });

    it('uploads the two redacted files through the real client, and nothing secret', async () => {
      const sandbox = newSandbox();
      const result = await sandbox.main(
        {
          ...FIELDS,
          'upload-artifact': 'true',
          'api-key': CANARY_KEY,
          'include-api-key': 'true',
          'base-url': BASE_URL,
          'retention-days': '3',
        },
        service.env,
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(service.problems).toEqual([]);
      expect(service.uploads).toHaveLength(1);
      const [upload] = service.uploads;
      expect(upload?.name).toMatch(/^lighteval-1234-2-openai-gpt-4o-mini-[0-9a-f]{8}$/);
      expect(result.outputs['artifact-id']).toBe(upload?.id);
      expect(result.outputs['artifact-url']).toBe(
        `https://github.com/octo/evals/actions/runs/1234/artifacts/${upload?.id}`,
      );
      const expires = Date.parse(String(upload?.createRequest.expires_at));
      expect(Math.abs(expires - Date.now() - 3 * 86_400_000)).toBeLessThan(3 * 3_600_000);

      const zipped = unzipArtifact(upload?.zip ?? Buffer.alloc(0));
      const files = sandbox.workspaceFiles();
      expect(Object.keys(zipped).sort()).toEqual(['config.yaml', 'lighteval-model.yaml']);
      for (const [name, bytes] of Object.entries(zipped)) {
        expect(bytes.toString('utf8')).toBe(files[`lighteval-output/${name}`]);
        expect(leaksIn(bytes.toString('utf8')), name).toEqual([]);
      }
      expect(
        leaksIn(
          result.stdout
            .split('\n')
            .filter((line) => !line.startsWith('::add-mask::'))
            .join('\n'),
        ),
      ).toEqual([]);
      expect(result.summary).toContain(`Artifact: [${upload?.name}](${result.outputs['artifact-url']})`);
      await sandbox.post(result.state);
    });

    it('escapes an artifact name from the input where the summary links it: no mention takes effect', async () => {
      const result = await newSandbox().main(
        { ...FIELDS, 'upload-artifact': 'true', 'artifact-name': '@admin-evals' },
        service.env,
      );
      expect(result.status).toBe(0);
      expect(service.uploads.map((upload) => upload.name)).toEqual(['@admin-evals']);
      expect(result.summary).toContain(`Artifact: [@<!-- -->admin-evals](${result.outputs['artifact-url']})`);
      expect(result.summary).not.toMatch(/(^|[^`])@admin/m);
    });

    it('gives matrix legs that share a model different default names', async () => {
      // Each leg has a workspace of its own, as matrix legs do.
      for (const temperature of ['0.1', '0.9']) {
        const result = await newSandbox().main(
          { ...FIELDS, 'upload-artifact': 'true', 'run-config': `temperature: ${temperature}` },
          service.env,
        );
        expect(result.status).toBe(0);
      }
      const [first, second] = service.uploads.map((upload) => upload.name);
      expect(first).not.toBe(second);
    });

    it('fails with an error naming the artifact when the service refuses, after writing files, outputs and summary', async () => {
      service.failNext('create', 403, 'artifact storage quota reached');
      const sandbox = newSandbox();
      const result = await sandbox.main(
        { ...FIELDS, 'upload-artifact': 'true', 'artifact-name': 'my-configs' },
        service.env,
      );
      expect(result.status).toBe(1);
      const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^::error::Artifact "my-configs" \(config\.yaml, lighteval-model\.yaml\) was not uploaded: .*403/,
      );
      expect(result.stdout).not.toMatch(/\n\s+at /);
      expect(result.outputs['config-path']).toBe(join(sandbox.workspace, 'lighteval-output', 'config.yaml'));
      expect(result.outputs['artifact-id']).toBeUndefined();
      expect(result.summary).toContain('## LightEval configuration');
      expect(Object.keys(sandbox.workspaceFiles())).toHaveLength(2);
    });
  });
});

describe('default artifact names of matrix legs', () => {
  let service: ArtifactService;
  beforeEach(async () => {
    service = await startArtifactService();
  });
  afterEach(async () => {
    await service.close();
  });

  const LEG = {
    ...FIELDS,
    'api-key': 'sk-leg-0123456789abcdef',
    'upload-artifact': 'true',
    'run-lighteval': 'true',
    tasks: 'gsm8k|0',
    install: 'false',
  };

  interface Leg {
    readonly inputs?: Record<string, string>;
    readonly env?: Record<string, string>;
    /** Workspace files the leg's inputs name, by path. */
    readonly files?: Record<string, string>;
  }

  /** One matrix leg: a runner of its own, the LightEval stand-in on PATH; gives the step's result and the name it uploaded under. */
  async function runLeg({ inputs = {}, env = {}, files = {} }: Leg = {}): Promise<{
    result: StepResult;
    name: string | undefined;
  }> {
    const sandbox = createSandbox();
    for (const [path, text] of Object.entries(files)) writeFileSync(join(sandbox.workspace, path), text);
    const bin = join(sandbox.runnerTemp, '..', 'bin');
    mkdirSync(bin, { recursive: true });
    const uploaded = service.uploads.length;
    const result = await sandbox.main(
      { ...LEG, ...inputs },
      { ...service.env, PATH: pathWithPrepended(installLightevalStandin(bin, '0.13.0')), ...env },
    );
    return { result, name: service.uploads[uploaded]?.name };
  }

  it.each<[string, Leg]>([
    ['tasks', { inputs: { tasks: 'gsm8k|0, ifeval|0' } }],
    ['max-samples', { inputs: { 'max-samples': '5' } }],
    ['lighteval-args', { inputs: { 'lighteval-args': '--save-details' } }],
    ['thresholds', { inputs: { thresholds: 'gsm8k: {extractive_match: 0.5}' } }],
    [
      'baseline',
      { inputs: { baseline: 'baseline.json' }, files: { 'baseline.json': '{"gsm8k|0": {"extractive_match": 0.5}}' } },
    ],
    ['the job (GITHUB_JOB)', { env: { GITHUB_JOB: 'nightly' } }],
    ['the step (GITHUB_ACTION)', { env: { GITHUB_ACTION: 'second' } }],
    ['the runner (RUNNER_OS)', { env: { RUNNER_OS: 'macOS' } }],
  ])('differ for legs that differ only in %s', async (_, other) => {
    const first = await runLeg();
    const second = await runLeg(other);
    for (const { result } of [first, second]) expect(result.stdout).not.toContain('::error::');
    expect(first.name).toMatch(/^lighteval-1234-2-openai-gpt-4o-mini-[0-9a-f]{8}$/);
    expect(second.name).toMatch(/^lighteval-1234-2-openai-gpt-4o-mini-[0-9a-f]{8}$/);
    expect(second.name).not.toBe(first.name);
  });

  it('differ for task files at the same path that list other tasks', async () => {
    const names = [];
    for (const tasks of ['gsm8k|0\n', 'ifeval|0\n']) {
      const { result, name } = await runLeg({ inputs: { tasks: 'tasks.txt' }, files: { 'tasks.txt': tasks } });
      expect(result.status).toBe(0);
      names.push(name);
    }
    expect(new Set(names).size).toBe(2);
  });

  it('are the same for identical legs, so that the second upload fails, naming the remedy', async () => {
    const leg = {
      inputs: { 'max-samples': '5', 'lighteval-args': '--save-details' },
      env: { GITHUB_JOB: 'nightly', RUNNER_OS: 'Linux' },
    };
    const first = await runLeg(leg);
    expect(first.result.status).toBe(0);
    const second = await runLeg(leg);
    expect(second.result.status).toBe(1);
    const errors = second.result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error::Artifact "${first.name}" \\(.*\\) was not uploaded: .*already exists.*\\. Another step of this workflow run uploaded an ` +
            'artifact of that name: give each step its own artifact-name \\(matrix legs can add \\$\\{\\{ strategy\\.job-index \\}\\}\\)$',
        ),
      ),
    ]);
  });

  it('leave out the key and the token', async () => {
    const first = await runLeg({ inputs: { 'github-token': 'ghs_first0123456789' } });
    const second = await runLeg({
      inputs: { 'api-key': 'sk-other-key-0123456789', 'github-token': 'ghs_second0123456789' },
    });
    expect(first.result.status).toBe(0);
    // The same name: the key and token are not in the digest. The upload is refused as a duplicate.
    expect(second.result.stdout).toContain(`::error::Artifact "${first.name}"`);
  });
});

describe('an output-dir another step wrote', () => {
  const OUTPUT = 'lighteval-output';
  const refusal = (sandbox: RunnerSandbox, files: string) =>
    `::error::Input "output-dir": ${join(sandbox.workspace, OUTPUT)} already holds ${files} of another configuration (another step's, or an ` +
    "earlier job's in a reused workspace); give each step its own output-dir, or empty it first";

  it.each<[string, Record<string, string>, string]>([
    ['another model', { model: 'gpt-4.1' }, 'config.yaml and lighteval-model.yaml'],
    ['another generation setting', { 'run-config': 'temperature: 0.9' }, 'config.yaml and lighteval-model.yaml'],
    ['another dataset in the metadata', { 'dataset-name': 'GSM8K' }, 'config.yaml'],
  ])(
    'is refused for %s before anything is written or set, naming the folder and the files',
    async (_, inputs, files) => {
      const sandbox = createSandbox();
      const first = await sandbox.main({ ...FIELDS, 'output-dir': OUTPUT }, { GITHUB_ACTION: 'first' });
      expect(first.status).toBe(0);
      const before = sandbox.workspaceFiles();
      const second = await sandbox.main({ ...FIELDS, 'output-dir': OUTPUT, ...inputs }, { GITHUB_ACTION: 'second' });
      expect(second.status).toBe(1);
      expect(second.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([
        refusal(sandbox, files),
      ]);
      expect(second.outputs).toEqual({});
      expect(second.summary).toBe('');
      expect(sandbox.workspaceFiles()).toEqual(before);
    },
  );

  it('is refused before LightEval runs on it, when the first step ran LightEval there', async () => {
    const sandbox = createSandbox();
    const bin = join(sandbox.runnerTemp, '..', 'bin');
    mkdirSync(bin, { recursive: true });
    const env = { PATH: pathWithPrepended(installLightevalStandin(bin, '0.13.0')) };
    const run = { 'api-key': 'sk-step-0123456789abcdef', 'run-lighteval': 'true', tasks: 'gsm8k|0', install: 'false' };
    const first = await sandbox.main({ ...FIELDS, ...run }, env);
    expect(first.status).toBe(0);
    const before = sandbox.workspaceFiles();
    const second = await sandbox.main({ ...FIELDS, ...run, model: 'gpt-4.1' }, env);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain(refusal(sandbox, 'config.yaml and lighteval-model.yaml'));
    expect(second.outputs.passed).toBeUndefined();
    expect(sandbox.workspaceFiles()).toEqual(before);
  });

  it.each<[string, Record<string, string>]>([
    ['in the same attempt', {}],
    ['in another attempt', { GITHUB_RUN_ATTEMPT: '3' }],
    ['in a later run (a reused workspace)', { GITHUB_RUN_ID: '1300', GITHUB_RUN_ATTEMPT: '1' }],
  ])('is accepted for the same step run again %s: its files differ in the run id at most', async (_, env) => {
    const sandbox = createSandbox();
    const step = { ...FIELDS, 'run-config': 'temperature: 0.2' };
    expect((await sandbox.main(step)).status).toBe(0);
    const again = await sandbox.main(step, env);
    expect(again.stdout).not.toContain('::error::');
    expect(again.status).toBe(0);
    const expected = `${env.GITHUB_RUN_ID ?? '1234'}-${env.GITHUB_RUN_ATTEMPT ?? '2'}`;
    const config = parse(readFileSync(join(sandbox.workspace, OUTPUT, 'config.yaml'), 'utf8')) as ConfigDict;
    expect(config.metadata.run_id).toBe(expected);
    expect(Object.keys(sandbox.workspaceFiles()).sort()).toEqual([
      `${OUTPUT}/config.yaml`,
      `${OUTPUT}/lighteval-model.yaml`,
    ]);
  });

  it('is no matter for steps with output-dirs of their own', async () => {
    const sandbox = createSandbox();
    for (const [model, folder] of [
      ['gpt-4o-mini', 'out-a'],
      ['gpt-4.1', 'out-b'],
      ['gpt-4.1', 'nested/out-c'],
    ] as const) {
      const result = await sandbox.main({ ...FIELDS, model, 'output-dir': folder });
      expect(result.status, folder).toBe(0);
      const native = parse(
        readFileSync(join(sandbox.workspace, folder, 'lighteval-model.yaml'), 'utf8'),
      ) as NativeModelFile;
      expect(native.model_parameters.model_name).toBe(`openai/${model}`);
    }
  });
});
