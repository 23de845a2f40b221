import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { stageFiles } from '../../src/action/artifact-staging.js';
import { inStepEnvSync } from '../support/step-env.js';

let source: string;
beforeEach(() => {
  source = mkdtempSync(join(tmpdir(), 'lighteval-action-staging-'));
});

const write = (path: string, text: string) => {
  const file = join(source, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
};

describe('stageFiles', () => {
  it('replaces the characters the service refuses, in folders and names', () => {
    const files = [write('details/openai/llama3:8b/details_gsm8k|0_2026.parquet', 'a'), write('config.yaml', 'b')];
    const staged = stageFiles(files, source);
    expect(staged.files.map((file) => relative(staged.root, file))).toEqual([
      'details/openai/llama3_8b/details_gsm8k_0_2026.parquet',
      'config.yaml',
    ]);
    expect(staged.files.map((file) => readFileSync(file, 'utf8'))).toEqual(['a', 'b']);
  });

  it('keeps every file when two names become one, numbering the later ones', () => {
    const files = [
      write('details_a|0.json', '1'),
      write('details_a_0.json', '2'),
      write('details_a:0.json', '3'),
      write('x/y|z', '4'),
      write('x/y_z', '5'),
    ];
    const staged = stageFiles(files, source);
    expect(staged.files.map((file) => relative(staged.root, file))).toEqual([
      'details_a_0.json',
      'details_a_0-2.json',
      'details_a_0-3.json',
      'x/y_z',
      'x/y_z-2',
    ]);
    expect(staged.files.map((file) => readFileSync(file, 'utf8'))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses a symlink rather than uploading what it leads to', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'lighteval-action-outside-')), 'secret.txt');
    writeFileSync(outside, 'not for the artifact');
    const link = join(source, 'results.json');
    symlinkSync(outside, link);
    const temp = mkdtempSync(join(tmpdir(), 'lighteval-action-runner-temp-'));
    const files = [write('config.yaml', 'a'), link];
    inStepEnvSync({ RUNNER_TEMP: temp }, () =>
      expect(() => stageFiles(files, source)).toThrow(`${link} is not a regular file`),
    );
    expect(readdirSync(temp)).toEqual([]); // the staging folder is gone
  });
});
