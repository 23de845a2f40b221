// Finding and reading every LightEval results file under the folders a matrix job downloaded its artifacts to.
import * as fs from 'node:fs';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { scanResults } from '../../src/io/results-scan.js';
import { compareResults, modelNameOf } from '../../src/lighteval/matrix.js';
import { runStandinLighteval, writeResultsFixture } from '../support/results-fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';
import { runUnprivileged } from '../support/unprivileged.js';

/** Reading fails for names with LOCKED in them, as for a file or folder this process may not read (even as root). */
const LOCKED = 'LOCKED';
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const deny = (path: unknown) => {
    if (String(path).includes(LOCKED))
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
  };
  return {
    ...actual,
    readFileSync: ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      deny(path);
      return (actual.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readFileSync,
    readdirSync: ((path: fs.PathLike, ...rest: unknown[]) => {
      deny(path);
      return (actual.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync,
  };
});

const sandbox = tempDirs('results-scan-');

function put(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const RESULTS = { 'gsm8k|0': { extractive_match: 0.9, extractive_match_stderr: 0.1 }, all: { extractive_match: 0.9 } };
const resultsFile = (leg: string, model: string) =>
  join(leg, 'results', model, 'results_2026-01-01T00-00-00.000000.json');

describe('scanResults', () => {
  it('finds results files at any depth, in a fixed order, with paths relative to the root', () => {
    const root = sandbox();
    writeResultsFixture(join(root, resultsFile('leg-b', 'openai/gpt-4o')), {
      modelName: 'openai/gpt-4o',
      results: RESULTS,
    });
    writeResultsFixture(join(root, resultsFile('leg-a', 'openai/gpt-4o-mini')), {
      modelName: 'openai/gpt-4o-mini',
      results: RESULTS,
    });
    writeResultsFixture(join(root, 'leg-a', 'z.json'), { modelName: 'top', results: RESULTS });
    put(join(root, 'leg-a', 'config.yaml'), 'model_parameters: {}\n');
    put(join(root, 'leg-a', 'details', 'm', 'details_gsm8k|0_x.parquet'), 'PAR1');

    const { found, skipped } = scanResults([root], root);
    expect(skipped).toEqual([]);
    expect(found.map(({ path }) => path)).toEqual([
      'leg-a/results/openai/gpt-4o-mini/results_2026-01-01T00-00-00.000000.json',
      'leg-a/z.json',
      'leg-b/results/openai/gpt-4o/results_2026-01-01T00-00-00.000000.json',
    ]);
    expect(found.map(({ results }) => modelNameOf(results))).toEqual(['openai/gpt-4o-mini', 'top', 'openai/gpt-4o']);
    expect(found[0]?.results.results['gsm8k|0']).toEqual({ extractive_match: 0.9, extractive_match_stderr: 0.1 });
  });

  it('reads the files LightEval writes, NaN included, where a downloaded artifact puts them', () => {
    const root = sandbox();
    const written = runStandinLighteval({
      workDir: join(root, 'work'),
      outputDir: join(root, 'artifacts', 'lighteval-run-1-openai-gpt-4o-mini-0123abcd'),
      modelName: 'openai/gpt-4o-mini',
      tasks: 'gsm8k|0,mmlu:anatomy|0',
      metrics: { 'mmlu:anatomy': { em: 'NaN' } },
    });
    expect(fs.readFileSync(written, 'utf8')).toContain('NaN');

    const { found, skipped } = scanResults(['artifacts'], root);
    expect(skipped).toEqual([]);
    expect(found.map(({ path }) => path)).toEqual([relative(root, written).split('\\').join('/')]);
    expect(found[0]?.results.results['mmlu:anatomy|0']?.['em']).toBeNull();
  });

  it('skips foreign and invalid JSON with a short reason that quotes nothing of the file', () => {
    const root = sandbox();
    const secret = 'sk-live-0123456789abcdef';
    put(join(root, 'package.json'), JSON.stringify({ name: 'x', token: secret }));
    put(join(root, 'list.json'), '[1, 2]');
    put(
      join(root, 'bad-metric.json'),
      JSON.stringify({ config_general: {}, results: { [`task-${secret}`]: { em: `high-${secret}` } } }),
    );
    put(join(root, 'bad-config.json'), JSON.stringify({ config_general: { model_config: [secret] }, results: {} }));
    put(join(root, 'broken.json'), `{"config_general": {"model_config": {"api_key": "${secret}"}},\n  "results": {,}}`);
    put(join(root, 'empty.json'), '');
    writeResultsFixture(join(root, 'no-metrics.json'), { modelName: 'm', results: {} });

    const { found, skipped } = scanResults(['.'], root);
    expect(found).toEqual([]);
    expect(skipped).toEqual([
      { path: 'bad-config.json', reason: 'not LightEval results (config_general.model_config: expected a mapping)' },
      { path: 'bad-metric.json', reason: 'not LightEval results (results.<task>.<metric>: expected a number or null)' },
      { path: 'broken.json', reason: 'not valid JSON at line 2, column 15' },
      { path: 'empty.json', reason: 'not valid JSON' },
      { path: 'list.json', reason: 'not LightEval results (expected a mapping with config_general and results)' },
      { path: 'no-metrics.json', reason: 'LightEval results without any metric' },
      { path: 'package.json', reason: 'not LightEval results (no config_general or results)' },
    ]);
    expect(JSON.stringify(skipped)).not.toContain('sk-live');
  });

  it('names each bad file with a reason, quoting nothing, and still reads the good ones among them', () => {
    const root = sandbox();
    const key = 'sk-live-0123456789abcdef';
    const nineMegabytes = 9 * 1024 * 1024;
    const lists = (levels: number, inner: string) => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
    const mappings = (levels: number, inner: string) => `${'{"k": '.repeat(levels)}${inner}${'}'.repeat(levels)}`;
    const results = (extra: string) =>
      `{"config_general": {"model_name": "m"${extra}}, "results": {"t|0": {"em": 0.5}}}`;
    writeResultsFixture(join(root, 'a-good', 'results.json'), { modelName: 'first', results: RESULTS });
    put(join(root, 'b-deep-lists.json'), lists(20_000, `"${key}"`));
    put(join(root, 'c-deep-mappings.json'), mappings(200_000, `"${key}"`));
    put(join(root, 'd-unclosed.json'), '{"a": ['.repeat(100_000));
    put(
      join(root, 'e-deep-results.json'),
      `{"config_general": {}, "results": {"t|0": {"em": ${mappings(20_000, '1')}}}}`,
    );
    put(join(root, 'f-deep-in-config.json'), results(`, "model_config": ${lists(200_000, '1')}`));
    put(
      join(root, 'g-deep-items.json'),
      `[${Array.from({ length: 1_000 }, () => mappings(100, `"${key}"`)).join(',')}]`,
    );
    put(
      join(root, 'h-results-holding-mapping.json'),
      `{"config_general": {}, "results": {"t|0": {"em": ${mappings(30, '1')}}}}`,
    );
    put(join(root, 'i-huge-string.json'), JSON.stringify({ note: `${'x'.repeat(nineMegabytes)}${key}` }));
    put(
      join(root, 'j-huge-results-key.json'),
      JSON.stringify({ config_general: {}, results: { [`${'t'.repeat(nineMegabytes)}${key}`]: { em: 'high' } } }),
    );
    writeFileSync(
      join(root, 'k-bad-bytes.json'),
      Buffer.concat([
        Buffer.from('{"config_general": {},\n  '),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(`"results": "${key}"}`),
      ]),
    );
    writeResultsFixture(join(root, 'z-good', 'results.json'), { modelName: 'last', results: RESULTS });
    // Good despite a huge string (holding a key, as a results file may) and bytes that are not UTF-8 in a string.
    put(join(root, 'y-huge-prompt.json'), results(`, "system_prompt": "${'p'.repeat(nineMegabytes)} ${key}"`));
    const [before, after] = results(', "note": "a<>b"').split('<>');
    writeFileSync(
      join(root, 'y-odd-bytes.json'),
      Buffer.concat([Buffer.from(before ?? ''), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(after ?? '')]),
    );

    const { found, skipped } = scanResults(['.'], root);
    const tooDeep = 'not LightEval results (nested deeper than 64 levels)';
    expect(skipped).toEqual([
      { path: 'b-deep-lists.json', reason: tooDeep },
      { path: 'c-deep-mappings.json', reason: tooDeep },
      { path: 'd-unclosed.json', reason: tooDeep },
      { path: 'e-deep-results.json', reason: tooDeep },
      { path: 'f-deep-in-config.json', reason: tooDeep },
      { path: 'g-deep-items.json', reason: tooDeep },
      {
        path: 'h-results-holding-mapping.json',
        reason: 'not LightEval results (results.<task>.<metric>: expected a number or null)',
      },
      { path: 'i-huge-string.json', reason: 'not LightEval results (no config_general or results)' },
      {
        path: 'j-huge-results-key.json',
        reason: 'not LightEval results (results.<task>.<metric>: expected a number or null)',
      },
      { path: 'k-bad-bytes.json', reason: 'not valid JSON at line 2, column 3' },
    ]);
    expect(found.map(({ path }) => path)).toEqual([
      'a-good/results.json',
      'y-huge-prompt.json',
      'y-odd-bytes.json',
      'z-good/results.json',
    ]);
    expect(JSON.stringify(skipped)).not.toContain('sk-live');

    // The comparison lists the good ones and names every bad one.
    const { columns, markdown } = compareResults(found, skipped);
    expect(columns.map(({ path }) => path)).toEqual([
      'a-good/results.json',
      'z-good/results.json',
      'y-huge-prompt.json',
      'y-odd-bytes.json',
    ]);
    for (const { path } of skipped) expect(markdown).toContain(`- <code>${path}</code>: `);
    expect(markdown).not.toContain('sk-live');
  });

  it('skips files and folders it cannot read, and goes on', () => {
    const root = sandbox();
    writeResultsFixture(join(root, 'a', `results-${LOCKED}.json`), { modelName: 'm', results: RESULTS });
    writeResultsFixture(join(root, `folder-${LOCKED}`, 'results.json'), { modelName: 'm', results: RESULTS });
    writeResultsFixture(join(root, 'b', 'results.json'), { modelName: 'ok', results: RESULTS });
    symlinkSync(join(root, 'gone.json'), join(root, 'dangling.json'));

    const { found, skipped } = scanResults([root], root);
    expect(found.map(({ path }) => path)).toEqual(['b/results.json']);
    expect(skipped).toEqual([
      { path: `a/results-${LOCKED}.json`, reason: 'cannot read (permission denied)' },
      { path: 'dangling.json', reason: 'cannot read (no such file)' },
      { path: `folder-${LOCKED}`, reason: 'cannot list the folder (permission denied)' },
    ]);
  });

  it('skips a file without read permission, reading the others', () => {
    const root = sandbox();
    chmodSync(writeResultsFixture(join(root, 'results.json'), { modelName: 'm', results: RESULTS }), 0o000);
    chmodSync(writeResultsFixture(join(root, 'b', 'results.json'), { modelName: 'ok', results: RESULTS }), 0o644);
    chmodSync(join(root, 'b'), 0o755);
    const script = `
      import { scanResults } from './results-scan.js';
      const root = process.argv.at(-1);
      const { found, skipped } = scanResults([root], root);
      console.log(JSON.stringify({ found: found.map(({ path }) => path), skipped }));`;
    const source = fileURLToPath(new URL('../../src/io/', import.meta.url));
    expect(JSON.parse(runUnprivileged(script, source, root, [root]))).toEqual({
      found: ['b/results.json'],
      skipped: [{ path: 'results.json', reason: 'cannot read (permission denied)' }],
    });
  });

  it('skips a file too large to be results, without reading it', () => {
    const root = sandbox();
    const huge = put(join(root, 'huge.json'), '');
    truncateSync(huge, 64 * 1024 * 1024 + 1);
    expect(scanResults([root], root).skipped).toEqual([
      { path: 'huge.json', reason: 'larger than 64 MiB, not a results file' },
    ]);
  });

  it('reads a file given by name whatever its extension, but only *.json files in folders', () => {
    const root = sandbox();
    writeResultsFixture(join(root, 'out', 'results.txt'), { modelName: 'txt', results: RESULTS });
    writeResultsFixture(join(root, 'out', 'RESULTS.JSON'), { modelName: 'upper', results: RESULTS });
    expect(scanResults(['out'], root).found.map(({ path }) => path)).toEqual(['out/RESULTS.JSON']);
    expect(scanResults(['out/results.txt'], root).found.map(({ path }) => path)).toEqual(['out/results.txt']);
  });

  it('does not search hidden folders or node_modules, unless given', () => {
    const root = sandbox();
    writeResultsFixture(join(root, '.git', 'results.json'), { modelName: 'hidden', results: RESULTS });
    put(join(root, 'node_modules', 'pkg', 'package.json'), '{"name": "pkg"}');
    writeResultsFixture(join(root, 'leg', 'results.json'), { modelName: 'shown', results: RESULTS });
    const scan = scanResults(['.'], root);
    expect(scan.found.map(({ path }) => path)).toEqual(['leg/results.json']);
    expect(scan.skipped).toEqual([]);
    expect(scanResults(['.git'], root).found.map(({ path }) => path)).toEqual(['.git/results.json']);
  });

  it('reads each file once: through a symbolic link loop, or paths that overlap', () => {
    const root = sandbox();
    writeResultsFixture(join(root, 'a', 'results.json'), { modelName: 'm', results: RESULTS });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a', 'results.json'), join(root, 'a', 'same.json'));
    const { found, skipped } = scanResults(['a', 'a/results.json', '.'], root);
    expect(found.map(({ path }) => path)).toEqual(['a/results.json']);
    expect(skipped).toEqual([]);
  });

  it('shows paths outside the root as they are', () => {
    const outside = sandbox();
    const file = writeResultsFixture(join(outside, 'results.json'), { modelName: 'm', results: RESULTS });
    expect(scanResults([file], sandbox()).found.map(({ path }) => path)).toEqual([file]);
  });

  it('throws a ConfigError naming every path that does not exist', () => {
    const root = sandbox();
    put(join(root, 'here.json'), '{}');
    const scan = () => scanResults(['here.json', 'missing-folder', 'here.json/below'], root);
    expect(scan).toThrow(ConfigError);
    expect(scan).toThrow('missing-folder: no such file or folder');
    try {
      scan();
    } catch (error) {
      expect(error instanceof ConfigError ? error.issues : []).toEqual([
        { path: 'missing-folder', message: 'no such file or folder' },
        { path: 'here.json/below', message: 'cannot read (a part of the path is not a folder)' },
      ]);
    }
  });

  it('names a missing path with its control characters escaped, so that it stays one line', () => {
    const scan = () => scanResults(['no\nsuch\u001b[31m'], sandbox());
    expect(scan).toThrow('no\\nsuch\\u001b[31m: no such file or folder');
  });
});
