// `lighteval-action export DIR` and `inspect FILE`, in-process on real build folders.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/read.js';
import { COMMANDS, USAGE } from '../../src/cli/main.js';
import type { ConfigDict } from '../../src/config/index.js';
import { exportCommand } from '../../src/cli/export-command.js';
import { inspectCommand } from '../../src/cli/inspect-command.js';
import { createBundle } from '../../src/bundle/create.js';
import { resultsDocument, rezip, sampleContents, unzipEntries } from '../fixtures/bundles.js';
import {
  build,
  EXAMPLE_PROVIDER_FILE,
  EXAMPLE_RUN_CONFIG_FILE,
  removeSandboxes,
  run,
  runStandinIn,
  sandbox,
  standinPath,
} from './bundle-cli-support.js';

afterAll(removeSandboxes);

const KEY = 'sk-export-command-0123456789';
const T0 = Date.UTC(2026, 0, 1) / 1000;

/** A build folder with a stand-in run's results in it, every file dated T0 + 1 (so exports do not depend on the clock). */
async function builtAndRun(): Promise<string> {
  const out = join(sandbox(), 'out');
  await build(out, { OPENAI_API_KEY: KEY });
  const { path } = standinPath();
  runStandinIn(
    out,
    path,
    { OPENAI_API_KEY: KEY },
    { tasks: 'gsm8k|0,ifeval|0', maxSamples: 10, metrics: { gsm8k: { extractive_match: 0.8 } } },
  );
  for (const name of ['config.yaml', 'lighteval-model.yaml']) utimesSync(join(out, name), T0, T0);
  return out;
}

describe('export', () => {
  it('writes DIR/<model>.eval752.zip with the newest results, and prints what it wrote', async () => {
    const out = await builtAndRun();
    const result = await run(['export', out], { OPENAI_API_KEY: KEY });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const file = join(out, 'openai_gpt-4o-mini.eval752.zip');
    const { manifest, files } = await readBundle(readFileSync(file), file);
    expect(manifest).toMatchObject({
      run_id: 'run-7',
      model_name: 'openai/gpt-4o-mini',
      lighteval_version: '0.13.0',
      tasks: ['gsm8k|0', 'ifeval|0'],
      max_samples: 10,
      command: null,
    });
    expect(files.results?.path).toMatch(/^results\/openai\/gpt-4o-mini\/results_.*\.json$/);
    expect(result.stdout).toBe(
      `wrote ${file}\n` +
        `  openai/gpt-4o-mini, LightEval 0.13.0, tasks gsm8k|0, ifeval|0, at most 10 samples per task, created ${manifest.created_at}\n` +
        `  manifest.json\n  config.yaml\n  lighteval-model.yaml\n  ${files.results?.path}\n`,
    );
  });

  it('bundles config.yaml exactly as build printed it, and the native file exactly as build wrote it', async () => {
    const out = join(sandbox(), 'out');
    const built = await build(out, { OPENAI_API_KEY: KEY }, '--include-api-key');
    expect(readFileSync(join(out, 'config.yaml'), 'utf8')).toContain(KEY);
    const bundle = join(sandbox(), 'x.eval752.zip');
    expect((await run(['export', out, '--output', bundle], { OPENAI_API_KEY: KEY })).code).toBe(0);
    const { files } = await readBundle(readFileSync(bundle), bundle);
    expect(files.configYaml).toBe(built.stdout);
    expect(files.nativeYaml).toBe(readFileSync(join(out, 'lighteval-model.yaml'), 'utf8'));
    expect(files.results).toBeUndefined();
  });

  it('gives the same bytes when the same folder is exported twice, in any time zone', async () => {
    const out = await builtAndRun();
    const first = join(sandbox(), 'first.eval752.zip');
    const second = join(sandbox(), 'second.eval752.zip');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      expect((await run(['export', out, '--output', first])).code).toBe(0);
      process.env.TZ = 'Asia/Kolkata';
      expect((await run(['export', out, '--output', second])).code).toBe(0);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(readFileSync(second)).toEqual(readFileSync(first));
  });

  it('takes tasks and max samples from its options, and a version only for a native file that does not name one', async () => {
    const out = join(sandbox(), 'out');
    await build(out, {}, '--lighteval-version', '0.12.0');
    const native = join(out, 'lighteval-model.yaml');
    const bundle = join(sandbox(), 'x.eval752.zip');
    expect(
      (await run(['export', out, '--output', bundle, '--tasks', 'gsm8k,ifeval|0', '--max-samples', '5'])).code,
    ).toBe(0);
    expect((await readBundle(readFileSync(bundle), bundle)).manifest).toMatchObject({
      lighteval_version: '0.12.0',
      tasks: ['lighteval|gsm8k|0', 'lighteval|ifeval|0'],
      max_samples: 5,
    });

    const conflict = await run(['export', out, '--lighteval-version', '0.13.0']);
    expect(conflict).toMatchObject({ code: 1, stdout: '' });
    expect(conflict.stderr).toBe(
      'error: --lighteval-version: 0.13.0 was given, but lighteval-model.yaml was written for LightEval 0.12.0 (its first line says so); leave the version out, or rebuild the file for 0.13.0\n',
    );

    writeFileSync(native, readFileSync(native, 'utf8').split('\n').slice(1).join('\n'));
    expect((await run(['export', out])).stderr).toMatch(
      /^error: --lighteval-version: lighteval-model\.yaml does not name the LightEval version/,
    );
    expect((await run(['export', out, '--output', bundle, '--lighteval-version', '0.12.0'])).code).toBe(0);
    expect((await readBundle(readFileSync(bundle), bundle)).files.nativeYaml.split('\n')[0]).toContain(
      'for LightEval 0.12.0,',
    );
  });

  it('refuses a folder rebuilt for another model after the first one ran, naming the results file and both models', async () => {
    const out = await builtAndRun();
    const rebuilt = await run(
      [
        'build',
        '--provider',
        EXAMPLE_PROVIDER_FILE,
        '--model',
        'gpt-4.1',
        '--run-config',
        EXAMPLE_RUN_CONFIG_FILE,
        '--run-id',
        'run-8',
        '--out-dir',
        out,
      ],
      {},
    );
    expect(rebuilt.code).toBe(0);
    const refused = await run(['export', out], { OPENAI_API_KEY: KEY });
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(
      /^error: results\/openai\/gpt-4o-mini\/results_[^/]*\.json: config_general\.model_name is "openai\/gpt-4o-mini", but config\.yaml is for "openai\/gpt-4\.1": the results are another model's\n$/,
    );
    expect(existsSync(join(out, 'openai_gpt-4.1.eval752.zip'))).toBe(false);

    // Once the new model ran there, its results are the newest: they are exported, the first model's are not.
    runStandinIn(out, standinPath().path, { OPENAI_API_KEY: KEY }, { tasks: 'gsm8k|0' });
    const exported = await run(['export', out], { OPENAI_API_KEY: KEY });
    expect(exported.code).toBe(0);
    const file = join(out, 'openai_gpt-4.1.eval752.zip');
    expect((await readBundle(readFileSync(file), file)).files.results?.path).toMatch(
      /^results\/openai\/gpt-4\.1\/results_/,
    );
  });

  it('refuses bad options with its usage, and a folder without a build with one line', async () => {
    const out = join(sandbox(), 'out');
    await build(out, {});
    for (const args of [
      ['--max-samples', '0'],
      ['--max-samples', 'ten'],
      ['--tasks', ' , '],
      ['--api-key', KEY],
    ]) {
      const result = await run(['export', out, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(exportCommand.usage);
      expect(result.stderr).not.toContain(KEY);
    }
    expect((await run(['export'])).stderr).toMatch(/^error: export takes one DIR, got none; see below/);
    const empty = sandbox();
    expect((await run(['export', empty])).stderr).toBe(
      `error: DIR: cannot read ${join(empty, 'config.yaml')} (no such file)\n`,
    );
  });

  it('is listed with inspect and replay, in that order', async () => {
    expect(COMMANDS.map((command) => command.name).join(' ')).toContain('export inspect replay');
    expect(USAGE).toMatch(
      /\n {2}export +package a build folder .*\n {2}inspect +verify .*\n {2}replay +run LightEval again/,
    );
    expect((await run(['export', '--help'])).stdout).toBe(exportCommand.usage);
  });
});

describe('inspect', () => {
  it('verifies the bundle, then prints its manifest and its redacted config.yaml', async () => {
    const out = await builtAndRun();
    const built = await build(join(sandbox(), 'again'), { OPENAI_API_KEY: KEY });
    const bundle = join(out, 'b.eval752.zip');
    await run(['export', out, '--output', bundle]);
    const result = await run(['inspect', bundle]);
    // On standard error, what a replay would be asked to trust: the example provider's base URL.
    expect(result).toMatchObject({
      code: 0,
      stderr:
        'note: the bundle calls https://api.example.com/v1; replay calls a base URL only when it is named with --base-url\n',
    });
    const [manifestPart = '', configPart = ''] = result.stdout
      .replace(/^==> manifest\.json <==\n/, '')
      .split('\n\n==> config.yaml <==\n');
    expect(JSON.parse(manifestPart)).toEqual((await readBundle(readFileSync(bundle), bundle)).manifest);
    expect(configPart).toBe(built.stdout);
    expect((parse(configPart) as ConfigDict).model_parameters[0].api_key_env).toBe('OPENAI_API_KEY');
  });

  it('exits 1 naming the file and the entry for a tampered bundle, and prints nothing else', async () => {
    const out = await builtAndRun();
    const bundle = join(out, 'b.eval752.zip');
    await run(['export', out, '--output', bundle]);
    const tampered = rezip(readFileSync(bundle), (entries) =>
      entries.map(([name, data]) => [
        name,
        name === 'lighteval-model.yaml'
          ? new TextEncoder().encode(new TextDecoder().decode(data).replace('0.7', '0.9'))
          : data,
      ]),
    );
    writeFileSync(bundle, tampered);
    const result = await run(['inspect', bundle]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${bundle}: lighteval-model.yaml: sha256 does not match the manifest\n`,
      childOutput: '',
    });
    expect(unzipEntries(tampered)).toHaveLength(4);
  });

  it("exits 1 for a hand-made bundle whose results are another model's, naming the entry and both models", async () => {
    const contents = sampleContents();
    const results = {
      path: 'results/openai/gpt-4.1/results_2026-01-02T03-04-05.json',
      text: JSON.stringify({ ...resultsDocument(), config_general: { model_name: 'openai/gpt-4.1' } }),
    };
    const bundle = join(sandbox(), 'mixed.eval752.zip');
    writeFileSync(bundle, await createBundle({ ...contents, files: { ...contents.files, results } }));
    const result = await run(['inspect', bundle]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${bundle}: ${results.path}: config_general.model_name is "openai/gpt-4.1", but config.yaml is for "openai/gpt-4o-mini": the results are another model's\n`,
      childOutput: '',
    });
  });

  it('takes exactly one FILE', async () => {
    expect((await run(['inspect'])).code).toBe(2);
    expect((await run(['inspect', 'a', 'b'])).stderr).toContain(inspectCommand.usage);
  });
});
