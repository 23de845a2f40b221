import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type ConfigDict, ConfigDictSchema, ConfigError, LightEvalConfigService } from '../../src/config/index.js';
import { buildWith, EXAMPLE_KEY, EXAMPLE_PROVIDER, EXAMPLE_REQUEST, issuesOf } from '../fixtures/requests.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const service = new LightEvalConfigService();

describe('the example of the original design', () => {
  const config = service.build(EXAMPLE_REQUEST);

  it('redacts to the seed config.yaml byte for byte', () => {
    expect(config.redacted().toYaml()).toBe(fixture('seed-example-config.yaml'));
  });

  it('gives the native file of the LightEval reference byte for byte, after a line naming the version it targets', () => {
    expect(config.toLightEvalModelConfig().toYaml()).toBe(
      '# lighteval-model.yaml for LightEval 0.13.0, written by lighteval-action (api_key is null: the key travels in the environment)\n' +
        fixture('native-example-0.13.yaml'),
    );
  });

  it('holds the key itself until redacted, as the original builder does by default', () => {
    expect(config.toDict().model_parameters[0].api_key).toBe(EXAMPLE_KEY);
    expect(config.hasSecrets).toBe(true);
    expect(config.redacted().hasSecrets).toBe(false);
    expect(config.warnings).toEqual([]);
  });

  it('matches the output schema, with JSON in the same order as the YAML', () => {
    expect(ConfigDictSchema.parse(config.toDict())).toEqual(config.toDict());
    const json = config.redacted().toJson();
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json) as ConfigDict)).toEqual([
      'metadata',
      'model_parameters',
      'generation_parameters',
      'execution',
    ]);
    expect(JSON.parse(json)).toEqual(parse(config.redacted().toYaml()));
  });

  it('returns copies, so callers cannot change the built config', () => {
    const dict = config.toDict();
    dict.model_parameters[0].model_name = 'changed';
    expect(config.toDict().model_parameters[0].model_name).toBe('openai/gpt-4o-mini');
  });
});

describe('metadata', () => {
  it('is always complete, null where unknown', () => {
    const { metadata } = buildWith({}).toDict();
    expect(metadata).toEqual({
      provider_id: 'prov-1',
      provider_name: 'Demo Provider',
      provider_type: 'openai',
      model_name: 'openai/gpt-4o-mini',
      run_id: null,
      dataset_id: null,
      dataset_name: null,
    });
  });

  it('keeps the provider type as stored, and writes the canonical one to model_parameters', () => {
    const config = service.build({ ...EXAMPLE_REQUEST, provider: { ...EXAMPLE_PROVIDER, type: 'Together-AI' } });
    expect(config.toDict().metadata.provider_type).toBe('Together-AI');
    expect(config.toDict().model_parameters[0].provider_type).toBe('together_ai');
    expect(config.toDict().metadata.model_name).toBe('together_ai/gpt-4o-mini');
  });

  it('takes numeric ids as strings and blank labels as unknown', () => {
    const config = service.build({
      ...EXAMPLE_REQUEST,
      provider: { ...EXAMPLE_PROVIDER, id: 7 },
      runId: 42,
      datasetId: '  ',
      datasetName: null,
    });
    expect(config.toDict().metadata).toMatchObject({
      provider_id: '7',
      run_id: '42',
      dataset_id: null,
      dataset_name: null,
    });
  });
});

describe('the key', () => {
  it('is written as api_key by default when given', () => {
    const parameters = buildWith({}, { apiKey: 'gsk_0123456789abcdefghij' }).toDict().model_parameters[0];
    expect(parameters.api_key).toBe('gsk_0123456789abcdefghij');
    expect(parameters).not.toHaveProperty('api_key_env');
  });

  it('is replaced by api_key_env without includeApiKey, or without a key', () => {
    for (const overrides of [{ apiKey: EXAMPLE_KEY, includeApiKey: false }, { apiKey: '' }, { apiKey: null }, {}]) {
      const config = buildWith({}, overrides);
      const parameters = config.toDict().model_parameters[0];
      expect(parameters.api_key_env).toBe('OPENAI_API_KEY');
      expect(parameters).not.toHaveProperty('api_key');
      expect(config.toYaml()).not.toContain(EXAMPLE_KEY);
      expect(config.hasSecrets).toBe(false);
    }
  });

  it('names an explicit api_key_env, else the provider variable, else <PREFIX>_API_KEY', () => {
    const envOf = (type: string, apiKeyEnv?: string) =>
      service.build({ provider: { ...EXAMPLE_PROVIDER, type }, modelName: 'm', apiKeyEnv }).toDict().model_parameters[0]
        .api_key_env;
    expect(envOf('openai', 'MY_KEY')).toBe('MY_KEY');
    expect(envOf('together')).toBe('TOGETHERAI_API_KEY');
    expect(envOf('hf')).toBe('HF_TOKEN');
    expect(envOf('bedrock')).toBe('AWS_BEARER_TOKEN_BEDROCK');
    expect(envOf('vertex')).toBe('VERTEXAI_CREDENTIALS');
    expect(envOf('novita')).toBe('NOVITA_API_KEY');
  });

  it('warns when the key variable is a guess for a known provider', () => {
    const guessed = service.build({ provider: { ...EXAMPLE_PROVIDER, type: 'watsonx' }, modelName: 'm' });
    expect(guessed.warnings).toEqual([expect.stringMatching(/^provider\.type: .*WATSONX_API_KEY is a guess/)]);
    const named = service.build({
      provider: { ...EXAMPLE_PROVIDER, type: 'watsonx' },
      modelName: 'm',
      apiKeyEnv: 'WX',
    });
    expect(named.warnings).toEqual([]);
  });

  it('rejects an api_key_env that is not a variable name, without echoing it (it may be the key itself)', () => {
    for (const apiKeyEnv of ['MY-KEY', 'sk-proj-pasted-here-by-mistake']) {
      expect(issuesOf(() => buildWith({}, { apiKeyEnv }))).toEqual([
        {
          path: 'api_key_env',
          message: 'expected an environment variable name (letters, digits and _, not starting with a digit)',
        },
      ]);
    }
  });
});

describe('provider records', () => {
  const problems = (provider: unknown) => issuesOf(() => service.build({ ...EXAMPLE_REQUEST, provider }));

  it('require id, name and type', () => {
    expect(problems({})).toEqual([
      { path: 'provider.id', message: 'required; expected a non-empty string or an integer' },
      { path: 'provider.name', message: 'required; expected a non-empty string' },
      { path: 'provider.type', message: 'required; expected a non-empty string' },
    ]);
    expect(problems('openai')).toEqual([
      {
        path: 'provider',
        message:
          'expected a provider record (a mapping with id, name, type and, for most types, base_url), got "openai"',
      },
    ]);
  });

  it('require base_url only where LiteLLM knows no endpoint for the type', () => {
    const withoutUrl = (type: string) => ({ ...EXAMPLE_PROVIDER, type, base_url: null });
    for (const type of ['openai', 'anthropic', 'vertex_ai', 'bedrock', 'ollama']) {
      const config = service.build({ ...EXAMPLE_REQUEST, provider: withoutUrl(type) });
      expect(config.toDict().model_parameters[0].base_url, type).toBeNull();
      // LightEval's own default (null) then leaves the endpoint to LiteLLM.
      expect(config.toLightEvalModelConfig().toDict().model_parameters, type).not.toHaveProperty('base_url');
    }
    for (const type of ['azure', 'generic', 'vllm', 'novita']) {
      expect(problems(withoutUrl(type)), type).toEqual([
        {
          path: 'provider.base_url',
          message: `required for provider type "${type}": LiteLLM knows no endpoint for it; expected an http(s) URL`,
        },
      ]);
    }
  });

  it('take null for unset, in required and optional fields alike, but not inside lists', () => {
    expect(problems({ ...EXAMPLE_PROVIDER, name: null, rate_limits: { timeout: null }, capabilities: null })).toEqual([
      { path: 'provider.name', message: 'required; expected a non-empty string' },
    ]);
    expect(problems({ ...EXAMPLE_PROVIDER, capabilities: { unsupported_parameters: ['seed', null] } })).toEqual([
      { path: 'provider.capabilities.unsupported_parameters[1]', message: 'expected a non-empty string, got null' },
    ]);
  });

  it('accept only http(s) base URLs, and never echo them', () => {
    for (const baseUrl of ['ftp://user:hunter2@example.com', 'api.example.com', 'https://', ' https://a.example']) {
      expect(problems({ ...EXAMPLE_PROVIDER, base_url: baseUrl })).toEqual([
        { path: 'provider.base_url', message: 'expected an http(s) URL' },
      ]);
    }
    expect(problems({ ...EXAMPLE_PROVIDER, base_url: 5 })).toEqual([
      { path: 'provider.base_url', message: 'expected an http(s) URL, got 5' },
    ]);
  });

  it('validate rate limits, and name unknown ones with a suggestion', () => {
    expect(
      problems({ ...EXAMPLE_PROVIDER, rate_limits: { max_concurency: 4, requests_per_minute: 0, max_retries: 1.5 } }),
    ).toEqual([
      { path: 'provider.rate_limits.requests_per_minute', message: 'expected a number greater than 0, got 0' },
      { path: 'provider.rate_limits.max_retries', message: 'expected an integer of 0 or more, got 1.5' },
      { path: 'provider.rate_limits.max_concurency', message: 'unknown field; did you mean max_concurrency?' },
    ]);
    expect(problems({ ...EXAMPLE_PROVIDER, rate_limits: { rpm: 60 } })).toEqual([
      {
        path: 'provider.rate_limits.rpm',
        message:
          'unknown field; expected one of requests_per_minute, tokens_per_minute, max_concurrency, timeout or max_retries',
      },
    ]);
  });

  it('keep and ignore other capabilities, but check chat and unsupported_parameters', () => {
    const config = service.build({
      ...EXAMPLE_REQUEST,
      provider: { ...EXAMPLE_PROVIDER, capabilities: { vision: true, tools: ['x'] } },
    });
    expect(config.warnings).toEqual([]);
    expect(problems({ ...EXAMPLE_PROVIDER, capabilities: { chat: 'yes', unsupported_parameters: 'seed' } })).toEqual([
      { path: 'provider.capabilities.chat', message: 'expected true or false, got "yes"' },
      { path: 'provider.capabilities.unsupported_parameters', message: 'expected a list of field names, got "seed"' },
    ]);
  });

  it('ignore other top-level fields, warning only about likely typos', () => {
    const config = service.build({
      ...EXAMPLE_REQUEST,
      provider: { ...EXAMPLE_PROVIDER, created_at: '2026-01-01', rate_limit: { max_concurrency: 2 } },
    });
    expect(config.warnings).toEqual(['provider.rate_limit: unknown field, ignored; did you mean rate_limits?']);
    expect(config.toDict().model_parameters[0].concurrent_requests).toBe(6);
  });

  it('use an unknown type as the prefix, lower-cased, with a warning', () => {
    const config = service.build({ ...EXAMPLE_REQUEST, provider: { ...EXAMPLE_PROVIDER, type: 'Novita' } });
    expect(config.toDict().model_parameters[0]).toMatchObject({
      model_name: 'novita/gpt-4o-mini',
      provider_type: 'novita',
    });
    expect(config.warnings).toEqual([
      'provider.type: "Novita" is not a known provider type; using "novita/" as the LiteLLM prefix and NOVITA_API_KEY as its key variable',
    ]);
  });

  it('reject a type that cannot be a LiteLLM prefix', () => {
    expect(problems({ ...EXAMPLE_PROVIDER, type: 'my provider/v2' })).toEqual([
      {
        path: 'provider.type',
        message:
          'expected a known provider type or a LiteLLM provider name (letters, digits, _ . -), got "my provider/v2"',
      },
    ]);
  });
});

describe('the model name', () => {
  it('must be a name without spaces', () => {
    for (const modelName of ['', '  ', 'gpt 4o', '/gpt-4o', 'openai/']) {
      expect(issuesOf(() => buildWith({}, { modelName }))[0]?.path).toBe('model');
    }
    expect(buildWith({}, { modelName: '  gpt-4o  ' }).toDict().metadata.model_name).toBe('openai/gpt-4o');
  });
});

describe('errors', () => {
  it('report every problem, the first as the message', () => {
    const error = (() => {
      try {
        buildWith({ temperature: 3, generation: { top_p: 2 } }, { modelName: '' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    if (!(error instanceof ConfigError)) return;
    expect(error.message).toBe('temperature: expected a number from 0 to 2, got 3');
    expect(error.issues.map((issue) => issue.path)).toEqual(['temperature', 'generation.top_p', 'model']);
  });

  it('never contain the key, even when it was pasted into another field', () => {
    const awkwardKey = 'sk-"quoted"\\back\nslash';
    const places = [
      { runConfig: { temperature: awkwardKey } },
      { runConfig: { generation: { [awkwardKey]: 1 } } },
      { modelName: awkwardKey },
      { provider: { ...EXAMPLE_PROVIDER, name: '', type: awkwardKey } },
    ];
    for (const place of places) {
      const issues = issuesOf(() => service.build({ ...EXAMPLE_REQUEST, apiKey: awkwardKey, ...place }));
      const text = JSON.stringify(issues);
      expect(text).not.toContain(JSON.stringify(awkwardKey).slice(1, -1));
      expect(issues.map((issue) => issue.message).join('\n')).not.toContain(awkwardKey);
      expect(text).toContain('***');
    }
  });

  it('reject a key that is not a string without echoing it', () => {
    expect(issuesOf(() => buildWith({}, { apiKey: 12345 as unknown as string }))).toEqual([
      { path: 'api_key', message: 'expected a string' },
    ]);
  });
});
