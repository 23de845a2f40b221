/** Where a built configuration's provider key comes from, and where LightEval's environment must carry it. */
import { ConfigError } from './errors.js';
import { resolveProviderType } from './providers.js';
import type { ConfigDict } from './schemas.js';

export interface ProviderKey {
  /** The variable the key is read from: the one config.yaml names (`api_key_env`), else the one LiteLLM reads. */
  readonly variable: string;
  /** The variable LiteLLM reads for the provider: LightEval's environment carries the key under this one. */
  readonly litellmVariable: string;
  /** False for local servers LiteLLM calls without a key. */
  readonly needsKey: boolean;
  /** The LiteLLM prefix, for messages. */
  readonly prefix: string;
}

export function providerKeyOf(config: ConfigDict): ProviderKey {
  const [parameters] = config.model_parameters;
  // The stored type, resolved as the builder resolved it.
  const litellm = resolveProviderType(config.metadata.provider_type);
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
export function keyFromEnvironment(key: ProviderKey, env: Environment): string {
  return env[key.variable] || env[key.litellmVariable] || '';
}

/** Every value either variable holds: each is a key that may have reached LightEval, so each is scrubbed. */
export function keysInEnvironment(key: ProviderKey, env: Environment): string[] {
  return [env[key.variable], env[key.litellmVariable]].filter((value): value is string => value !== undefined && value !== '');
}
