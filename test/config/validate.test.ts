/** LightEvalConfigService.validate: build's checks, every problem at once, never a throw for bad input. */
import { describe, expect, it } from 'vitest';
import { type BuildRequest, LightEvalConfigService } from '../../src/config/index.js';
import { EXAMPLE_KEY, EXAMPLE_PROVIDER, EXAMPLE_REQUEST, issuesOf } from '../fixtures/requests.js';

const service = new LightEvalConfigService();
const request = (changes: Partial<BuildRequest>): BuildRequest => ({
  provider: EXAMPLE_PROVIDER,
  modelName: 'gpt-4o-mini',
  ...changes,
});

describe('validate', () => {
  it('finds nothing wrong where build succeeds, with the warnings of build and of the native file', () => {
    const valid = request({ runConfig: { top_k: 5 }, provider: { ...EXAMPLE_PROVIDER, type: 'watsonx' } });
    const config = service.build(valid);
    const native = config.toLightEvalModelConfig();
    expect(service.validate(valid)).toEqual({ issues: [], warnings: [...config.warnings, ...native.warnings] });
    expect(service.validate(valid).warnings).toHaveLength(2);
    expect(service.validate(EXAMPLE_REQUEST)).toEqual({ issues: [], warnings: [] });
  });

  it('lists the schema issues of every input together, the LightEval version with them', () => {
    const report = service.validate(
      request({
        provider: { ...EXAMPLE_PROVIDER, id: '', base_url: 'ftp://x' },
        runConfig: { temperature: 5, generation: { tempreature: 1 } },
        modelName: 'a b',
        apiKeyEnv: '1X',
      }),
      { lightevalVersion: '1.0' },
    );
    expect(report.issues.map((issue) => issue.path)).toEqual([
      'provider.id',
      'provider.base_url',
      'temperature',
      'generation.tempreature',
      'model',
      'api_key_env',
      'lighteval_version',
    ]);
  });

  it('lists generation issues with the schema issues when the run config parsed, whatever the provider', () => {
    const report = service.validate(
      request({
        provider: { ...EXAMPLE_PROVIDER, name: '' },
        runConfig: { max_new_tokens: 5, max_tokens: 6, seed: 1 },
      }),
    );
    expect(report.issues).toEqual([
      { path: 'provider.name', message: 'expected a non-empty string, got ""' },
      { path: 'max_tokens', message: 'an alias of max_new_tokens, which is also set here; keep one' },
    ]);
  });

  it("drops what the provider rejects only when its record parsed, with build's warning", () => {
    const unsupported = { ...EXAMPLE_PROVIDER, capabilities: { unsupported_parameters: ['seed'] } };
    const badModel = service.validate(request({ provider: unsupported, runConfig: { seed: 1 }, modelName: 'a b' }));
    expect(badModel.issues.map((issue) => issue.path)).toEqual(['model']);
    expect(badModel.warnings).toEqual([
      'seed: dropped; the provider does not accept seed (capabilities.unsupported_parameters)',
    ]);
    const badRecord = service.validate(request({ provider: { ...unsupported, id: '' }, runConfig: { seed: 1 } }));
    expect(badRecord).toEqual({
      issues: [{ path: 'provider.id', message: 'expected a non-empty string, got ""' }],
      warnings: [],
    });
    const noRecord = service.validate(request({ provider: undefined, runConfig: { seed: 1, temperature: 9 } }));
    expect(noRecord.issues.map((issue) => issue.path)).toEqual(['provider', 'temperature']);
  });

  it('lists the native file issues only when the build succeeds', () => {
    const native = request({ runConfig: { system_prompt: 'Be brief.', max_model_length: 4096 } });
    expect(service.validate(native, { lightevalVersion: '0.10.0' }).issues).toEqual([
      { path: 'system_prompt', message: 'needs LightEval 0.11 or later; lighteval_version is 0.10.0' },
      { path: 'max_model_length', message: 'needs LightEval 0.12 or later; lighteval_version is 0.10.0' },
    ]);
    const alsoBroken = { ...native, runConfig: { system_prompt: 'Be brief.', temperature: 3 } };
    expect(service.validate(alsoBroken, { lightevalVersion: '0.10.0' }).issues.map((issue) => issue.path)).toEqual([
      'temperature',
    ]);
  });

  it('agrees with build, which names the first of the same issues', () => {
    const refused = request({ provider: { ...EXAMPLE_PROVIDER, type: '' }, runConfig: { top_p: 2, stop: [''] } });
    const buildIssues = issuesOf(() => service.build(refused));
    expect(service.validate(refused).issues).toEqual(buildIssues);
    const conflicting = request({ runConfig: { generation: { max_new_tokens: 5, max_tokens: 6 } } });
    expect(service.validate(conflicting).issues).toEqual(issuesOf(() => service.build(conflicting)));
  });

  it('never echoes the key', () => {
    const report = service.validate(
      request({
        apiKey: EXAMPLE_KEY,
        runId: [EXAMPLE_KEY] as unknown as string,
        runConfig: { system_prompt: 1, [EXAMPLE_KEY]: 1 },
      }),
      { lightevalVersion: EXAMPLE_KEY },
    );
    expect(report.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain(EXAMPLE_KEY);
    const typo = service.validate(
      request({ apiKey: EXAMPLE_KEY, provider: { ...EXAMPLE_PROVIDER, id: EXAMPLE_KEY, nam: 1 } }),
    );
    expect(JSON.stringify(typo)).not.toContain(EXAMPLE_KEY);
  });
});
