import { joinPath } from './errors.js';
import type { Provider, RunConfig } from './schemas.js';

/** LightEval gets no more parallelism above this (its HTTP connection pool). */
const MAX_USEFUL_CONCURRENCY = 100;
const DEFAULT_CONCURRENCY = 10;
const DEFAULT_TIMEOUT_SECONDS = 120;
const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_EXPECTED_LATENCY_SECONDS = 6;

export interface ExecutionSettings {
  readonly concurrent_requests: number;
  readonly timeout: number;
  readonly max_retries: number;
  readonly use_chat_template: boolean;
}

export interface ResolvedExecution {
  readonly settings: ExecutionSettings;
  /** The field path of each setting the input gave; defaults have none. */
  readonly sources: Partial<Record<keyof ExecutionSettings, string>>;
  readonly warnings: string[];
}

type ExecutionKey = 'concurrent_requests' | 'timeout' | 'max_retries' | 'expected_latency_seconds' | 'use_chat_template';

/** A run config sets these under `execution:` (which wins, as nested sections do) or at the top level. */
function fromRunConfig<K extends ExecutionKey>(runConfig: RunConfig, key: K) {
  const nested = runConfig.execution?.[key];
  if (nested !== undefined) return { value: nested, path: joinPath('execution', key) };
  const topLevel = runConfig[key];
  return topLevel === undefined ? undefined : { value: topLevel, path: key };
}

/**
 * Concurrency, timeout, retries and the chat template, from the run config, else the provider's rate limits,
 * else defaults. Without an explicit concurrency, Little's law turns a request rate into requests in flight
 * (rate × latency) with a 0.8 safety margin. The result never exceeds the provider's maximum nor 100.
 */
export function resolveExecution(runConfig: RunConfig, provider: Provider): ResolvedExecution {
  const limits: Partial<NonNullable<Provider['rate_limits']>> = provider.rate_limits ?? {};
  const sources: Partial<Record<keyof ExecutionSettings, string>> = {};
  const warnings: string[] = [];

  const requested = fromRunConfig(runConfig, 'concurrent_requests');
  let concurrency = DEFAULT_CONCURRENCY;
  if (requested !== undefined) {
    concurrency = requested.value;
    sources.concurrent_requests = requested.path;
  } else if (limits.max_concurrency !== undefined) {
    concurrency = limits.max_concurrency;
    sources.concurrent_requests = 'provider.rate_limits.max_concurrency';
  } else if (limits.requests_per_minute !== undefined) {
    const latency = fromRunConfig(runConfig, 'expected_latency_seconds')?.value ?? DEFAULT_EXPECTED_LATENCY_SECONDS;
    // rpm / 60 × latency × 0.8 = rpm × latency / 75, one division so whole results stay whole in floating point.
    concurrency = Math.max(1, Math.floor((limits.requests_per_minute * latency) / 75));
    sources.concurrent_requests = 'provider.rate_limits.requests_per_minute';
  }
  const [cap, reason] =
    limits.max_concurrency !== undefined && limits.max_concurrency < MAX_USEFUL_CONCURRENCY
      ? [limits.max_concurrency, 'the provider allows no more (provider.rate_limits.max_concurrency)']
      : [MAX_USEFUL_CONCURRENCY, 'LightEval gets no more parallelism above 100'];
  if (concurrency > cap) {
    if (requested !== undefined) warnings.push(`${requested.path}: lowered from ${concurrency} to ${cap}; ${reason}`);
    concurrency = cap;
  }

  const timeout = fromRunConfig(runConfig, 'timeout');
  const maxRetries = fromRunConfig(runConfig, 'max_retries');
  const chatTemplate = fromRunConfig(runConfig, 'use_chat_template');
  if (timeout) sources.timeout = timeout.path;
  else if (limits.timeout !== undefined) sources.timeout = 'provider.rate_limits.timeout';
  if (maxRetries) sources.max_retries = maxRetries.path;
  else if (limits.max_retries !== undefined) sources.max_retries = 'provider.rate_limits.max_retries';
  if (chatTemplate) sources.use_chat_template = chatTemplate.path;
  else if (provider.capabilities?.chat === false) sources.use_chat_template = 'provider.capabilities.chat';

  return {
    settings: {
      concurrent_requests: concurrency,
      timeout: timeout?.value ?? limits.timeout ?? DEFAULT_TIMEOUT_SECONDS,
      max_retries: maxRetries?.value ?? limits.max_retries ?? DEFAULT_MAX_RETRIES,
      use_chat_template: chatTemplate?.value ?? provider.capabilities?.chat !== false,
    },
    sources,
    warnings,
  };
}
