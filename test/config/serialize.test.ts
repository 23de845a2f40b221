import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type BuildRequest, LightEvalConfigService } from '../../src/config/index.js';

/** Strings YAML and JSON writers get wrong: quoting, comments, booleans, numbers, control and wide characters. */
const hostileString = fc.oneof(
  fc.constantFrom('yes', 'no', 'on', 'off', 'null', '~', 'true', 'NaN', '.inf', '0.10', '1e3', '0x1F', '007', '- x', '? x',
    ': x', 'a: b', 'a #b', '#c', '"q"', "'q'", '\\', '&anchor', '*alias', '!tag', '%TAG', '@at', '`tick`', '{a: 1}', '[1]',
    '|', '>', '---', '...', ' lead', 'trail ', '\t', '\n', 'a\nb', '\r\n', '\u0000', '\u0085', '\u2028', '\uFEFF', 'é', '中文', '🙂'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);
const nonBlank = hostileString.filter((value) => value.trim() !== '');
const stopList = fc.array(hostileString.filter((value) => value !== ''), { maxLength: 3 });

const requestArbitrary: fc.Arbitrary<BuildRequest> = fc.record({
  provider: fc.record({
    id: fc.oneof(nonBlank, fc.nat()),
    name: nonBlank,
    type: fc.constantFrom('openai', 'Together AI', 'x-ai', 'OLLAMA', 'novita', 'hf'),
    base_url: fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
    capabilities: fc.record({ chat: fc.boolean() }, { requiredKeys: [] }),
  }),
  modelName: fc.stringMatching(/^[^\s/]\S{0,20}$/).filter((name) => !name.endsWith('/')),
  apiKey: fc.option(fc.tuple(fc.uuid(), hostileString).map(([id, tail]) => `sk-${id}${tail}`), { nil: undefined }),
  includeApiKey: fc.boolean(),
  runId: fc.option(hostileString, { nil: undefined }),
  datasetId: fc.option(fc.oneof(hostileString, fc.integer()), { nil: undefined }),
  datasetName: fc.option(hostileString, { nil: undefined }),
  runConfig: fc.record(
    {
      concurrent_requests: fc.integer({ min: 1, max: 500 }),
      timeout: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      system_prompt: hostileString,
      generation: fc.record(
        {
          temperature: fc.double({ min: 0, max: 2, noNaN: true }),
          top_p: fc.double({ min: 0, max: 1, noNaN: true }),
          max_new_tokens: fc.integer({ min: 1, max: 1 << 20 }),
          stop: fc.oneof(hostileString.filter((value) => value !== ''), stopList),
          stop_sequences: stopList,
          frequency_penalty: fc.double({ min: 0, max: 2, noNaN: true }),
          seed: fc.nat(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
});

const service = new LightEvalConfigService();

describe('serialization', () => {
  it('YAML and JSON parse back to toDict() for any input, full and redacted', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const config = service.build(request);
        for (const variant of [config, config.redacted()]) {
          expect(parse(variant.toYaml())).toEqual(variant.toDict());
          expect(JSON.parse(variant.toJson())).toEqual(variant.toDict());
        }
        const native = config.toLightEvalModelConfig();
        expect(parse(native.toYaml())).toEqual(native.toDict());
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same bytes', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        expect(service.build(request).toYaml()).toBe(service.build(structuredClone(request)).toYaml());
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the key out of every redacted and native text', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        fc.pre(request.apiKey !== undefined && request.apiKey !== null);
        const config = service.build(request);
        const texts = [config.redacted().toYaml(), config.redacted().toJson(), config.toLightEvalModelConfig().toYaml()];
        for (const text of texts) expect(text).not.toContain(request.apiKey);
      }),
      { numRuns: 200 },
    );
  });
});
