import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STEP_SUMMARY_LIMIT, utf8Length } from '../../src/action/markdown-limits.js';
import { appendSummary, configurationSummary } from '../../src/action/summary.js';
import { buildWith, EXAMPLE_KEY, EXAMPLE_PROVIDER } from '../fixtures/requests.js';
import { HOSTILE_NAMES } from '../fixtures/hostile-names.js';

describe('configurationSummary', () => {
  it('shows the redacted model and generation parameters as tables, and the warnings', () => {
    const config = buildWith(
      { generation: { temperature: 0.2, stop: ['</a>', 'x|y\nz'] }, temprature: 1 },
      { apiKey: EXAMPLE_KEY, includeApiKey: true, provider: { ...EXAMPLE_PROVIDER, name: '<b>Lab</b> & co' } },
    ).redacted();
    const markdown = configurationSummary({
      config: config.toDict(),
      lightevalVersion: '0.13.0',
      files: ['lighteval-output/config.yaml'],
      warnings: config.warnings,
    });
    expect(markdown).toContain('**Provider** &lt;b&gt;Lab&lt;/b&gt; &amp; co');
    expect(markdown).toContain('| api_key | <code>sk-&#42;&#42;&#42;</code> |');
    expect(markdown).toContain('| temperature | <code>0.2</code> |');
    expect(markdown).toContain('| stop | <code>&#91;"&lt;/a&gt;","x&#124;y&#92;nz"&#93;</code> |');
    expect(markdown).toContain('### Warnings\n\n- temprature: unknown field, ignored; did you mean temperature?');
    expect(markdown).not.toContain(EXAMPLE_KEY);
    // Every table row has exactly three cell borders: nothing a value holds can split a cell.
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| ')))
      expect(row.split('|')).toHaveLength(4);
  });

  it('says so when no generation parameter is set, and leaves out the warnings section without warnings', () => {
    const markdown = configurationSummary({
      config: buildWith({}).toDict(),
      lightevalVersion: '0.11.0',
      files: [],
      warnings: [],
    });
    expect(markdown).toContain('### Generation parameters\n\n_none set_');
    expect(markdown).not.toContain('### Warnings');
  });
});

describe('configurationSummary with hostile names', () => {
  it.each(HOSTILE_NAMES)(
    'escapes %s in the model, provider, files, parameters and warnings',
    (_what, name, escaped) => {
      const config = buildWith({}).toDict();
      const [parameters] = config.model_parameters;
      const markdown = configurationSummary({
        config: {
          ...config,
          metadata: { ...config.metadata, model_name: name, provider_name: name, provider_id: name },
          model_parameters: [{ ...parameters, model_name: name, base_url: name }],
        },
        lightevalVersion: name,
        files: [name],
        warnings: [`unknown field ${name}`],
      });
      const code = `<code>${escaped}</code>`;
      expect(markdown).toContain(`**Model** ${code} · **Provider** ${escaped} (`);
      expect(markdown).toContain(`, id ${code}) · **LightEval** ${code}\n`);
      expect(markdown).toContain(`| model_name | ${code} |\n`);
      expect(markdown).toContain(`| base_url | ${code} |\n`);
      expect(markdown).toContain(`Files: ${code}\n`);
      expect(markdown).toContain(`- unknown field ${escaped}\n`);
      expect(markdown.replaceAll('@<!-- -->', '')).not.toContain('@');
      // eslint-disable-next-line no-control-regex -- the point: no ANSI escape (ESC, CSI) may reach the summary
      expect(markdown).not.toMatch(/[\u001b\u009b\u202e]|<img/);
    },
  );
});

describe('appendSummary', () => {
  let folder: string;
  let summaryFile: string;
  const previous = process.env.GITHUB_STEP_SUMMARY;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'summary-'));
    summaryFile = join(folder, 'step-summary.md');
    // @actions/core keeps the first path it sees: one file for every test, emptied before each.
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
  });
  beforeEach(() => writeFileSync(summaryFile, ''));
  afterAll(() => {
    if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = previous;
    rmSync(folder, { recursive: true, force: true });
  });

  const summary = () => readFileSync(summaryFile, 'utf8');

  it('appends what fits as it is', async () => {
    await appendSummary('## One\n');
    await appendSummary('## Two\n');
    expect(summary()).toBe('## One\n## Two\n');
  });

  it('cuts what would take the step summary over 1 MiB, to the byte, with a note', async () => {
    const line = `| <code>é中😀</code> |\n`;
    const first = line.repeat(Math.floor(STEP_SUMMARY_LIMIT / 2 / utf8Length(line)));
    await appendSummary(first);
    await appendSummary(line.repeat(Math.ceil(STEP_SUMMARY_LIMIT / utf8Length(line))));
    const written = summary();
    expect(utf8Length(written)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(utf8Length(written)).toBeGreaterThan(STEP_SUMMARY_LIMIT - 200);
    expect(written.startsWith(first)).toBe(true);
    expect(written).toMatch(/\|\n\n✂️ \*\*Cut here\*\*: GitHub keeps at most 1 MiB of summary per step\.\n$/);
  });

  it('writes Markdown of exactly 1 MiB as it is, and nothing more once the summary is full', async () => {
    const full = `${'x'.repeat(STEP_SUMMARY_LIMIT - 3)}é\n`;
    await appendSummary(full);
    await appendSummary('Artifact: a\n');
    expect(summary()).toBe(full);
  });

  it('cuts Markdown one byte over 1 MiB', async () => {
    const over = `${'x\n'.repeat(STEP_SUMMARY_LIMIT / 2 - 1)}éx`;
    expect(utf8Length(over)).toBe(STEP_SUMMARY_LIMIT + 1);
    await appendSummary(over);
    const written = summary();
    expect(utf8Length(written)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(written).toMatch(/^(x\n)+\n✂️ \*\*Cut here\*\*/);
  });

  it('writes nothing when the runner gave the step no summary', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      await appendSummary('## Local\n');
    } finally {
      process.env.GITHUB_STEP_SUMMARY = summaryFile;
    }
    expect(summary()).toBe('');
  });
});
