/** Where a built configuration's provider key comes from, and where LightEval's environment must carry it. */
import { ConfigError } from './errors.js';
import { resolveProviderType } from './providers.js';
import type { ConfigDict } from './schemas.js';
import type { Environment } from './environment.js';

export interface ProviderKey {
  /** The variable the key is read from: the one config.yaml names (`api_key_env`), else the one LiteLLM reads. */
  readonly variable: string;
  /** The variable LiteLLM documents for the provider's key, for messages. */
  readonly litellmVariable: string;
  /**
   * Every variable LiteLLM reads the key from, first read first: LightEval's environment carries the key under
   * each, so that none inherited from the job's environment wins over it (azure reads AZURE_OPENAI_API_KEY first).
   */
  readonly litellmVariables: readonly string[];
  /** False for local servers LiteLLM calls without a key, and clouds that use their own credentials. */
  readonly needsKey: boolean;
  /** What LiteLLM authenticates with when no key is given, where that is a cloud's own credentials. */
  readonly credentials: string | undefined;
  /** The LiteLLM prefix, for messages. */
  readonly prefix: string;
}

export function providerKeyOf(config: ConfigDict): ProviderKey {
  const [parameters] = config.model_parameters;
  // The stored type, resolved as the builder resolved it.
  const litellm = resolveProviderType(config.metadata.provider_type);
  if (litellm === undefined) {
    throw new ConfigError([
      { path: 'config.yaml', message: 'metadata.provider_type: not a provider type LiteLLM can route to' },
    ]);
  }
  return {
    variable: parameters.api_key_env ?? litellm.keyEnv,
    litellmVariable: litellm.keyEnv,
    litellmVariables: litellm.keyVariables,
    needsKey: litellm.needsKey,
    credentials: litellm.credentials,
    prefix: litellm.prefix,
  };
}

/** Every value these variables hold: each is a key that may have reached LightEval, so each is scrubbed. */
export function keysInEnvironment(key: ProviderKey, env: Environment): string[] {
  const names = new Set([key.variable, ...key.litellmVariables]);
  return [...names].map((name) => env[name]).filter((value): value is string => value !== undefined && value !== '');
}
