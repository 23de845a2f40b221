// Local stand-in for an LLM provider, so tests can run real LiteLLM (inside real LightEval) against 127.0.0.1 and
// see exactly what it sent. It speaks OpenAI's chat completions and models API, and Anthropic's messages API, in
// their own response and error shapes; answers are deterministic and faults (error statuses, slow answers, held
// requests, dropped connections) can be chosen per request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

export interface RecordedRequest {
  /** Position among all requests received, from 0. */
  index: number;
  method: string;
  /** Path and query as received, e.g. `/v1/chat/completions`. */
  path: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body as received (UTF-8); empty without one, until it is read, or when over `maxBodyBytes`. */
  body: string;
  /** The parsed JSON body; undefined when there is none or it is not JSON. */
  json: unknown;
  /** `Date.now()` when the request arrived, before its body was read. */
  arrivedAt: number;
  /** `Date.now()` when the answer was sent or the connection ended; undefined while it is in flight. */
  finishedAt: number | undefined;
  /** Requests in flight when this one arrived, itself included. */
  inFlightAtArrival: number;
  /** The status answered; 0 when none was (held until close, dropped, or still in flight). */
  status: number;
}

/** What the server does with one request. `delayMs` waits that long first (a slow provider). */
export type Behaviour =
  | { kind: 'answer'; delayMs?: number }
  /** The provider's error JSON with `status` (401, 403, 404, 429 with `retry-after`, 500...). */
  | { kind: 'fail'; status: number; message?: string; retryAfterSeconds?: number; delayMs?: number }
  /** Never answer; close() ends the request. */
  | { kind: 'hang' }
  /** Destroy the socket without answering. */
  | { kind: 'drop'; delayMs?: number };

/** One behaviour for every request, or one chosen per request (e.g. fail the first two, then answer). */
export type BehaviourSetting = Behaviour | ((request: RecordedRequest) => Behaviour);

export interface ProviderServerOptions {
  /** The assistant's text for a request (`choice` counts from 0 when `n` > 1). Default: {@link DEFAULT_ANSWER}. */
  answer?: (request: RecordedRequest, choice: number) => string;
  /** Default: answer every request. */
  behaviour?: BehaviourSetting;
  /** The model `GET /v1/models` lists. Default `test-model`. */
  model?: string;
  /** When set, requests carrying another key (`Authorization: Bearer`, or `x-api-key`) get 401. */
  apiKey?: string;
  /** Larger bodies get 413. Default 1 MB. */
  maxBodyBytes?: number;
  /** Requests past this many get a 400 that no client retries, so a runaway loop ends. Default 10 000. */
  maxRequests?: number;
  /** The server closes itself after this long, in case a test forgets to. Default 10 minutes. */
  lifetimeMs?: number;
}

export interface ProviderServer {
  /** The OpenAI base URL to give LiteLLM (`api_base`), e.g. `http://127.0.0.1:43567/v1`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, without `/v1`. */
  readonly origin: string;
  /** Every request received, in order of arrival; `body` and `json` are filled in once the body is read. */
  readonly requests: readonly RecordedRequest[];
  /** The most requests ever in flight at once. */
  readonly maxInFlight: number;
  /** Requests the stand-in did not understand (unknown route, bad JSON, over the limit...): a test expects none. */
  readonly problems: readonly string[];
  /** Changes what later requests get. */
  setBehaviour(behaviour: BehaviourSetting): void;
  /** Ends held and slow requests and every connection; resolves once the port is closed. */
  close(): Promise<void>;
}

export const DEFAULT_ANSWER = 'This is the stand-in provider answering.';

const JSON_TYPE = 'application/json';
const MB = 1024 * 1024;
const MAX_CHOICES = 128;
// A fixed clock keeps the bodies identical between runs.
const CREATED = 1_767_225_600; // 2026-01-01T00:00:00Z

type Api = 'openai' | 'anthropic';
type Reply = { status: number; body: unknown; headers?: Record<string, string> };

// Each provider's error `type` and `code` for the statuses tests ask for, as their APIs send them.
const OPENAI_ERRORS: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: {
    type: 'invalid_request_error',
    code: 'invalid_api_key',
    message: 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
  },
  403: { type: 'invalid_request_error', code: null, message: 'You are not allowed to sample from this model.' },
  404: {
    type: 'invalid_request_error',
    code: 'model_not_found',
    message: 'The model does not exist or you do not have access to it.',
  },
  413: { type: 'invalid_request_error', code: null, message: 'Request body too large.' },
  429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request.' },
  503: { type: 'server_error', code: null, message: 'The engine is currently overloaded, please try again later.' },
};
const ANTHROPIC_ERRORS: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  404: { type: 'not_found_error', message: 'The requested resource could not be found.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: { type: 'rate_limit_error', message: 'Number of requests has exceeded your rate limit.' },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

interface ErrorDetail {
  message?: string;
  /** OpenAI's `param`: the request field at fault. */
  param?: string;
  /** OpenAI's `code`, when it is not the usual one for the status. */
  code?: string | null;
}

function errorReply(api: Api, status: number, detail: ErrorDetail = {}): Reply {
  if (api === 'anthropic') {
    const known = ANTHROPIC_ERRORS[status] ?? {
      type: status >= 500 ? 'api_error' : 'invalid_request_error',
      message: `Error ${status}.`,
    };
    return { status, body: { type: 'error', error: { type: known.type, message: detail.message ?? known.message } } };
  }
  const known = OPENAI_ERRORS[status] ?? {
    type: status >= 500 ? 'server_error' : 'invalid_request_error',
    code: null,
    message: `Error ${status}.`,
  };
  const error = {
    message: detail.message ?? known.message,
    type: known.type,
    param: detail.param ?? null,
    code: detail.code === undefined ? known.code : detail.code,
  };
  return { status, body: { error } };
}

/** The text of a message's content: a string, or OpenAI's parts / Anthropic's blocks with `text`. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of the last user message of a chat request (OpenAI or Anthropic); '' when there is none. */
export function lastUserText(request: RecordedRequest): string {
  const messages: readonly unknown[] =
    isRecord(request.json) && Array.isArray(request.json.messages) ? request.json.messages : [];
  const last = messages.filter((message: unknown) => isRecord(message) && message.role === 'user').at(-1);
  return isRecord(last) ? contentText(last.content) : '';
}

/** A rough, deterministic token count: usage only has to be plausible. */
function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function promptText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const system = contentText(body.system); // Anthropic keeps the system prompt outside the messages
  return system + messages.map((message: unknown) => (isRecord(message) ? contentText(message.content) : '')).join('');
}

/** The body as text, or why there is none: over `limit` bytes (the rest is left unread), or the client went away. */
function readBody(req: IncomingMessage, limit: number): Promise<{ text: string } | 'too large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    // A client that hangs up mid-body is not the stand-in's problem; the first resolve wins.
    req.on('error', () => resolve('aborted'));
    req.on('close', () => resolve('aborted'));
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  // Node already lower-cases the names of `req.headers`.
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** The key the client sent: OpenAI's `Authorization: Bearer`, or Anthropic's `x-api-key`. */
function keyOf(headers: Record<string, string>): string | undefined {
  return headers['x-api-key'] ?? /^bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
}

function pathOf(request: RecordedRequest): string {
  return request.path.split('?')[0] ?? '';
}

/** Whose shapes to answer in: a request to a `…/messages` path comes from an Anthropic client. */
function apiOf(request: RecordedRequest): Api {
  return pathOf(request).endsWith('/messages') ? 'anthropic' : 'openai';
}

export async function startProviderServer(options: ProviderServerOptions = {}): Promise<ProviderServer> {
  const answerText = options.answer ?? (() => DEFAULT_ANSWER);
  const model = options.model ?? 'test-model';
  const maxBodyBytes = options.maxBodyBytes ?? MB;
  const maxRequests = options.maxRequests ?? 10_000;
  let behaviour: BehaviourSetting = options.behaviour ?? { kind: 'answer' };
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  /** Called once no request is in flight: close() waits for them so that every `finishedAt` is set. */
  const idleWaiters: (() => void)[] = [];
  let maxInFlight = 0;

  function chatCompletion(request: RecordedRequest, body: Record<string, unknown>): Reply {
    if (typeof body.model !== 'string') {
      return errorReply('openai', 400, { message: 'you must provide a model parameter', param: 'model' });
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return errorReply('openai', 400, { message: "[] is too short - 'messages'", param: 'messages' });
    }
    if (body.stream === true) {
      problems.push('stream: true asked for, the stand-in only answers whole responses');
      return errorReply('openai', 400, { message: 'The stand-in does not stream.', param: 'stream' });
    }
    const n = body.n ?? 1;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_CHOICES) {
      return errorReply('openai', 400, { message: `${JSON.stringify(n)} is not a valid value for 'n'`, param: 'n' });
    }
    const texts = Array.from({ length: n }, (_, choice) => answerText(request, choice));
    const completionTokens = texts.reduce((sum, text) => sum + tokens(text), 0);
    const promptTokens = tokens(promptText(body));
    return {
      status: 200,
      body: {
        id: `chatcmpl-standin${request.index}`,
        object: 'chat.completion',
        created: CREATED,
        model: body.model,
        choices: texts.map((content, index) => ({
          index,
          message: { role: 'assistant', content, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        })),
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
        system_fingerprint: 'fp_standin',
      },
    };
  }

  function anthropicMessage(request: RecordedRequest, body: Record<string, unknown>): Reply {
    for (const [field, type] of [
      ['model', 'string'],
      ['max_tokens', 'number'],
    ] as const) {
      if (typeof body[field] !== type) return errorReply('anthropic', 400, { message: `${field}: Field required` });
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      return errorReply('anthropic', 400, { message: 'messages: at least one message is required' });
    }
    if (body.stream === true) {
      problems.push('stream: true asked for, the stand-in only answers whole responses');
      return errorReply('anthropic', 400, { message: 'The stand-in does not stream.' });
    }
    const text = answerText(request, 0);
    return {
      status: 200,
      body: {
        id: `msg_standin${request.index}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [{ type: 'text', text }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: tokens(promptText(body)), output_tokens: tokens(text) },
      },
    };
  }

  function modelJson(id: string): Record<string, unknown> {
    return { id, object: 'model', created: CREATED, owned_by: 'stand-in' };
  }

  /** The normal answer to a request, given the behaviour is to answer. */
  function route(request: RecordedRequest): Reply {
    const { method } = request;
    const path = pathOf(request);
    const api = apiOf(request);
    const key = keyOf(request.headers);
    if (options.apiKey !== undefined && key !== options.apiKey) {
      return errorReply(api, 401);
    }
    if (method === 'GET' && /^(?:\/v1)?\/models$/.test(path)) {
      return { status: 200, body: { object: 'list', data: [modelJson(model)] } };
    }
    const modelId = /^(?:\/v1)?\/models\/(.+)$/.exec(path)?.[1];
    if (method === 'GET' && modelId !== undefined) {
      const id = decodeURIComponent(modelId);
      if (id === model) return { status: 200, body: modelJson(id) };
      return errorReply('openai', 404, { message: `The model '${id}' does not exist` });
    }
    const isChat = /^(?:\/v1)?\/chat\/completions$/.test(path);
    const isMessages = path === '/v1/messages';
    if (method === 'POST' && (isChat || isMessages)) {
      if (!isRecord(request.json)) {
        problems.push(`${method} ${path}: the body is not a JSON object`);
        return errorReply(api, 400, { message: 'We could not parse the JSON body of your request.' });
      }
      return isChat ? chatCompletion(request, request.json) : anthropicMessage(request, request.json);
    }
    problems.push(`unknown route ${method} ${request.path}`);
    // OpenAI's own answer to a path it does not serve.
    return errorReply(api, 404, { message: `Invalid URL (${method} ${path})`, code: null });
  }

  function send(res: ServerResponse, request: RecordedRequest, reply: Reply): void {
    if (request.finishedAt !== undefined) return; // the connection is gone: the client gave up, or close()
    request.status = reply.status;
    res.writeHead(reply.status, {
      'content-type': JSON_TYPE,
      'x-request-id': `req_standin${request.index}`,
      ...reply.headers,
    });
    res.end(JSON.stringify(reply.body));
  }

  function act(req: IncomingMessage, res: ServerResponse, request: RecordedRequest, chosen: Behaviour): void {
    if (chosen.kind === 'hang') return; // close() destroys the socket
    if (chosen.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (chosen.kind === 'answer') {
      send(res, request, route(request));
      return;
    }
    const detail = chosen.message === undefined ? {} : { message: chosen.message };
    const reply = errorReply(apiOf(request), chosen.status, detail);
    if (chosen.status === 429) reply.headers = { 'retry-after': String(chosen.retryAfterSeconds ?? 1) };
    send(res, request, reply);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const request: RecordedRequest = {
      index: requests.length,
      method: req.method ?? '',
      path: req.url ?? '',
      headers: lowerCaseHeaders(req),
      body: '',
      json: undefined,
      arrivedAt: Date.now(),
      finishedAt: undefined,
      inFlightAtArrival: inFlight,
      status: 0,
    };
    requests.push(request);
    // 'close' fires once the answer is sent or the connection ends, whichever way the request went.
    res.on('close', () => {
      inFlight -= 1;
      request.finishedAt = Date.now();
      if (inFlight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
    });

    const read = await readBody(req, maxBodyBytes);
    if (read === 'aborted' || request.finishedAt !== undefined) return;
    if (read === 'too large') {
      problems.push(`${request.method} ${request.path}: body over ${maxBodyBytes} bytes`);
      const reply = errorReply(apiOf(request), 413, { message: `Request body over ${maxBodyBytes} bytes.` });
      // Closing the connection saves reading the rest of the body.
      send(res, request, { ...reply, headers: { connection: 'close' } });
      return;
    }
    request.body = read.text;
    request.json = parseJson(read.text);
    if (request.index >= maxRequests) {
      problems.push(`${request.method} ${request.path}: more than ${maxRequests} requests`);
      send(res, request, errorReply(apiOf(request), 400, { message: `At most ${maxRequests} requests.` }));
      return;
    }
    const chosen = typeof behaviour === 'function' ? behaviour(request) : behaviour;
    const delayMs = chosen.kind === 'hang' ? 0 : (chosen.delayMs ?? 0);
    if (delayMs <= 0) {
      act(req, res, request, chosen);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      act(req, res, request, chosen);
    }, delayMs);
    timers.add(timer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((caught: unknown) => {
      const message = `stand-in crashed: ${caught instanceof Error ? caught.message : String(caught)}`;
      problems.push(message);
      // 400, not 500, so that no client retries.
      if (!res.headersSent) res.writeHead(400, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code: null } }));
    });
  });
  const origin = await listenOnLoopback(server);

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    if (closing !== undefined) return closing;
    clearTimeout(lifetime);
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    const closed = new Promise<void>((resolve, reject) => {
      server.close((closeError) => (closeError ? reject(closeError) : resolve()));
    });
    // Destroys held requests and kept-alive connections too; without it close() waits for them.
    server.closeAllConnections();
    // The sockets' 'close' events come after the server's.
    const idle = inFlight === 0 ? undefined : new Promise<void>((resolve) => idleWaiters.push(resolve));
    closing = Promise.all([closed, idle]).then(() => undefined);
    return closing;
  }
  // unref: the safety timer alone must not keep the test process alive.
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? 10 * 60_000);
  lifetime.unref();

  return {
    url: `${origin}/v1`,
    origin,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    problems,
    setBehaviour(next) {
      behaviour = next;
    },
    close,
  };
}
