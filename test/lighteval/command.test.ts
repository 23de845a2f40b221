import { describe, expect, it } from 'vitest';
import {
  inheritableEnvironment,
  lightevalArguments,
  lightevalEnvironment,
  savesDetails,
} from '../../src/lighteval/command.js';

describe('inheritableEnvironment', () => {
  it('drops the inputs and the runner tokens, keeps everything else', () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/home/runner',
      OPENAI_API_KEY: 'sk-kept-for-litellm',
      INPUT_API_KEY: 'sk-the-input',
      'INPUT_RUN-CONFIG': 'x',
      INPUT_: '',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.invalid',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_RESULTS_URL: 'https://results.invalid',
      ACTIONS_CACHE_URL: 'https://cache.invalid',
      ACTIONS_RUNTIME_URL: 'https://runtime.invalid',
      ACTIONS_RUNTIME_TOKEN_EXTRA: 'kept: not the token itself',
      MY_INPUT_X: 'kept: INPUT_ only as a prefix',
      input_lower: 'kept: names are case-sensitive',
      EMPTY: '',
      UNSET: undefined,
    };
    const copy = { ...env };
    expect(inheritableEnvironment(env)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      OPENAI_API_KEY: 'sk-kept-for-litellm',
      ACTIONS_RUNTIME_URL: 'https://runtime.invalid',
      ACTIONS_RUNTIME_TOKEN_EXTRA: 'kept: not the token itself',
      MY_INPUT_X: 'kept: INPUT_ only as a prefix',
      input_lower: 'kept: names are case-sensitive',
      EMPTY: '',
    });
    expect(Object.hasOwn(inheritableEnvironment(env), 'UNSET')).toBe(false);
    expect(env).toEqual(copy);
  });
});

describe('lightevalArguments', () => {
  it('names the model file, the tasks and the output folder, then the options that are set', () => {
    const command = { modelFile: 'm.yaml', outputDir: 'out', lightevalVersion: '0.13.0' };
    expect(lightevalArguments({ ...command, tasks: ['gsm8k|0', 'hellaswag|0'], maxSamples: undefined })).toEqual([
      'endpoint',
      'litellm',
      'm.yaml',
      'gsm8k|0,hellaswag|0',
      '--output-dir',
      'out',
    ]);
    expect(
      lightevalArguments({
        ...command,
        tasks: ['gsm8k|0'],
        maxSamples: 5,
        customTasks: 'c.py',
        extraArguments: ['--save-details'],
      }),
    ).toEqual([
      'endpoint',
      'litellm',
      'm.yaml',
      'gsm8k|0',
      '--output-dir',
      'out',
      '--max-samples',
      '5',
      '--custom-tasks',
      'c.py',
      '--save-details',
    ]);
  });

  it('turns the chat template on for LightEval 0.9, whose litellm endpoint has it off (later versions have no such option)', () => {
    const command = { modelFile: 'm.yaml', outputDir: 'out', tasks: ['lighteval|gsm8k|0|0'], maxSamples: undefined };
    expect(lightevalArguments({ ...command, lightevalVersion: '0.9.2' })).toContain('--use-chat-template');
    expect(
      lightevalArguments({ ...command, lightevalVersion: '0.9.2', extraArguments: ['--use-chat-template'] }).filter(
        (arg) => arg === '--use-chat-template',
      ),
    ).toHaveLength(1);
    for (const version of ['0.10.0', '0.11.0', '0.13.0']) {
      expect(lightevalArguments({ ...command, lightevalVersion: version })).not.toContain('--use-chat-template');
    }
  });
});

describe('lightevalEnvironment', () => {
  it('puts the key in the variable LiteLLM reads, unbuffers Python, and drops the inputs', () => {
    expect(lightevalEnvironment({ PATH: '/bin', INPUT_API_KEY: 'sk-x' }, ['OPENAI_API_KEY'], 'sk-x')).toEqual({
      PATH: '/bin',
      PYTHONUNBUFFERED: '1',
      OPENAI_API_KEY: 'sk-x',
    });
    expect(lightevalEnvironment({ PATH: '/bin' }, ['OPENAI_API_KEY'], '')).toEqual({
      PATH: '/bin',
      PYTHONUNBUFFERED: '1',
    });
  });

  it('puts the key in every variable LiteLLM reads for the provider, so that no inherited one wins', () => {
    const inherited = { PATH: '/bin', AZURE_OPENAI_API_KEY: 'stale-key' };
    expect(lightevalEnvironment(inherited, ['AZURE_OPENAI_API_KEY', 'AZURE_API_KEY'], 'sk-x')).toEqual({
      PATH: '/bin',
      PYTHONUNBUFFERED: '1',
      AZURE_OPENAI_API_KEY: 'sk-x',
      AZURE_API_KEY: 'sk-x',
    });
  });
});

describe('savesDetails', () => {
  it('is true only when the extra arguments ask for details', () => {
    expect(savesDetails(['--save-details'])).toBe(true);
    expect(savesDetails(['--use-chat-template'])).toBe(false);
  });
});
