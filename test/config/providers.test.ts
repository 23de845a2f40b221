import { describe, expect, it } from 'vitest';
import { normalizeProviderType, resolveProviderType } from '../../src/config/index.js';
import { knownProviderTypes } from '../../src/config/providers.js';

/** The reference table: stored types → LiteLLM prefix → key variable (undefined: LiteLLM documents none). */
const TABLE: [string[], string, string | undefined][] = [
  [['openai'], 'openai', 'OPENAI_API_KEY'],
  [['azure', 'azure_openai'], 'azure', 'AZURE_API_KEY'],
  [['azure_ai', 'foundry'], 'azure_ai', 'AZURE_AI_API_KEY'],
  [['anthropic', 'claude'], 'anthropic', 'ANTHROPIC_API_KEY'],
  [['gemini', 'google', 'google_ai_studio'], 'gemini', 'GEMINI_API_KEY'],
  [['vertex', 'vertexai', 'vertex_ai', 'gcp'], 'vertex_ai', 'VERTEXAI_CREDENTIALS'],
  [['together', 'togetherai', 'together_ai'], 'together_ai', 'TOGETHERAI_API_KEY'],
  [['huggingface', 'hf'], 'huggingface', 'HF_TOKEN'],
  [['bedrock', 'aws'], 'bedrock', 'AWS_BEARER_TOKEN_BEDROCK'],
  [['fireworks', 'fireworks_ai'], 'fireworks_ai', 'FIREWORKS_AI_API_KEY'],
  [
    ['openai_compatible', 'openai-compatible', 'generic', 'llamacpp', 'llama.cpp', 'sglang', 'tgi'],
    'openai',
    'OPENAI_API_KEY',
  ],
  [['ollama', 'ollama_chat'], 'ollama_chat', 'OLLAMA_API_KEY'],
  [['lmstudio', 'lm_studio'], 'lm_studio', 'LM_STUDIO_API_KEY'],
  [['vllm', 'hosted_vllm'], 'hosted_vllm', 'HOSTED_VLLM_API_KEY'],
  [['mistral', 'mistralai'], 'mistral', 'MISTRAL_API_KEY'],
  [['groq'], 'groq', 'GROQ_API_KEY'],
  [['deepseek'], 'deepseek', 'DEEPSEEK_API_KEY'],
  [['openrouter'], 'openrouter', 'OPENROUTER_API_KEY'],
  [['cohere'], 'cohere', 'COHERE_API_KEY'],
  [['perplexity'], 'perplexity', 'PERPLEXITYAI_API_KEY'],
  [['deepinfra'], 'deepinfra', 'DEEPINFRA_API_KEY'],
  [['cerebras'], 'cerebras', 'CEREBRAS_API_KEY'],
  [['sambanova'], 'sambanova', 'SAMBANOVA_API_KEY'],
  [['xai', 'x-ai', 'grok'], 'xai', 'XAI_API_KEY'],
  [['nvidia', 'nim', 'nvidia_nim'], 'nvidia_nim', 'NVIDIA_NIM_API_KEY'],
  [['kimi', 'moonshot'], 'moonshot', 'MOONSHOT_API_KEY'],
  [['qwen', 'dashscope', 'alibaba'], 'dashscope', 'DASHSCOPE_API_KEY'],
  [['watsonx', 'ibm'], 'watsonx', undefined],
];

describe('provider types', () => {
  it.each(TABLE)('%j → %s, key in %s', (types, prefix, keyEnv) => {
    for (const type of types) {
      const provider = resolveProviderType(type);
      expect(provider?.prefix).toBe(prefix);
      expect(provider?.known).toBe(true);
      expect(provider?.keyEnv).toBe(keyEnv ?? `${prefix.toUpperCase()}_API_KEY`);
      expect(provider?.keyEnvDocumented).toBe(keyEnv !== undefined);
    }
  });

  it('match in any case, with -, _ and spaces equivalent', () => {
    for (const type of ['Google AI Studio', 'GOOGLE-AI-STUDIO', 'google__ai studio', '  google_ai_studio ']) {
      expect(resolveProviderType(type)?.prefix).toBe('gemini');
    }
    expect(normalizeProviderType(' X-AI ')).toBe('x_ai');
    expect(resolveProviderType('Together AI')?.prefix).toBe('together_ai');
    expect(resolveProviderType('LM Studio')?.prefix).toBe('lm_studio');
  });

  it('count the family of a prefix as already prefixed', () => {
    expect(resolveProviderType('ollama')?.prefixes).toEqual(['ollama_chat', 'ollama']);
    expect(resolveProviderType('openai')?.prefixes).toEqual(['openai', 'custom_openai']);
    expect(resolveProviderType('cohere')?.prefixes).toEqual(['cohere', 'cohere_chat']);
    expect(resolveProviderType('claude')?.prefixes).toEqual(['anthropic', 'anthropic_text']);
    expect(resolveProviderType('azure')?.prefixes).toEqual(['azure', 'azure_text']);
    expect(resolveProviderType('vertex')?.prefixes).toEqual(['vertex_ai', 'vertex_ai_beta']);
    expect(resolveProviderType('groq')?.prefixes).toEqual(['groq']);
  });

  it('use an unknown type as its own lower-cased prefix, never rejecting new LiteLLM providers', () => {
    expect(resolveProviderType('Novita')).toEqual({
      prefix: 'novita',
      prefixes: ['novita'],
      keyEnv: 'NOVITA_API_KEY',
      keyEnvDocumented: false,
      known: false,
      keyVariables: ['NOVITA_API_KEY'],
      needsKey: true,
      needsBaseUrl: true,
    });
    expect(resolveProviderType('text-completion-codestral')?.keyEnv).toBe('TEXT_COMPLETION_CODESTRAL_API_KEY');
    // LiteLLM traps are not silently mapped to something else.
    expect(resolveProviderType('custom')?.known).toBe(false);
  });

  it('need a key except for the local servers LiteLLM calls without one and the clouds with their own credentials', () => {
    const keyless = TABLE.flatMap(([types]) => types).filter((type) => resolveProviderType(type)?.needsKey === false);
    expect(keyless).toEqual([
      ...['vertex', 'vertexai', 'vertex_ai', 'gcp', 'bedrock', 'aws'],
      ...['ollama', 'ollama_chat', 'lmstudio', 'lm_studio', 'vllm', 'hosted_vllm'],
    ]);
    expect(resolveProviderType('vertex')?.credentials).toContain('GOOGLE_APPLICATION_CREDENTIALS');
    expect(resolveProviderType('bedrock')?.credentials).toContain('AWS_ACCESS_KEY_ID');
    expect(resolveProviderType('ollama')?.credentials).toBeUndefined();
  });

  it('list every variable LiteLLM reads the key from, first read first', () => {
    // LiteLLM reads AZURE_OPENAI_API_KEY before AZURE_API_KEY: an inherited one would win over the action's key.
    expect(resolveProviderType('azure')?.keyVariables).toEqual(['AZURE_OPENAI_API_KEY', 'AZURE_API_KEY']);
    expect(resolveProviderType('openai')?.keyVariables).toEqual(['OPENAI_API_KEY']);
  });

  it('need a base URL only where LiteLLM knows no endpoint', () => {
    const needing = TABLE.flatMap(([types]) => types).filter(
      (type) => resolveProviderType(type)?.needsBaseUrl === true,
    );
    expect(needing).toEqual([
      ...['azure', 'azure_openai', 'azure_ai', 'foundry'],
      ...['openai_compatible', 'openai-compatible', 'generic', 'llamacpp', 'llama.cpp', 'sglang', 'tgi'],
      ...['lmstudio', 'lm_studio', 'vllm', 'hosted_vllm', 'watsonx', 'ibm'],
    ]);
    expect(resolveProviderType('some-new-provider')?.needsBaseUrl).toBe(true);
  });

  it('resolve each LiteLLM prefix to its own provider, as the run does from a built configuration', () => {
    for (const type of knownProviderTypes()) {
      const provider = resolveProviderType(type);
      expect(provider, type).toBeDefined();
      // The prefix alone cannot tell an OpenAI-compatible server (which needs a base URL) from OpenAI itself.
      const { needsBaseUrl: _, ...byPrefix } = resolveProviderType(provider?.prefix ?? '') ?? {};
      const { needsBaseUrl: __, ...byType } = provider ?? {};
      expect(byPrefix, type).toEqual(byType);
    }
  });

  it('refuse what cannot be a prefix', () => {
    for (const type of ['two words', 'a/b', '-lead', '', 'ünï']) expect(resolveProviderType(type)).toBeUndefined();
  });
});
