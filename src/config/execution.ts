import { joinPath } from './errors.js';
import type { Provider, RunConfig } from './schemas.js';

/**
 * LightEval (0.11 and later) runs `concurrent_requests` threads, each with one request in flight, through the OpenAI
 * SDK's HTTP pool, which holds at most 1,000 connections: threads past that would wait for one.
 */
const MAX_USEFUL_CONCURRENCY = 1000;
const DEFAULT_CONCURRENCY = 10;
const DEFAULT_TIMEOUT_SECONDS = 120;
/** LightEval's own default (`api_max_retry`): with back-off from 1 s to 64 s, about three minutes of retrying. */
const DEFAULT_MAX_RETRIES = 8;

/**
 * What the builder assumes of a request when the run config does not say how long one takes (docs/configuration.md,
 * Concurrency): the first token after half a second, then 50 tokens a second, for the whole generation budget
 * (max_new_tokens, else 256, a usual task's budget); and a prompt of 500 tokens, for a tokens-per-minute limit, which
 * providers count with the budget when they admit a request.
 */
const REQUEST_ASSUMPTIONS = {
  firstTokenSeconds: 0.5,
  secondsPerToken: 0.02,
  budgetTokens: 256,
  promptTokens: 500,
} as const;

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

type ExecutionKey =
  'concurrent_requests' | 'timeout' | 'max_retries' | 'expected_latency_seconds' | 'use_chat_template';

/** A run config sets these under `execution:` (which wins, as nested sections do) or at the top level. */
function fromRunConfig<K extends ExecutionKey>(runConfig: RunConfig, key: K) {
  const nested = runConfig.execution?.[key];
  if (nested !== undefined) return { value: nested, path: joinPath('execution', key) };
  const topLevel = runConfig[key];
  return topLevel === undefined ? undefined : { value: topLevel, path: key };
}

/** Requests a second the provider's limits allow, from requests and tokens a minute; undefined without either. */
function requestRate(limits: Partial<NonNullable<Provider['rate_limits']>>, budgetTokens: number): number | undefined {
  const rates = [
    ...(limits.requests_per_minute === undefined ? [] : [limits.requests_per_minute / 60]),
    ...(limits.tokens_per_minute === undefined
      ? []
      : [limits.tokens_per_minute / 60 / (REQUEST_ASSUMPTIONS.promptTokens + budgetTokens)]),
  ];
  return rates.length === 0 ? undefined : Math.min(...rates);
}

/** Seconds a request takes: as the run config says, else from the generation budget (REQUEST_ASSUMPTIONS). */
function expectedLatency(runConfig: RunConfig, maxNewTokens: number | undefined): number {
  const stated = fromRunConfig(runConfig, 'expected_latency_seconds')?.value;
  if (stated !== undefined) return stated;
  const { firstTokenSeconds, secondsPerToken, budgetTokens } = REQUEST_ASSUMPTIONS;
  return firstTokenSeconds + (maxNewTokens ?? budgetTokens) * secondsPerToken;
}

/**
 * Concurrency, timeout, retries and the chat template, from the run config, else the provider's rate limits, else
 * defaults. Without an explicit concurrency, Little's law turns the request rate the limits allow into requests in
 * flight (rate × seconds a request takes), rounded up: a request too many meets a 429 that LightEval retries, one too
 * few leaves the quota unused. The result never exceeds the provider's max_concurrency nor MAX_USEFUL_CONCURRENCY.
 * `maxNewTokens` is the run's generation budget.
 */
export function resolveExecution(runConfig: RunConfig, provider: Provider, maxNewTokens?: number): ResolvedExecution {
  const limits: Partial<NonNullable<Provider['rate_limits']>> = provider.rate_limits ?? {};
  const sources: Partial<Record<keyof ExecutionSettings, string>> = {};
  const warnings: string[] = [];

  const requested = fromRunConfig(runConfig, 'concurrent_requests');
  const rate = requestRate(limits, maxNewTokens ?? REQUEST_ASSUMPTIONS.budgetTokens);
  let concurrency = DEFAULT_CONCURRENCY;
  if (requested !== undefined) {
    concurrency = requested.value;
    sources.concurrent_requests = requested.path;
  } else if (limits.max_concurrency !== undefined) {
    concurrency = limits.max_concurrency;
    sources.concurrent_requests = 'provider.rate_limits.max_concurrency';
  } else if (rate !== undefined) {
    // A product a hair above a whole number stays that number: 10 requests a second × 0.3 s is 3.0000000000000004.
    concurrency = Math.max(1, Math.ceil(rate * expectedLatency(runConfig, maxNewTokens) - 1e-9));
    sources.concurrent_requests =
      limits.requests_per_minute !== undefined
        ? 'provider.rate_limits.requests_per_minute'
        : 'provider.rate_limits.tokens_per_minute';
  }
  const [cap, reason] =
    limits.max_concurrency !== undefined && limits.max_concurrency < MAX_USEFUL_CONCURRENCY
      ? [limits.max_concurrency, 'the provider allows no more (provider.rate_limits.max_concurrency)']
      : [MAX_USEFUL_CONCURRENCY, `LightEval's HTTP client holds at most ${MAX_USEFUL_CONCURRENCY} connections`];
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
