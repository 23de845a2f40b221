/**
 * action.yml and compare/action.yml are what the runner reads: their inputs, outputs and defaults must be the ones the
 * code uses, and the Node versions the project names elsewhere (engines, CI, the tests' runtimes) must fit runs.using.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { CompareInputs, CompareOutputs, Inputs, Outputs } from '../../src/action/names.js';
import { NODE_RUNTIMES } from '../support/node-runtimes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}
const readAction = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as ActionYml;
const action = readAction('action.yml');
const compare = readAction('compare/action.yml');

const requiredOf = (yml: ActionYml) =>
  Object.entries(yml.inputs).flatMap(([name, input]) => (input.required === true ? [name] : []));
const defaultsOf = (yml: ActionYml) =>
  Object.fromEntries(
    Object.entries(yml.inputs).flatMap(([name, input]) =>
      input.default === undefined ? [] : [[name, String(input.default)]],
    ),
  );

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the code reads and writes, each described', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.values(Inputs));
    expect(Object.keys(action.outputs)).toEqual(Object.values(Outputs));
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  it('marks model required, which the code checks; the provider may come from any of three inputs', () => {
    expect(requiredOf(action)).toEqual([Inputs.Model]);
  });

  it('has the defaults the code applies when an input is empty', () => {
    // An empty api-key is the code's default too: no key. The token is the job's, which only the runner knows.
    expect(defaultsOf(action)).toEqual({
      ...INPUT_DEFAULTS,
      [Inputs.ApiKey]: '',
      [Inputs.GithubToken]: '${{ github.token }}',
    });
  });

  it('runs the built files on node24, with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.cjs',
      post: 'dist/post/index.cjs',
      'post-if': 'always()',
    });
    expect(existsSync(join(ROOT, action.runs.main ?? ''))).toBe(true);
    expect(existsSync(join(ROOT, action.runs.post ?? ''))).toBe(true);
  });
});

describe('compare/action.yml', () => {
  it('declares exactly the inputs and outputs the compare action reads and writes, each described', () => {
    expect(Object.keys(compare.inputs)).toEqual(Object.values(CompareInputs));
    expect(Object.keys(compare.outputs)).toEqual(Object.values(CompareOutputs));
    for (const entry of [...Object.values(compare.inputs), ...Object.values(compare.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10);
    }
    expect(requiredOf(compare)).toEqual([CompareInputs.ResultsDir]);
  });

  it('has the defaults the code applies, and the same words as the main action for the inputs both have', () => {
    expect(defaultsOf(compare)).toEqual({ summary: 'true', comment: 'false', 'github-token': '${{ github.token }}' });
    expect(compare.inputs['github-token']).toEqual(action.inputs['github-token']);
  });

  it('runs its built file, from the folder above, on node24', () => {
    expect(compare.runs).toEqual({ using: 'node24', main: '../dist/compare/index.cjs' });
    expect(existsSync(join(ROOT, 'compare', compare.runs.main ?? ''))).toBe(true);
    expect(dirname(join(ROOT, 'compare', compare.runs.main ?? ''))).toBe(join(ROOT, 'dist', 'compare'));
  });
});

describe('the Node versions named across the project', () => {
  const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
  const manifest = readJson('package.json') as {
    version: string;
    engines: { node: string };
    devDependencies: Record<string, string>;
  };
  const lock = readJson('package-lock.json') as {
    version: string;
    packages: Record<string, { version?: string; engines?: { node: string } }>;
  };
  const oldest = Number(/^>=(\d+)$/.exec(manifest.engines.node)?.[1]);
  const runsMajor = Number(/^node(\d+)$/.exec(action.runs.using ?? '')?.[1]);

  it('agree: engines from a major on, @types/node of that major, package-lock.json the same as package.json', () => {
    expect(oldest).toBeGreaterThan(0);
    expect(manifest.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${oldest}\\.`));
    expect(lock.version).toBe(manifest.version);
    expect(lock.packages['']).toMatchObject({ version: manifest.version, engines: manifest.engines });
  });

  it("are tested: CI's matrix, the installed test runtimes and the end-to-end suites take the oldest major and runs.using's", () => {
    expect(runsMajor).toBeGreaterThan(oldest);
    const ci = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } } } };
    };
    expect(ci.jobs.test.strategy.matrix.node).toEqual([oldest, runsMajor]);
    const script = readFileSync(join(ROOT, 'scripts', 'test-environments.sh'), 'utf8');
    const installed = /^NODE_VERSIONS=\(([^)]*)\)$/m.exec(script)?.[1]?.split(' ') ?? [];
    expect(installed.map((version) => Number(version.split('.')[0]))).toEqual([oldest, runsMajor]);
    expect(NODE_RUNTIMES.map((runtime) => runtime.major)).toEqual(expect.arrayContaining([oldest, runsMajor]));
  });
});
