// `lighteval-action compare PATH...`, run in-process on results files the LightEval stand-in wrote.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { compareCommand } from '../../src/cli/compare-command.js';
import { runStandinLighteval, type StandinRun } from '../support/results-fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';

interface Captured {
  readonly io: CommandIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function capture(): Captured {
  let stdout = '';
  let stderr = '';
  return {
    io: { env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = capture();
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const sandbox = tempDirs('compare-command-');

/** A matrix job's download folder: one artifact per leg, three models, plus a JSON file that is not results. */
let artifacts: string;
beforeAll(() => {
  const root = sandbox();
  artifacts = join(root, 'artifacts');
  const legs: Omit<StandinRun, 'workDir' | 'outputDir'>[] = [
    {
      modelName: 'openai/gpt-4o-mini',
      version: '0.13.0',
      tasks: 'gsm8k|0,mmlu:anatomy|0,mmlu:astronomy|0',
      metrics: { gsm8k: { extractive_match: 0.7 } },
    },
    {
      modelName: 'anthropic/claude-3-5-haiku',
      version: '0.13.0',
      tasks: 'gsm8k|0,mmlu:anatomy|0',
      metrics: { 'mmlu:anatomy': { em: 'NaN' } },
    },
    // A leg on an older LightEval: its task keys carry the suite, and it writes no model_config.
    {
      modelName: 'ollama/llama3.1',
      version: '0.10.0',
      tasks: 'lighteval|gsm8k|0|0,lighteval|mmlu:anatomy|0|0',
      metrics: { gsm8k: { extractive_match: 0.4 }, 'mmlu:anatomy': { em: 0.9 } },
    },
  ];
  legs.forEach((leg, index) => {
    runStandinLighteval({
      ...leg,
      workDir: join(root, `work-${index}`),
      outputDir: join(artifacts, `lighteval-leg-${index}`),
    });
  });
  mkdirSync(join(artifacts, 'lighteval-leg-0', 'extra'), { recursive: true });
  writeFileSync(join(artifacts, 'lighteval-leg-0', 'extra', 'summary.json'), '{"passed": true}');
});

describe('lighteval-action report', () => {
  it('prints one table with a column per model, and lists the foreign JSON as skipped', async () => {
    const { code, stdout, stderr } = await run(['compare', artifacts]);
    expect(code).toBe(0);
    const foreign = join(artifacts, 'lighteval-leg-0', 'extra', 'summary.json');
    expect(stderr).toBe(`warning: ${foreign}: not LightEval results (no config_general or results)\n`);

    expect(stdout).toMatch(/^## LightEval results: 3 models compared\n/);
    const lines = stdout.split('\n');
    expect(lines).toContain(
      '| task | metric | <code>anthropic/claude-3-5-haiku</code> | <code>ollama/llama3.1</code> | <code>openai/gpt-4o-mini</code> |',
    );
    // Rows from all three, the old leg's `lighteval|gsm8k|0` in the same row as `gsm8k|0`.
    expect(lines).toContain('| <code>gsm8k&#124;0</code> | <code>extractive_match</code> | **0.9** | 0.4 | 0.7 |');
    expect(lines).toContain('| <code>mmlu:anatomy&#124;0</code> | <code>em</code> | NaN | **0.9** | 0.8 |');
    expect(lines).toContain('| <code>mmlu:astronomy&#124;0</code> | <code>em</code> | — | — | 0.7 |');
    expect(lines.filter((line) => line.startsWith('| <code>'))).toHaveLength(
      // gsm8k, mmlu:anatomy, mmlu:astronomy, mmlu:_average (only the run with two mmlu tasks), all × 2 metrics
      6,
    );
    expect(stdout).toContain(
      `### Skipped\n\n- <code>${foreign}</code>: not LightEval results (no config_general or results)\n`,
    );
  });

  it('fails with one line when nothing usable is found', async () => {
    const folder = sandbox();
    writeFileSync(join(folder, 'package.json'), '{"name": "x"}');
    writeFileSync(join(folder, 'broken.json'), '{');
    const { code, stdout, stderr } = await run(['compare', folder]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const [brokenLine, ...otherLines] = stderr.split('\n');
    // Where the parser stopped, when Node's JSON.parse says.
    expect(brokenLine?.replace(/ at line 1, column 2$/, '')).toBe(
      `warning: ${join(folder, 'broken.json')}: not valid JSON`,
    );
    expect(otherLines).toEqual([
      `warning: ${join(folder, 'package.json')}: not LightEval results (no config_general or results)`,
      `error: no LightEval results found in ${folder}`,
      '',
    ]);
  });

  it('fails naming a path that does not exist', async () => {
    const missing = join(sandbox(), 'not-downloaded');
    const { code, stdout, stderr } = await run(['compare', artifacts, missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${missing}: no such file or folder\n`);
  });

  it('needs at least one PATH and takes no options', async () => {
    for (const args of [['compare'], ['compare', '--format', 'json', artifacts]]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: .+\n\nUsage: lighteval-action compare PATH\.\.\.\n/);
    }
  });

  it('prints its usage on --help, and is listed in the overview', async () => {
    expect(await run(['compare', '--help'])).toEqual({ code: 0, stdout: compareCommand.usage, stderr: '' });
    expect((await run(['--help'])).stdout).toMatch(
      /\n {2}compare +compare the models of several LightEval results files/,
    );
  });
});
