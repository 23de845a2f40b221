/** The step summary: what was built, as tables a reviewer can read at a glance, and how Markdown gets there. */
import { statSync } from 'node:fs';
import * as core from '@actions/core';
import type { ConfigDict } from '../config/schemas.js';
import { codeCell, escapeCell } from '../lighteval/markdown.js';
import { fitMarkdown, STEP_SUMMARY_LIMIT } from './markdown-limits.js';

function code(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return codeCell(text ?? 'null');
}

function table(rows: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(rows)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `| ${escapeCell(name)} | ${code(value)} |`);
  if (lines.length === 0) return '_none set_\n';
  return ['| parameter | value |', '|---|---|', ...lines, ''].join('\n');
}

export interface SummaryContent {
  /** The redacted configuration. */
  readonly config: ConfigDict;
  readonly lightevalVersion: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

export function configurationSummary({ config, lightevalVersion, files, warnings }: SummaryContent): string {
  const { metadata } = config;
  const [parameters] = config.model_parameters;
  const sections = [
    '## LightEval configuration\n',
    `**Model** ${code(metadata.model_name)} · **Provider** ${escapeCell(metadata.provider_name)} ` +
      `(${code(metadata.provider_type)}, id ${code(metadata.provider_id)}) · **LightEval** ${code(lightevalVersion)}\n`,
    '### Model parameters\n',
    table(parameters),
    '### Generation parameters\n',
    table(config.generation_parameters),
    `Files: ${files.map(code).join(', ')}\n`,
  ];
  if (warnings.length > 0) {
    sections.push('### Warnings\n', warnings.map((warning) => `- ${escapeCell(warning)}`).join('\n') + '\n');
  }
  return `${sections.join('\n')}\n`;
}

const SUMMARY_FULL_NOTE = '✂️ **Cut here**: GitHub keeps at most 1 MiB of summary per step.';

/**
 * Appends Markdown to the step summary, when the runner gave the step one (a local run may not). What would take the
 * step's summary over GitHub's limit is cut (with a note): over it, GitHub would show none of the summary.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY ?? '';
  if (path === '') return;
  const written = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  const fitted = fitMarkdown(markdown, STEP_SUMMARY_LIMIT - written, SUMMARY_FULL_NOTE);
  // Nothing fits, not even the note: an earlier write was cut, and its note says so.
  if (fitted === '') return;
  await core.summary.addRaw(fitted).write();
}
