/**
 * Requests that failed. LightEval's litellm backend retries a failing request, then records an empty answer, scores it
 * as wrong and carries on: a run whose every request failed exits 0 with zero scores. What failed is read from two
 * places: one request sent before the run (the preflight) and LightEval's own log lines, the same from 0.9 to 0.13:
 *   `Error in API call: litellm.AuthenticationError: …, waiting 3 seconds before retry 1/5` (one failed attempt)
 *   `API call failed after 5 attempts, returning empty response.` (one answer given up)
 * and, from 0.12, `Cache: Starting to process 4/4 samples (not found in cache) for tasks …` (the samples requested).
 */
import * as z from 'zod/mini';

/** Why requests failed, as a person would say it. */
export type FailureCause =
  'authentication' | 'model not found' | 'unreachable' | 'rate limited' | 'provider error' | 'bad request';

const CAUSE_TEXT: Record<FailureCause, string> = {
  authentication: 'authentication failed: check the api-key (and api-key-env)',
  'model not found': 'the model or the route was not found: check the model name and base_url',
  unreachable: 'the provider could not be reached: check base_url and the network',
  'rate limited': "the provider's rate limit refused them: lower concurrent_requests, or raise the limit",
  'provider error': 'the provider answered with server errors',
  'bad request': 'the provider refused them as bad requests',
};

export function describeCause(cause: FailureCause): string {
  return CAUSE_TEXT[cause];
}

/** The cause of a LiteLLM exception, from its class name, its message and its HTTP status when known. */
export function causeOf(errorClass: string, message = '', status?: number | null): FailureCause {
  // LiteLLM raises a plain APIError for some statuses (403 from an OpenAI-compatible server).
  if (status === 401 || status === 403) return 'authentication';
  if (status === 404) return 'model not found';
  if (status === 429) return 'rate limited';
  // LiteLLM reports a refused or unreachable connection as an InternalServerError saying "Connection error."
  if (
    /APIConnectionError|Timeout/.test(errorClass) ||
    /Connection error|Connection refused|Name or service not known/i.test(message)
  ) {
    return 'unreachable';
  }
  // Without a key, the OpenAI client LiteLLM uses refuses to send at all: LiteLLM reports an InternalServerError.
  if (
    /AuthenticationError|PermissionDeniedError/.test(errorClass) ||
    /Missing credentials|api_key client option must be set/i.test(message)
  ) {
    return 'authentication';
  }
  if (/NotFoundError/.test(errorClass)) return 'model not found';
  if (/RateLimitError/.test(errorClass)) return 'rate limited';
  if (
    /BadRequestError|UnprocessableEntityError|ContextWindowExceededError|ContentPolicyViolationError/.test(errorClass)
  )
    return 'bad request';
  return 'provider error';
}

// ---- The preflight request ------------------------------------------------------------------------------------

/** What `python/preflight.py` prints. */
export const PreflightOutcomeSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    error: z.string().check(z.maxLength(200)),
    status: z.nullable(z.optional(z.number())),
    message: z.string().check(z.maxLength(10_000)),
  }),
]);
export type PreflightOutcome = z.infer<typeof PreflightOutcomeSchema>;

/** Causes no run can get past: the step fails before LightEval starts. Others may pass (a limit that lifts). */
const FATAL_CAUSES: ReadonlySet<FailureCause> = new Set(['authentication', 'model not found', 'unreachable']);

/** The preflight's failure, when it is one that every request of the run would meet. */
export function fatalPreflightFailure(outcome: PreflightOutcome): { cause: FailureCause; detail: string } | undefined {
  if (outcome.ok) return undefined;
  const cause = causeOf(outcome.error, outcome.message, outcome.status);
  return FATAL_CAUSES.has(cause) ? { cause, detail: outcome.message } : undefined;
}

// ---- LightEval's log --------------------------------------------------------------------------------------------

const FAILED_ATTEMPT =
  /Error in API call: (?:litellm\.)?(\w+)(?::|\b)(.*?), waiting [\d.]+ seconds before retry \d+\/\d+/;
const GIVEN_UP = /API call failed after \d+ attempts, returning empty response/;
const SAMPLES_REQUESTED = /Starting to process (\d+)\/\d+ samples/;

/** Counts, line by line, the answers LightEval gave up on and the causes of its failed attempts. */
export class RequestFailureCounter {
  givenUp = 0;
  /** The samples LightEval said it requests (0.12 and later; it answers the others from its cache). */
  requested = 0;
  private readonly causes = new Map<FailureCause, number>();

  line(text: string): void {
    if (GIVEN_UP.test(text)) {
      this.givenUp += 1;
      return;
    }
    const requested = SAMPLES_REQUESTED.exec(text);
    if (requested !== null) {
      this.requested += Number(requested[1]);
      return;
    }
    const attempt = FAILED_ATTEMPT.exec(text);
    if (attempt !== null) {
      const cause = causeOf(attempt[1] ?? '', attempt[2] ?? '');
      this.causes.set(cause, (this.causes.get(cause) ?? 0) + 1);
    }
  }

  /** The cause seen most often; LightEval logs none for a bad request (it retries those silently). */
  mainCause(): FailureCause {
    let main: FailureCause = 'bad request';
    let most = 0;
    for (const [cause, count] of this.causes) {
      if (count > most) [main, most] = [cause, count];
    }
    return main;
  }
}

export interface RequestFailureVerdict {
  /** `fail`: the step fails; `warn`: a warning; `none`: nothing failed. */
  readonly level: 'none' | 'warn' | 'fail';
  readonly message: string;
}

/**
 * What the failed answers mean for the step: none; some (a warning with the count and share, a failure past
 * `maxShare`); all (a failure naming the cause, whatever the thresholds say). `total` is the number of samples
 * LightEval evaluated, when its results say.
 */
export function judgeRequestFailures(
  failed: number,
  total: number | undefined,
  cause: FailureCause,
  limit: { readonly maxShare: number; readonly name: string },
): RequestFailureVerdict {
  if (failed === 0) return { level: 'none', message: '' };
  if (total === undefined || total === 0) {
    return {
      level: 'warn',
      message: `${failed} request${failed === 1 ? '' : 's'} to the provider failed and were scored as wrong answers: ${describeCause(cause)}`,
    };
  }
  const share = Math.min(failed, total) / total;
  const percent = `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
  if (failed >= total) {
    return {
      level: 'fail',
      message: `Every request to the provider failed (${total} of ${total}), so LightEval's scores mean nothing: ${describeCause(cause)}.`,
    };
  }
  const what = `${failed} of ${total} requests to the provider (${percent}) failed and were scored as wrong answers: ${describeCause(cause)}`;
  if (share > limit.maxShare)
    return { level: 'fail', message: `${what}; more than ${limit.name} (${limit.maxShare}) allows.` };
  return { level: 'warn', message: `${what}.` };
}
