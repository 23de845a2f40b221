import { describe, expect, it } from 'vitest';
import {
  causeOf,
  fatalPreflightFailure,
  judgeRequestFailures,
  PreflightOutcomeSchema,
  RequestFailureCounter,
} from '../../src/lighteval/request-failures.js';

const LIMIT = { maxShare: 0.05, name: 'max-failed-requests' };

describe('causeOf', () => {
  it.each([
    ['AuthenticationError', '', 'authentication'],
    ['PermissionDeniedError', '', 'authentication'],
    ['NotFoundError', '', 'model not found'],
    ['RateLimitError', '', 'rate limited'],
    ['APIConnectionError', '', 'unreachable'],
    ['Timeout', '', 'unreachable'],
    // What LiteLLM raises for a closed port: an InternalServerError whose message says so.
    [
      'InternalServerError',
      'litellm.InternalServerError: InternalServerError: OpenAIException - Connection error.',
      'unreachable',
    ],
    ['InternalServerError', 'status 500', 'provider error'],
    // What LiteLLM raises when no key reached it at all.
    [
      'InternalServerError',
      'litellm.InternalServerError: InternalServerError: OpenAIException - Missing credentials. Please pass an `api_key`',
      'authentication',
    ],
    ['BadRequestError', '', 'bad request'],
  ])('%s %j is %s', (errorClass, message, cause) => {
    expect(causeOf(errorClass, message)).toBe(cause);
  });
});

describe('the preflight request', () => {
  it('stops the run only for what every request would meet', () => {
    const failed = (error: string, message = '') =>
      PreflightOutcomeSchema.parse({ ok: false, error, status: null, message });
    expect(fatalPreflightFailure({ ok: true })).toBeUndefined();
    expect(fatalPreflightFailure(failed('AuthenticationError', 'bad key'))).toEqual({
      cause: 'authentication',
      detail: 'bad key',
    });
    expect(fatalPreflightFailure(failed('NotFoundError'))?.cause).toBe('model not found');
    // LiteLLM raises a plain APIError for an OpenAI-compatible server's 403.
    expect(fatalPreflightFailure({ ok: false, error: 'APIError', status: 403, message: 'forbidden' })?.cause).toBe(
      'authentication',
    );
    expect(fatalPreflightFailure(failed('InternalServerError', 'Connection error.'))?.cause).toBe('unreachable');
    // A limit may lift and a server error may pass: LightEval retries those.
    expect(fatalPreflightFailure(failed('RateLimitError'))).toBeUndefined();
    expect(fatalPreflightFailure(failed('InternalServerError', 'status 500'))).toBeUndefined();
    expect(fatalPreflightFailure(failed('BadRequestError'))).toBeUndefined();
  });
});

describe('RequestFailureCounter', () => {
  it('counts the answers given up on and the causes of the failed attempts, as LightEval logs them', () => {
    const counter = new RequestFailureCounter();
    for (const line of [
      '[2026-12-04 12:00:01,000] [ WARNING]: Error in API call: litellm.RateLimitError: RateLimitError: OpenAIException - slow down, waiting 3 seconds before retry 1/5 (litellm_model.py:164)',
      'WARNING:lighteval.models.litellm_model:Error in API call: litellm.AuthenticationError: AuthenticationError: OpenAIException - bad key, waiting 1.0 seconds before retry 1/8',
      'Error in API call: litellm.AuthenticationError: AuthenticationError: x, waiting 2.0 seconds before retry 2/8',
      '[ERROR]: API call failed after 8 attempts, returning empty response.',
      '[2026-12-04 13:24:26,245] [    INFO]: Cache: Starting to process 2/4 samples (not found in cache) for tasks arith|0 (e5c2, GENERATIVE)',
      'INFO: Cache: Starting to process 3/3 samples (not found in cache) for tasks gsm8k|0',
      'API call failed after 5 attempts, returning empty response.',
      'an answer that mentions API call failed, but not the way LightEval logs it',
    ]) {
      counter.line(line);
    }
    expect(counter.givenUp).toBe(2);
    expect(counter.requested).toBe(5);
    expect(counter.mainCause()).toBe('authentication');
    // LightEval retries a bad request without a word: nothing else to name.
    expect(new RequestFailureCounter().mainCause()).toBe('bad request');
  });
});

describe('judgeRequestFailures', () => {
  it('says nothing when nothing failed', () => {
    expect(judgeRequestFailures(0, 10, 'bad request', LIMIT)).toEqual({ level: 'none', message: '' });
  });

  it('fails when every request failed, naming the cause, whatever the share allowed', () => {
    const verdict = judgeRequestFailures(8, 8, 'authentication', { ...LIMIT, maxShare: 1 });
    expect(verdict.level).toBe('fail');
    expect(verdict.message).toBe(
      "Every request to the provider failed (8 of 8), so LightEval's scores mean nothing: authentication failed: check the api-key (and api-key-env).",
    );
    // LightEval may send a sample more than once; a count past the samples is still "every".
    expect(judgeRequestFailures(12, 8, 'unreachable', LIMIT).message).toMatch(
      /^Every request .*\(8 of 8\).*could not be reached/,
    );
  });

  it('warns with the count and share when some failed, and fails past the limit', () => {
    expect(judgeRequestFailures(1, 40, 'rate limited', LIMIT)).toEqual({
      level: 'warn',
      message:
        "1 of 40 requests to the provider (2.5%) failed and were scored as wrong answers: the provider's rate limit refused them: lower concurrent_requests, or raise the limit.",
    });
    const over = judgeRequestFailures(3, 10, 'provider error', LIMIT);
    expect(over.level).toBe('fail');
    expect(over.message).toMatch(/^3 of 10 requests .*\(30%\).*; more than max-failed-requests \(0\.05\) allows\.$/);
    expect(judgeRequestFailures(1, 20, 'provider error', LIMIT).level).toBe('warn');
  });

  it('warns with the count alone when the results do not say how many samples ran', () => {
    expect(judgeRequestFailures(2, undefined, 'unreachable', LIMIT)).toEqual({
      level: 'warn',
      message:
        '2 requests to the provider failed and were scored as wrong answers: the provider could not be reached: check base_url and the network',
    });
  });
});
