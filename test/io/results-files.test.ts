// The files a LightEval run wrote (told apart by modification time) and scrubbing results files in place.
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runFilesSince, scrubResultsFile, snapshotRunFiles } from '../../src/io/results-files.js';
import { ConfigError } from '../../src/config/errors.js';
import { expectRegularFile, LINK_TARGETS, namesIn, PLAIN_MODE, plantLinks } from './planted-links.js';
import { tempDirs } from '../support/temp-dirs.js';

const sandbox = tempDirs('results-files-');

/** A fixed point in time, so that the order of files never depends on the clock's resolution. */
const T0 = new Date('2026-01-01T00:00:00Z').getTime() / 1000;

/** Writes a file with a modification time `seconds` after T0. */
function put(path: string, seconds: number, text = 'x'): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, T0 + seconds, T0 + seconds);
  return path;
}

const MODEL_DIR = join('openai', 'gpt-4o-mini');
const resultsPath = (out: string, id: string) => join(out, 'results', MODEL_DIR, `results_${id}.json`);
const detailsPath = (out: string, id: string, task = 'gsm8k|0') =>
  join(out, 'details', MODEL_DIR, id, `details_${task}_${id}.parquet`);

describe('snapshotRunFiles', () => {
  it('is empty when the output folder has nothing yet', () => {
    const out = join(sandbox(), 'out');
    expect(snapshotRunFiles(out).size).toBe(0);
    mkdirSync(join(out, 'results'), { recursive: true });
    expect(snapshotRunFiles(out).size).toBe(0);
  });

  it('records every file under results and details, with its modification time, and nothing else', () => {
    const out = sandbox();
    const results = put(resultsPath(out, 'A'), 10);
    const notes = put(join(out, 'results', 'notes.txt'), 11);
    const details = put(detailsPath(out, 'A'), 12);
    put(join(out, 'model.yaml'), 13);
    put(join(out, 'other', 'results_B.json'), 14);
    mkdirSync(join(out, 'details', 'empty-folder'), { recursive: true });

    const snapshot = snapshotRunFiles(out);
    expect(new Set(snapshot.keys())).toEqual(new Set([results, notes, details]));
    expect(snapshot.get(results)).toBe((T0 + 10) * 1000);
    expect(snapshot.get(details)).toBe((T0 + 12) * 1000);
  });
});

describe('runFilesSince', () => {
  it('lists nothing when nothing changed, or when there is no output folder', () => {
    const out = sandbox();
    put(resultsPath(out, 'A'), 10);
    put(detailsPath(out, 'A'), 10);
    expect(runFilesSince(out, snapshotRunFiles(out))).toEqual({ results: [], details: [] });
    const missing = join(out, 'missing');
    expect(runFilesSince(missing, snapshotRunFiles(missing))).toEqual({ results: [], details: [] });
  });

  it("lists the run's new and rewritten files, newest first, leaving out earlier runs' files", () => {
    const out = sandbox();
    put(resultsPath(out, 'old'), 10);
    const rewritten = put(resultsPath(out, 'rewritten'), 11);
    put(detailsPath(out, 'old'), 12);
    const before = snapshotRunFiles(out);

    const second = put(resultsPath(out, 'second'), 100);
    const first = put(join(out, 'results', 'other-model', 'results_first.json'), 90);
    utimesSync(rewritten, T0 + 110, T0 + 110);
    const newDetails = put(detailsPath(out, 'second'), 105);
    const newDetails2 = put(detailsPath(out, 'second', 'mmlu:anatomy|0'), 95);

    expect(runFilesSince(out, before)).toEqual({
      results: [rewritten, second, first],
      details: [newDetails, newDetails2],
    });
  });

  it('counts a file whose modification time went back as rewritten', () => {
    const out = sandbox();
    const path = put(resultsPath(out, 'A'), 50);
    const before = snapshotRunFiles(out);
    utimesSync(path, T0 + 40, T0 + 40);
    expect(runFilesSince(out, before).results).toEqual([path]);
  });

  it('lists only results_*.json files as results, but every file under details', () => {
    const out = sandbox();
    const before = snapshotRunFiles(out);
    const results = put(resultsPath(out, 'A'), 20);
    put(join(out, 'results', MODEL_DIR, 'notes.txt'), 21);
    put(join(out, 'results', MODEL_DIR, 'results_A.json.bak'), 22);
    put(join(out, 'results', MODEL_DIR, '.results_A.json.scrubbing'), 23);
    put(join(out, 'results', MODEL_DIR, 'old_results_A.json'), 24);
    put(join(out, 'elsewhere', 'results_B.json'), 25);
    const details = put(detailsPath(out, 'A'), 26);
    const detailsNote = put(join(out, 'details', 'README'), 27);
    expect(runFilesSince(out, before)).toEqual({ results: [results], details: [detailsNote, details] });
  });

  it('finds the files of a real write, without set times', () => {
    const out = sandbox();
    put(resultsPath(out, 'A'), 0);
    const before = snapshotRunFiles(out);
    const path = resultsPath(out, 'B');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{}');
    expect(runFilesSince(out, before).results).toEqual([path]);
  });
});

// ---- scrubResultsFile -------------------------------------------------------------------------------------

const KEY = 'sk-proj-Secret_Key-0123456789';
/** A second secret with characters JSON escapes (`"`, `\`) and characters Python's json writes as `\uXXXX`. */
const ODD = 'pa"ss\\wörd-ключ-🔑';

/** What Python's json.dumps(indent=2) writes: non-ASCII as \uXXXX (surrogate pairs beyond the BMP), bare NaN. */
function pythonJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/"__NaN__"/g, 'NaN');
}

function resultsDocument(apiKey: string | null) {
  return {
    config_general: {
      lighteval_sha: '?',
      job_id: '0',
      model_config: {
        model_name: 'openai/gpt-4o-mini',
        base_url: `https://api.example.com/v1?key=${KEY}`,
        api_key: apiKey,
        system_prompt: `Never reveal ${ODD}.`,
        generation_parameters: { temperature: 0.7, stop_tokens: null },
      },
      model_name: 'openai/gpt-4o-mini',
    },
    results: {
      'gsm8k|0': { extractive_match: 0.9, extractive_match_stderr: '__NaN__' },
      all: { extractive_match: 0.9, extractive_match_stderr: '__NaN__' },
    },
    versions: {},
    config_tasks: { 'gsm8k|0': { name: 'gsm8k', note: `a ${KEY} b` } },
  };
}

function writeResults(text: string): string {
  const out = sandbox();
  const path = resultsPath(out, '2026-01-01T00-00-00.000000');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Every way a secret may be spelled in the file: raw, JSON-escaped, and with Python's \uXXXX escapes. */
function spellings(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    escaped,
    escaped.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ];
}

function expectFree(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (const spelling of spellings(secret)) expect(text).not.toContain(spelling);
  }
  // Pieces of them, too: no partial masking.
  expect(text).not.toContain('Secret_Key');
  expect(text).not.toContain('0123456789');
  expect(text).not.toMatch(/w\\u00f6rd|wörd|\\u043a|ключ/);
}

describe('scrubResultsFile', () => {
  it('nulls the api_key, masks each secret however Python spelled it, and rewrites the file in place', () => {
    const path = writeResults(pythonJson(resultsDocument(KEY)));
    const original = readFileSync(path, 'utf8');
    // The file holds the secrets the way Python writes them, not raw.
    expect(original).toContain(KEY);
    expect(original).toContain('pa\\"ss\\\\w\\u00f6rd-\\u043a\\u043b\\u044e\\u0447-\\ud83d\\udd11');
    expect(original).not.toContain(ODD);

    const returned = scrubResultsFile(path, [KEY, ODD]);
    const text = readFileSync(path, 'utf8');
    expectFree(text, [KEY, ODD]);

    const written = JSON.parse(text) as ReturnType<typeof resultsDocument>;
    expect(written).toEqual(returned);
    expect(written.config_general.model_config.api_key).toBeNull();
    expect(written.config_general.model_config.base_url).toBe('https://api.example.com/v1?key=***');
    expect(written.config_general.model_config.system_prompt).toBe('Never reveal ***.');
    expect(written.config_tasks['gsm8k|0'].note).toBe('a *** b');
    // Everything else as it was; Python's NaN reads as null.
    expect(written.config_general.model_config.generation_parameters).toEqual({ temperature: 0.7, stop_tokens: null });
    expect(written.results).toEqual({
      'gsm8k|0': { extractive_match: 0.9, extractive_match_stderr: null },
      all: { extractive_match: 0.9, extractive_match_stderr: null },
    });
    // JSON with a 4-space indent and a final line break, and no staging file left behind.
    expect(text).toBe(`${JSON.stringify(returned, null, 4)}\n`);
    expect(readdirSync(dirname(path))).toEqual(['results_2026-01-01T00-00-00.000000.json']);
  });

  it('masks secrets written raw, as JavaScript or Python with ensure_ascii=False would', () => {
    const path = writeResults(JSON.stringify(resultsDocument(KEY)).replace(/"__NaN__"/g, 'NaN'));
    expect(readFileSync(path, 'utf8')).toContain('wörd-ключ-🔑');
    scrubResultsFile(path, [KEY, ODD]);
    const text = readFileSync(path, 'utf8');
    expectFree(text, [KEY, ODD]);
    expect(text).toContain('"system_prompt": "Never reveal ***."');
  });

  it('nulls an api_key that is not among the secrets', () => {
    const path = writeResults(pythonJson(resultsDocument('sk-some-other-key')));
    const returned = scrubResultsFile(path, []) as ReturnType<typeof resultsDocument>;
    expect(returned.config_general.model_config.api_key).toBeNull();
    expect(readFileSync(path, 'utf8')).not.toContain('sk-some-other-key');
    // No secrets: nothing else is masked.
    expect(returned.config_general.model_config.base_url).toBe(`https://api.example.com/v1?key=${KEY}`);
  });

  it('masks a secret in a mapping key', () => {
    const path = writeResults(pythonJson({ config_general: {}, results: { [`task-${KEY}|0`]: { em: 1 } } }));
    const returned = scrubResultsFile(path, [KEY]);
    expect(returned).toEqual({ config_general: {}, results: { 'task-***|0': { em: 1 } } });
  });

  it('masks the whole of a secret that contains another one', () => {
    const short = 'sk-proj';
    const path = writeResults(pythonJson(resultsDocument(null)));
    scrubResultsFile(path, [short, KEY]);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('"base_url": "https://api.example.com/v1?key=***"');
    expect(text).not.toContain('Secret_Key');
  });

  it('keeps the file mode', () => {
    const path = writeResults(pythonJson(resultsDocument(KEY)));
    chmodSync(path, 0o640);
    scrubResultsFile(path, [KEY]);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('scrubs a file that is not valid JSON as text, then throws a ConfigError naming the file but not the secret', () => {
    // Cut off mid-write, as when LightEval is stopped while saving.
    const full = pythonJson(resultsDocument(KEY));
    const truncated = full.slice(0, full.indexOf('\n', full.indexOf('"system_prompt"')));
    expect(truncated).toContain(KEY);
    const path = writeResults(truncated);

    let thrown: unknown;
    try {
      scrubResultsFile(path, [KEY, ODD]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const error = thrown as ConfigError;
    expect(error.message).toContain(path);
    expect(error.message).toContain('not valid JSON');
    expect(error.message).not.toContain(KEY);

    const text = readFileSync(path, 'utf8');
    expectFree(text, [KEY, ODD]);
    // Scrubbed as text: otherwise unchanged, still not JSON.
    expect(text).toBe(
      truncated
        .split(KEY)
        .join('***')
        .replace('pa\\"ss\\\\w\\u00f6rd-\\u043a\\u043b\\u044e\\u0447-\\ud83d\\udd11', '***'),
    );
    expect(readdirSync(dirname(path))).toEqual(['results_2026-01-01T00-00-00.000000.json']);
  });

  it('leaves nothing of two overlapping secrets in a file that is not valid JSON', () => {
    const path = writeResults('{"note": "abcXYZdef"');
    expect(() => scrubResultsFile(path, ['abcXYZ', 'XYZdef'])).toThrow(ConfigError);
    expect(readFileSync(path, 'utf8')).toBe('{"note": "***"');
  });

  it('throws a ConfigError for an empty file, leaving it empty', () => {
    const path = writeResults('');
    expect(() => scrubResultsFile(path, [KEY])).toThrow(ConfigError);
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});

describe('scrubResultsFile with symlinks planted where it writes', () => {
  /** The name the scrubbed file was once staged at, beside it: predictable, so a symlink could be waiting there. */
  const oldStagingName = (path: string) => join(dirname(path), `.${basename(path)}.scrubbing`);
  const valid = pythonJson(resultsDocument(KEY));
  /** Cut off after the system prompt: scrubbed as text, then a ConfigError. */
  const invalid = valid.slice(0, valid.indexOf('\n', valid.indexOf('"system_prompt"')));
  const VALID = { file: 'valid JSON', text: valid, throws: false };
  const INVALID = { file: 'invalid JSON', text: invalid, throws: true };

  /** Scrubs `path`, expecting a ConfigError exactly when the file is not valid JSON. */
  function scrub(path: string, throws: boolean): void {
    const attempt = () => scrubResultsFile(path, [KEY, ODD]);
    if (throws) expect(attempt).toThrow(ConfigError);
    else attempt();
  }

  it.each([VALID, INVALID].flatMap((file) => LINK_TARGETS.map((target) => ({ ...file, target }))))(
    'never writes through a link at the old staging name, to an outside $target ($file)',
    ({ text, throws, target }) => {
      const path = writeResults(text);
      chmodSync(path, 0o640);
      const planted = plantLinks([oldStagingName(path)], join(sandbox(), 'outside'), target);

      scrub(path, throws);

      planted.expectUntouched();
      const scrubbed = readFileSync(path, 'utf8');
      expectFree(scrubbed, [KEY, ODD]);
      expectRegularFile(path, scrubbed, 0o640);
      expect(namesIn(dirname(path))).toEqual([basename(oldStagingName(path)), basename(path)].sort());
    },
  );

  it.each([
    { mode: 0o640, octal: '0640', ...VALID },
    { mode: 0o600, octal: '0600', ...VALID },
    { mode: 0o644, octal: '0644', ...INVALID },
  ])(
    'replaces a link at the results file with a scrubbed regular file, mode $octal, the outside file untouched ($file)',
    ({ mode, text, throws }) => {
      const root = sandbox();
      const outside = join(root, 'outside', 'results.json');
      mkdirSync(dirname(outside));
      writeFileSync(outside, text);
      chmodSync(outside, mode);
      const path = resultsPath(join(root, 'out'), 'A');
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync(outside, path);

      scrub(path, throws);

      // Read through the link (its target's mode is the file's), but written beside it: the outside file is as it was.
      expect(readFileSync(outside, 'utf8')).toBe(text);
      expect(statSync(outside).mode & 0o777).toBe(mode);
      const scrubbed = readFileSync(path, 'utf8');
      expectFree(scrubbed, [KEY, ODD]);
      expectRegularFile(path, scrubbed, mode);
      expect(namesIn(dirname(path))).toEqual(['results_A.json']);
    },
  );

  it('rewrites a file in the mode it had, less the umask', () => {
    const path = writeResults(valid);
    chmodSync(path, 0o666);
    scrubResultsFile(path, [KEY]);
    expectRegularFile(path, readFileSync(path, 'utf8'), PLAIN_MODE);
  });
});

// ---- scrubResultsFile with bad files: scrubbed whatever else fails -------------------------------------------

/** serializeResults fails while this is set, as it would for a document too large to write out. */
const serializing = vi.hoisted(() => ({ fails: false }));
vi.mock('../../src/lighteval/results.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lighteval/results.js')>();
  return {
    ...actual,
    serializeResults: (scrubbed: unknown) => {
      if (serializing.fails) throw new RangeError('Invalid string length');
      return actual.serializeResults(scrubbed);
    },
  };
});

describe('scrubResultsFile with bad files', () => {
  /** The key as the file holds it, raw and as Python escapes it, in one JSON list's items. */
  const keyItems = `"${KEY}", "${spellings(ODD)[2] ?? ''}"`;
  const masked = (text: string) => text.replaceAll(KEY, '***').replaceAll(spellings(ODD)[2] ?? '', '***');
  const lists = (levels: number, inner: string) => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
  const mappings = (levels: number, inner: string) => `${'{"k": '.repeat(levels)}${inner}${'}'.repeat(levels)}`;
  /** A results file with the key in its model config and `extra` in its config_tasks. */
  const withKey = (extra: string) =>
    `{"config_general": {"model_config": {"api_key": "${KEY}"}}, "results": {"t|0": {"em": 0.5}}, "config_tasks": ${extra}}`;

  /** The file, scrubbed, holds nothing of the key and nothing staged is left beside it. */
  function expectScrubbedOnDisk(path: string): string {
    const text = readFileSync(path, 'utf8');
    expectFree(text, [KEY, ODD]);
    expect(readdirSync(dirname(path))).toEqual([basename(path)]);
    return text;
  }

  it.each([
    ['20,000 lists', withKey(lists(20_000, keyItems))],
    ['200,000 mappings', withKey(mappings(200_000, `[${keyItems}]`))],
    ['100,000 unclosed lists', `{"api_key": "${KEY}", "deep": ${'['.repeat(100_000)}${keyItems}`],
    [
      'a list of 1,000 deep mappings',
      withKey(`[${Array.from({ length: 1_000 }, () => mappings(100, `[${keyItems}]`)).join(', ')}]`),
    ],
    ['results holding a deep value', `{"config_general": {}, "results": {"t|0": {"em": ${lists(20_000, keyItems)}}}}`],
  ])('scrubs the key %s down as text, then throws a ConfigError quoting nothing', (_name, original) => {
    const path = writeResults(original);
    const error = (() => {
      try {
        scrubResultsFile(path, [KEY, ODD]);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error instanceof ConfigError ? error.issues : []).toEqual([
      { path, message: 'not LightEval results (nested deeper than 64 levels)' },
    ]);
    expect(expectScrubbedOnDisk(path)).toBe(masked(original));
  });

  const nineMegabytes = 9 * 1024 * 1024;
  it.each([
    ['at the end of a string of many megabytes', `{"prompt": "${'x'.repeat(nineMegabytes)}${KEY}"}`],
    [
      'in the middle of one, as Python escapes it',
      `{"prompt": "${'x'.repeat(nineMegabytes)}${spellings(ODD)[2] ?? ''}${'y'.repeat(nineMegabytes)}"}`,
    ],
    ['in a mapping key of many megabytes', `{"${'k'.repeat(nineMegabytes)}${KEY}": 1}`],
    ['in a string of many megabytes 60 levels down', lists(60, `"${'x'.repeat(nineMegabytes)} ${KEY}"`)],
    ['in a string full of escapes', `{"prompt": "${'\\"\\\\'.repeat(nineMegabytes / 4)}${KEY}"}`],
  ])('scrubs a key %s, writing back JSON', (_name, extra) => {
    const path = writeResults(withKey(extra));
    const returned = scrubResultsFile(path, [KEY, ODD]) as { config_general: { model_config: { api_key: unknown } } };
    expect(returned.config_general.model_config.api_key).toBeNull();
    const text = expectScrubbedOnDisk(path);
    expect(text.length).toBeGreaterThan(nineMegabytes);
    expect(JSON.parse(text)).toEqual(returned);
  });

  it('scrubs a file with bytes that are not UTF-8, in a string or outside one', () => {
    const bad = Buffer.from([0xff, 0xc3, 0x28]);
    const inString = writeResults('');
    writeFileSync(
      inString,
      Buffer.concat([
        Buffer.from(`{"config_general": {"note": "${KEY} `),
        bad,
        Buffer.from(`"}, "results": {"api": "${KEY}"}}`),
      ]),
    );
    expect(scrubResultsFile(inString, [KEY])).toEqual({
      config_general: { note: '*** \ufffd\ufffd(' },
      results: { api: '***' },
    });
    expectScrubbedOnDisk(inString);

    const outside = writeResults('');
    writeFileSync(outside, Buffer.concat([Buffer.from(`{"api_key": "${KEY}", `), bad, Buffer.from(`"x": "${KEY}"}`)]));
    expect(() => scrubResultsFile(outside, [KEY])).toThrow(ConfigError);
    expect(expectScrubbedOnDisk(outside)).toBe('{"api_key": "***", \ufffd\ufffd("x": "***"}');
  });

  it('scrubs the file as text when writing the scrubbed document out fails, and throws that error', () => {
    const original = pythonJson(resultsDocument(KEY));
    const path = writeResults(original);
    serializing.fails = true;
    try {
      expect(() => scrubResultsFile(path, [KEY, ODD])).toThrow(RangeError);
    } finally {
      serializing.fails = false;
    }
    expect(expectScrubbedOnDisk(path)).toBe(masked(original));
  });
});
