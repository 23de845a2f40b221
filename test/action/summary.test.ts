import { describe, expect, it } from 'vitest';
import { configurationSummary } from '../../src/action/summary.js';
import { buildWith, EXAMPLE_KEY, EXAMPLE_PROVIDER } from '../fixtures/requests.js';

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
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| '))) expect(row.split('|')).toHaveLength(4);
  });

  it('says so when no generation parameter is set, and leaves out the warnings section without warnings', () => {
    const markdown = configurationSummary({ config: buildWith({}).toDict(), lightevalVersion: '0.11.0', files: [], warnings: [] });
    expect(markdown).toContain('### Generation parameters\n\n_none set_');
    expect(markdown).not.toContain('### Warnings');
  });
});
