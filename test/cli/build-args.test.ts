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
        '--provider=p.json',
        '--model',
        'openai/gpt-4o',
        '--run-config',
        'r.yaml',
        '--run-id',
        'r1',
        '--dataset-id',
        'd1',
        '--dataset-name',
        'MMLU',
        '--include-api-key',
        '--api-key-env',
        'KEY',
        '--lighteval-version',
        '0.11.0',
        '--out-dir',
        'out',
        '--format',
        'json',
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
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--format', 'toml'])).toBe(
      '--format: expected yaml or json, got "toml"',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--format', 'x\ny'])).toBe(
      '--format: expected yaml or json, got "x\\ny"',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--colour'])).toBe(
      '--colour: unknown option; see the options below',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', 'sk-stray-key'])).toBe(
      'build takes options only, got 1 other argument; see below',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', 'a', 'b'])).toBe(
      'build takes options only, got 2 other arguments; see below',
    );
  });

  it('suggest the option an unknown one is a typo of, in one line', () => {
    expect(usageErrorOf(['--provder', 'x', '--model', 'm'])).toBe(
      '--provder: unknown option; did you mean --provider?',
    );
    expect(usageErrorOf(['--provider', 'p', '--modle=m'])).toBe('--modle: unknown option; did you mean --model?');
    expect(usageErrorOf(['-provider', 'p', '--model', 'm'])).toBe(
      '-provider: unknown option; did you mean --provider?',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--hlep'])).toBe(
      '--hlep: unknown option; did you mean --help?',
    );
    // Not "did you mean --include-api-key?": that is the opposite.
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--no-include-api-key'])).toBe(
      '--no-include-api-key: unknown option; --include-api-key is off unless given',
    );
  });

  it('say in one line that an option needs a value, or takes none', () => {
    expect(usageErrorOf(['--model', 'm', '--provider'])).toBe('--provider: expected a value');
    expect(usageErrorOf(['--provider', '--model', 'm'])).toBe(
      '--provider: expected a value, got what looks like an option; for a value starting with -, write --provider=VALUE',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--include-api-key=yes'])).toBe(
      '--include-api-key: takes no value',
    );
    // A value that starts with a dash, written as the message says.
    expect(parseBuildArgs(['--provider=-p.yaml', '--model', 'm']).providerFile).toBe('-p.yaml');
  });

  it('escape an unknown option instead of printing what it holds, and never print its value', () => {
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--x\u001b[2J\ny=sk-value'])).toBe(
      '"--x\\u001b[2J\\ny": unknown option; see the options below',
    );
    const long = `--${'a'.repeat(60)}`;
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', long])).toBe(
      'a string of 62 characters: unknown option; see the options below',
    );
    expect(usageErrorOf(['--provider', 'p', '--model', 'm', '--colour=sk-value'])).not.toContain('sk-value');
  });

  it('refuse a key on the command line without repeating it', () => {
    for (const args of [['--api-key', 'sk-secret-value'], ['--api-key=sk-secret-value']]) {
      const message = usageErrorOf(['--provider', 'p', '--model', 'm', ...args]);
      expect(message).toMatch(/^--api-key: the key is read from the environment/);
      expect(message).not.toContain('sk-secret-value');
    }
  });
});
