// bundleContentsFrom: what a bundle gets from a build's files, redacted and scrubbed the way the builder redacts.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundleContentsFrom, type BundleSource, lightevalVersionFor, taskKeysOf } from '../../src/bundle/contents.js';
import { LightEvalConfigService, type NativeModelFile } from '../../src/config/index.js';
import { EXAMPLE_KEY, EXAMPLE_PROVIDER, EXAMPLE_REQUEST } from '../fixtures/requests.js';
import { RESULTS_ENTRY, resultsDocument } from '../fixtures/bundles.js';
import { configErrorMessageOf } from '../fixtures/requests.js';
import { type ConfigStyle, resultsDocument as lightevalResults, resultsText } from '../support/results-fixtures.js';

const service = new LightEvalConfigService();
const CREATED = new Date('2026-01-02T03:04:05.678Z');

/** The parts of LightEval's results JSON these tests read. */
type ResultsJson = { config_general: { model_config: Record<string, unknown> }; note?: string };
const resultsJsonOf = (text: string) => JSON.parse(text) as ResultsJson;

const HEADER_013 =
  '# lighteval-model.yaml for LightEval 0.13.0, written by lighteval-action (api_key is null: the key travels in the environment)\n';

/** What `build --include-api-key` leaves on disk: config.yaml with the key, the native file with the real URL. */
function keyedBuild(baseUrl = 'https://api.example.com/v1', lightevalVersion = '0.13.0') {
  const config = service.build({
    ...EXAMPLE_REQUEST,
    provider: { ...EXAMPLE_PROVIDER, base_url: baseUrl },
    includeApiKey: true,
  });
  return {
    config,
    configYaml: config.toYaml(),
    nativeYaml: config.toLightEvalModelConfig({ lightevalVersion }).toYaml(),
  };
}

async function prepared(source: Partial<BundleSource> = {}) {
  const { configYaml, nativeYaml } = keyedBuild();
  return bundleContentsFrom({ configYaml, nativeYaml, createdAt: CREATED, ...source });
}

describe('bundleContentsFrom', () => {
  it('redacts a keyed config.yaml exactly as the builder redacts, and keeps the native file as built', async () => {
    const { config, nativeYaml } = keyedBuild();
    const { contents } = await prepared();
    expect(contents.files.configYaml).toBe(config.redacted().toYaml());
    expect(contents.files.nativeYaml).toBe(nativeYaml);
    expect(JSON.stringify(contents)).not.toContain(EXAMPLE_KEY);
  });

  it('takes run id, model and LightEval version from the files, and created_at to the second', async () => {
    const { contents } = await prepared();
    expect(contents.metadata).toEqual({
      created_at: '2026-01-02T03:04:05Z',
      run_id: 'run-123',
      model_name: 'openai/gpt-4o-mini',
      lighteval_version: '0.13.0',
      tasks: [],
      max_samples: null,
      command: null,
    });
  });

  it('redacts base URL credentials in both files, and scrubs them and the key from the results', async () => {
    const url = 'https://canary-user:Pa55word@llm.example.com/v1?api_key=tok-Secret-42';
    const { configYaml, nativeYaml } = keyedBuild(url);
    const leaked = resultsDocument();
    leaked.config_general.model_config = {
      model_name: 'openai/gpt-4o-mini',
      base_url: url,
      api_key: EXAMPLE_KEY as never,
    };
    const { contents } = await bundleContentsFrom({
      configYaml,
      nativeYaml,
      createdAt: CREATED,
      results: { path: RESULTS_ENTRY, text: JSON.stringify(leaked) },
    });
    const everything = [contents.files.configYaml, contents.files.nativeYaml, contents.files.results?.text ?? ''].join(
      '\n',
    );
    for (const secret of [EXAMPLE_KEY, 'Pa55word', 'tok-Secret-42', 'canary-user:'])
      expect(everything).not.toContain(secret);
    expect((parse(contents.files.nativeYaml) as NativeModelFile).model_parameters).toMatchObject({
      base_url: 'https://***@llm.example.com/v1?api_key=***',
      api_key: null,
    });
    expect(resultsJsonOf(contents.files.results?.text ?? '').config_general.model_config.api_key).toBeNull();
  });

  it("scrubs the key from the variable config.yaml names, and from the provider's variable", async () => {
    const config = service.build({ ...EXAMPLE_REQUEST, includeApiKey: false, apiKeyEnv: 'MY_KEY' });
    const native = config.toLightEvalModelConfig().toYaml();
    const results = (key: string) => ({
      path: RESULTS_ENTRY,
      text: JSON.stringify({ ...resultsDocument(), note: `called with ${key}` }),
    });
    for (const [variable, key] of [
      ['MY_KEY', 'sk-named-variable-key-1'],
      ['OPENAI_API_KEY', 'sk-litellm-variable-key-2'],
    ] as const) {
      const { contents } = await bundleContentsFrom({
        configYaml: config.toYaml(),
        nativeYaml: native,
        createdAt: CREATED,
        results: results(key),
        env: { [variable]: key },
      });
      expect(contents.files.results?.text, variable).not.toContain(key);
      expect(resultsJsonOf(contents.files.results?.text ?? '').note).toBe('called with ***');
    }
  });

  it('scrubs secrets from the command line', async () => {
    const { contents } = await prepared({
      command: ['lighteval', 'endpoint', 'litellm', `x?key=${EXAMPLE_KEY}`],
      secrets: [],
    });
    expect(contents.metadata.command).toEqual(['lighteval', 'endpoint', 'litellm', 'x?key=***']);
  });

  it('turns a literal key in a hand-edited native file into null, with a warning, and scrubs it everywhere', async () => {
    const { configYaml, nativeYaml } = keyedBuild();
    const handEdited = nativeYaml.replace('api_key: null', 'api_key: "sk-hand-edited-0123456789"');
    const { contents, warnings } = await prepared({
      configYaml,
      nativeYaml: handEdited,
      results: {
        path: RESULTS_ENTRY,
        text: JSON.stringify({ ...resultsDocument(), note: 'sk-hand-edited-0123456789' }),
      },
    });
    expect(contents.files.nativeYaml).toBe(nativeYaml);
    expect(contents.files.results?.text).not.toContain('sk-hand-edited');
    expect(warnings).toEqual(['lighteval-model.yaml: held a literal api_key; the bundled file has api_key: null']);
  });

  describe('the LightEval version', () => {
    it("comes from the native file's first line, or from the caller for a file without it", async () => {
      const { nativeYaml } = keyedBuild('https://api.example.com/v1', '0.12.1');
      expect((await prepared({ nativeYaml })).contents.metadata.lighteval_version).toBe('0.12.1');
      const withoutHeader = nativeYaml.split('\n').slice(1).join('\n');
      const { contents } = await prepared({ nativeYaml: withoutHeader, lightevalVersion: '0.12.1' });
      expect(contents.metadata.lighteval_version).toBe('0.12.1');
      expect(contents.files.nativeYaml).toBe(nativeYaml);
    });

    it('is an error when neither says it, or when they disagree (naming both)', async () => {
      const { nativeYaml } = keyedBuild();
      expect(await configErrorMessageOf(prepared({ nativeYaml: nativeYaml.replace(HEADER_013, '') }))).toMatch(
        /^lighteval_version: lighteval-model\.yaml does not name the LightEval version it was written for/,
      );
      expect(await configErrorMessageOf(prepared({ lightevalVersion: '0.12.1' }))).toBe(
        'lighteval_version: 0.12.1 was given, but lighteval-model.yaml was written for LightEval 0.13.0 (its first line says so); leave the version out, or rebuild the file for 0.12.1',
      );
      expect(lightevalVersionFor(nativeYaml, '0.13.0')).toBe('0.13.0');
      expect(await configErrorMessageOf(prepared({ lightevalVersion: 'latest' }))).toMatch(
        /^lighteval_version: expected a LightEval version X\.Y\.Z/,
      );
    });
  });

  describe('tasks and max samples', () => {
    const mmlu = { 'mmlu:anatomy|0': { em: 0.8 }, 'mmlu:astronomy|0': { em: 0.6 }, 'mmlu:_average|0': { em: 0.7 } };
    const results = (metrics: Record<string, Record<string, number>>) => ({
      path: RESULTS_ENTRY,
      text: JSON.stringify(resultsDocument(metrics)),
    });

    it('come from the results, without all and the group averages, in the syntax of the version', async () => {
      expect(taskKeysOf(resultsDocument({ 'gsm8k|0': { m: 1 }, ...mmlu }))).toEqual([
        'gsm8k|0',
        'mmlu:anatomy|0',
        'mmlu:astronomy|0',
      ]);
      const { contents } = await prepared({ results: results({ 'lighteval|gsm8k|0': { m: 1 }, ...mmlu }) });
      expect(contents.metadata.tasks).toEqual(['gsm8k|0', 'mmlu:anatomy|0', 'mmlu:astronomy|0']);
      expect(contents.metadata.max_samples).toBe(10);
    });

    it("are the caller's when given, normalized for the version", async () => {
      const { nativeYaml } = keyedBuild('https://api.example.com/v1', '0.10.0');
      const { contents } = await prepared({
        nativeYaml,
        tasks: ['gsm8k', 'ifeval|0'],
        maxSamples: 5,
        results: results(mmlu),
      });
      expect(contents.metadata.tasks).toEqual(['lighteval|gsm8k|0|0', 'lighteval|ifeval|0|0']);
      expect(contents.metadata.max_samples).toBe(5);
      expect(await configErrorMessageOf(prepared({ tasks: ['gsm8k|x'] }))).toMatch(
        /^tasks: task "gsm8k\|x": the few-shot count "x" is not a whole number/,
      );
      expect(await configErrorMessageOf(prepared({ maxSamples: 0 }))).toBe(
        'max_samples: expected a whole number of at least 1, got 0',
      );
    });

    it('warn about what the version drops', async () => {
      const { warnings } = await prepared({ results: results({ 'community|mytask|0': { m: 1 } }) });
      expect(warnings).toEqual([
        expect.stringMatching(
          /^tasks: task "community\|mytask\|0" is written "mytask\|0": the suite "community" is dropped/,
        ),
      ]);
    });
  });

  it("refuses files that are not a build's, naming them, and results at a path LightEval would not write", async () => {
    const { configYaml, nativeYaml } = keyedBuild();
    expect(await configErrorMessageOf(prepared({ configYaml: 'metadata: {}\n' }))).toMatch(/^config\.yaml: /);
    expect(await configErrorMessageOf(prepared({ configYaml: 'a: [\n' }))).toMatch(
      /^config\.yaml: invalid YAML or JSON at line/,
    );
    expect(await configErrorMessageOf(prepared({ configYaml, nativeYaml: `${nativeYaml}  verbose: true\n` }))).toMatch(
      /^lighteval-model\.yaml: /,
    );
    expect(await configErrorMessageOf(prepared({ results: { path: 'results.json', text: '{}' } }))).toMatch(
      /^results\.path: expected results\//,
    );
    expect(await configErrorMessageOf(prepared({ results: { path: RESULTS_ENTRY, text: '{"results": 1}' } }))).toMatch(
      new RegExp(`^${RESULTS_ENTRY.replace(/[.|]/g, '\\$&')}: `),
    );
  });

  it('never puts a secret in a message', async () => {
    const secret = 'sk-in-a-message-0123456789';
    const message = await configErrorMessageOf(prepared({ tasks: [`${secret}|x`], secrets: [secret] }));
    expect(message).not.toContain(secret);
    expect(message).toContain('***');
  });
});

describe("the results' model", () => {
  const OTHER_ENTRY = 'results/openai/gpt-4.1/results_2026-01-02T03-04-05.678901.json';
  const resultsOf = (modelName: string | undefined, style: ConfigStyle = 'since-0.11', path = RESULTS_ENTRY) => ({
    path,
    text: resultsText({ modelName, style, results: { 'gsm8k|0': { extractive_match: 0.5 } } }),
  });

  it.each<[ConfigStyle, string]>([
    ['since-0.11', 'config_general.model_name'],
    ['before-0.11', 'config_general.model_name'],
    ['model-config-only', 'config_general.model_config.model_name'],
  ])("refuses another model's results (%s layout), naming the file and both models", async (style, field) => {
    const message = await configErrorMessageOf(prepared({ results: resultsOf('openai/gpt-4.1', style, OTHER_ENTRY) }));
    expect(message).toBe(
      `${OTHER_ENTRY}: ${field} is "openai/gpt-4.1", but config.yaml is for "openai/gpt-4o-mini": the results are another model's`,
    );
  });

  it('refuses results whose two records disagree, when either is another model', async () => {
    const document = lightevalResults({ modelName: 'openai/gpt-4o-mini', results: { 'gsm8k|0': { em: 1 } } });
    const general = document.config_general as { model_config: { model_name: string } };
    general.model_config.model_name = 'gpt-4.1';
    expect(
      await configErrorMessageOf(prepared({ results: { path: RESULTS_ENTRY, text: JSON.stringify(document) } })),
    ).toMatch(
      /: config_general\.model_config\.model_name is "gpt-4\.1", but config\.yaml is for "openai\/gpt-4o-mini"/,
    );
  });

  it.each<[string, ConfigStyle]>([
    ['openai/gpt-4o-mini', 'since-0.11'],
    ['gpt-4o-mini', 'since-0.11'],
    ['gpt-4o-mini', 'before-0.11'],
    ['openai/gpt-4o-mini', 'model-config-only'],
  ])('accepts the same model as %s (%s layout): LightEval may keep the LiteLLM prefix or not', async (name, style) => {
    const { contents } = await prepared({ results: resultsOf(name, style) });
    expect(contents.files.results?.path).toBe(RESULTS_ENTRY);
    expect(contents.metadata.tasks).toEqual(['gsm8k|0']);
  });

  it("takes only the provider's own prefix off: a model id that starts with another provider's name keeps it", async () => {
    const groq = service.build({
      ...EXAMPLE_REQUEST,
      provider: { id: 'g', name: 'Groq', type: 'groq' },
      modelName: 'openai/gpt-oss-120b',
    });
    const source = {
      configYaml: groq.redacted().toYaml(),
      nativeYaml: groq.toLightEvalModelConfig().toYaml(),
      createdAt: CREATED,
    };
    for (const name of ['groq/openai/gpt-oss-120b', 'openai/gpt-oss-120b']) {
      const { contents } = await bundleContentsFrom({ ...source, results: resultsOf(name) });
      expect(contents.metadata.model_name, name).toBe('groq/openai/gpt-oss-120b');
    }
    expect(await configErrorMessageOf(bundleContentsFrom({ ...source, results: resultsOf('gpt-oss-120b') }))).toMatch(
      /: config_general\.model_name is "gpt-oss-120b", but config\.yaml is for "groq\/openai\/gpt-oss-120b"/,
    );
  });

  it('accepts results that name no model: there is nothing to tell them by', async () => {
    const { contents } = await prepared({ results: resultsOf(undefined) });
    expect(contents.files.results?.path).toBe(RESULTS_ENTRY);
  });

  it('refuses a native file built for another model than config.yaml, naming both', async () => {
    const { configYaml } = keyedBuild();
    const other = service
      .build({ ...EXAMPLE_REQUEST, modelName: 'gpt-4.1' })
      .toLightEvalModelConfig()
      .toYaml();
    expect(await configErrorMessageOf(prepared({ configYaml, nativeYaml: other }))).toBe(
      'lighteval-model.yaml: model_name is "openai/gpt-4.1", but config.yaml is for "openai/gpt-4o-mini": the two files come from different builds',
    );
  });
});
