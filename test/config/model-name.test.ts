import { describe, expect, it } from 'vitest';
import { resolveProviderType } from '../../src/config/index.js';
import { prefixModelName } from '../../src/config/model-name.js';

function prefixed(type: string, model: string): string {
  const provider = resolveProviderType(type);
  if (provider === undefined) throw new Error(`no provider ${type}`);
  return prefixModelName(model, provider);
}

describe('model names', () => {
  it('get the provider prefix when they have none', () => {
    expect(prefixed('openai', 'gpt-4o-mini')).toBe('openai/gpt-4o-mini');
    expect(prefixed('anthropic', 'claude-3-5-sonnet')).toBe('anthropic/claude-3-5-sonnet');
    expect(prefixed('azure', 'my-deployment')).toBe('azure/my-deployment');
  });

  it('keep their prefix when it is the provider’s own', () => {
    expect(prefixed('openai', 'openai/gpt-4o-mini')).toBe('openai/gpt-4o-mini');
    expect(prefixed('together', 'together_ai/meta-llama/Llama-3-8b')).toBe('together_ai/meta-llama/Llama-3-8b');
    expect(prefixed('novita', 'novita/deepseek-r1')).toBe('novita/deepseek-r1');
  });

  it('normalize a prefix of the family to the canonical one', () => {
    expect(prefixed('ollama', 'ollama/llama3')).toBe('ollama_chat/llama3');
    expect(prefixed('ollama', 'ollama_chat/llama3')).toBe('ollama_chat/llama3');
    expect(prefixed('openai', 'custom_openai/my-model')).toBe('openai/my-model');
    expect(prefixed('cohere', 'cohere_chat/command-r')).toBe('cohere/command-r');
    expect(prefixed('anthropic', 'anthropic_text/claude-2')).toBe('anthropic/claude-2');
    expect(prefixed('azure', 'azure_text/davinci')).toBe('azure/davinci');
    expect(prefixed('vertex', 'vertex_ai_beta/gemini-pro')).toBe('vertex_ai/gemini-pro');
  });

  it('prepend the prefix when the first segment is another provider’s name (real model ids collide)', () => {
    expect(prefixed('groq', 'openai/gpt-oss-120b')).toBe('groq/openai/gpt-oss-120b');
    expect(prefixed('openrouter', 'anthropic/claude-3')).toBe('openrouter/anthropic/claude-3');
    expect(prefixed('openrouter', 'deepseek/deepseek-r1')).toBe('openrouter/deepseek/deepseek-r1');
    expect(prefixed('nvidia', 'meta/llama-3.1-8b-instruct')).toBe('nvidia_nim/meta/llama-3.1-8b-instruct');
    expect(prefixed('hf', 'tencent/Hunyuan-7B')).toBe('huggingface/tencent/Hunyuan-7B');
    expect(prefixed('together', 'meta-llama/Llama-3-8b')).toBe('together_ai/meta-llama/Llama-3-8b');
    expect(prefixed('vllm', 'openai/gpt-oss-20b')).toBe('hosted_vllm/openai/gpt-oss-20b');
  });

  it('compare prefixes case-sensitively', () => {
    expect(prefixed('openai', 'OpenAI/gpt-4o')).toBe('openai/OpenAI/gpt-4o');
    expect(prefixed('qwen', 'Qwen/Qwen2.5-72B')).toBe('dashscope/Qwen/Qwen2.5-72B');
  });
});
