import { describe, expect, it } from 'vitest';
import { defaultBundleName, formatCreatedAt } from '../../src/bundle/manifest.js';
import { entryPathProblem, isResultsEntry } from '../../src/bundle/paths.js';

describe('defaultBundleName', () => {
  it('is the model name with its slashes and other unsafe characters as _', () => {
    expect(defaultBundleName('openai/gpt-4o-mini')).toBe('openai_gpt-4o-mini.eval752.zip');
    expect(defaultBundleName('ollama_chat/llama3:8b')).toBe('ollama_chat_llama3_8b.eval752.zip');
    expect(defaultBundleName('groq/openai/gpt-oss-120b')).toBe('groq_openai_gpt-oss-120b.eval752.zip');
    expect(defaultBundleName('../../etc/passwd')).toBe('_._.._etc_passwd.eval752.zip'); // no leading dot, no slash
    expect(defaultBundleName('')).toBe('model.eval752.zip');
  });
});

describe('formatCreatedAt', () => {
  it('is ISO-8601 UTC to the second', () => {
    expect(formatCreatedAt(new Date('2026-01-02T03:04:05.999Z'))).toBe('2026-01-02T03:04:05Z');
  });
});

describe('entry paths', () => {
  it('accept plain relative paths', () => {
    for (const path of ['config.yaml', 'results/openai/gpt-4o-mini/results_x.json', 'a/b:c/d e'])
      expect(entryPathProblem(path), path).toBeUndefined();
  });

  it('tell results entries apart', () => {
    expect(isResultsEntry('results/openai/gpt-4o-mini/results_2026.json')).toBe(true);
    expect(isResultsEntry('results/results_2026.json')).toBe(true);
    for (const path of [
      'results/x/other.json',
      'x/results_1.json',
      'results/../results_1.json',
      'results/x/results_1.json/',
    ]) {
      expect(isResultsEntry(path), path).toBe(false);
    }
  });
});
