import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentPullRequest, isForkPullRequest, pullRequestOf } from '../../src/action/pull-request.js';
import { inStepEnvSync } from '../support/step-env.js';
import { runUnprivileged } from '../support/unprivileged.js';

/** The pull request of a step whose environment is `env`. */
const current = (env: Record<string, string>) => inStepEnvSync(env, currentPullRequest);
const isFork = (env: Record<string, string>) => inStepEnvSync(env, isForkPullRequest);

const folder = mkdtempSync(join(tmpdir(), 'lighteval-action-pull-request-'));
const REPOSITORY = 'octo-org/octo-repo';

let written = 0;
/** Saves `event` as the runner does, and returns its path. */
function eventFile(event: unknown): string {
  written += 1;
  const path = join(folder, `event-${written}.json`);
  writeFileSync(path, typeof event === 'string' ? event : JSON.stringify(event));
  return path;
}

/** A pull request event's payload, from `head` (null: a deleted fork) into octo-org/octo-repo. */
function pullRequestEvent(head: string | null, number = 12) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { ref: 'topic', repo: head === null ? null : { full_name: head } },
      base: { ref: 'main', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY },
  };
}

/** The runner's environment for an event named `name` with this payload. */
function env(name: string | undefined, event: unknown) {
  return {
    ...(name === undefined ? {} : { GITHUB_EVENT_NAME: name }),
    GITHUB_EVENT_PATH: eventFile(event),
    GITHUB_REPOSITORY: REPOSITORY,
  };
}

const RESTRICTED = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

describe('currentPullRequest', () => {
  it('reads a pull request from a branch of the same repository', () => {
    expect(current(env('pull_request', pullRequestEvent(REPOSITORY)))).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 12,
      fromFork: false,
    });
  });

  it('compares the repositories without regard to case', () => {
    expect(current(env('pull_request', pullRequestEvent('Octo-Org/Octo-Repo')))?.fromFork).toBe(false);
  });

  it('marks a pull request from a fork, and from a deleted fork', () => {
    expect(current(env('pull_request', pullRequestEvent('contributor/octo-repo', 7)))).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 7,
      fromFork: true,
    });
    expect(current(env('pull_request', pullRequestEvent(null)))).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 12,
      fromFork: true,
    });
  });

  it('reads the event whatever its name: the payload says whether it is a pull request', () => {
    expect(current(env('pull_request_target', pullRequestEvent('contributor/octo-repo')))?.fromFork).toBe(true);
    expect(current(env(undefined, pullRequestEvent(REPOSITORY)))?.number).toBe(12);
  });

  it('takes the repository from GITHUB_REPOSITORY when the event does not name it', () => {
    const { repository: _repository, ...event } = pullRequestEvent(REPOSITORY);
    const path = eventFile(event);
    expect(current({ GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'other-org/other-repo' })).toMatchObject({
      owner: 'other-org',
      repo: 'other-repo',
    });
    expect(current({ GITHUB_EVENT_PATH: path })).toMatchObject({ owner: 'octo-org', repo: 'octo-repo' });
  });

  it('finds none in a push or workflow_dispatch event', () => {
    expect(
      current(env('push', { ref: 'refs/heads/main', after: 'abc', repository: { full_name: REPOSITORY } })),
    ).toBeUndefined();
    expect(current(env('workflow_dispatch', { inputs: {}, repository: { full_name: REPOSITORY } }))).toBeUndefined();
  });

  it('finds none without an event file, or with one it cannot read or parse', () => {
    expect(current({})).toBeUndefined();
    expect(current({ GITHUB_EVENT_PATH: '' })).toBeUndefined();
    expect(current({ GITHUB_EVENT_PATH: join(folder, 'missing.json') })).toBeUndefined();
    expect(current({ GITHUB_EVENT_PATH: folder })).toBeUndefined();
    expect(current(env('pull_request', '{"pull_request": {"number": 12,'))).toBeUndefined();
    expect(current(env('pull_request', ''))).toBeUndefined();
    expect(current(env('pull_request', 'null'))).toBeUndefined();
    expect(current(env('pull_request', { pull_request: { number: 12 } }))).toBeUndefined();
  });

  it('finds none in an event file it may not read', () => {
    const readable = eventFile(pullRequestEvent(REPOSITORY));
    const locked = eventFile(pullRequestEvent(REPOSITORY));
    chmodSync(readable, 0o644);
    chmodSync(locked, 0o000);
    const script = `
      import { currentPullRequest } from './pull-request.js';
      process.env.GITHUB_EVENT_NAME = 'pull_request';
      process.env.GITHUB_EVENT_PATH = process.argv.at(-1);
      console.log(JSON.stringify(currentPullRequest() ?? null));`;
    const source = fileURLToPath(new URL('../../src/action/', import.meta.url));
    expect(JSON.parse(runUnprivileged(script, source, folder, [readable]))).toMatchObject({ number: 12 });
    expect(runUnprivileged(script, source, folder, [locked])).toBe('null');
  });
});

describe('isForkPullRequest', () => {
  it.each(RESTRICTED)('is true for a %s run from a fork, or from a deleted one', (name) => {
    expect(isFork(env(name, pullRequestEvent('contributor/octo-repo')))).toBe(true);
    expect(isFork(env(name, pullRequestEvent(null)))).toBe(true);
  });

  it.each(RESTRICTED)('is false for a %s run from the same repository', (name) => {
    expect(isFork(env(name, pullRequestEvent(REPOSITORY)))).toBe(false);
  });

  it('is false for pull_request_target, which runs with the base repository’s secrets', () => {
    expect(isFork(env('pull_request_target', pullRequestEvent('contributor/octo-repo')))).toBe(false);
    expect(isFork(env('pull_request_target', pullRequestEvent(null)))).toBe(false);
  });

  it('is false for other events, even with a pull request in the payload', () => {
    expect(isFork(env('push', { ref: 'refs/heads/main', repository: { full_name: REPOSITORY } }))).toBe(false);
    expect(isFork(env('workflow_run', pullRequestEvent('contributor/octo-repo')))).toBe(false);
    expect(isFork(env(undefined, pullRequestEvent('contributor/octo-repo')))).toBe(false);
    expect(isFork(env('Pull_Request', pullRequestEvent('contributor/octo-repo')))).toBe(false);
  });

  it('is false when the event file is missing, unreadable or invalid', () => {
    expect(isFork({ GITHUB_EVENT_NAME: 'pull_request' })).toBe(false);
    expect(isFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(folder, 'missing.json') })).toBe(false);
    expect(isFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: folder })).toBe(false);
    expect(isFork(env('pull_request', 'not json'))).toBe(false);
    expect(
      isFork(
        env('pull_request', {
          pull_request: { number: 0, head: { repo: null }, base: { repo: { full_name: REPOSITORY } } },
        }),
      ),
    ).toBe(false);
  });
});

describe('pullRequestOf', () => {
  const repo = (fullName: string) => ({ full_name: fullName });
  const event = (head: { full_name: string } | null, base = repo('octo-org/octo-repo')) => ({
    action: 'synchronize',
    number: 12,
    pull_request: { number: 12, head: { ref: 'topic', repo: head }, base: { ref: 'main', repo: base } },
    repository: repo('octo-org/octo-repo'),
  });

  it('finds a pull request from a branch of the same repository', () => {
    expect(pullRequestOf(event(repo('octo-org/octo-repo')), undefined)).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 12,
      fromFork: false,
    });
  });

  it('marks a pull request from a fork, and from a deleted fork', () => {
    expect(pullRequestOf(event(repo('someone/octo-repo')), 'octo-org/octo-repo')?.fromFork).toBe(true);
    expect(pullRequestOf(event(null), 'octo-org/octo-repo')).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 12,
      fromFork: true,
    });
  });

  it('takes the repository from GITHUB_REPOSITORY when the event does not name it', () => {
    const { repository: _ignored, ...withoutRepository } = event(repo('octo-org/octo-repo'));
    expect(pullRequestOf(withoutRepository, 'other-org/other-repo')).toMatchObject({
      owner: 'other-org',
      repo: 'other-repo',
    });
  });

  it('finds nothing in a push event or a malformed event', () => {
    const push = { ref: 'refs/heads/main', after: 'abc', repository: repo('octo-org/octo-repo') };
    expect(pullRequestOf(push, 'octo-org/octo-repo')).toBeUndefined();
    for (const malformed of [
      undefined,
      null,
      'pull_request',
      [],
      { pull_request: null },
      { pull_request: { number: '12', head: { repo: null }, base: { repo: repo('a/b') } } },
      { pull_request: { number: 0, head: { repo: null }, base: { repo: repo('a/b') } } },
      { pull_request: { number: 12, head: {}, base: { repo: repo('a/b') } } },
      { pull_request: { number: 12, head: { repo: null } } },
    ]) {
      expect(pullRequestOf(malformed, 'octo-org/octo-repo')).toBeUndefined();
    }
  });
});
