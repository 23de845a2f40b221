// Checks the provider stand-in with plain fetch, behaviour by behaviour, then runs real LiteLLM (from the LightEval
// virtual environments) against it to show the answers and faults look to LiteLLM as a real provider's would.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type Behaviour,
  DEFAULT_ANSWER,
  lastUserText,
  type ProviderServer,
  type ProviderServerOptions,
  type RecordedRequest,
  startProviderServer,
} from './provider-server.js';
import { lightevalBin, type RealLightEvalVersion } from './test-environments.js';

const execFileAsync = promisify(execFile);

let server: ProviderServer;

afterEach(async () => {
  await server?.close();
});

async function start(options: ProviderServerOptions = {}): Promise<ProviderServer> {
  server = await startProviderServer(options);
  return server;
}

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const body = typeof init.body === 'string' || init.body === undefined ? init.body : JSON.stringify(init.body);
  const response = await fetch(`${server.origin}${path}`, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(body === undefined ? {} : { body }),
  });
  const json = await response.json();
  const answer: Answer = { status: response.status, headers: response.headers, json };
  return answer;
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'test-model',
  messages: [
    { role: 'system', content: 'Answer with a number.' },
    { role: 'user', content },
  ],
  ...extra,
});

/** What the tests' provider knows: the answer to `a + b`, `a - b` or `a * b` in the last user message. */
function arithmetic(request: RecordedRequest): string {
  const [, left, operator, right] = /(\d+)\s*([+*-])\s*(\d+)/.exec(lastUserText(request)) ?? [];
  if (left === undefined || right === undefined) return DEFAULT_ANSWER;
  const [a, b] = [Number(left), Number(right)];
  return String(operator === '+' ? a + b : operator === '-' ? a - b : a * b);
}

describe('provider stand-in, OpenAI API', () => {
  it('answers chat completions in OpenAI’s shape, with /v1 or without', async () => {
    await start({ answer: arithmetic });
    for (const path of ['/v1/chat/completions', '/chat/completions']) {
      const answer = await call(path, { body: chat('What is 6 * 7?') });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.json).toEqual({
        id: expect.stringMatching(/^chatcmpl-/) as string,
        object: 'chat.completion',
        created: expect.any(Number) as number,
        model: 'test-model',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: '42', refusal: null },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage: {
          prompt_tokens: expect.any(Number) as number,
          completion_tokens: 1,
          total_tokens: expect.any(Number) as number,
        },
        system_fingerprint: expect.any(String) as string,
      });
      const { usage } = answer.json as { usage: Record<string, number> };
      expect(usage.total_tokens).toBe((usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0));
    }
    expect(server.problems).toEqual([]);
  });

  it('gives n choices, each from answer(request, choice), and the default answer without one', async () => {
    await start({ answer: (request, choice) => `${lastUserText(request)} #${choice}` });
    const answer = await call('/v1/chat/completions', { body: chat('sample', { n: 3 }) });
    const { choices } = answer.json as { choices: { index: number; message: { content: string } }[] };
    expect(choices.map((choice) => [choice.index, choice.message.content])).toEqual([
      [0, 'sample #0'],
      [1, 'sample #1'],
      [2, 'sample #2'],
    ]);
    expect((await call('/v1/chat/completions', { body: chat('sample', { n: 0 }) })).json).toMatchObject({
      error: { type: 'invalid_request_error', param: 'n' },
    });

    await server.close();
    await start();
    const plain = await call('/v1/chat/completions', { body: chat('anything') });
    expect(plain.json).toMatchObject({ choices: [{ message: { content: DEFAULT_ANSWER } }] });
  });

  it('lists its model and answers 404 for another', async () => {
    await start({ model: 'my-model' });
    expect(await call('/v1/models')).toMatchObject({
      status: 200,
      json: { object: 'list', data: [{ id: 'my-model', object: 'model', owned_by: expect.any(String) as string }] },
    });
    expect((await call('/v1/models/my-model')).json).toMatchObject({ id: 'my-model', object: 'model' });
    expect(await call('/v1/models/other')).toMatchObject({
      status: 404,
      json: { error: { type: 'invalid_request_error', code: 'model_not_found' } },
    });
  });

  it('answers an unknown route with 404 and OpenAI’s error JSON, and notes it', async () => {
    await start();
    expect(await call('/v1/nope')).toMatchObject({
      status: 404,
      json: {
        error: { message: 'Invalid URL (GET /v1/nope)', type: 'invalid_request_error', param: null, code: null },
      },
    });
    expect(server.problems).toEqual(['unknown route GET /v1/nope']);
  });

  it('refuses bodies it cannot answer: not JSON, no messages, streaming', async () => {
    await start();
    expect((await call('/v1/chat/completions', { body: '{not json' })).status).toBe(400);
    expect((await call('/v1/chat/completions', { body: { model: 'test-model', messages: [] } })).json).toMatchObject({
      error: { param: 'messages' },
    });
    expect((await call('/v1/chat/completions', { body: chat('hi', { stream: true }) })).json).toMatchObject({
      error: { param: 'stream' },
    });
    expect(server.problems).toEqual([
      'POST /v1/chat/completions: the body is not a JSON object',
      'stream: true asked for, the stand-in only answers whole responses',
    ]);
  });
});

describe('provider stand-in, Anthropic API', () => {
  it('answers POST /v1/messages in Anthropic’s shape, system prompt and content blocks included', async () => {
    await start({ answer: arithmetic });
    const answer = await call('/v1/messages', {
      headers: { 'x-api-key': 'sk-ant-test', 'anthropic-version': '2023-06-01' },
      body: {
        model: 'claude-test',
        max_tokens: 5,
        system: [{ type: 'text', text: 'Answer with a number.' }],
        messages: [{ role: 'user', content: [{ type: 'text', text: 'What is 2 + 2?' }] }],
      },
    });
    expect(answer).toMatchObject({ status: 200 });
    expect(answer.json).toEqual({
      id: expect.stringMatching(/^msg_/) as string,
      type: 'message',
      role: 'assistant',
      model: 'claude-test',
      content: [{ type: 'text', text: '4' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: expect.any(Number) as number, output_tokens: 1 },
    });
  });

  it('answers faults and bad requests with Anthropic’s error JSON', async () => {
    await start({ behaviour: { kind: 'fail', status: 429 } });
    expect(await call('/v1/messages', { body: { model: 'claude-test', max_tokens: 5, messages: [] } })).toMatchObject({
      status: 429,
      json: { type: 'error', error: { type: 'rate_limit_error', message: expect.any(String) as string } },
    });
    server.setBehaviour({ kind: 'answer' });
    const noMaxTokens = { model: 'claude-test', messages: [{ role: 'user', content: 'hi' }] };
    const missing = await call('/v1/messages', { body: noMaxTokens });
    expect(missing).toMatchObject({
      status: 400,
      json: { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } },
    });
  });
});

describe('provider stand-in, records', () => {
  it('records method, path, lower-case headers, raw and parsed body, times and status', async () => {
    await start();
    const body = JSON.stringify(chat('hello'));
    const before = Date.now();
    await call('/v1/chat/completions?api-version=1', { body, headers: { 'X-Custom-Thing': 'yes' } });
    const [request] = server.requests;
    expect(request).toMatchObject({
      index: 0,
      method: 'POST',
      path: '/v1/chat/completions?api-version=1',
      headers: { 'x-custom-thing': 'yes', 'content-type': 'application/json' },
      body,
      json: chat('hello'),
      inFlightAtArrival: 1,
      status: 200,
    });
    expect(request?.arrivedAt).toBeGreaterThanOrEqual(before);
    expect(request?.finishedAt).toBeGreaterThanOrEqual(request?.arrivedAt ?? Infinity);
  });

  it('counts requests in flight and answers slowly when asked', async () => {
    await start({ behaviour: { kind: 'answer', delayMs: 200 } });
    await Promise.all([1, 2, 3].map((count) => call('/v1/chat/completions', { body: chat(`call ${count}`) })));
    expect(server.maxInFlight).toBe(3);
    expect(server.requests.map((request) => request.inFlightAtArrival).sort()).toEqual([1, 2, 3]);
    for (const request of server.requests) {
      // A timer may fire a millisecond early against Date.now().
      expect((request.finishedAt ?? 0) - request.arrivedAt).toBeGreaterThanOrEqual(195);
    }
    server.setBehaviour({ kind: 'answer' });
    await call('/v1/chat/completions', { body: chat('alone') });
    expect(server.requests.at(-1)?.inFlightAtArrival).toBe(1);
    expect(server.maxInFlight).toBe(3);
  });
});

describe('provider stand-in, faults', () => {
  it.each([
    [401, 'invalid_request_error', 'invalid_api_key'],
    [403, 'invalid_request_error', null],
    [404, 'invalid_request_error', 'model_not_found'],
    [429, 'requests', 'rate_limit_exceeded'],
    [500, 'server_error', null],
  ])('answers %i with OpenAI’s error JSON', async (status, type, code) => {
    await start({ behaviour: { kind: 'fail', status } });
    const answer = await call('/v1/chat/completions', { body: chat('hi') });
    expect(answer).toMatchObject({
      status,
      json: { error: { message: expect.any(String) as string, type, param: null, code } },
    });
    expect(answer.headers.get('retry-after')).toBe(status === 429 ? '1' : null);
    expect(server.requests[0]?.status).toBe(status);
  });

  it('chooses per request: fails the first two with 429 and retry-after, then answers', async () => {
    const tooMany: Behaviour = { kind: 'fail', status: 429, retryAfterSeconds: 2, message: 'slow down' };
    const flaky = (request: RecordedRequest): Behaviour => (request.index < 2 ? tooMany : { kind: 'answer' });
    await start({ behaviour: flaky });
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      answers.push(await call('/v1/chat/completions', { body: chat('hi') }));
    }
    expect(answers.map((answer) => answer.status)).toEqual([429, 429, 200]);
    expect(answers[0]?.headers.get('retry-after')).toBe('2');
    expect(answers[0]?.json).toMatchObject({ error: { message: 'slow down' } });
  });

  it('refuses a wrong key with 401 when it has one, in each API’s shape', async () => {
    await start({ apiKey: 'sk-right' });
    const right = { authorization: 'Bearer sk-right' };
    expect((await call('/v1/chat/completions', { body: chat('hi'), headers: right })).status).toBe(200);
    const wrong = { authorization: 'Bearer sk-wrong' };
    expect(await call('/v1/chat/completions', { body: chat('hi'), headers: wrong })).toMatchObject({
      status: 401,
      json: { error: { code: 'invalid_api_key' } },
    });
    const message = { model: 'claude-test', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] };
    expect((await call('/v1/messages', { body: message, headers: { 'x-api-key': 'sk-right' } })).status).toBe(200);
    expect(await call('/v1/messages', { body: message })).toMatchObject({
      status: 401,
      json: { type: 'error', error: { type: 'authentication_error' } },
    });
  });

  it('drops the connection', async () => {
    await start({ behaviour: { kind: 'drop' } });
    await expect(call('/v1/chat/completions', { body: chat('hi') })).rejects.toThrow('fetch failed');
    expect(server.requests[0]).toMatchObject({ status: 0, finishedAt: expect.any(Number) as number });
  });

  it('holds a request until close(), which ends it promptly', async () => {
    await start({ behaviour: { kind: 'hang' } });
    const pending = call('/v1/chat/completions', { body: chat('hi') });
    const failure = expect(pending).rejects.toThrow('fetch failed');
    await vi.waitFor(() => expect(server.requests[0]?.json).toBeDefined());
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await failure;
    expect(server.requests[0]).toMatchObject({ status: 0, finishedAt: expect.any(Number) as number });
    // Closed: the port refuses connections.
    await expect(call('/v1/models')).rejects.toThrow('fetch failed');
  });

  it('ends a slow answer at close() without answering it later', async () => {
    await start({ behaviour: { kind: 'answer', delayMs: 10_000 } });
    const failure = expect(call('/v1/chat/completions', { body: chat('hi') })).rejects.toThrow('fetch failed');
    await vi.waitFor(() => expect(server.requests[0]?.json).toBeDefined());
    await server.close();
    await failure;
    expect(server.requests[0]?.status).toBe(0);
  });
});

describe('provider stand-in, bounds', () => {
  it('answers 413 to a body over the cap (1 MB by default)', async () => {
    await start();
    const big = JSON.stringify(chat('x'.repeat(1024 * 1024)));
    expect(await call('/v1/chat/completions', { body: big })).toMatchObject({
      status: 413,
      json: { error: { type: 'invalid_request_error' } },
    });
    expect(server.problems).toEqual([`POST /v1/chat/completions: body over ${1024 * 1024} bytes`]);
    expect(server.requests[0]).toMatchObject({ status: 413, body: '' });
    // The next request, on a new connection, is answered.
    expect((await call('/v1/chat/completions', { body: chat('small') })).status).toBe(200);
  });

  it('answers 400 past maxRequests, which no client retries', async () => {
    await start({ maxRequests: 2 });
    const statuses = [];
    for (let count = 0; count < 3; count++) statuses.push((await call('/v1/models')).status);
    expect(statuses).toEqual([200, 200, 400]);
    expect(server.problems).toEqual(['GET /v1/models: more than 2 requests']);
  });

  it('closes itself after lifetimeMs', async () => {
    await start({ lifetimeMs: 50 });
    await vi.waitFor(() => expect(call('/v1/models')).rejects.toThrow('fetch failed'));
  });
});

// Real LiteLLM against the stand-in. One Python process per LiteLLM version makes every call (importing LiteLLM
// takes seconds), each printing a JSON line. An audit hook refuses any connection beyond loopback.
const LITELLM_SCRIPT = `
import json, sys
LOOPBACK = ("127.0.0.1", "::1", "localhost")
outside = []
def guard(event, args):
    host = None
    if event == "socket.connect" and isinstance(args[1], tuple):
        host = args[1][0]
    elif event == "socket.getaddrinfo":
        host = args[0]
    if isinstance(host, (str, bytes)) and (host.decode() if isinstance(host, bytes) else host) not in LOOPBACK:
        outside.append(f"{event} {host}")
        raise OSError("the provider stand-in tests reach nothing beyond loopback")
sys.addaudithook(guard)
import litellm
litellm.suppress_debug_info = True
for call in json.loads(sys.argv[1]):
    label = call.pop("label")
    try:
        response = litellm.completion(num_retries=0, **call)
        result = {"contents": [choice.message.content for choice in response.choices]}
    except Exception as error:
        result = {"error": type(error).__name__, "message": str(error)[:300]}
    print(json.dumps({"label": label, **result}), flush=True)
print(json.dumps({"label": "outside", "outside": outside}), flush=True)
`;

interface LiteLLMResult {
  label: string;
  contents?: string[];
  error?: string;
  message?: string;
  outside?: string[];
}

/** The stand-in's behaviour for LiteLLM's calls, named in the prompt by `case=<name>`. */
function caseBehaviour(request: RecordedRequest): Behaviour {
  // `anthropic-429` is `429` on the Anthropic API.
  const fault = /case=(?:anthropic-)?(\S+)/.exec(lastUserText(request))?.[1] ?? '';
  if (fault === 'drop' || fault === 'hang') return { kind: fault };
  return /^\d{3}$/.test(fault) ? { kind: 'fail', status: Number(fault) } : { kind: 'answer' };
}

const OPENAI_FAULTS = [
  ['401', 'AuthenticationError'],
  ['403', 'APIError'],
  ['404', 'NotFoundError'],
  ['429', 'RateLimitError'],
  ['500', 'InternalServerError'],
  // LiteLLM turns the OpenAI client's APIConnectionError into a 500: "Connection error.".
  ['drop', 'InternalServerError'],
  ['hang', 'Timeout'],
] as const;
const ANTHROPIC_FAULTS = [
  ['anthropic-401', 'AuthenticationError'],
  ['anthropic-429', 'RateLimitError'],
  ['anthropic-500', 'InternalServerError'],
  ['anthropic-drop', 'InternalServerError'],
] as const;

function liteLLMCalls(openaiBase: string, anthropicBase: string, closedBase: string): Record<string, unknown>[] {
  const openai = { model: 'openai/test-model', api_base: openaiBase, api_key: 'sk-test' };
  const anthropic = { model: 'anthropic/claude-test', api_base: anthropicBase, api_key: 'sk-ant-test', max_tokens: 5 };
  const ask = (name: string, question = 'What is 2 + 3?') => [
    { role: 'system', content: 'Answer with a number.' },
    { role: 'user', content: `case=${name} ${question}` },
  ];
  return [
    {
      label: 'answer',
      ...openai,
      messages: ask('answer'),
      ...{ temperature: 0.3, max_tokens: 7, stop: ['\n'], seed: 1, top_p: 0.9 },
    },
    { label: 'n', ...openai, messages: ask('n', 'What is 3 * 4?'), n: 2 },
    ...OPENAI_FAULTS.map(([name]) => ({
      label: name,
      ...openai,
      messages: ask(name),
      ...(name === 'hang' ? { timeout: 1 } : {}),
    })),
    { label: 'closed', ...openai, api_base: closedBase, messages: ask('closed') },
    { label: 'anthropic', ...anthropic, messages: ask('anthropic', 'What is 9 - 4?') },
    ...ANTHROPIC_FAULTS.map(([name]) => ({ label: name, ...anthropic, messages: ask(name) })),
  ];
}

async function runLiteLLM(version: RealLightEvalVersion, calls: Record<string, unknown>[]): Promise<LiteLLMResult[]> {
  // A small environment: no proxy, no provider keys or base URLs from the host, nothing fetched on import.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HF_HUB_OFFLINE: '1',
    LITELLM_LOCAL_MODEL_COST_MAP: 'True',
    NO_PROXY: '*',
  };
  const python = join(lightevalBin(version), 'python');
  const { stdout } = await execFileAsync(python, ['-c', LITELLM_SCRIPT, JSON.stringify(calls)], {
    env,
    timeout: 150_000,
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LiteLLMResult);
}

// 0.13.0 carries LiteLLM 1.110, 0.9.2 LiteLLM 1.83: the oldest and newest clients the action meets.
const LITELLM_VERSIONS = ['0.13.0', '0.9.2'] as const satisfies readonly RealLightEvalVersion[];
const liteLLM = new Map<string, { server: ProviderServer; results: Map<string, LiteLLMResult> }>();

describe('real LiteLLM against the stand-in', () => {
  beforeAll(async () => {
    const closed = await startProviderServer();
    await closed.close();
    await Promise.all(
      LITELLM_VERSIONS.map(async (version) => {
        const provider = await startProviderServer({ answer: arithmetic, behaviour: caseBehaviour });
        const calls = liteLLMCalls(provider.url, provider.origin, closed.url);
        const results = await runLiteLLM(version, calls);
        liteLLM.set(version, { server: provider, results: new Map(results.map((result) => [result.label, result])) });
      }),
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...liteLLM.values()].map(({ server: provider }) => provider.close()));
  });

  describe.each(LITELLM_VERSIONS)('real LiteLLM from LightEval %s', (version) => {
    const run = () => {
      const found = liteLLM.get(version);
      if (found === undefined) throw new Error(`LiteLLM of LightEval ${version} did not run`);
      return found;
    };
    const requestsFor = (name: string) =>
      run().server.requests.filter((request) => new RegExp(`case=${name} `).test(lastUserText(request)));

    it('gets the answer, sending the key as a bearer token and the generation parameters in the body', () => {
      expect(run().results.get('answer')).toEqual({ label: 'answer', contents: ['5'] });
      const [request, ...retries] = requestsFor('answer');
      expect(retries).toEqual([]);
      expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions', status: 200 });
      expect(request?.headers).toMatchObject({ authorization: 'Bearer sk-test', 'content-type': 'application/json' });
      expect(request?.json).toEqual({
        model: 'test-model',
        messages: [
          { role: 'system', content: 'Answer with a number.' },
          { role: 'user', content: 'case=answer What is 2 + 3?' },
        ],
        temperature: 0.3,
        max_tokens: 7,
        stop: ['\n'],
        seed: 1,
        top_p: 0.9,
      });
    });

    it('gets n choices', () => {
      expect(run().results.get('n')?.contents).toEqual(['12', '12']);
      expect(requestsFor('n')[0]?.json).toMatchObject({ n: 2 });
    });

    it.each(OPENAI_FAULTS)('raises for %s from the OpenAI API: %s, after one request', (name, error) => {
      expect(run().results.get(name)).toMatchObject({ error });
      expect(requestsFor(name)).toHaveLength(1);
    });

    it('raises InternalServerError "Connection error." for a dropped connection or a closed port', () => {
      for (const name of ['drop', 'closed']) {
        expect(run().results.get(name)).toMatchObject({
          error: 'InternalServerError',
          message: expect.stringContaining('Connection error') as string,
        });
      }
      expect(requestsFor('closed')).toEqual([]);
    });

    it('calls Anthropic at api_base + /v1/messages with the key in x-api-key', () => {
      expect(run().results.get('anthropic')).toEqual({ label: 'anthropic', contents: ['5'] });
      const [request] = requestsFor('anthropic');
      expect(request).toMatchObject({ method: 'POST', path: '/v1/messages', status: 200 });
      expect(request?.headers).toMatchObject({ 'x-api-key': 'sk-ant-test', 'anthropic-version': '2023-06-01' });
      expect(request?.headers.authorization).toBeUndefined();
      expect(request?.json).toMatchObject({
        model: 'claude-test',
        max_tokens: 5,
        system: [{ type: 'text', text: 'Answer with a number.' }],
        messages: [{ role: 'user', content: [{ type: 'text', text: 'case=anthropic What is 9 - 4?' }] }],
      });
    });

    it.each(ANTHROPIC_FAULTS)('raises for %s: %s', (name, error) => {
      expect(run().results.get(name)).toMatchObject({ error });
    });

    it('reaches nothing beyond loopback', () => {
      expect(run().results.get('outside')).toEqual({ label: 'outside', outside: [] });
      expect(run().server.problems).toEqual([]);
    });
  });
});
