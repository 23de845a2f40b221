// The sticky comment, with the real @actions/github client against the local stand-in of GitHub's API.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT_LOGIN,
  CommentError,
  commentBody,
  commentMarker,
  MAX_COMMENT_LENGTH,
  type StickyCommentRequest,
  upsertStickyComment,
} from '../../src/action/comment.js';
import { type GitHubApi, type GitHubApiOptions, startGitHubApi } from '../support/github-api.js';

const USER_TOKEN = 'ghp_userToken0123456789';
const APP_TOKEN = 'ghs_appToken0123456789';
const READ_ONLY_TOKEN = 'ghs_readOnly0123456789';
const TOKENS: GitHubApiOptions['tokens'] = {
  [USER_TOKEN]: { login: 'octocat', kind: 'user', canWrite: true },
  [APP_TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'app', canWrite: true },
  [READ_ONLY_TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'app', canWrite: false },
};
const ISSUE = 7;
const NOTE = '_… truncated: the full report is in the job summary._';

let api: GitHubApi | undefined;

afterEach(async () => {
  if (api === undefined) return;
  expect(api.problems).toEqual([]);
  // The token goes in the Authorization header and nowhere else.
  for (const request of api.requests)
    expect(`${request.url} ${JSON.stringify(request.body)}`).not.toMatch(/Token0123|readOnly0123/);
  await api.close();
  api = undefined;
});

async function start(options: Partial<GitHubApiOptions> = {}): Promise<GitHubApi> {
  api = await startGitHubApi({ tokens: TOKENS, ...options });
  return api;
}

function requestTo(server: GitHubApi, overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    token: APP_TOKEN,
    apiUrl: server.url,
    owner: 'octo-org',
    repo: 'octo-repo',
    issueNumber: ISSUE,
    key: 'eval',
    markdown: '## Results\n\n| task | score |\n|---|---|\n| mmlu | 0.71 |',
    ...overrides,
  };
}

function others(count: number): NonNullable<GitHubApiOptions['comments']> {
  return Array.from({ length: count }, (_, index) => ({ issue: ISSUE, body: `LGTM ${index + 1}`, login: 'reviewer' }));
}

function writes(server: GitHubApi): string[] {
  return server.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => `${request.method} ${request.url}`);
}

async function commentErrorOf(promise: Promise<unknown>): Promise<CommentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CommentError);
  return error as CommentError;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('upsertStickyComment', () => {
  it('creates the comment, then updates that same comment in place', async () => {
    const server = await start();
    const created = await upsertStickyComment(requestTo(server, { markdown: 'first run' }));
    expect(created.action).toBe('created');
    expect(created.url).toBe(`https://github.com/octo-org/octo-repo/pull/7#issuecomment-${created.id}`);
    expect(server.commentsOn(ISSUE).map((comment) => comment.body)).toEqual([
      '<!-- lighteval-action:eval -->\nfirst run',
    ]);

    const updated = await upsertStickyComment(requestTo(server, { markdown: 'second run' }));
    expect(updated).toEqual({ action: 'updated', id: created.id, url: created.url });
    expect(server.commentsOn(ISSUE).map((comment) => [comment.id, comment.body])).toEqual([
      [created.id, '<!-- lighteval-action:eval -->\nsecond run'],
    ]);
    expect(writes(server)).toEqual([
      'POST /repos/octo-org/octo-repo/issues/7/comments',
      `PATCH /repos/octo-org/octo-repo/issues/comments/${created.id}`,
    ]);
  });

  it('leaves the comment alone when the body is the same', async () => {
    const server = await start();
    const created = await upsertStickyComment(requestTo(server));
    const before = server.commentsOn(ISSUE)[0]?.updatedAt;
    const again = await upsertStickyComment(requestTo(server));
    expect(again).toEqual({ action: 'unchanged', id: created.id, url: created.url });
    expect(writes(server)).toHaveLength(1);
    expect(server.commentsOn(ISSUE)[0]?.updatedAt).toBe(before);
  });

  it('finds its comment beyond the first page, and stops reading there', async () => {
    const server = await start({
      comments: [
        ...others(150),
        { issue: ISSUE, body: commentBody('eval', 'old'), login: ACTIONS_BOT_LOGIN },
        ...others(200),
      ],
    });
    const result = await upsertStickyComment(requestTo(server));
    expect(result.action).toBe('updated');
    expect(result.id).toBe(server.commentsOn(ISSUE)[150]?.id);
    expect(server.commentsOn(ISSUE)).toHaveLength(351);
    const listed = server.requests.filter((request) => request.method === 'GET' && request.url.includes('/comments'));
    expect(listed.map((request) => request.url)).toEqual([
      '/repos/octo-org/octo-repo/issues/7/comments?per_page=100',
      '/repos/octo-org/octo-repo/issues/7/comments?per_page=100&page=2',
    ]);
  });

  it('reads every page before creating a comment', async () => {
    const server = await start({ comments: others(250) });
    expect((await upsertStickyComment(requestTo(server))).action).toBe('created');
    expect(server.requests.filter((request) => request.url.includes('/comments?'))).toHaveLength(3);
    expect(server.commentsOn(ISSUE)).toHaveLength(251);
  });

  it('ignores a comment with its marker by someone else, and creates its own', async () => {
    const pasted = { issue: ISSUE, body: `${commentMarker('eval')}\nfake results`, login: 'mallory' };
    const server = await start({ comments: [pasted] });
    const result = await upsertStickyComment(requestTo(server));
    expect(result.action).toBe('created');
    expect(server.commentsOn(ISSUE).map((comment) => [comment.login, comment.body])).toEqual([
      ['mallory', pasted.body],
      [ACTIONS_BOT_LOGIN, commentBody('eval', requestTo(server).markdown)],
    ]);
  });

  it('keeps one comment per key', async () => {
    const server = await start();
    await upsertStickyComment(requestTo(server, { key: 'gpt-4o' }));
    await upsertStickyComment(requestTo(server, { key: 'gpt-4o-mini' }));
    await upsertStickyComment(requestTo(server, { key: 'gpt-4o', markdown: 'new' }));
    expect(server.commentsOn(ISSUE).map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- lighteval-action:gpt-4o -->',
      '<!-- lighteval-action:gpt-4o-mini -->',
    ]);
    expect(server.commentsOn(ISSUE)[0]?.body).toBe('<!-- lighteval-action:gpt-4o -->\nnew');
  });

  it('takes github-actions[bot] as the author when GET /user is refused to the token', async () => {
    const server = await start({
      comments: [
        { issue: ISSUE, body: commentBody('eval', 'by a person'), login: 'octocat' },
        { issue: ISSUE, body: commentBody('eval', 'by the bot'), login: ACTIONS_BOT_LOGIN },
      ],
    });
    const result = await upsertStickyComment(requestTo(server, { token: APP_TOKEN }));
    expect(result).toMatchObject({ action: 'updated', id: server.commentsOn(ISSUE)[1]?.id });
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/user', status: 403 });
    expect(server.commentsOn(ISSUE)[0]?.body).toBe(commentBody('eval', 'by a person'));
  });

  it('takes the user of a personal token as the author', async () => {
    const server = await start({
      comments: [
        { issue: ISSUE, body: commentBody('eval', 'by the bot'), login: ACTIONS_BOT_LOGIN },
        { issue: ISSUE, body: commentBody('eval', 'by a person'), login: 'octocat' },
      ],
    });
    const result = await upsertStickyComment(requestTo(server, { token: USER_TOKEN }));
    expect(result).toMatchObject({ action: 'updated', id: server.commentsOn(ISSUE)[1]?.id });
    expect(server.requests[0]).toMatchObject({ url: '/user', status: 200, authorization: `token ${USER_TOKEN}` });
  });

  it('fails with a CommentError that says why and leaves the token out, for a read-only token', async () => {
    const server = await start();
    const error = await commentErrorOf(upsertStickyComment(requestTo(server, { token: READ_ONLY_TOKEN })));
    expect(error.message).toBe(
      'Pull request comment not posted on octo-org/octo-repo#7: 403 Resource not accessible by integration ' +
        '(the token is read-only; fork pull requests get such tokens, other workflows need "permissions: pull-requests: write")',
    );
    expect(`${error.message}${error.stack ?? ''}`).not.toContain(READ_ONLY_TOKEN);
    expect(server.comments).toEqual([]);
  });

  it('says the update failed when the existing comment cannot be edited', async () => {
    const server = await start({
      comments: [{ issue: ISSUE, body: commentBody('eval', 'old'), login: ACTIONS_BOT_LOGIN }],
    });
    const id = server.comments[0]?.id ?? 0;
    const error = await commentErrorOf(upsertStickyComment(requestTo(server, { token: READ_ONLY_TOKEN })));
    expect(error.message).toMatch(
      new RegExp(`^Pull request comment ${id} on octo-org/octo-repo#7 not updated: 403 Resource not accessible`),
    );
  });

  it('reports a bad token, an unknown repository and a server error, each after one try', async () => {
    const server = await start();
    const badToken = await commentErrorOf(upsertStickyComment(requestTo(server, { token: 'ghp_wrongToken0123' })));
    expect(badToken.message).toBe(
      'Pull request comments of octo-org/octo-repo#7 not read: 401 Bad credentials (the token is invalid or has expired)',
    );
    expect(badToken.message).not.toContain('wrongToken');

    const unknown = await commentErrorOf(upsertStickyComment(requestTo(server, { repo: 'elsewhere' })));
    expect(unknown.message).toBe(
      'Pull request comments of octo-org/elsewhere#7 not read: 404 Not Found (no such repository or pull request, or the token cannot see it)',
    );

    const before = server.requests.length;
    server.failNext(502, { message: 'Server Error', route: /comments$/ });
    const started = Date.now();
    const failed = await commentErrorOf(upsertStickyComment(requestTo(server, { token: USER_TOKEN })));
    expect(failed.message).toBe('Pull request comments of octo-org/octo-repo#7 not read: 502 Server Error');
    expect(Date.now() - started).toBeLessThan(2_000);
    // GET /user, then one listing: nothing is retried.
    expect(server.requests.slice(before).map((request) => request.status)).toEqual([200, 502]);
  });

  it('gives up on a request that is never answered', async () => {
    const server = await start();
    server.stallNext(); // GET /user: taken as refused
    server.stallNext();
    const error = await commentErrorOf(upsertStickyComment(requestTo(server, { timeoutMs: 200 })));
    expect(error.message).toMatch(
      /^Pull request comments of octo-org\/octo-repo#7 not read: no answer from http:\/\/127\.0\.0\.1:\d+: .*timeout/i,
    );
  });

  it('reports a server that cannot be reached', async () => {
    const server = await start();
    await server.close();
    api = undefined;
    const error = await commentErrorOf(upsertStickyComment(requestTo(server)));
    expect(error.message).toMatch(
      /^Pull request comments of octo-org\/octo-repo#7 not read: no answer from http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/,
    );
  });

  it('truncates a long report so that GitHub accepts it', async () => {
    const server = await start();
    const rows = Array.from({ length: 5_000 }, (_, index) => `| task ${index} | ${(index / 5_000).toFixed(4)} |`);
    const markdown = ['| task | score |', '|---|---|', ...rows].join('\n');
    expect(markdown.length).toBeGreaterThan(MAX_COMMENT_LENGTH);
    const result = await upsertStickyComment(requestTo(server, { markdown }));
    expect(result.action).toBe('created');
    const body = server.commentsOn(ISSUE)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(`${commentMarker('eval')}\n| task | score |\n`)).toBe(true);
    // Whole lines only, then the note after a blank line (which also ends the table).
    const [kept = '', note] = body.split('\n\n');
    expect(note).toBe(NOTE);
    expect(markdown.startsWith(kept.slice(commentMarker('eval').length + 1))).toBe(true);
    expect(markdown[kept.length - commentMarker('eval').length - 1]).toBe('\n');
    // The same truncated body the next time: unchanged, no edit.
    expect((await upsertStickyComment(requestTo(server, { markdown }))).action).toBe('unchanged');
  });
});

describe('commentBody', () => {
  it('keeps a report that fits as it is, after the marker line', () => {
    const markdown = 'x'.repeat(MAX_COMMENT_LENGTH - commentMarker('k').length - 1);
    expect(commentBody('k', markdown)).toBe(`${commentMarker('k')}\n${markdown}`);
    expect(commentBody('k', `${markdown}y`)).toContain(NOTE);
  });

  it('never cuts a surrogate pair, even inside one huge line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.constantFrom('😀', 'é', 'ab', '𝔸x'), (offset, unit) => {
        const markdown = 'a'.repeat(offset) + unit.repeat(Math.ceil(70_000 / unit.length));
        const body = commentBody('key', markdown);
        expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
        expect(body).not.toMatch(LONE_SURROGATE);
        expect(body.endsWith(NOTE)).toBe(true);
      }),
    );
  });

  it('stays within the limit whatever the lines are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 3_000 }), { minLength: 1, maxLength: 60 }),
        fc.nat(70_000),
        (lines, pad) => {
          // No code fences: the cut would add a closing one.
          const markdown = `${'p'.repeat(pad)}\n${lines.join('\n')}`.replace(/[`~]/g, '');
          const head = `${commentMarker('key')}\n`;
          const body = commentBody('key', markdown);
          expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
          expect(body).not.toMatch(LONE_SURROGATE);
          if (!body.endsWith(NOTE)) expect(body).toBe(head + markdown);
          else expect(markdown.startsWith(body.slice(head.length, -`\n\n${NOTE}`.length))).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('closes a code block the cut leaves open, so that the note shows', () => {
    const markdown = `## Log\n\n\`\`\`\`text\n${'line\n'.repeat(20_000)}\`\`\`\`\n`;
    const body = commentBody('k', markdown);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.endsWith(`line\n\`\`\`\`\n\n${NOTE}`)).toBe(true);
  });
});

describe('commentMarker', () => {
  it('keeps readable keys as they are', () => {
    expect(commentMarker('eval')).toBe('<!-- lighteval-action:eval -->');
    expect(commentMarker('gpt-4o (mmlu, 5-shot) ✓')).toBe('<!-- lighteval-action:gpt-4o (mmlu, 5-shot) ✓ -->');
    expect(commentMarker('  ')).toBe('<!-- lighteval-action:default -->');
  });

  it('makes a key safe inside an HTML comment', () => {
    expect(commentMarker('a-->b\n<!--c\r\nd\u2028e--!>')).toBe('<!-- lighteval-action:a-b -!-c d e-!- -->');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (key) => {
        const marker = commentMarker(key);
        const inner = marker.slice('<!-- lighteval-action:'.length, -' -->'.length);
        expect(marker.startsWith('<!-- lighteval-action:') && marker.endsWith(' -->')).toBe(true);
        expect(inner).not.toMatch(/--|[<>\r\n\u2028\u2029]/);
        expect(inner).not.toMatch(LONE_SURROGATE);
        expect(inner).not.toBe('');
      }),
    );
  });

  it('tells a key apart from the keys it starts', () => {
    expect(commentBody('gpt-4o-mini', 'x')).not.toContain(commentMarker('gpt-4o'));
  });
});
