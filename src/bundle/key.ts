/** Where a bundle's provider key comes from, and where LightEval's environment must carry it. */
import { ConfigError } from '../config/errors.js';
import { resolveProviderType } from '../config/providers.js';
import type { ConfigDict } from '../config/schemas.js';

export interface BundleKey {
  /** The variable the key is read from: the one config.yaml names (`api_key_env`), else the one LiteLLM reads. */
  readonly variable: string;
  /** The variable LiteLLM reads for the provider: LightEval's environment carries the key under this one. */
  readonly litellmVariable: string;
  /** False for local servers LiteLLM calls without a key. */
  readonly needsKey: boolean;
  /** The LiteLLM prefix, for messages. */
  readonly prefix: string;
}

export function bundleKeyOf(config: ConfigDict): BundleKey {
  const [parameters] = config.model_parameters;
  // The stored type first: it resolves as the builder resolved it, which the canonical prefix does not always do
  // (ollama's prefix ollama_chat is not itself one of its aliases).
  const litellm = resolveProviderType(config.metadata.provider_type) ?? resolveProviderType(parameters.provider_type);
  if (litellm === undefined) {
    throw new ConfigError([{ path: 'config.yaml', message: 'metadata.provider_type: not a provider type LiteLLM can route to' }]);
  }
  return {
    variable: parameters.api_key_env ?? litellm.keyEnv,
    litellmVariable: litellm.keyEnv,
    needsKey: litellm.needsKey,
    prefix: litellm.prefix,
  };
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The key: from the variable config.yaml names, else from the provider's LiteLLM variable; '' when neither is set. */
export function keyFromEnvironment(key: BundleKey, env: Environment): string {
  return env[key.variable] || env[key.litellmVariable] || '';
}

/** Every value either variable holds: each is a key that may have reached LightEval, so each is scrubbed. */
export function keysInEnvironment(key: BundleKey, env: Environment): string[] {
  return [env[key.variable], env[key.litellmVariable]].filter((value): value is string => value !== undefined && value !== '');
}
