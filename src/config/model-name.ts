import type { LiteLlmProvider } from './providers.js';

/**
 * The model name with the provider's LiteLLM prefix. A first segment counts as a prefix only when it is this
 * provider's (or one of its family, normalized to the canonical prefix): real model ids start with other
 * providers' names (`openai/gpt-oss-120b` on Groq, `anthropic/…` on OpenRouter), and LiteLLM routes by the
 * first segment alone.
 */
export function prefixModelName(model: string, provider: LiteLlmProvider): string {
  const slash = model.indexOf('/');
  const firstSegment = slash > 0 ? model.slice(0, slash) : undefined;
  if (firstSegment !== undefined && provider.prefixes.includes(firstSegment)) {
    return `${provider.prefix}/${model.slice(slash + 1)}`;
  }
  return `${provider.prefix}/${model}`;
}
