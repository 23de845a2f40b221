import { describe, expect, it } from 'vitest';
import { keysInEnvironment, providerKeyOf } from '../../src/config/provider-key.js';
import { LightEvalConfigService } from '../../src/config/service.js';

function configOf(type: string, apiKeyEnv?: string) {
  return new LightEvalConfigService()
    .build({
      provider: { id: 'p', name: 'P', type, base_url: 'http://127.0.0.1:8000/v1' },
      modelName: 'm',
      apiKeyEnv,
      includeApiKey: false,
    })
    .toDict();
}

describe('providerKeyOf', () => {
  it('reads the key from the variable config.yaml names; LightEval gets it in the one LiteLLM reads', () => {
    const key = providerKeyOf(configOf('openai', 'MY_KEY'));
    expect(key).toEqual({
      variable: 'MY_KEY',
      litellmVariable: 'OPENAI_API_KEY',
      litellmVariables: ['OPENAI_API_KEY'],
      needsKey: true,
      credentials: undefined,
      prefix: 'openai',
    });
    expect(keysInEnvironment(key, { MY_KEY: 'a', OPENAI_API_KEY: 'b', OTHER: 'c' })).toEqual(['a', 'b']);
  });

  it('knows the local servers and the clouds that need no key, ollama included', () => {
    for (const type of ['ollama', 'vllm', 'lm_studio', 'vertex_ai', 'bedrock']) {
      expect(providerKeyOf(configOf(type)).needsKey, type).toBe(false);
    }
    expect(providerKeyOf(configOf('ollama'))).toMatchObject({ variable: 'OLLAMA_API_KEY', prefix: 'ollama_chat' });
    expect(providerKeyOf(configOf('bedrock'))).toMatchObject({
      variable: 'AWS_BEARER_TOKEN_BEDROCK',
      credentials: expect.stringContaining('AWS_') as string,
    });
  });

  it('lists every key in the variable config.yaml names and in those LiteLLM reads, for scrubbing', () => {
    const key = providerKeyOf(configOf('azure'));
    expect(key.litellmVariables).toEqual(['AZURE_OPENAI_API_KEY', 'AZURE_API_KEY']);
    expect(keysInEnvironment(key, { AZURE_OPENAI_API_KEY: 'first', AZURE_API_KEY: 'second' })).toEqual([
      'second',
      'first',
    ]);
  });
});
