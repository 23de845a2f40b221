// openBundle: a bundle that is intact can still hold what replay must not run with.
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../src/bundle/create.js';
import { openBundle } from '../../src/bundle/open.js';
import { ConfigError, LightEvalConfigService } from '../../src/config/index.js';
import { EXAMPLE_KEY, EXAMPLE_REQUEST } from '../fixtures/requests.js';
import { resultsDocument, sampleContents } from '../fixtures/bundles.js';

const SOURCE = 'run.eval752.zip';

async function openError(contents: ReturnType<typeof sampleContents>): Promise<string> {
  try {
    await openBundle(await createBundle(contents), SOURCE);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function withFiles(
  files: Partial<ReturnType<typeof sampleContents>['files']>,
  metadata: Partial<ReturnType<typeof sampleContents>['metadata']> = {},
) {
  const contents = sampleContents(metadata);
  return { ...contents, files: { ...contents.files, ...files } };
}

describe('openBundle', () => {
  it('gives the parsed configuration, native file and results of a valid bundle', async () => {
    const bundle = await openBundle(await createBundle(sampleContents()), SOURCE);
    expect(bundle.config.metadata.model_name).toBe('openai/gpt-4o-mini');
    expect(bundle.native.model_parameters.api_key).toBeNull();
    expect(Object.keys(bundle.results?.results ?? {})).toEqual(['gsm8k|0', 'all']);
  });

  it('refuses a config.yaml that holds a key, or credentials in its base URL', async () => {
    const keyed = new LightEvalConfigService().build({ ...EXAMPLE_REQUEST, includeApiKey: true });
    const message = await openError(withFiles({ configYaml: keyed.toYaml() }));
    expect(message).toBe(
      'run.eval752.zip: config.yaml: holds an API key; a bundle carries redacted configuration only',
    );
    expect(message).not.toContain(EXAMPLE_KEY);
    const redacted = keyed.redacted().toYaml().replace('https://api.example.com/v1', 'https://u:p@api.example.com/v1');
    expect(await openError(withFiles({ configYaml: redacted }))).toBe(
      'run.eval752.zip: config.yaml: base_url holds credentials; a bundle carries them redacted only',
    );
  });

  it("refuses a native file with a key, or for another LightEval version than the manifest's", async () => {
    const { nativeYaml } = sampleContents().files;
    expect(await openError(withFiles({ nativeYaml: nativeYaml.replace('api_key: null', 'api_key: "sk-x"') }))).toMatch(
      /^run\.eval752\.zip: lighteval-model\.yaml: model_parameters\.api_key: /,
    );
    expect(await openError(withFiles({}, { lighteval_version: '0.12.0' }))).toBe(
      'run.eval752.zip: lighteval-model.yaml: was written for LightEval 0.13.0, but the manifest says 0.12.0',
    );
    expect(await openError(withFiles({ nativeYaml: nativeYaml.split('\n').slice(1).join('\n') }))).toBe(
      'run.eval752.zip: lighteval-model.yaml: does not name its LightEval version on its first line, but the manifest says 0.13.0',
    );
  });

  it("refuses a manifest whose model differs from the files'", async () => {
    expect(await openError(withFiles({}, { model_name: 'openai/gpt-4.1' }))).toBe(
      'run.eval752.zip: manifest.json: model_name "openai/gpt-4.1" differs from config.yaml\'s "openai/gpt-4o-mini"',
    );
  });

  it("refuses results that are not LightEval's, or that still hold a key", async () => {
    const path = sampleContents().files.results?.path ?? '';
    expect(await openError(withFiles({ results: { path, text: '{"results": {}}' } }))).toMatch(
      new RegExp(`^run\\.eval752\\.zip: ${path.replace(/[.|]/g, '\\$&')}: `),
    );
    const leaked = resultsDocument();
    leaked.config_general.model_config.api_key = 'sk-leaked' as never;
    expect(await openError(withFiles({ results: { path, text: JSON.stringify(leaked) } }))).toMatch(
      /: holds an API key \(config_general\.model_config\.api_key\)/,
    );
  });

  describe("results of another model than the configuration's", () => {
    const path = sampleContents().files.results?.path ?? '';
    /** The sample bundle with its results' config_general replaced by `general`. */
    const withGeneral = (general: Record<string, unknown>) =>
      withFiles({
        results: {
          path,
          text: JSON.stringify({ ...resultsDocument(), config_general: { max_samples: 10, ...general } }),
        },
      });

    it.each<[string, Record<string, unknown>, string]>([
      [
        'both records',
        { model_name: 'openai/gpt-4.1', model_config: { model_name: 'openai/gpt-4.1', api_key: null } },
        'config_general.model_name',
      ],
      [
        'model_config only',
        { model_config: { model_name: 'gpt-4.1', api_key: null } },
        'config_general.model_config.model_name',
      ],
      [
        "model_name only, as before 0.11, with another provider's prefix",
        { model_name: 'anthropic/gpt-4o-mini' },
        'config_general.model_name',
      ],
    ])(
      'are refused in a hand-made bundle (%s), naming the bundle, the entry and both models',
      async (_, general, field) => {
        const message = await openError(withGeneral(general));
        const shown = JSON.stringify(general.model_name ?? (general.model_config as { model_name: string }).model_name);
        expect(message).toBe(
          `run.eval752.zip: ${path}: ${field} is ${shown}, but config.yaml is for "openai/gpt-4o-mini": the results are another model's`,
        );
      },
    );

    it('are the same model with or without the LiteLLM prefix', async () => {
      for (const name of ['gpt-4o-mini', 'openai/gpt-4o-mini']) {
        const bundle = await openBundle(
          await createBundle(withGeneral({ model_name: name, model_config: { model_name: name, api_key: null } })),
          SOURCE,
        );
        expect(bundle.results?.config_general.model_name, name).toBe(name);
      }
    });
  });
});
