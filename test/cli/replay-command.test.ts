// `lighteval-action replay FILE`: build → export → inspect → replay with the LightEval stand-in on PATH, in-process.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/read.js';
import { replayCommand } from '../../src/cli/replay-command.js';
import {
  findResultsFiles,
  readLightevalInvocations,
  sha256Hex,
  standinEnvironment,
  type StandinEnvironmentOptions,
} from '../support/lighteval-standin.js';
import { rezip, unzipEntries } from '../fixtures/bundles.js';
import {
  build,
  type Environment,
  filesUnder,
  removeSandboxes,
  run,
  runStandinIn,
  sandbox,
  standinPath,
} from './bundle-cli-support.js';

afterAll(removeSandboxes);

/** The part of LightEval's results JSON these tests read. */
type ResultsJson = { config_general: { model_config: Record<string, unknown> } };

const KEY = 'sk-replay-command-0123456789';
/** The base URL of examples/provider.yaml, which the bundles of build() hold: replay calls it only when named. */
const BASE_URL = 'https://api.example.com/v1';

interface Exported {
  readonly bundle: string;
  readonly buildDir: string;
  readonly path: string;
}

/** build → a stand-in run in the build folder (extractive_match 0.8, 10 samples) → export. */
async function exported(
  options: { version?: string; tasks?: string; buildArgs?: string[]; env?: Environment; run?: boolean } = {},
): Promise<Exported> {
  const env = options.env ?? { OPENAI_API_KEY: KEY };
  const buildDir = join(sandbox(), 'out');
  await build(buildDir, env, ...(options.buildArgs ?? []));
  const { path } = standinPath(options.version);
  if (options.run !== false)
    runStandinIn(buildDir, path, env, {
      tasks: options.tasks,
      maxSamples: 10,
      metrics: { gsm8k: { extractive_match: 0.8 } },
    });
  const bundle = join(sandbox(), 'run.eval752.zip');
  const result = await run(['export', buildDir, '--output', bundle], env);
  if (result.code !== 0) throw new Error(`export failed: ${result.stderr}`);
  return { bundle, buildDir, path };
}

function replayEnvironment(
  path: string,
  log: string,
  options: StandinEnvironmentOptions = {},
  key: Record<string, string> = { OPENAI_API_KEY: KEY },
): Environment {
  return { PATH: path, ...key, ...standinEnvironment({ logFile: log, ...options }) };
}

describe('replay', () => {
  it("runs LightEval on the bundled native file with the bundle's tasks and samples, and compares the metrics", async () => {
    const { bundle, path } = await exported();
    const inspected = await run(['inspect', bundle]);
    expect(inspected.code).toBe(0);
    const outputDir = join(sandbox(), 'replay');
    const log = join(sandbox(), 'log.jsonl');
    const result = await run(
      ['replay', bundle, '--base-url', BASE_URL, '--output-dir', outputDir],
      replayEnvironment(path, log, { metrics: { gsm8k: { extractive_match: 0.9 } } }),
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '| task | metric | bundled | new | difference |',
        '|---|---|--:|--:|--:|',
        '| `gsm8k\\|0` | `extractive_match` | 0.8 | 0.9 | +0.1 |',
        '| `all` | `extractive_match` | 0.8 | 0.9 | +0.1 |',
        '',
      ].join('\n'),
    );
    const nativeFile = join(outputDir, 'lighteval-model.yaml');
    const { files } = await readBundle(readFileSync(bundle), bundle);
    expect(readFileSync(nativeFile, 'utf8')).toBe(files.nativeYaml);

    const [invocation, ...others] = readLightevalInvocations(log);
    expect(others).toEqual([]);
    expect(invocation).toMatchObject({
      argv: ['endpoint', 'litellm', nativeFile, 'gsm8k|0', '--output-dir', outputDir, '--max-samples', '10'],
      keyVariable: 'OPENAI_API_KEY',
      keySha256: sha256Hex(KEY),
      modelFile: files.nativeYaml,
    });
    // LightEval's own output streams through as it comes, on standard error, leaving standard output to the table.
    expect(result.stderr).toContain('--- LOADING TASKS ---');
    expect(result.childOutput).toBe('');
    expect(result.stderr).toMatch(
      /^replaying openai\/gpt-4o-mini at https:\/\/api\.example\.com\/v1, the key from OPENAI_API_KEY\nrunning \S+\/lighteval endpoint litellm .* --max-samples 10\n/,
    );
    const [resultsFile] = findResultsFiles(outputDir);
    expect(result.stderr).toMatch(new RegExp(`wrote ${nativeFile}; results in ${resultsFile}\\n$`));
  });

  it("takes --tasks and --max-samples over the bundle's, in the syntax of the bundle's LightEval version", async () => {
    const { bundle, path } = await exported({
      version: '0.12.0',
      tasks: 'lighteval|gsm8k|0',
      buildArgs: ['--lighteval-version', '0.12.0'],
    });
    const outputDir = join(sandbox(), 'replay');
    const log = join(sandbox(), 'log.jsonl');
    const result = await run(
      [
        'replay',
        bundle,
        '--base-url',
        BASE_URL,
        '--tasks',
        'gsm8k,ifeval|0',
        '--max-samples',
        '3',
        '--output-dir',
        outputDir,
      ],
      replayEnvironment(path, log),
    );
    expect(result.code).toBe(0);
    expect(readLightevalInvocations(log)[0]?.argv).toEqual([
      'endpoint',
      'litellm',
      join(outputDir, 'lighteval-model.yaml'),
      'lighteval|gsm8k|0,lighteval|ifeval|0',
      '--output-dir',
      outputDir,
      '--max-samples',
      '3',
    ]);
    expect(result.stdout).toContain('| `lighteval\\|ifeval\\|0` | `prompt_level_strict_acc` | — |');
  });

  it("reads the key from the provider's variable, or from --api-key-env, never from the variable config.yaml names", async () => {
    const { bundle, path } = await exported({
      buildArgs: ['--api-key-env', 'MY_KEY'],
      env: { MY_KEY: KEY, OPENAI_API_KEY: KEY },
    });
    const log = join(sandbox(), 'log.jsonl');
    const replay = (args: string[], key: Record<string, string>) =>
      run(
        ['replay', bundle, '--base-url', BASE_URL, '--output-dir', join(sandbox(), 'replay'), ...args],
        replayEnvironment(path, log, {}, key),
      );

    const named = await replay([], { MY_KEY: KEY });
    expect(named.stderr).toBe(
      'error: OPENAI_API_KEY: not set; replaying openai/gpt-4o-mini needs the openai key in it\n',
    );
    expect(readLightevalInvocations(log)).toEqual([]);

    expect((await replay([], { OPENAI_API_KEY: KEY, MY_KEY: 'sk-not-this-one-0000' })).code).toBe(0);
    expect(readLightevalInvocations(log)[0]).toMatchObject({
      keyVariable: 'OPENAI_API_KEY',
      keySha256: sha256Hex(KEY),
    });

    const chosen = await replay(['--api-key-env', 'MY_KEY'], { MY_KEY: KEY });
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).toContain('the key from MY_KEY\n');
    expect(readLightevalInvocations(log)[1]).toMatchObject({
      keyVariable: 'OPENAI_API_KEY',
      keySha256: sha256Hex(KEY),
    });
    expect((await replay(['--api-key-env', 'sk-oops key'], { MY_KEY: KEY })).stderr).toMatch(
      /^error: --api-key-env: expected a variable name such as OPENAI_API_KEY\n/,
    );
  });

  it('never hands a local secret to a variable or a destination a crafted bundle chose', async () => {
    // A bundle whose config.yaml names GITHUB_TOKEN as its key variable, and whose base URL is the attacker's.
    const providerFile = join(sandbox(), 'evil.yaml');
    writeFileSync(providerFile, 'id: p\nname: P\ntype: openai\nbase_url: https://collector.example/v1\n');
    const buildDir = join(sandbox(), 'out');
    expect(
      (
        await run(
          [
            'build',
            '--provider',
            providerFile,
            '--model',
            'gpt-4o-mini',
            '--api-key-env',
            'GITHUB_TOKEN',
            '--out-dir',
            buildDir,
          ],
          {},
        )
      ).code,
    ).toBe(0);
    const bundle = join(sandbox(), 'evil.eval752.zip');
    expect((await run(['export', buildDir, '--output', bundle, '--tasks', 'gsm8k|0'])).code).toBe(0);
    const { path } = standinPath();
    const log = join(sandbox(), 'log.jsonl');
    const token = 'ghs_localTokenNeverToBeSent0123';
    const outputDir = join(sandbox(), 'replay');

    // inspect calls it whole, and says what a replay would be asked to trust.
    const inspected = await run(['inspect', bundle]);
    expect(inspected.code).toBe(0);
    expect(inspected.stderr).toBe(
      "warning: config.yaml names GITHUB_TOKEN as the key variable, not the provider's OPENAI_API_KEY; replay never reads GITHUB_TOKEN unless told to (--api-key-env)\n" +
        'note: the bundle calls https://collector.example/v1; replay calls a base URL only when it is named with --base-url\n',
    );
    // The token alone is not the provider's key: nothing runs.
    const tokenOnly = await run(
      ['replay', bundle, '--output-dir', outputDir],
      replayEnvironment(path, log, {}, { GITHUB_TOKEN: token }),
    );
    expect(tokenOnly.stderr).toBe(
      'error: OPENAI_API_KEY: not set; replaying openai/gpt-4o-mini needs the openai key in it\n',
    );
    // With the provider's key, the bundle's base URL is still not called unless named.
    const unnamed = await run(
      ['replay', bundle, '--output-dir', outputDir],
      replayEnvironment(path, log, {}, { GITHUB_TOKEN: token, OPENAI_API_KEY: KEY }),
    );
    expect(unnamed.code).toBe(1);
    expect(unnamed.stderr).toBe(
      "error: --base-url: the bundle calls https://collector.example/v1; replay sends your key only to a base URL you name: pass --base-url with the URL to call (the bundle's, if you trust where the bundle came from)\n",
    );
    expect(readLightevalInvocations(log)).toEqual([]);
    expect(existsSync(outputDir)).toBe(false);
    // Named elsewhere, the run goes there, with the provider's key only.
    const redirected = await run(
      ['replay', bundle, '--base-url', 'http://127.0.0.1:9/v1', '--output-dir', outputDir],
      replayEnvironment(path, log, {}, { GITHUB_TOKEN: token, OPENAI_API_KEY: KEY }),
    );
    expect(redirected.code).toBe(0);
    const [invocation] = readLightevalInvocations(log);
    expect(invocation).toMatchObject({ keyVariable: 'OPENAI_API_KEY', keySha256: sha256Hex(KEY) });
    expect(invocation?.modelFile).toContain('base_url: "http://127.0.0.1:9/v1"');
    expect(invocation?.modelFile).not.toContain('collector.example');
    for (const text of [
      tokenOnly.stderr,
      unnamed.stderr,
      redirected.stderr,
      redirected.stdout,
      JSON.stringify(invocation),
    ])
      expect(text).not.toContain(token);
  });

  it('runs a keyless local server without a key', async () => {
    const providerFile = join(sandbox(), 'vllm.yaml');
    writeFileSync(providerFile, 'id: local\nname: Local vLLM\ntype: vllm\nbase_url: http://localhost:8000/v1\n');
    const buildDir = join(sandbox(), 'out');
    const built = await run(['build', '--provider', providerFile, '--model', 'qwen3', '--out-dir', buildDir], {});
    expect(built.code).toBe(0);
    const bundle = join(sandbox(), 'local.eval752.zip');
    expect((await run(['export', buildDir, '--output', bundle, '--tasks', 'gsm8k|0'])).code).toBe(0);
    const { path } = standinPath();
    const log = join(sandbox(), 'log.jsonl');
    const result = await run(
      ['replay', bundle, '--base-url', 'http://localhost:8000/v1', '--output-dir', join(sandbox(), 'replay')],
      replayEnvironment(path, log, {}, {}),
    );
    expect(result.code).toBe(0);
    expect(readLightevalInvocations(log)).toHaveLength(1);
  });

  describe('runs nothing and writes nothing', () => {
    async function expectNothingRan(args: string[], env: Environment, log: string, outputDir: string) {
      const result = await run([...args, '--output-dir', outputDir], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(readLightevalInvocations(log)).toEqual([]);
      expect(existsSync(outputDir)).toBe(false);
      return result.stderr;
    }

    it('when the key is missing', async () => {
      const { bundle, path } = await exported();
      const log = join(sandbox(), 'log.jsonl');
      const stderr = await expectNothingRan(
        ['replay', bundle],
        replayEnvironment(path, log, {}, {}),
        log,
        join(sandbox(), 'replay'),
      );
      expect(stderr).toBe('error: OPENAI_API_KEY: not set; replaying openai/gpt-4o-mini needs the openai key in it\n');
    });

    it('when LightEval is not on PATH', async () => {
      const { bundle } = await exported();
      const log = join(sandbox(), 'log.jsonl');
      const stderr = await expectNothingRan(
        ['replay', bundle, '--base-url', BASE_URL],
        replayEnvironment(sandbox(), log),
        log,
        join(sandbox(), 'replay'),
      );
      expect(stderr).toBe(
        'error: lighteval: not found on PATH; install it with pip install "lighteval[litellm]==0.13.0"\n',
      );
    });

    it('when the bundle does not verify', async () => {
      const { bundle, path } = await exported();
      writeFileSync(
        bundle,
        rezip(readFileSync(bundle), (entries) => [...entries, ['extra.txt', new Uint8Array([1])]]),
      );
      const log = join(sandbox(), 'log.jsonl');
      const stderr = await expectNothingRan(
        ['replay', bundle],
        replayEnvironment(path, log),
        log,
        join(sandbox(), 'replay'),
      );
      expect(stderr).toBe(`error: ${bundle}: extra.txt: not listed in the manifest\n`);
    });

    it('when neither the bundle nor --tasks names a task', async () => {
      const { bundle, path } = await exported({ run: false });
      const log = join(sandbox(), 'log.jsonl');
      const stderr = await expectNothingRan(
        ['replay', bundle],
        replayEnvironment(path, log),
        log,
        join(sandbox(), 'replay'),
      );
      expect(stderr).toBe('error: --tasks: the bundle records no tasks; name them, such as --tasks "gsm8k|0"\n');
    });

    it('when the bundle names a base URL and --base-url does not, showing it redacted', async () => {
      const providerFile = join(sandbox(), 'provider.yaml');
      writeFileSync(providerFile, 'id: p\nname: P\ntype: openai\nbase_url: https://user:pw@api.example.com/v1\n');
      const buildDir = join(sandbox(), 'out');
      expect(
        (await run(['build', '--provider', providerFile, '--model', 'gpt-4o-mini', '--out-dir', buildDir], {})).code,
      ).toBe(0);
      const bundle = join(sandbox(), 'cred.eval752.zip');
      expect((await run(['export', buildDir, '--output', bundle, '--tasks', 'gsm8k|0'])).code).toBe(0);
      const { path } = standinPath();
      const log = join(sandbox(), 'log.jsonl');
      const stderr = await expectNothingRan(
        ['replay', bundle],
        replayEnvironment(path, log),
        log,
        join(sandbox(), 'replay'),
      );
      expect(stderr).toMatch(
        /^error: --base-url: the bundle calls https:\/\/\*\*\*@api\.example\.com\/v1; replay sends your key only to a base URL you name/,
      );
    });
  });

  it('calls a base URL with credentials when named, hiding them in what it prints and writing the native file 0600', async () => {
    const { bundle, path } = await exported();
    const log = join(sandbox(), 'log.jsonl');
    const outputDir = join(sandbox(), 'replay');
    const url = 'https://team:s3cret-password@llm.example/v1?api-version=2024-10-21';
    const result = await run(
      ['replay', bundle, '--base-url', url, '--output-dir', outputDir],
      replayEnvironment(path, log),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'replaying openai/gpt-4o-mini at https://***@llm.example/v1?api-version=2024-10-21, the key from OPENAI_API_KEY\n',
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain('s3cret-password');
    const nativeFile = join(outputDir, 'lighteval-model.yaml');
    expect(readFileSync(nativeFile, 'utf8')).toContain(`base_url: "${url}"`);
    expect(statSync(nativeFile).mode & 0o777).toBe(0o600);
  });

  it("exits 1 with LightEval's last lines when it fails", async () => {
    const { bundle, path } = await exported();
    const log = join(sandbox(), 'log.jsonl');
    const result = await run(
      ['replay', bundle, '--base-url', BASE_URL, '--output-dir', join(sandbox(), 'replay')],
      replayEnvironment(path, log, { scenario: 'crash' }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /\nerror: LightEval exited with code 1\. Its last lines:\n(.*\n)*RuntimeError: Event loop is closed \(LIGHTEVAL_STANDIN_SCENARIO=crash\)\n$/,
    );
  });

  it('hides the key when LightEval prints it, in its output and in the error with its last lines', async () => {
    const { bundle } = await exported({ run: false, tasks: 'gsm8k|0' });
    const bin = sandbox();
    // A LightEval that prints the key it was given, on both streams, the second time without a final line break.
    writeFileSync(
      join(bin, 'lighteval'),
      '#!/bin/sh\nprintf "key: %s\\n" "$OPENAI_API_KEY"\nprintf "again: %s" "$OPENAI_API_KEY" >&2\nexit 3\n',
      { mode: 0o755 },
    );
    const result = await run(
      ['replay', bundle, '--base-url', BASE_URL, '--tasks', 'gsm8k|0', '--output-dir', join(sandbox(), 'replay')],
      {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        OPENAI_API_KEY: KEY,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('key: ***\n');
    expect(result.stderr).toContain('again: ***');
    expect(result.stderr).toMatch(
      /error: LightEval exited with code 3\. Its last lines:\nkey: \*\*\*\nagain: \*\*\*\n$/,
    );
    expect(`${result.stdout}${result.stderr}${result.childOutput}`).not.toContain(KEY);
  });

  it('takes exactly one FILE and refuses bad options with its usage', async () => {
    expect((await run(['replay'])).code).toBe(2);
    const bad = await run(['replay', 'x.eval752.zip', '--max-samples', '-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(replayCommand.usage);
  });
});

describe('the key, through build --include-api-key, a leaking LightEval run, export, inspect and replay', () => {
  // Quotes, a backslash, %, &, +, spaces, non-ASCII characters and a line break; its tail is in no other text.
  const CANARY = 'sk-canary-"q\'uo\\te %25 &=+ ünï/\nsecond-line-7Zq';
  const forms = [CANARY, JSON.stringify(CANARY).slice(1, -1), encodeURIComponent(CANARY), 'second-line-7Zq'];
  const expectNoKey = (text: string, where: string) => {
    for (const form of forms)
      expect(text.includes(form), `${where} holds the key as ${JSON.stringify(form)}`).toBe(false);
  };

  it('appears in no bundle entry, no printed text and no file replay writes', async () => {
    const env = { OPENAI_API_KEY: CANARY };
    const buildDir = join(sandbox(), 'out');
    const built = await build(buildDir, env, '--include-api-key');
    // The build folder holds the key by request (0600), and the leaking run puts it in the results: export must not.
    expect(readFileSync(join(buildDir, 'config.yaml'), 'utf8')).toContain('second-line-7Zq');
    const { path } = standinPath();
    runStandinIn(buildDir, path, env, { scenario: 'leak', maxSamples: 10 });
    expect(filesUnder(join(buildDir, 'results')).values().next().value).toContain('second-line-7Zq');

    const bundle = join(sandbox(), 'leak.eval752.zip');
    const exportedRun = await run(['export', buildDir, '--output', bundle], env);
    const inspected = await run(['inspect', bundle]);
    const outputDir = join(sandbox(), 'replay');
    const log = join(sandbox(), 'log.jsonl');
    const replayed = await run(
      ['replay', bundle, '--base-url', BASE_URL, '--output-dir', outputDir],
      replayEnvironment(path, log, { scenario: 'leak' }, env),
    );
    expect([exportedRun.code, inspected.code, replayed.code]).toEqual([0, 0, 0]);
    // The key did reach the stand-in, which wrote it into its results before they were scrubbed.
    expect(readLightevalInvocations(log)[0]?.keySha256).toBe(sha256Hex(CANARY));

    for (const [name, data] of unzipEntries(readFileSync(bundle)))
      expectNoKey(new TextDecoder().decode(data), `bundle entry ${name}`);
    for (const [label, result] of [
      ['build', built],
      ['export', exportedRun],
      ['inspect', inspected],
      ['replay', replayed],
    ] as const) {
      expectNoKey(result.stdout, `${label} stdout`);
      expectNoKey(result.stderr, `${label} stderr`);
      expectNoKey(result.childOutput, `${label} child output`);
    }
    const written = filesUnder(outputDir);
    expect(written.size).toBe(2); // the native file and the results
    for (const [file, text] of written) expectNoKey(text, file);
    const [resultsFile = ''] = findResultsFiles(outputDir);
    const results = JSON.parse(written.get(resultsFile) ?? '{}') as ResultsJson;
    expect(results.config_general.model_config.api_key).toBeNull();
    expect(written.get(resultsFile)).toContain('***');
  });
});
