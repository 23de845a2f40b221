// createBundle and readBundle: the layout, byte-for-byte reproducibility, and every check readBundle makes.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type BundleContents, createBundle } from '../../src/bundle/create.js';
import type { Manifest } from '../../src/bundle/manifest.js';
import { BUNDLE_LIMITS, readBundle } from '../../src/bundle/read.js';
import {
  centralHeaderFields,
  RESULTS_ENTRY,
  rezip,
  sampleContents,
  textOf,
  unzipEntries,
  withDeclaredSize,
  zipOf,
} from '../fixtures/bundles.js';
import { configErrorMessageOf } from '../fixtures/requests.js';

const SOURCE = 'results.eval752.zip';

const readError = (bytes: Uint8Array) => configErrorMessageOf(readBundle(bytes, SOURCE));

function withManifest(bytes: Uint8Array, change: (manifest: Record<string, unknown>) => void): Uint8Array {
  return rezip(bytes, (entries) =>
    entries.map(([name, data]) => {
      if (name !== 'manifest.json') return [name, data];
      const manifest = JSON.parse(textOf(data)) as Record<string, unknown>;
      change(manifest);
      return [name, new TextEncoder().encode(JSON.stringify(manifest))];
    }),
  );
}

describe('createBundle', () => {
  it("writes manifest.json first, then config.yaml, lighteval-model.yaml and the results at LightEval's path", async () => {
    const entries = unzipEntries(await createBundle(sampleContents()));
    expect(entries.map(([name]) => name)).toEqual([
      'manifest.json',
      'config.yaml',
      'lighteval-model.yaml',
      RESULTS_ENTRY,
    ]);
    const manifest = JSON.parse(textOf(entries[0]?.[1] ?? new Uint8Array())) as Manifest;
    expect(Object.keys(manifest)).toEqual([
      'format',
      'format_version',
      'created_at',
      'run_id',
      'model_name',
      'lighteval_version',
      'tasks',
      'max_samples',
      'command',
      'files',
    ]);
    expect(manifest).toMatchObject({ format: 'eval752-export', format_version: 1, created_at: '2026-01-02T03:04:05Z' });
    expect(manifest.files.map((file) => file.path)).toEqual(['config.yaml', 'lighteval-model.yaml', RESULTS_ENTRY]);
  });

  it('lists each entry with its size and SHA-256', async () => {
    const contents = sampleContents();
    const entries = new Map(unzipEntries(await createBundle(contents)));
    const manifest = JSON.parse(textOf(entries.get('manifest.json') ?? new Uint8Array())) as Manifest;
    const config = new TextEncoder().encode(contents.files.configYaml);
    const { createHash } = await import('node:crypto');
    expect(manifest.files[0]).toEqual({
      path: 'config.yaml',
      size: config.length,
      sha256: createHash('sha256').update(config).digest('hex'),
    });
  });

  it('leaves the results out when there are none', async () => {
    const contents = sampleContents();
    const bytes = await createBundle({ ...contents, files: { ...contents.files, results: undefined } });
    expect(unzipEntries(bytes).map(([name]) => name)).toEqual(['manifest.json', 'config.yaml', 'lighteval-model.yaml']);
  });

  it('gives the same bytes for the same contents, whatever the order of the metadata keys', async () => {
    const contents = sampleContents();
    const reordered: BundleContents = {
      files: contents.files,
      metadata: Object.fromEntries(Object.entries(contents.metadata).reverse()) as BundleContents['metadata'],
    };
    const first = await createBundle(contents);
    expect(await createBundle(contents)).toEqual(first);
    expect(await createBundle(reordered)).toEqual(first);
    expect(await createBundle(sampleContents({ created_at: '2026-01-02T03:04:06Z' }))).not.toEqual(first);
  });

  it('gives every entry the same time, OS and attributes, and deflates it', async () => {
    for (const header of centralHeaderFields(await createBundle(sampleContents()))) {
      // 1980-01-01 00:00:00 in DOS format: day 1, month 1, year 0; time 0.
      expect(header).toMatchObject({
        time: 0,
        date: (1 << 5) | 1,
        os: 3,
        attributes: (0o100644 << 16) >>> 0,
        method: 8,
      });
    }
  });

  describe('in other time zones', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('gives the same bytes (zip times are local times)', async () => {
      process.env.TZ = 'UTC';
      const reference = await createBundle(sampleContents());
      // Ahead of and behind UTC, half hours, and zones whose daylight saving time starts at midnight.
      for (const name of [
        'Asia/Kolkata',
        'America/Los_Angeles',
        'Pacific/Kiritimati',
        'America/Santiago',
        'America/Sao_Paulo',
        'Asia/Tehran',
      ]) {
        process.env.TZ = name;
        expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), name).not.toBe(0);
        expect(await createBundle(sampleContents()), name).toEqual(reference);
      }
    });
  });

  it('refuses metadata the manifest cannot hold, and a results path LightEval would not write', async () => {
    expect(await configErrorMessageOf(createBundle(sampleContents({ created_at: '2026-02-30T00:00:00Z' })))).toMatch(
      /^manifest\.created_at: expected an ISO-8601 UTC time/,
    );
    expect(await configErrorMessageOf(createBundle(sampleContents({ lighteval_version: '0.13' })))).toMatch(
      /^manifest\.lighteval_version: /,
    );
    expect(await configErrorMessageOf(createBundle(sampleContents({ max_samples: 0 })))).toMatch(
      /^manifest\.max_samples: /,
    );
    const contents = sampleContents();
    for (const path of ['results/../x/results_1.json', 'openai/results_1.json', 'results/openai/other.json']) {
      const bad = { ...contents, files: { ...contents.files, results: { path, text: '{}' } } };
      expect(await configErrorMessageOf(createBundle(bad)), path).toMatch(/^results\.path: /);
    }
  });
});

describe('readBundle', () => {
  it('gives back the manifest and the files createBundle was given', async () => {
    const contents = sampleContents();
    const { manifest, files } = await readBundle(await createBundle(contents), SOURCE);
    expect(files).toEqual(contents.files);
    expect(manifest).toMatchObject({ ...contents.metadata, format: 'eval752-export', format_version: 1 });
  });

  it('round-trips any contents (property)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    const createdAt = fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const segment = fc.stringMatching(/^[A-Za-z0-9_:.-]{1,12}$/).filter((part) => part !== '.' && part !== '..');
    const contents = fc.record({
      metadata: fc.record({
        created_at: createdAt,
        run_id: fc.option(text, { nil: null }),
        model_name: text.filter((name) => name !== ''),
        lighteval_version: fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((parts) => parts.join('.')),
        tasks: fc.array(
          text.filter((task) => task !== ''),
          { maxLength: 4 },
        ),
        max_samples: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
        command: fc.option(fc.array(text, { maxLength: 6 }), { nil: null }),
      }),
      files: fc.record({
        configYaml: text,
        nativeYaml: text,
        results: fc.option(
          fc.record({
            path: fc.array(segment, { maxLength: 3 }).map((parts) => ['results', ...parts, 'results_x.json'].join('/')),
            text,
          }),
          { nil: undefined },
        ),
      }),
    });
    await fc.assert(
      fc.asyncProperty(contents, async (generated) => {
        const read = await readBundle(await createBundle(generated), SOURCE);
        expect(read.files).toEqual(generated.files);
        expect(read.manifest).toMatchObject(generated.metadata);
      }),
      { numRuns: 60 },
    );
  });

  it('catches a changed byte inside an entry when the zip was re-made around it', async () => {
    const bytes = rezip(await createBundle(sampleContents()), (entries) =>
      entries.map(([name, data]) => {
        if (name !== 'config.yaml') return [name, data];
        const changed = data.slice();
        changed[changed.indexOf(0x37)] = 0x38; // a 7 becomes an 8 (temperature 0.7 → 0.8): same size
        return [name, changed];
      }),
    );
    expect(await readError(bytes)).toBe('results.eval752.zip: config.yaml: sha256 does not match the manifest');
  });

  it('refuses a truncated zip, and bytes that are no zip at all', async () => {
    const bytes = await createBundle(sampleContents());
    expect(await readError(bytes.subarray(0, bytes.length - 30))).toMatch(
      /^results\.eval752\.zip: not a zip file, or a damaged or truncated one/,
    );
    expect(await readError(bytes.subarray(0, 100))).toMatch(/^results\.eval752\.zip: not a zip file/);
    expect(await readError(new TextEncoder().encode('{"format": "eval752-export"}'))).toMatch(
      /^results\.eval752\.zip: not a zip file/,
    );
  });

  it('calls a zip without a manifest, or with another format, what it is', async () => {
    expect(await readError(zipOf([['README.md', 'hello']]))).toBe(
      'results.eval752.zip: has no manifest.json: not an eval752 export (a zip of something else?)',
    );
    expect(await readError(zipOf([]))).toMatch(/has no manifest\.json/);
    expect(await readError(zipOf([['manifest.json', '{"format": "npm-pack", "version": 3}']]))).toBe(
      'results.eval752.zip: manifest.json: format is "npm-pack", not "eval752-export": not an eval752 export',
    );
    expect(await readError(zipOf([['manifest.json', 'not json']]))).toBe(
      'results.eval752.zip: manifest.json: not valid JSON',
    );
  });

  it('names the format versions it reads when the bundle has another', async () => {
    const bytes = withManifest(await createBundle(sampleContents()), (manifest) => {
      manifest.format_version = 2;
    });
    expect(await readError(bytes)).toBe(
      'results.eval752.zip: manifest.json: format_version 2 is not one this lighteval-action reads (it reads format_version 1); a newer lighteval-action may read it',
    );
  });

  it('refuses an invalid manifest, naming the field', async () => {
    const bytes = withManifest(await createBundle(sampleContents()), (manifest) => {
      manifest.created_at = 'yesterday';
    });
    expect(await readError(bytes)).toMatch(
      /^results\.eval752\.zip: manifest\.json: created_at: expected an ISO-8601 UTC time/,
    );
  });

  it('refuses entries whose paths would leave the folder they are extracted to', async () => {
    const valid = unzipEntries(await createBundle(sampleContents()));
    const cases: [string, string][] = [
      ['../x', '"../x": unsafe path: a .. segment, which leads out of the bundle'],
      ['results/../../x', '"results/../../x": unsafe path: a .. segment'],
      ['/abs', '"/abs": unsafe path: an absolute path'],
      ['a\\b', '"a\\\\b": unsafe path: a backslash in the path'],
      ['C:/x', '"C:/x": unsafe path: a drive letter'],
      ['a\0b', '"a\\u0000b": unsafe path: a NUL character in the path'],
      ['a//b', '"a//b": unsafe path: an empty segment'],
      ['dir/', '"dir/": unsafe path: an empty segment'],
      ['./x', '"./x": unsafe path: a . segment'],
    ];
    for (const [name, message] of cases) {
      const bytes = zipOf([...valid, [name, 'x']]);
      expect(await readError(bytes), name).toContain(`results.eval752.zip: ${message}`);
    }
  });

  it('refuses an entry that appears twice', async () => {
    const bytes = await createBundle(sampleContents());
    const entries = unzipEntries(bytes);
    // fflate's zipSync cannot write a name twice: rename a copy to a same-length name, then rename it back in place.
    const renamed = zipOf([...entries, ['config.yamm', entries[1]?.[1] ?? new Uint8Array()]]);
    const name = new TextEncoder().encode('config.yamm');
    for (let at = 0; at + name.length <= renamed.length; at += 1) {
      if (name.every((byte, offset) => renamed[at + offset] === byte)) renamed[at + name.length - 1] = 0x6c; // m → l
    }
    expect(await readError(renamed)).toBe('results.eval752.zip: config.yaml: appears more than once');
  });

  it('refuses an entry the manifest does not list, and a listed one that is missing', async () => {
    const bytes = await createBundle(sampleContents());
    expect(
      await readError(rezip(bytes, (entries) => [...entries, ['notes.txt', new TextEncoder().encode('hi')]])),
    ).toBe('results.eval752.zip: notes.txt: not listed in the manifest');
    expect(await readError(rezip(bytes, (entries) => entries.filter(([name]) => name !== RESULTS_ENTRY)))).toBe(
      `results.eval752.zip: ${RESULTS_ENTRY}: listed in the manifest, but not in the bundle`,
    );
  });

  it('refuses listed files that are not part of the format, a second results file, and a bundle without config.yaml', async () => {
    const bytes = await createBundle(sampleContents());
    const extra = withManifest(
      rezip(bytes, (entries) => [...entries, ['notes.txt', new Uint8Array()]]),
      (manifest) => {
        (manifest.files as unknown[]).push({ path: 'notes.txt', size: 0, sha256: '0'.repeat(64) });
      },
    );
    expect(await readError(extra)).toMatch(/^results\.eval752\.zip: notes\.txt: not part of format version 1/);

    const second = 'results/openai/gpt-4o-mini/results_2.json';
    const twoResults = withManifest(
      rezip(bytes, (entries) => [...entries, [second, new Uint8Array()]]),
      (manifest) => {
        (manifest.files as unknown[]).push({ path: second, size: 0, sha256: '0'.repeat(64) });
      },
    );
    expect(await readError(twoResults)).toBe(
      'results.eval752.zip: manifest.json: lists 2 results files; a bundle holds at most one',
    );

    const noConfig = withManifest(
      rezip(bytes, (entries) => entries.filter(([name]) => name !== 'config.yaml')),
      (manifest) => {
        manifest.files = (manifest.files as { path: string }[]).filter((file) => file.path !== 'config.yaml');
      },
    );
    expect(await readError(noConfig)).toBe('results.eval752.zip: config.yaml: missing: every bundle has it');
  });

  it("refuses an entry whose size differs from the manifest's", async () => {
    const bytes = withManifest(await createBundle(sampleContents()), (manifest) => {
      (manifest.files as { size: number }[])[1]!.size += 1;
    });
    expect(await readError(bytes)).toMatch(
      /^results\.eval752\.zip: lighteval-model\.yaml: the zip declares \d+ bytes, the manifest \d+$/,
    );
  });

  it('refuses oversize declared sizes before inflating anything', async () => {
    const bytes = await createBundle(sampleContents());
    expect(await readError(withDeclaredSize(bytes, 'config.yaml', 0xffff_fffe))).toBe(
      `results.eval752.zip: config.yaml: declares ${0xffff_fffe} bytes, more than the ${BUNDLE_LIMITS.entryBytes} a bundle entry may hold`,
    );
    expect(await readError(withDeclaredSize(bytes, 'manifest.json', BUNDLE_LIMITS.manifestBytes + 1))).toMatch(
      /^results\.eval752\.zip: manifest\.json: declares \d+ bytes, more than the 1048576/,
    );
  });

  it('refuses a declared size that lies downwards: the entry inflates to more than it says', async () => {
    const bytes = await createBundle(sampleContents());
    // The manifest is rewritten to agree with the smaller declared size: only inflating can tell.
    const lying = withManifest(bytes, (manifest) => {
      (manifest.files as { size: number }[])[0]!.size = 10;
    });
    expect(await readError(withDeclaredSize(lying, 'config.yaml', 10))).toBe(
      'results.eval752.zip: config.yaml: sha256 does not match the manifest',
    );
  });

  it('refuses a declared size that lies upwards: the entry inflates to less than it says', async () => {
    const contents = sampleContents();
    const actual = new TextEncoder().encode(contents.files.configYaml).length;
    const lying = withManifest(await createBundle(contents), (manifest) => {
      (manifest.files as { size: number }[])[0]!.size = actual + 5;
    });
    expect(await readError(withDeclaredSize(lying, 'config.yaml', actual + 5))).toBe(
      `results.eval752.zip: config.yaml: holds ${actual} bytes, the manifest says ${actual + 5}`,
    );
  });

  it('refuses too many entries, entries that declare too much in all, and a file too large to be a bundle', async () => {
    const many = zipOf(Array.from({ length: BUNDLE_LIMITS.entries + 1 }, (_, index) => [`f${index}.txt`, ''] as const));
    expect(await readError(many)).toBe(
      `results.eval752.zip: has more than ${BUNDLE_LIMITS.entries} entries; a bundle has at most 4`,
    );

    const bytes = await createBundle(sampleContents());
    const large = BUNDLE_LIMITS.entryBytes - 1;
    const inAll = withDeclaredSize(
      withDeclaredSize(withDeclaredSize(bytes, 'config.yaml', large), 'lighteval-model.yaml', large),
      RESULTS_ENTRY,
      large,
    );
    expect(await readError(inAll)).toBe(
      `results.eval752.zip: its entries declare more than ${BUNDLE_LIMITS.totalBytes} bytes in all`,
    );

    expect(await readError(new Uint8Array(BUNDLE_LIMITS.bundleBytes + 1))).toBe(
      `results.eval752.zip: is ${BUNDLE_LIMITS.bundleBytes + 1} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}`,
    );
  });

  it('refuses entries that are not UTF-8 text', async () => {
    const contents = sampleContents();
    const bytes = await createBundle(contents);
    const latin1 = new Uint8Array([0x63, 0xe9, 0x0a]); // "cé\n" in Latin-1
    const { createHash } = await import('node:crypto');
    const broken = withManifest(
      rezip(bytes, (entries) => entries.map(([name, data]) => [name, name === 'config.yaml' ? latin1 : data])),
      (manifest) => {
        (manifest.files as { size: number; sha256: string }[])[0] = {
          path: 'config.yaml',
          size: 3,
          sha256: createHash('sha256').update(latin1).digest('hex'),
        } as never;
      },
    );
    expect(await readError(broken)).toBe('results.eval752.zip: config.yaml: not UTF-8 text');
  });
});
