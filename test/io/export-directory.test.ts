// Exporting a build folder from disk: which files, which time, and the same bytes for the same folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/bundle/read.js';
import { ConfigError, LightEvalConfigService } from '../../src/config/index.js';
import { readBundleFile, writeBundleFile } from '../../src/io/bundle-file.js';
import { type DirectoryExportRequest, exportDirectory } from '../../src/io/export-directory.js';
import { EXAMPLE_REQUEST } from '../fixtures/requests.js';
import { resultsDocument } from '../fixtures/bundles.js';

const cleanup: string[] = [];
afterAll(() => {
  for (const path of cleanup) rmSync(path, { recursive: true, force: true });
});

/** A fixed point in time, so that nothing depends on the clock. */
const T0 = Date.UTC(2026, 0, 1) / 1000;

function put(path: string, text: string, seconds: number): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, T0 + seconds, T0 + seconds);
  return path;
}

/** A build folder as `build` leaves it, its files dated T0 + 1 and + 2. */
function buildFolder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'export-directory-'));
  cleanup.push(directory);
  const config = new LightEvalConfigService().build({ ...EXAMPLE_REQUEST, includeApiKey: false });
  put(join(directory, 'config.yaml'), config.toYaml(), 1);
  put(join(directory, 'lighteval-model.yaml'), config.toLightEvalModelConfig().toYaml(), 2);
  return directory;
}

const resultsAt = (directory: string, id: string) =>
  join(directory, 'results', 'openai', 'gpt-4o-mini', `results_${id}.json`);

function request(directory: string, overrides: Partial<DirectoryExportRequest> = {}): DirectoryExportRequest {
  return {
    directory,
    tasks: undefined,
    maxSamples: undefined,
    lightevalVersion: undefined,
    env: {},
    label: 'DIR',
    ...overrides,
  };
}

describe('exportDirectory', () => {
  it('exports config and native file, and takes created_at from the newest of them', async () => {
    const directory = buildFolder();
    const { contents, resultsFile, warnings } = await exportDirectory(request(directory));
    expect(contents.metadata.created_at).toBe('2026-01-01T00:00:02Z');
    expect(contents.files.results).toBeUndefined();
    expect(resultsFile).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('exports the newest results file, at the path LightEval laid it out, and says when there were more', async () => {
    const directory = buildFolder();
    put(resultsAt(directory, 'A'), JSON.stringify(resultsDocument({ 'gsm8k|0': { m: 0.1 } })), 10);
    const newest = put(resultsAt(directory, 'B'), JSON.stringify(resultsDocument({ 'ifeval|0': { m: 0.2 } })), 20);
    put(join(directory, 'results', 'notes.json'), '{}', 30);
    const { contents, resultsFile, warnings } = await exportDirectory(request(directory));
    expect(resultsFile).toBe(newest);
    expect(contents.files.results?.path).toBe('results/openai/gpt-4o-mini/results_B.json');
    expect(contents.metadata.tasks).toEqual(['ifeval|0']);
    expect(contents.metadata.created_at).toBe('2026-01-01T00:00:20Z');
    expect(warnings).toEqual([
      `DIR: 2 results files under ${join(directory, 'results')}; exported the newest, ${newest}`,
    ]);
  });

  it("breaks a tie in modification times (a downloaded artifact) by LightEval's time in the name", async () => {
    const directory = buildFolder();
    put(resultsAt(directory, '2026-01-01T10-00-00.000001'), JSON.stringify(resultsDocument()), 10);
    put(resultsAt(directory, '2026-01-02T10-00-00.000001'), JSON.stringify(resultsDocument()), 10);
    const { contents } = await exportDirectory(request(directory));
    expect(contents.files.results?.path).toBe('results/openai/gpt-4o-mini/results_2026-01-02T10-00-00.000001.json');
  });

  it('gives the same bytes for the same folder, and other bytes once a file changes', async () => {
    const directory = buildFolder();
    put(resultsAt(directory, 'A'), JSON.stringify(resultsDocument()), 10);
    const first = await exportDirectory(request(directory));
    expect((await exportDirectory(request(directory))).bytes).toEqual(first.bytes);
    utimesSync(resultsAt(directory, 'A'), T0 + 11, T0 + 11);
    expect((await exportDirectory(request(directory))).bytes).not.toEqual(first.bytes);
  });

  it('takes created_at from SOURCE_DATE_EPOCH when set, and refuses one that is not whole seconds', async () => {
    const directory = buildFolder();
    const { contents } = await exportDirectory(request(directory, { env: { SOURCE_DATE_EPOCH: '1767225600' } }));
    expect(contents.metadata.created_at).toBe('2026-01-01T00:00:00Z');
    await expect(exportDirectory(request(directory, { env: { SOURCE_DATE_EPOCH: 'yesterday' } }))).rejects.toThrow(
      'SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC',
    );
  });

  it("scrubs the key in the provider's variable from the results", async () => {
    const directory = buildFolder();
    const key = 'sk-export-directory-key-0123';
    const leaked = resultsDocument();
    leaked.config_general.model_config.api_key = key as never;
    put(resultsAt(directory, 'A'), JSON.stringify(leaked), 10);
    const { contents } = await exportDirectory(request(directory, { env: { OPENAI_API_KEY: key } }));
    expect(contents.files.results?.text).not.toContain(key);
    // The folder itself is left as it was: export only reads.
    expect(readFileSync(resultsAt(directory, 'A'), 'utf8')).toContain(key);
  });

  describe('a folder rebuilt for another model', () => {
    /** `directory` built again for gpt-4.1, both files dated T0 + 30 (or only config.yaml). */
    function rebuildForOtherModel(directory: string, files: 'both' | 'config only' = 'both'): void {
      const config = new LightEvalConfigService().build({
        ...EXAMPLE_REQUEST,
        modelName: 'gpt-4.1',
        includeApiKey: false,
      });
      put(join(directory, 'config.yaml'), config.toYaml(), 30);
      if (files === 'both') put(join(directory, 'lighteval-model.yaml'), config.toLightEvalModelConfig().toYaml(), 30);
    }
    const modelResults = (model: string) => {
      const document = resultsDocument();
      document.config_general.model_name = model;
      document.config_general.model_config.model_name = model;
      return JSON.stringify(document);
    };

    it("is refused while its newest results are the first model's, naming the file and both models", async () => {
      const directory = buildFolder();
      put(resultsAt(directory, 'A'), modelResults('openai/gpt-4o-mini'), 10);
      rebuildForOtherModel(directory);
      await expect(exportDirectory(request(directory))).rejects.toThrow(
        'results/openai/gpt-4o-mini/results_A.json: config_general.model_name is "openai/gpt-4o-mini", but config.yaml is for "openai/gpt-4.1": the results are another model\'s',
      );
    });

    it('exports once the new model ran there, its results being the newest', async () => {
      const directory = buildFolder();
      put(resultsAt(directory, 'A'), modelResults('openai/gpt-4o-mini'), 10);
      rebuildForOtherModel(directory);
      const newest = put(
        join(directory, 'results', 'openai', 'gpt-4.1', 'results_B.json'),
        modelResults('gpt-4.1'),
        40,
      );
      const { contents, resultsFile } = await exportDirectory(request(directory));
      expect(resultsFile).toBe(newest);
      expect(contents.metadata.model_name).toBe('openai/gpt-4.1');
    });

    it('is refused when only config.yaml was rebuilt, naming the native file and both models', async () => {
      const directory = buildFolder();
      rebuildForOtherModel(directory, 'config only');
      await expect(exportDirectory(request(directory))).rejects.toThrow(
        'lighteval-model.yaml: model_name is "openai/gpt-4o-mini", but config.yaml is for "openai/gpt-4.1": the two files come from different builds',
      );
    });
  });

  it('names the folder and the file it cannot read', async () => {
    const directory = buildFolder();
    rmSync(join(directory, 'config.yaml'));
    await expect(exportDirectory(request(directory))).rejects.toThrow(
      `DIR: cannot read ${join(directory, 'config.yaml')} (no such file)`,
    );
  });
});

describe('bundle files', () => {
  it('are written in place of any earlier one, with nothing left beside them, and read back', () => {
    const directory = mkdtempSync(join(tmpdir(), 'bundle-file-'));
    cleanup.push(directory);
    const path = join(directory, 'sub', 'x.eval752.zip');
    writeBundleFile(path, new Uint8Array([1, 2, 3]), '--output');
    writeBundleFile(path, new Uint8Array([4, 5]), '--output');
    expect([...readBundleFile(path, 'FILE')]).toEqual([4, 5]);
    expect(statSync(join(directory, 'sub')).isDirectory()).toBe(true);
    expect(readFileSync(path)).toEqual(Buffer.from([4, 5]));
  });

  it('name the option when they cannot be read or written', () => {
    const directory = mkdtempSync(join(tmpdir(), 'bundle-file-'));
    cleanup.push(directory);
    expect(() => readBundleFile(join(directory, 'missing.eval752.zip'), 'FILE')).toThrow(ConfigError);
    expect(() => readBundleFile(join(directory, 'missing.eval752.zip'), 'FILE')).toThrow(
      /^FILE: cannot read .* \(no such file\)$/,
    );
    writeFileSync(join(directory, 'file'), '');
    expect(() => writeBundleFile(join(directory, 'file', 'x.eval752.zip'), new Uint8Array(), '--output')).toThrow(
      /^--output: cannot write /,
    );
  });

  it('read what exportDirectory wrote', async () => {
    const directory = buildFolder();
    const { bytes } = await exportDirectory(request(directory));
    writeBundleFile(join(directory, 'b.eval752.zip'), bytes, '--output');
    const { manifest } = await readBundle(readBundleFile(join(directory, 'b.eval752.zip'), 'FILE'), 'b.eval752.zip');
    expect(manifest.model_name).toBe('openai/gpt-4o-mini');
  });
});
