// `lighteval-action validate`, run in-process: build's checks on the files, every problem listed, nothing written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { validateCommand } from '../../src/cli/validate-command.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE_PROVIDER = join(ROOT, 'examples/provider.yaml');
const EXAMPLE_RUN_CONFIG = join(ROOT, 'examples/run-config.yaml');

async function run(
  args: readonly string[],
  env: CommandIo['env'] = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const cleanup: string[] = [];
afterAll(() => {
  for (const path of cleanup) rmSync(path, { recursive: true, force: true });
});

/** A fresh folder holding `files`; returns the path of each, by name. */
function sandbox(files: Record<string, string>): { folder: string; path: (name: string) => string } {
  const folder = mkdtempSync(join(tmpdir(), 'validate-command-'));
  cleanup.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return { folder, path: (name) => join(folder, name) };
}

const PROVIDER = 'id: prov-1\nname: Demo\ntype: openai\nbase_url: https://api.example.com/v1\n';
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('error: '));

describe('lighteval-action validate', () => {
  it('says which files are valid, and writes nothing', async () => {
    const { folder, path } = sandbox({ 'provider.yaml': PROVIDER, 'run.yaml': 'temperature: 0.5\n' });
    expect(await run(['validate', '--provider', EXAMPLE_PROVIDER, '--run-config', EXAMPLE_RUN_CONFIG])).toEqual({
      code: 0,
      stdout: `${EXAMPLE_PROVIDER} and ${EXAMPLE_RUN_CONFIG} are valid\n`,
      stderr: '',
    });
    expect(await run(['validate', '--provider', path('provider.yaml')])).toEqual({
      code: 0,
      stdout: `${path('provider.yaml')} is valid\n`,
      stderr: '',
    });
    expect(readdirSync(folder).sort()).toEqual(['provider.yaml', 'run.yaml']);
  });

  it('lists every problem of both files at once, each as error: <field>: <message>', async () => {
    const { path } = sandbox({
      'provider.yaml':
        'id: ""\nname: Demo\ntype: -openai\nbase_url: ftp://api.example.com/v1\nrate_limits:\n  max_concurrency: 0\n',
      'run.yaml': 'temperature: 5\ngeneration:\n  tempreature: 0.7\nexecution:\n  concurrent_requests: 0\n',
    });
    const result = await run([
      'validate',
      '--provider',
      path('provider.yaml'),
      '--run-config',
      path('run.yaml'),
      '--lighteval-version',
      '0.13',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(errorLines(result.stderr)).toEqual([
      'error: provider.id: expected a non-empty string, got ""',
      'error: provider.type: expected a known provider type or a LiteLLM provider name (letters, digits, _ . -), got "-openai"',
      'error: provider.base_url: expected an http(s) URL',
      'error: provider.rate_limits.max_concurrency: expected an integer of 1 or more, got 0',
      'error: temperature: expected a number from 0 to 2, got 5',
      'error: generation.tempreature: unknown field; did you mean temperature?',
      'error: execution.concurrent_requests: expected an integer of 1 or more, got 0',
      'error: lighteval_version: expected a LightEval version X.Y.Z, such as 0.13.0, got "0.13"',
    ]);
  });

  it('lists a run config conflict with the provider record problems, and checks the model given', async () => {
    const { path } = sandbox({
      'provider.yaml': 'id: 1\nname: " "\ntype: openai\nbase_url: https://api.example.com\n',
      'run.yaml': 'generation:\n  max_new_tokens: 512\n  max_tokens: 256\n',
    });
    const result = await run([
      'validate',
      '--provider',
      path('provider.yaml'),
      '--run-config',
      path('run.yaml'),
      '--model',
      'gpt 4o',
    ]);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      'error: provider.name: expected a non-empty string, got " "',
      'error: model: expected a model name without spaces, such as gpt-4o-mini or openai/gpt-4o-mini, got "gpt 4o"',
      'error: generation.max_tokens: an alias of max_new_tokens, which is also set here; keep one',
    ]);
  });

  it('lists a file it cannot read or parse as a problem, and still checks the other', async () => {
    const { path } = sandbox({
      'run.yaml': 'temperature: 5\n',
      'broken.yaml': 'id: p\nname: "unterminated\n',
      'provider.yaml': 'id: p\nname: Demo\ntype: openai\nbase_url: https://x.example\nrate_limits: {timeout: 0}\n',
    });
    const missing = await run(['validate', '--provider', path('missing.yaml'), '--run-config', path('run.yaml')]);
    expect(missing.code).toBe(1);
    expect(errorLines(missing.stderr)).toEqual([
      `error: --provider: cannot read ${path('missing.yaml')} (no such file)`,
      'error: temperature: expected a number from 0 to 2, got 5',
    ]);

    const broken = await run(['validate', '--provider', path('provider.yaml'), '--run-config', path('broken.yaml')]);
    expect(broken.code).toBe(1);
    expect(errorLines(broken.stderr)).toEqual([
      `error: ${path('broken.yaml')}: invalid YAML or JSON at line 3, column 1: missing closing "quote`,
      'error: provider.rate_limits.timeout: expected a number greater than 0, got 0',
    ]);
  });

  it('prints the warnings build would print, and passes', async () => {
    const { path } = sandbox({
      'provider.yaml': `${PROVIDER}capabilities:\n  unsupported_parameters: [seed]\nrate_limit: {}\n`,
      'run.yaml': 'seed: 3\ntop_k: 5\n',
    });
    const result = await run(['validate', '--provider', path('provider.yaml'), '--run-config', path('run.yaml')]);
    expect(result).toEqual({
      code: 0,
      stdout: `${path('provider.yaml')} and ${path('run.yaml')} are valid\n`,
      stderr:
        'warning: provider.rate_limit: unknown field, ignored; did you mean rate_limits?\n' +
        'warning: seed: dropped; the provider does not accept seed (capabilities.unsupported_parameters)\n' +
        'warning: top_k: LightEval accepts top_k but its litellm backend never sends it to the provider\n',
    });
  });

  it('takes an empty run config file as no settings, as build does', async () => {
    const { path } = sandbox({ 'provider.yaml': PROVIDER, 'empty.yaml': '' });
    expect(
      (await run(['validate', '--provider', path('provider.yaml'), '--run-config', path('empty.yaml')])).code,
    ).toBe(0);
  });

  it('reads no key: it never looks at the environment', async () => {
    const noEnvironment = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get: (_target, name) => {
          throw new Error(`validate read the environment (${String(name)})`);
        },
      },
    );
    const result = await run(
      ['validate', '--provider', EXAMPLE_PROVIDER, '--run-config', EXAMPLE_RUN_CONFIG],
      noEnvironment,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('shows its usage for --help, and for a bad command line with exit 2', async () => {
    expect(await run(['validate', '--help'])).toEqual({ code: 0, stdout: validateCommand.usage, stderr: '' });
    expect(await run(['validate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: --provider FILE is required\n\n${validateCommand.usage}`,
    });
    expect((await run(['validate', '--provider', EXAMPLE_PROVIDER, '--out-dir', 'x'])).code).toBe(2);
    expect((await run(['validate', '--provider', EXAMPLE_PROVIDER, 'stray'])).stderr).toMatch(
      /^error: validate takes options only/,
    );
    const withKey = await run(['validate', '--provider', EXAMPLE_PROVIDER, '--api-key=sk-secret-canary']);
    expect(withKey.code).toBe(2);
    expect(withKey.stderr).not.toContain('canary');
  });
});

describe('validate and build', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'the examples',
      { 'provider.yaml': readFileSync(EXAMPLE_PROVIDER, 'utf8'), 'run.yaml': readFileSync(EXAMPLE_RUN_CONFIG, 'utf8') },
      [],
    ],
    ['a provider record and no settings', {}, []],
    ['a schema problem', { 'run.yaml': 'top_p: 1.5\n' }, []],
    ['a generation conflict', { 'run.yaml': 'max_new_tokens: 5\nmax_tokens: 6\n' }, []],
    ['a problem of the native file', { 'run.yaml': 'system_prompt: Be brief.\n' }, ['--lighteval-version', '0.10.0']],
    ['a native file newer than checked', {}, ['--lighteval-version', '0.14.0']],
    ['a provider record problem', { 'provider.yaml': `${PROVIDER}rate_limits: {max_retries: -1}\n` }, []],
  ];

  it.each(cases)('agree on %s', async (_what, files, options) => {
    const { path, folder } = sandbox({ 'provider.yaml': PROVIDER, 'run.yaml': '', ...files });
    const inputs = ['--provider', path('provider.yaml'), '--run-config', path('run.yaml'), ...options];
    const built = await run(['build', ...inputs, '--model', 'gpt-4o-mini', '--out-dir', join(folder, 'out')]);
    const validated = await run(['validate', ...inputs, '--model', 'gpt-4o-mini']);

    expect(validated.code).toBe(built.code);
    if (built.code === 0) {
      // The same warnings, and nothing else on stderr.
      const warnings = built.stderr
        .split('\n')
        .filter((line) => line.startsWith('warning: '))
        .map((line) => `${line}\n`);
      expect(validated.stderr).toBe(warnings.join(''));
    } else {
      // Build names the first problem; validate lists it among all of them.
      expect(built.stderr.endsWith('\n')).toBe(true);
      expect(errorLines(validated.stderr)).toContain(built.stderr.trimEnd());
    }
  });

  it('cover refusals as well as acceptances', async () => {
    // Guards the table above: if every case passed (or failed) alike, agreement would prove little.
    const codes = await Promise.all(
      cases.map(async ([, files, options]) => {
        const { path } = sandbox({ 'provider.yaml': PROVIDER, 'run.yaml': '', ...files });
        return (
          await run(['validate', '--provider', path('provider.yaml'), '--run-config', path('run.yaml'), ...options])
        ).code;
      }),
    );
    expect(codes).toEqual([0, 0, 1, 1, 1, 0, 1]);
  });
});
