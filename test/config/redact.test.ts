import { describe, expect, it } from 'vitest';
import { baseUrlCredentials, redactApiKey, redactBaseUrl } from '../../src/config/index.js';
import { isRedactedApiKey, redactConfigDict } from '../../src/config/redact.js';
import { buildWith, EXAMPLE_KEY, EXAMPLE_PROVIDER } from '../fixtures/requests.js';

describe('redactApiKey', () => {
  it('keeps only a public vendor prefix', () => {
    expect(redactApiKey('sk-proj-Abc123Def456Ghi789')).toBe('sk-***');
    expect(redactApiKey('gsk_0123456789abcdefghijkl')).toBe('gsk_***');
    expect(redactApiKey('hf_AbCdEfGhIjKlMnOpQrStUv')).toBe('hf_***');
    expect(redactApiKey('xai-0123456789abcdefghij')).toBe('xai-***');
  });

  it('hides keys without such a prefix entirely', () => {
    expect(redactApiKey('0123456789abcdef0123456789abcdef')).toBe('***');
    expect(redactApiKey('abcde-0123456789abcdefghij')).toBe('***'); // five letters: not a vendor prefix
    expect(redactApiKey('a-0123456789abcdefghij')).toBe('***');
  });

  it('hides short keys entirely, where the prefix would give most of them away', () => {
    expect(redactApiKey('sk-short')).toBe('***');
    expect(redactApiKey('EMPTY')).toBe('***');
  });
});

describe('redactBaseUrl', () => {
  it('hides user info', () => {
    expect(redactBaseUrl('https://user:p%40ss@api.example.com/v1')).toBe('https://***@api.example.com/v1');
    expect(redactBaseUrl('http://token@localhost:8000')).toBe('http://***@localhost:8000');
  });

  it('hides the values of credential query parameters, in any case, keeping the rest', () => {
    expect(redactBaseUrl('https://x.example/v1?api-version=2024-06-01&api_key=abc&Key=def')).toBe(
      'https://x.example/v1?api-version=2024-06-01&api_key=***&Key=***',
    );
    for (const name of ['key', 'api_key', 'api-key', 'apikey', 'token', 'access_token', 'sig', 'signature', 'code', 'API%5FKEY']) {
      expect(redactBaseUrl(`https://x.example/?${name}=s3cret&region=eu`)).toBe(`https://x.example/?${name}=***&region=eu`);
    }
  });

  it('hides the key wherever else it appears, raw or URL-encoded', () => {
    expect(redactBaseUrl('https://x.example/keys/abc+def/v1', ['abc+def'])).toBe('https://x.example/keys/***/v1');
    expect(redactBaseUrl('https://x.example/keys/abc%2Bdef/v1', ['abc+def'])).toBe('https://x.example/keys/***/v1');
  });

  it('leaves URLs without credentials byte for byte alone', () => {
    for (const url of ['https://api.example.com/v1', 'HTTP://LOCALHOST:11434', 'https://x.example/a?b=1&c&token=#frag']) {
      expect(redactBaseUrl(url)).toBe(url);
    }
  });
});

describe('redacted()', () => {
  it('redacts the key and the base URL, nothing else', () => {
    const config = buildWith(
      { generation: { temperature: 0.2 } },
      { apiKey: EXAMPLE_KEY, provider: { ...EXAMPLE_PROVIDER, base_url: 'https://u:p@api.example.com/v1?key=k' } },
    );
    const full = config.toDict();
    const redacted = config.redacted().toDict();
    expect(config.hasSecrets).toBe(true);
    expect(redacted.model_parameters[0].api_key).toBe('sk-***');
    expect(redacted.model_parameters[0].base_url).toBe('https://***@api.example.com/v1?key=***');
    expect({ ...redacted, model_parameters: undefined }).toEqual({ ...full, model_parameters: undefined });
    expect(config.redacted().redacted().toDict()).toEqual(redacted);
  });

  it('counts credentials in the base URL as secrets even without a key', () => {
    const config = buildWith({}, { provider: { ...EXAMPLE_PROVIDER, base_url: 'https://x.example/?token=abc' } });
    expect(config.hasSecrets).toBe(true);
    expect(config.toLightEvalModelConfig().hasSecrets).toBe(true);
    expect(config.redacted().toLightEvalModelConfig().hasSecrets).toBe(false);
    expect(buildWith({}).toLightEvalModelConfig().hasSecrets).toBe(false);
  });
});

describe('baseUrlCredentials', () => {
  it('finds user info, the password, and secret query values, as written and decoded', () => {
    expect(baseUrlCredentials('https://us%20er:p%40ss@api.example.com/v1?Key=a%2Bb&x=1&sig=s+t#f')).toEqual([
      'us%20er:p%40ss',
      'us er:p@ss',
      'p%40ss',
      'p@ss',
      'a%2Bb',
      'a+b',
      's+t',
      's t',
    ]);
  });

  it('takes a user name without a password for a token, and never a user name beside a password alone', () => {
    expect(baseUrlCredentials('https://ghp_token123@git.example.com/')).toEqual(['ghp_token123']);
    expect(baseUrlCredentials('https://api:s3cret@api.example.com/')).toEqual(['api:s3cret', 's3cret']);
  });

  it('finds nothing in a URL without credentials, and every credential that redaction hides', () => {
    expect(baseUrlCredentials('https://api.example.com/v1?model=x&token=')).toEqual([]);
    expect(baseUrlCredentials('not a url')).toEqual([]);
    const url = 'http://user:pw@host:8080/p?api_key=K1&token=T2';
    const redacted = redactBaseUrl(url);
    for (const credential of baseUrlCredentials(url)) expect(redacted).not.toContain(credential);
  });
});

describe('redactConfigDict', () => {
  const keyedUrl = 'https://user:pw@api.example.com/v1?api_key=q1&x=1';

  it('is what LightEvalConfig.redacted() gives, for a keyed build with credentials in its base URL', () => {
    const config = buildWith({}, { apiKey: EXAMPLE_KEY, includeApiKey: true, provider: { ...EXAMPLE_PROVIDER, base_url: keyedUrl } });
    const redacted = redactConfigDict(config.toDict());
    expect(redacted).toEqual(config.redacted().toDict());
    expect(redacted.model_parameters[0]).toMatchObject({ api_key: 'sk-***', base_url: 'https://***@api.example.com/v1?api_key=***&x=1' });
    expect(JSON.stringify(redacted)).not.toContain(EXAMPLE_KEY);
  });

  it('removes the key from the base URL too, and any other secret it is given', () => {
    const url = `https://api.example.com/${EXAMPLE_KEY}/v1?tenant=other-secret`;
    const config = buildWith({}, { apiKey: EXAMPLE_KEY, includeApiKey: true, provider: { ...EXAMPLE_PROVIDER, base_url: url } });
    const redacted = redactConfigDict(config.toDict(), ['other-secret']);
    expect(redacted.model_parameters[0].base_url).toBe('https://api.example.com/***/v1?tenant=***');
  });

  it('changes nothing the second time, nor in a config that names its key variable', () => {
    const keyed = buildWith({}, { apiKey: EXAMPLE_KEY, includeApiKey: true });
    const once = redactConfigDict(keyed.toDict());
    expect(redactConfigDict(once)).toEqual(once);
    const named = buildWith({}, { apiKey: EXAMPLE_KEY, includeApiKey: false });
    expect(redactConfigDict(named.toDict())).toEqual(named.toDict());
  });

  it('leaves its input alone', () => {
    const dict = buildWith({}, { apiKey: EXAMPLE_KEY, includeApiKey: true }).toDict();
    redactConfigDict(dict);
    expect(dict.model_parameters[0].api_key).toBe(EXAMPLE_KEY);
  });

  it('knows its own redactions', () => {
    for (const redacted of ['***', 'sk-***', 'gsk_***']) expect(isRedactedApiKey(redacted)).toBe(true);
    for (const key of [EXAMPLE_KEY, 'sk-***x', '****', '']) expect(isRedactedApiKey(key)).toBe(false);
  });
});
