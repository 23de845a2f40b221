import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NativeModelFileSchema } from '../../src/config/index.js';
import { buildWith, EXAMPLE_KEY, EXAMPLE_REQUEST, issuesOf } from '../fixtures/requests.js';
import { LightEvalConfigService } from '../../src/config/index.js';
import { lightevalVersionOfNativeText, nativeFileText } from '../../src/config/native.js';

const FULL_RUN_CONFIG = {
  concurrent_requests: 6,
  timeout: 90,
  max_retries: 3,
  system_prompt: 'Be brief.',
  max_model_length: 8192,
  generation: { temperature: 0.5, max_new_tokens: 256, stop: ['###'], stop_sequences: ['END', '###'], seed: 1 },
};

const nativeOf = (runConfig: unknown, lightevalVersion?: string) =>
  buildWith(runConfig).toLightEvalModelConfig({ lightevalVersion });

describe('the native LightEval file', () => {
  it('is a model_parameters mapping with LightEval names, generation nested', () => {
    const native = nativeOf(FULL_RUN_CONFIG);
    expect(native.toDict()).toEqual({
      model_parameters: {
        model_name: 'openai/gpt-4o-mini',
        provider: 'openai',
        base_url: 'https://api.example.com/v1',
        api_key: null,
        concurrent_requests: 6,
        timeout: 90,
        api_max_retry: 3,
        system_prompt: 'Be brief.',
        max_model_length: 8192,
        generation_parameters: { temperature: 0.5, max_new_tokens: 256, stop_tokens: ['###', 'END'], seed: 1 },
      },
    });
    expect(NativeModelFileSchema.parse(parse(native.toYaml()))).toEqual(native.toDict());
    expect(native.warnings).toEqual([]);
  });

  it('never holds the key, even when config.yaml does', () => {
    const config = new LightEvalConfigService().build(EXAMPLE_REQUEST);
    expect(config.toDict().model_parameters[0].api_key).toBe(EXAMPLE_KEY);
    expect(config.toLightEvalModelConfig().toDict().model_parameters.api_key).toBeNull();
    expect(config.toLightEvalModelConfig().toYaml()).not.toContain(EXAMPLE_KEY);
  });

  it('keeps the real base URL, or the redacted one from a redacted config', () => {
    const config = buildWith(
      {},
      { provider: { id: 'p', name: 'n', type: 'openai', base_url: 'https://u:pw@x.example/v1' } },
    );
    expect(config.toLightEvalModelConfig().toDict().model_parameters.base_url).toBe('https://u:pw@x.example/v1');
    expect(config.redacted().toLightEvalModelConfig().toDict().model_parameters.base_url).toBe(
      'https://***@x.example/v1',
    );
  });
});

describe('LightEval versions', () => {
  const keysFor = (version: string, runConfig: unknown = { concurrent_requests: 6, timeout: 90, max_retries: 3 }) =>
    Object.keys(nativeOf(runConfig, version).toDict().model_parameters);

  it('0.12 and later take timeout, api_max_retry and max_model_length', () => {
    for (const version of ['0.12.0', '0.12.1', '0.13.0']) {
      expect(keysFor(version, FULL_RUN_CONFIG)).toEqual([
        'model_name',
        'provider',
        'base_url',
        'api_key',
        'concurrent_requests',
        'timeout',
        'api_max_retry',
        'system_prompt',
        'max_model_length',
        'generation_parameters',
      ]);
    }
  });

  it('0.11 drops timeout and api_max_retry, with a warning when the input set them', () => {
    const native = nativeOf({ concurrent_requests: 6, timeout: 90, max_retries: 3, system_prompt: 'x' }, '0.11.2');
    expect(Object.keys(native.toDict().model_parameters)).toEqual([
      'model_name',
      'provider',
      'base_url',
      'api_key',
      'concurrent_requests',
      'system_prompt',
      'generation_parameters',
    ]);
    expect(native.warnings).toEqual([
      'timeout: not written to the LightEval file; LightEval 0.11.2 has no timeout (added in 0.12)',
      'max_retries: not written to the LightEval file; LightEval 0.11.2 has no api_max_retry (added in 0.12)',
    ]);
    expect(nativeOf({}, '0.11.0').warnings).toEqual([]); // defaults dropped silently
  });

  it('0.9 and 0.10 also drop concurrent_requests', () => {
    expect(keysFor('0.10.1')).toEqual(['model_name', 'provider', 'base_url', 'api_key', 'generation_parameters']);
    expect(keysFor('0.9.0')).toEqual(['model_name', 'provider', 'base_url', 'api_key', 'generation_parameters']);
    const provider = {
      id: 'p',
      name: 'n',
      type: 'openai',
      base_url: 'https://x.example',
      rate_limits: { max_concurrency: 4 },
    };
    expect(buildWith({}, { provider }).toLightEvalModelConfig({ lightevalVersion: '0.10.0' }).warnings).toEqual([
      'provider.rate_limits.max_concurrency: not written to the LightEval file; LightEval 0.10.0 has no concurrent_requests (added in 0.11)',
    ]);
  });

  it('refuse fields that change what is evaluated when the version cannot take them', () => {
    expect(issuesOf(() => nativeOf({ system_prompt: 'x', max_model_length: 4096 }, '0.10.0'))).toEqual([
      { path: 'system_prompt', message: 'needs LightEval 0.11 or later; lighteval_version is 0.10.0' },
      { path: 'max_model_length', message: 'needs LightEval 0.12 or later; lighteval_version is 0.10.0' },
    ]);
    expect(issuesOf(() => nativeOf({ max_model_length: 4096 }, '0.11.0'))).toEqual([
      { path: 'max_model_length', message: 'needs LightEval 0.12 or later; lighteval_version is 0.11.0' },
    ]);
  });

  it('refuse versions before 0.9 and malformed versions', () => {
    expect(issuesOf(() => nativeOf({}, '0.8.0'))).toEqual([
      {
        path: 'lighteval_version',
        message: 'expected 0.9.0 or later (LightEval before 0.9 reads another format), got "0.8.0"',
      },
    ]);
    for (const version of ['0.13', 'v0.13.0', '0.13.0rc1', '']) {
      expect(issuesOf(() => nativeOf({}, version))).toEqual([
        {
          path: 'lighteval_version',
          message: `expected a LightEval version X.Y.Z, such as 0.13.0, got ${JSON.stringify(version)}`,
        },
      ]);
    }
  });

  it('warn about versions newer than the format was checked against', () => {
    for (const version of ['0.14.0', '1.0.0']) {
      expect(nativeOf({}, version).warnings).toEqual([
        `lighteval_version: ${version} is newer than 0.13.0, the newest version this file format was checked against; the 0.13.0 format is used`,
      ]);
    }
    expect(nativeOf({}, '0.13.9').warnings).toEqual([]);
  });
});

describe('LightEval rules on generation values', () => {
  it('refuse negative penalties, naming where they were set', () => {
    expect(issuesOf(() => nativeOf({ presence_penalty: -0.5, sampling: { frequency_penalty: -1 } }))).toEqual([
      {
        path: 'presence_penalty',
        message: 'LightEval rejects negative generation parameters; expected a number from 0 to 2, got -0.5',
      },
      {
        path: 'sampling.frequency_penalty',
        message: 'LightEval rejects negative generation parameters; expected a number from 0 to 2, got -1',
      },
    ]);
    // config.yaml itself takes them: OpenAI accepts -2..2.
    expect(buildWith({ presence_penalty: -0.5 }).toDict().generation_parameters.presence_penalty).toBe(-0.5);
  });

  it('warn about fields LightEval accepts but never sends', () => {
    expect(nativeOf({ generation: { top_k: 40 }, presence_penalty: 0.1 }).warnings).toEqual([
      'generation.top_k: LightEval accepts top_k but its litellm backend never sends it to the provider',
      'presence_penalty: LightEval accepts presence_penalty but its litellm backend never sends it to the provider',
    ]);
  });

  it('warn that use_chat_template false has no effect, naming its origin', () => {
    expect(nativeOf({ execution: { use_chat_template: false } }).warnings).toEqual([
      "execution.use_chat_template: use_chat_template false has no effect; LightEval's litellm endpoint always applies the chat template",
    ]);
    const provider = {
      id: 'p',
      name: 'n',
      type: 'openai',
      base_url: 'https://x.example',
      capabilities: { chat: false },
    };
    expect(buildWith({}, { provider }).toLightEvalModelConfig().warnings[0]).toMatch(/^provider\.capabilities\.chat: /);
  });

  it('merge stop and stop_sequences into stop_tokens, in order, without repeats', () => {
    expect(nativeOf({ stop: 'a', stop_sequences: ['b', 'a'] }).toDict().model_parameters.generation_parameters).toEqual(
      {
        stop_tokens: ['a', 'b'],
      },
    );
    expect(nativeOf({ stop: [] }).toDict().model_parameters.generation_parameters).toEqual({ stop_tokens: [] });
  });
});

describe('the first line of the native file', () => {
  it('names the LightEval version the file targets, before the YAML', () => {
    for (const version of ['0.9.0', '0.11.0', '0.13.0']) {
      const text = nativeOf({}, version).toYaml();
      const [first, second] = text.split('\n');
      expect(first).toBe(
        `# lighteval-model.yaml for LightEval ${version}, written by lighteval-action (api_key is null: the key travels in the environment)`,
      );
      expect(second).toBe('model_parameters:');
      expect(nativeOf({}, version).lightevalVersion).toBe(version);
    }
  });

  it('is read back by lightevalVersionOfNativeText, even after a byte order mark', () => {
    const text = nativeOf({}, '0.12.1').toYaml();
    expect(lightevalVersionOfNativeText(text)).toBe('0.12.1');
    expect(lightevalVersionOfNativeText(`\uFEFF${text}`)).toBe('0.12.1');
  });

  it('is missing from files written before it existed, and a look-alike on another line does not count', () => {
    const yaml = nativeOf({}).toYaml().split('\n').slice(1).join('\n');
    expect(lightevalVersionOfNativeText(yaml)).toBeUndefined();
    expect(lightevalVersionOfNativeText(`${yaml}# lighteval-model.yaml for LightEval 0.13.0, x\n`)).toBeUndefined();
    expect(lightevalVersionOfNativeText('# lighteval-model.yaml for LightEval 0.13, written\n')).toBeUndefined();
  });

  it('leaves the file loadable: YAML ignores it, and nativeFileText writes the same text as the builder', () => {
    const native = nativeOf(FULL_RUN_CONFIG, '0.12.0');
    expect(parse(native.toYaml())).toEqual(native.toDict());
    expect(nativeFileText(native.toDict(), '0.12.0')).toBe(native.toYaml());
  });
});
