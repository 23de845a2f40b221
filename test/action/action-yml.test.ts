/** action.yml is what the runner reads: its inputs, outputs and defaults must be the ones the code uses. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/action/input-fields.js';
import { Inputs, Outputs } from '../../src/action/names.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the code reads and writes, each described', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.values(Inputs));
    expect(Object.keys(action.outputs)).toEqual(Object.values(Outputs));
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  it('requires no input: model is required in build mode only, which the code checks', () => {
    const required = Object.entries(action.inputs).filter(([, input]) => input.required === true);
    expect(required.map(([name]) => name)).toEqual([]);
  });

  it('has the defaults the code applies when an input is empty', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs).flatMap(([name, input]) => (input.default === undefined ? [] : [[name, String(input.default)]])),
    );
    // An empty api-key is the code's default too: no key. The token is the job's, which only the runner knows.
    expect(declared).toEqual({ ...INPUT_DEFAULTS, [Inputs.ApiKey]: '', [Inputs.GithubToken]: '${{ github.token }}' });
  });

  it('runs the bundles on node24, with a post step that always runs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.cjs', post: 'dist/post/index.cjs', 'post-if': 'always()' });
    expect(existsSync(join(ROOT, action.runs.main ?? ''))).toBe(true);
    expect(existsSync(join(ROOT, action.runs.post ?? ''))).toBe(true);
  });
});
