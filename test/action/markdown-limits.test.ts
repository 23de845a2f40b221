import { describe, expect, it } from 'vitest';
import {
  fitMarkdown,
  JSON_OUTPUT_LIMIT,
  OUTPUT_REPORT_LIMIT,
  oversizedJsonOutput,
  utf8Length,
} from '../../src/action/markdown-limits.js';
import type { TaskMetrics } from '../../src/lighteval/metrics.js';
import { reportMarkdown } from '../../src/lighteval/report.js';

const NOTE = '**Cut.**';
const ENDING = `\n\n${NOTE}\n`;

/** What fitMarkdown kept of `markdown` before its note (and before a fence it added). */
function keptOf(fitted: string): string {
  expect(fitted.endsWith(ENDING)).toBe(true);
  return fitted.slice(0, -ENDING.length);
}

describe('fitMarkdown', () => {
  it.each([
    ['ASCII', 'a\n'.repeat(50)],
    ['two-byte characters', 'é\n'.repeat(50)],
    ['three-byte characters', '中文\n'.repeat(20)],
    ['characters beyond U+FFFF', '😀\n'.repeat(20)],
  ])('keeps Markdown of %s that fills the limit to the byte, and cuts it one byte over', (_what, markdown) => {
    const size = utf8Length(markdown);
    expect(fitMarkdown(markdown, size, NOTE)).toBe(markdown);
    const cut = fitMarkdown(markdown, size - 1, NOTE);
    expect(utf8Length(cut)).toBeLessThanOrEqual(size - 1);
    const kept = keptOf(cut);
    // Whole lines only: what is kept is the start of the Markdown, up to a line's end.
    expect(markdown.startsWith(`${kept}\n`)).toBe(true);
    expect(kept).not.toContain('\uFFFD');
  });

  it('counts bytes, not characters: 1,000 characters of 3 bytes do not fit in 1,000 bytes', () => {
    const markdown = `${'中'.repeat(100)}\n`.repeat(10);
    expect(markdown.length).toBe(1010);
    const cut = fitMarkdown(markdown, 1100, NOTE);
    expect(utf8Length(cut)).toBeLessThanOrEqual(1100);
    expect(keptOf(cut).split('\n')).toHaveLength(3);
  });

  it('ends a cut table with whole rows and a blank line, so that the note is not a row', () => {
    const rows = Array.from({ length: 1000 }, (_, index) => `| <code>task${index}&#124;0</code> | é${index} |`);
    const markdown = ['## Report', '', '| task | value |', '|---|--:|', ...rows, '', 'Facts.', ''].join('\n');
    for (const limit of [200, 1000, 4321, 30_000]) {
      const cut = fitMarkdown(markdown, limit, NOTE);
      expect(utf8Length(cut)).toBeLessThanOrEqual(limit);
      const lines = keptOf(cut).split('\n');
      for (const line of lines.filter((candidate) => candidate.startsWith('| ')))
        expect(line).toMatch(/^\| .* \| .* \|$/);
      expect(cut).toMatch(/ \|\n\n\*\*Cut\.\*\*\n$/);
    }
  });

  it.each([
    ['a backtick fence', '```text\n', '```'],
    ['a tilde fence', '~~~\n', '~~~'],
    ['a longer fence', '````md\n```\nnot the end\n', '````'],
    ['an indented fence', '   ```\n', '```'],
  ])('closes %s the cut leaves open, before the note', (_what, opening, closing) => {
    const markdown = `Before\n\n${opening}${'line of code\n'.repeat(200)}${closing}\n\nAfter\n`;
    const limit = 500;
    const cut = fitMarkdown(markdown, limit, NOTE);
    expect(utf8Length(cut)).toBeLessThanOrEqual(limit);
    expect(cut).toMatch(new RegExp(`\\nline of code\\n${closing}\\n\\n\\*\\*Cut\\.\\*\\*\\n$`));
  });

  it('adds no fence after a block that was closed before the cut, nor for a backtick line that is not a fence', () => {
    const closed = `\`\`\`\ncode\n\`\`\`\n${'text\n'.repeat(200)}`;
    expect(fitMarkdown(closed, 300, NOTE)).toMatch(/\ntext\n\n\*\*Cut\.\*\*\n$/);
    const notAFence = `\`\`\`a\`b\n${'text\n'.repeat(200)}`;
    expect(fitMarkdown(notAFence, 300, NOTE)).toMatch(/\ntext\n\n\*\*Cut\.\*\*\n$/);
  });

  it('cuts one line longer than the limit at a whole character, not inside a tag or character reference', () => {
    const line = '| <code>中&#124;é</code> '.repeat(500);
    for (let limit = 60; limit < 120; limit += 1) {
      const cut = fitMarkdown(line, limit, NOTE);
      const kept = keptOf(cut);
      expect(utf8Length(cut)).toBeLessThanOrEqual(limit);
      expect(line.startsWith(kept)).toBe(true);
      expect(kept).not.toMatch(/<[^>]*$|&[^;]*$/);
    }
  });

  it('is empty when not even the note fits', () => {
    expect(fitMarkdown('x'.repeat(100), utf8Length(ENDING) - 1, NOTE)).toBe('');
    expect(fitMarkdown('x'.repeat(100), utf8Length(ENDING), NOTE)).toBe(ENDING);
  });
});

describe('a report of 10,000 tasks', () => {
  it('fits the summary-markdown output, cut between whole rows, with the note last', () => {
    const metrics: TaskMetrics = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, n) => [
        `custom|task_${n}|0`,
        { em: { value: n / 10_000, stderr: undefined } },
      ]),
    );
    const report = reportMarkdown({
      modelName: 'openai/gpt-4o-mini',
      lightevalVersion: '0.13.0',
      tasks: [],
      metrics,
      gate: undefined,
      status: 'no-gate',
    });
    expect(utf8Length(report)).toBeGreaterThan(OUTPUT_REPORT_LIMIT);
    const fitted = fitMarkdown(report, OUTPUT_REPORT_LIMIT, NOTE);
    expect(utf8Length(fitted)).toBeLessThanOrEqual(OUTPUT_REPORT_LIMIT);
    const rows = keptOf(fitted)
      .split('\n')
      .filter((line) => line.startsWith('| <code>'));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(report).toContain(`${row}\n`);
  });
});

describe('oversizedJsonOutput', () => {
  const metricsOf = (tasks: number) =>
    JSON.stringify(
      Object.fromEntries(Array.from({ length: tasks }, (_, n) => [`custom|task_${n}|0`, { em: n / tasks }])),
    );

  it('lets the metrics of 1,000 tasks through, and refuses those of 10,000, saying where they are instead', () => {
    expect(oversizedJsonOutput('metrics', metricsOf(1_000), 'see results-path')).toBeUndefined();
    const json = metricsOf(10_000);
    expect(oversizedJsonOutput('metrics', json, 'results-path names the results file')).toBe(
      `Output "metrics" is not set: its JSON has ${json.length.toLocaleString('en-US')} characters, more than the 262,144 an output ` +
        "may have (GitHub allows 1 MB for all of a job's outputs); results-path names the results file.",
    );
  });

  it('counts UTF-16 code units, to the unit', () => {
    expect(oversizedJsonOutput('warnings', `"${'é'.repeat(JSON_OUTPUT_LIMIT - 2)}"`, 'x')).toBeUndefined();
    expect(oversizedJsonOutput('warnings', `"${'é'.repeat(JSON_OUTPUT_LIMIT - 1)}"`, 'x')).toMatch(
      /^Output "warnings" is not set/,
    );
  });
});
