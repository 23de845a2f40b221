// Checks the stand-in answers as GitHub does, with plain fetch, and that the real client's pagination follows it.
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubApi, type GitHubApiOptions, type PreloadedComment, startGitHubApi } from './github-api.js';

const TOKENS: GitHubApiOptions['tokens'] = {
  'ghp_user-token': { login: 'octocat', kind: 'user', canWrite: true },
  'ghs_app-token': { login: 'github-actions[bot]', kind: 'app', canWrite: true },
  'ghs_read-only': { login: 'github-actions[bot]', kind: 'app', canWrite: false },
};
const COMMENTS = '/repos/octo-org/octo-repo/issues/7/comments';

let api: GitHubApi;

afterEach(async () => {
  expect(api.problems).toEqual([]);
  await api.close();
});

async function call(path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === undefined ? {} : { authorization: `token ${token}` }),
      'content-type': 'application/json',
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

function preload(count: number, issue = 7): PreloadedComment[] {
  return Array.from({ length: count }, (_, index) => ({ issue, body: `comment ${index + 1}`, login: 'someone' }));
}

describe('GitHub API stand-in', () => {
  it('tells who a user token belongs to, and refuses GET /user to an app token', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    expect(await call('/user', 'ghp_user-token')).toMatchObject({
      status: 200,
      json: { login: 'octocat', type: 'User' },
    });
    const refused = await call('/user', 'ghs_app-token');
    expect(refused).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('answers 401 Bad credentials without a token or with an unknown one', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    for (const token of [undefined, 'ghp_unknown']) {
      expect(await call(COMMENTS, token)).toMatchObject({ status: 401, json: { message: 'Bad credentials' } });
    }
    expect(api.requests.map((request) => request.authorization)).toEqual([undefined, 'token ghp_unknown']);
  });

  it('pages the comments with Link headers in GitHub’s format', async () => {
    api = await startGitHubApi({ tokens: TOKENS, comments: [...preload(250), ...preload(3, 8)] });
    const query = (page: number) => `${api.url}${COMMENTS}?per_page=100&page=${page}`;

    const first = await call(`${COMMENTS}?per_page=100`, 'ghp_user-token');
    expect(first.json).toHaveLength(100);
    expect(first.headers.get('link')).toBe(`<${query(2)}>; rel="next", <${query(3)}>; rel="last"`);

    const middle = await call(`${COMMENTS}?per_page=100&page=2`, 'ghp_user-token');
    expect(middle.headers.get('link')).toBe(
      `<${query(1)}>; rel="prev", <${query(3)}>; rel="next", <${query(3)}>; rel="last", <${query(1)}>; rel="first"`,
    );

    const last = await call(`${COMMENTS}?per_page=100&page=3`, 'ghp_user-token');
    expect(last.json).toHaveLength(50);
    expect(last.headers.get('link')).toBe(`<${query(2)}>; rel="prev", <${query(1)}>; rel="first"`);
    expect((last.json as { body: string }[]).at(-1)?.body).toBe('comment 250');

    // 30 a page by default, 100 at most; one page needs no Link header.
    expect((await call(COMMENTS, 'ghp_user-token')).json).toHaveLength(30);
    expect((await call(`${COMMENTS}?per_page=500`, 'ghp_user-token')).json).toHaveLength(100);
    expect(
      (await call('/repos/octo-org/octo-repo/issues/8/comments', 'ghp_user-token')).headers.get('link'),
    ).toBeNull();
  });

  it('is followed page by page by the real client’s paginate', async () => {
    api = await startGitHubApi({ tokens: TOKENS, comments: preload(205) });
    const client = getOctokit('ghp_user-token', { baseUrl: api.url });
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: 'octo-org',
      repo: 'octo-repo',
      issue_number: 7,
      per_page: 100,
    });
    expect(comments.map((comment) => comment.body)).toEqual(preload(205).map((comment) => comment.body));
    expect(api.requests.map((request) => request.url)).toEqual([
      `${COMMENTS}?per_page=100`,
      `${COMMENTS}?per_page=100&page=2`,
      `${COMMENTS}?per_page=100&page=3`,
    ]);
  });

  it('creates a comment as the token’s user, and edits it in place', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    const created = await call(COMMENTS, 'ghs_app-token', { method: 'POST', body: { body: 'first' } });
    expect(created).toMatchObject({
      status: 201,
      json: { body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' } },
    });
    const {
      id,
      created_at: createdAt,
      updated_at: updatedAt,
      html_url: htmlUrl,
    } = created.json as Record<string, unknown>;
    expect(createdAt).toBe(updatedAt);
    expect(htmlUrl).toBe(`https://github.com/octo-org/octo-repo/pull/7#issuecomment-${String(id)}`);

    const edited = await call(`/repos/octo-org/octo-repo/issues/comments/${String(id)}`, 'ghs_app-token', {
      method: 'PATCH',
      body: { body: 'second' },
    });
    expect(edited).toMatchObject({ status: 200, json: { id, body: 'second', created_at: createdAt } });
    expect((edited.json as Record<string, unknown>).updated_at).not.toBe(updatedAt);
    expect(api.commentsOn(7).map((comment) => comment.body)).toEqual(['second']);
    expect(api.requests.map((request) => request.body)).toEqual([{ body: 'first' }, { body: 'second' }]);
  });

  it('refuses writes with a read-only token (403)', async () => {
    api = await startGitHubApi({ tokens: TOKENS, comments: [{ issue: 7, body: 'old', login: 'github-actions[bot]' }] });
    const posted = await call(COMMENTS, 'ghs_read-only', { method: 'POST', body: { body: 'x' } });
    expect(posted).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    const id = api.comments[0]?.id ?? 0;
    const edited = await call(`/repos/octo-org/octo-repo/issues/comments/${id}`, 'ghs_read-only', {
      method: 'PATCH',
      body: { body: 'x' },
    });
    expect(edited.status).toBe(403);
    expect(api.comments.map((comment) => comment.body)).toEqual(['old']);
  });

  it('refuses to edit another user’s comment (403) and an unknown one (404)', async () => {
    api = await startGitHubApi({ tokens: TOKENS, comments: [{ issue: 7, body: 'theirs', login: 'someone' }] });
    const id = api.comments[0]?.id ?? 0;
    const theirs = await call(`/repos/octo-org/octo-repo/issues/comments/${id}`, 'ghs_app-token', {
      method: 'PATCH',
      body: { body: 'x' },
    });
    expect(theirs.status).toBe(403);
    const unknown = await call('/repos/octo-org/octo-repo/issues/comments/42', 'ghs_app-token', {
      method: 'PATCH',
      body: { body: 'x' },
    });
    expect(unknown).toMatchObject({ status: 404, json: { message: 'Not Found' } });
    expect(api.comments.map((comment) => comment.body)).toEqual(['theirs']);
  });

  it('refuses a body over 65,536 characters (422) and accepts one of exactly 65,536', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    const tooLong = await call(COMMENTS, 'ghs_app-token', { method: 'POST', body: { body: 'x'.repeat(65_537) } });
    expect(tooLong).toEqual({
      status: 422,
      headers: expect.anything() as unknown,
      json: expect.objectContaining({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      }) as unknown,
    });
    expect((await call(COMMENTS, 'ghs_app-token', { method: 'POST', body: { body: 'x'.repeat(65_536) } })).status).toBe(
      201,
    );
  });

  it('answers 404 for another repository, as GitHub does for one the token cannot see', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    const other = await call('/repos/someone/else/issues/7/comments', 'ghp_user-token');
    expect(other).toMatchObject({ status: 404, json: { message: 'Not Found' } });
  });

  it('fails the next request on demand, or the next one to a route, then answers normally', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    api.failNext(502, { message: 'Server Error' });
    api.failNext(500, { route: /^GET .*\/comments$/ });
    expect(await call('/user', 'ghp_user-token')).toMatchObject({ status: 502, json: { message: 'Server Error' } });
    expect((await call('/user', 'ghp_user-token')).status).toBe(200);
    expect((await call(COMMENTS, 'ghp_user-token')).status).toBe(500);
    expect((await call(COMMENTS, 'ghp_user-token')).status).toBe(200);
  });

  it('leaves a request unanswered on demand', async () => {
    api = await startGitHubApi({ tokens: TOKENS });
    api.stallNext(/^GET \/user$/);
    const stalled = fetch(`${api.url}/user`, {
      headers: { authorization: 'token ghp_user-token' },
      signal: AbortSignal.timeout(100),
    });
    await expect(stalled).rejects.toThrow(/timeout/i);
    expect((await call('/user', 'ghp_user-token')).status).toBe(200);
    expect(api.requests.map((request) => request.status)).toEqual([0, 200]);
  });
});
