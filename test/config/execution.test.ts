import { describe, expect, it } from 'vitest';
import { buildWith, EXAMPLE_PROVIDER, issuesOf } from '../fixtures/requests.js';

type RateLimits = Record<string, unknown>;

function settingsOf(runConfig: unknown, rateLimits?: RateLimits, capabilities?: object) {
  const config = buildWith(runConfig, { provider: { ...EXAMPLE_PROVIDER, rate_limits: rateLimits, capabilities } });
  const { concurrent_requests, timeout, max_retries } = config.toDict().model_parameters[0];
  return {
    concurrent_requests,
    timeout,
    max_retries,
    chat: config.toDict().execution.use_chat_template,
    warnings: config.warnings,
  };
}

describe('concurrent_requests', () => {
  it('is the run config value first', () => {
    expect(
      settingsOf({ concurrent_requests: 3 }, { max_concurrency: 8, requests_per_minute: 6000 }).concurrent_requests,
    ).toBe(3);
  });

  it('else the provider maximum', () => {
    expect(settingsOf({}, { max_concurrency: 8, requests_per_minute: 6000 }).concurrent_requests).toBe(8);
  });

  it('else ceil(requests a second × seconds a request takes), at least 1', () => {
    // Without a stated latency: 0.5 s + 0.02 s × 256 tokens = 5.62 s.
    expect(settingsOf({}, { requests_per_minute: 500 }).concurrent_requests).toBe(47); // 8.33/s × 5.62 s = 46.8
    expect(settingsOf({}, { requests_per_minute: 60 }).concurrent_requests).toBe(6); // 5.62
    expect(settingsOf({}, { requests_per_minute: 1 }).concurrent_requests).toBe(1); // 0.09
    // The generation budget sets the time: 0.5 + 0.02 × 1000 = 20.5 s; 0.5 + 0.02 × 25 = 1 s.
    expect(settingsOf({ max_new_tokens: 1000 }, { requests_per_minute: 600 }).concurrent_requests).toBe(205);
    expect(settingsOf({ generation: { max_tokens: 25 } }, { requests_per_minute: 600 }).concurrent_requests).toBe(10);
    // A stated latency wins, and a whole product stays whole (10/s × 0.3 s is 3, not 4).
    expect(settingsOf({ expected_latency_seconds: 0.3 }, { requests_per_minute: 600 }).concurrent_requests).toBe(3);
    expect(settingsOf({ expected_latency_seconds: 15 }, { requests_per_minute: 100 }).concurrent_requests).toBe(25);
    expect(
      settingsOf({ execution: { expected_latency_seconds: 1.5 } }, { requests_per_minute: 1000 }).concurrent_requests,
    ).toBe(25);
    expect(
      settingsOf({ execution: { expected_latency_seconds: 1.5 } }, { requests_per_minute: 1001 }).concurrent_requests,
    ).toBe(26);
  });

  it('counts tokens a minute with the budget and a 500-token prompt, taking the lower of the two rates', () => {
    // 90,000 tokens/min ÷ (500 + 256) = 119 requests/min; × 5.62 s = 11.2 in flight.
    expect(settingsOf({}, { tokens_per_minute: 90_000 }).concurrent_requests).toBe(12);
    expect(settingsOf({}, { tokens_per_minute: 90_000, requests_per_minute: 60 }).concurrent_requests).toBe(6);
    expect(settingsOf({}, { tokens_per_minute: 9_000_000, requests_per_minute: 600 }).concurrent_requests).toBe(57);
    // A larger budget: fewer requests a minute, each longer. 90,000 ÷ 1,500 = 60/min; × 20.5 s = 20.5.
    expect(settingsOf({ max_new_tokens: 1000 }, { tokens_per_minute: 90_000 }).concurrent_requests).toBe(21);
  });

  it('else 10', () => {
    expect(settingsOf({}).concurrent_requests).toBe(10);
    expect(settingsOf({ expected_latency_seconds: 2 }).concurrent_requests).toBe(10);
  });

  it("never exceeds the 1,000 connections of LightEval's HTTP client, warning only when that lowers an explicit request", () => {
    expect(settingsOf({}, { requests_per_minute: 3500 })).toMatchObject({ concurrent_requests: 328, warnings: [] });
    expect(settingsOf({}, { requests_per_minute: 100000 })).toMatchObject({ concurrent_requests: 1000, warnings: [] });
    expect(settingsOf({}, { max_concurrency: 5000 })).toMatchObject({ concurrent_requests: 1000, warnings: [] });
    expect(settingsOf({ concurrent_requests: 2500 })).toMatchObject({
      concurrent_requests: 1000,
      warnings: [
        "concurrent_requests: lowered from 2500 to 1000; LightEval's HTTP client holds at most 1000 connections",
      ],
    });
  });

  it('never exceeds the provider maximum', () => {
    expect(settingsOf({ execution: { concurrent_requests: 50 } }, { max_concurrency: 8 })).toMatchObject({
      concurrent_requests: 8,
      warnings: [
        'execution.concurrent_requests: lowered from 50 to 8; the provider allows no more (provider.rate_limits.max_concurrency)',
      ],
    });
    expect(settingsOf({}, { max_concurrency: 4, requests_per_minute: 100000 }).concurrent_requests).toBe(4);
    // Only the lower cap is reported.
    expect(settingsOf({ concurrent_requests: 5000 }, { max_concurrency: 2000 })).toMatchObject({
      concurrent_requests: 1000,
      warnings: [
        "concurrent_requests: lowered from 5000 to 1000; LightEval's HTTP client holds at most 1000 connections",
      ],
    });
  });
});

describe('timeout and max_retries', () => {
  it("come from the run config, else the rate limits, else 120 s and LightEval's own 8", () => {
    expect(settingsOf({ timeout: 30, max_retries: 0 }, { timeout: 60, max_retries: 2 })).toMatchObject({
      timeout: 30,
      max_retries: 0,
    });
    expect(settingsOf({}, { timeout: 60, max_retries: 2 })).toMatchObject({ timeout: 60, max_retries: 2 });
    expect(settingsOf({})).toMatchObject({ timeout: 120, max_retries: 8 });
    expect(settingsOf({ timeout: 0.5 }).timeout).toBe(0.5);
  });
});

describe('the execution section', () => {
  it('wins over the same key at the top level', () => {
    expect(
      settingsOf({
        concurrent_requests: 2,
        timeout: 10,
        max_retries: 1,
        use_chat_template: true,
        execution: { concurrent_requests: 3, timeout: 20, max_retries: 4, use_chat_template: false },
      }),
    ).toMatchObject({ concurrent_requests: 3, timeout: 20, max_retries: 4, chat: false });
  });

  it('rejects unknown keys, suggesting the nearest', () => {
    expect(issuesOf(() => settingsOf({ execution: { concurent_requests: 2 } }))).toEqual([
      { path: 'execution.concurent_requests', message: 'unknown field; did you mean concurrent_requests?' },
    ]);
  });
});

describe('use_chat_template', () => {
  it('is the run config value, else whether the provider chats', () => {
    expect(settingsOf({}).chat).toBe(true);
    expect(settingsOf({}, undefined, { chat: true }).chat).toBe(true);
    expect(settingsOf({}, undefined, { chat: false }).chat).toBe(false);
    expect(settingsOf({ use_chat_template: true }, undefined, { chat: false }).chat).toBe(true);
    expect(settingsOf({ use_chat_template: false }).chat).toBe(false);
  });
});

describe('execution ranges', () => {
  const cases: [string, unknown, string][] = [
    ['concurrent_requests', 0, 'expected an integer of 1 or more, got 0'],
    ['concurrent_requests', 2.5, 'expected an integer of 1 or more, got 2.5'],
    ['timeout', 0, 'expected a number greater than 0, got 0'],
    ['timeout', '60', 'expected a number greater than 0, got "60"'],
    ['max_retries', -1, 'expected an integer of 0 or more, got -1'],
    ['expected_latency_seconds', 0, 'expected a number greater than 0, got 0'],
    ['use_chat_template', 'false', 'expected true or false, got "false"'],
  ];
  it.each(cases)('%s rejects %j at the top level and under execution', (field, value, message) => {
    expect(issuesOf(() => settingsOf({ [field]: value }))).toEqual([{ path: field, message }]);
    expect(issuesOf(() => settingsOf({ execution: { [field]: value } }))).toEqual([
      { path: `execution.${field}`, message },
    ]);
  });

  it('applies to rate limits too', () => {
    expect(issuesOf(() => settingsOf({}, { max_concurrency: 0, timeout: -5 }))).toEqual([
      { path: 'provider.rate_limits.max_concurrency', message: 'expected an integer of 1 or more, got 0' },
      { path: 'provider.rate_limits.timeout', message: 'expected a number greater than 0, got -5' },
    ]);
  });
});
