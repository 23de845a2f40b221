import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/cli/build-command.js';
import { UsageError } from '../../src/cli/command.js';

const usageErrorOf = (args: string[]) => {
  try {
    parseBuildArgs(args);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
};

describe('build arguments', () => {
  it('have defaults for everything but --provider and --model', () => {
    expect(parseBuildArgs(['--provider', 'p.yaml', '--model', 'm'])).toEqual({
      providerFile: 'p.yaml',
      model: 'm',
      runConfigFile: undefined,
      runId: undefined,
      datasetId: undefined,
      datasetName: undefined,
      includeApiKey: false,
      apiKeyEnv: undefined,
      lightevalVersion: undefined,
      outDir: 'lighteval-output',
      format: 'yaml',
    });
  });

  it('read every option', () => {
    expect(
      parseBuildArgs([
        '--provider=p.json', '--model', 'openai/gpt-4o', '--run-config', 'r.yaml', '--run-id', 'r1', '--dataset-id', 'd1',
        '--dataset-name', 'MMLU', '--include-api-key', '--api-key-env', 'KEY', '--lighteval-version', '0.11.0',
        '--out-dir', 'out', '--format', 'json',
      ]),
    ).toEqual({
      providerFile: 'p.json',
      model: 'openai/gpt-4o',
      runConfigFile: 'r.yaml',
      runId: 'r1',
      datasetId: 'd1',
      datasetName: 'MMLU',
      includeApiKey: true,
      apiKeyEnv: 'KEY',
      lightevalVersion: '0.11.0',
      outDir: 'out',
      format: 'json',
    });
  });

  it('refuse missing, unknown and malformed options', () => {
    expect(usageErrorOf(['--model', 'm'])).toBe('--provider FILE is required');
    expect(usageErrorOf(['--provider', 'p'])).toBe('--model NAME is required');
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--format', 'toml'])).toBe('--format: expected yaml or json, got "toml"');
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--colour'])).toMatch(/Unknown option '--colour'/);
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', 'sk-stray-key'])).toBe('build takes options only; see below');
    expect(usageErrorOf(['--provider'])).toMatch(/argument missing/);
  });

  it('refuse a key on the command line without repeating it', () => {
    for (const args of [['--api-key', 'sk-secret-value'], ['--api-key=sk-secret-value']]) {
      const message = usageErrorOf(['--provider', 'p', '--model', 'm', ...args]);
      expect(message).toMatch(/^--api-key: the key is read from the environment/);
      expect(message).not.toContain('sk-secret-value');
    }
  });
});
