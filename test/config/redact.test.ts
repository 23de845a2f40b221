import fc from 'fast-check';
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

/** [base URL, as redactBaseUrl gives it, what baseUrlCredentials gives for masking]. */
const CREDENTIAL_CASES: readonly (readonly [string, string, readonly string[]])[] = [
  // Azure API Management's documented name, beside the api-version every Azure URL carries.
  [
    'https://apim.example.azure-api.net/openai?api-version=2024-06-01&subscription-key=0123456789abcdef',
    'https://apim.example.azure-api.net/openai?api-version=2024-06-01&subscription-key=***',
    ['0123456789abcdef'],
  ],
  ['https://gw.example.com/v1?X-Api-Key=xk-live-4242', 'https://gw.example.com/v1?X-Api-Key=***', ['xk-live-4242']],
  [
    'https://gw.example.com/v1?auth=Bearer%20abc.def',
    'https://gw.example.com/v1?auth=***',
    ['Bearer%20abc.def', 'Bearer abc.def'],
  ],
  [
    'https://gw.example.com/?password=hunter22&user=alice-admin',
    'https://gw.example.com/?password=***&user=***',
    ['hunter22', 'alice-admin'],
  ],
  [
    'https://s3.example.com/o?X-Amz-Credential=AKIA1234%2F20250101&X-Amz-Signature=f00dfeed',
    'https://s3.example.com/o?X-Amz-Credential=***&X-Amz-Signature=***',
    ['AKIA1234%2F20250101', 'AKIA1234/20250101', 'f00dfeed'],
  ],
  // Matrix parameters in the path, and a query separated by `;`.
  [
    'https://x.example/v1;key=mk-secret-1;jsessionid=ABCD1234/chat?api-version=2024-02-01',
    'https://x.example/v1;key=***;jsessionid=***/chat?api-version=2024-02-01',
    ['mk-secret-1', 'ABCD1234'],
  ],
  [
    'https://x.example/?region=eu;token=tk-00001;apiKey=AKxyz123',
    'https://x.example/?region=eu;token=***;apiKey=***',
    ['tk-00001', 'AKxyz123'],
  ],
  // The fragment is hidden whole, and each of its values long enough is masked on its own too (not `Bearer` nor
  // `3599`, harmless words of fewer than eight characters).
  [
    'https://x.example/cb#access_token=ya29.a0AfH6&token_type=Bearer&expires_in=3599',
    'https://x.example/cb#***',
    ['access_token=ya29.a0AfH6&token_type=Bearer&expires_in=3599', 'ya29.a0AfH6'],
  ],
  ['https://x.example/v1#s3cr3t-fragment', 'https://x.example/v1#***', ['s3cr3t-fragment']],
  // Repeated parameters: each value hidden, each credential once.
  [
    'https://x.example/?key=first-one&key=second-two&key=first-one',
    'https://x.example/?key=***&key=***&key=***',
    ['first-one', 'second-two'],
  ],
  // Empty values hide nothing; a parameter without `=` is all value, and this one is too short to mask.
  ['https://x.example/?token=&key=&&sig', 'https://x.example/?token=&key=&&***', []],
  ['https://x.example/v1?sk-bare-token-0001', 'https://x.example/v1?***', ['sk-bare-token-0001']],
  // Names are read percent-decoded and in any case: a disguised name is still a credential's, a disguised
  // api-version still public; `+` is a space, so `api+version` is not api-version.
  [
    'https://x.example/?api%2Dkey=enc-name-secret&api%2Dversion=2024-06-01&api+version=2023-01-01',
    'https://x.example/?api%2Dkey=***&api%2Dversion=2024-06-01&api+version=***',
    ['enc-name-secret', '2023-01-01'],
  ],
  [
    'https://x.example/?API-Version=2024-06-01&Model=gpt-4o&REGION=eu-west&Api-Key=mixed-case-key',
    'https://x.example/?API-Version=2024-06-01&Model=gpt-4o&REGION=eu-west&Api-Key=***',
    ['mixed-case-key'],
  ],
  // `+` and `%20` in values: masked as written, with `+` read as a space, and with `+` kept.
  [
    'https://x.example/?secret=a1+b2%20c3+d4&client_secret=xx%2Byy+zz',
    'https://x.example/?secret=***&client_secret=***',
    ['a1+b2%20c3+d4', 'a1 b2 c3 d4', 'a1+b2 c3+d4', 'xx%2Byy+zz', 'xx+yy zz', 'xx+yy+zz'],
  ],
  // A value holding `=` (a base64 signature), and one that does not decode.
  [
    'https://x.example/?sig=abc%2Bdef==&se=2030-01-01&key=1000000%zz',
    'https://x.example/?sig=***&se=***&key=***',
    ['abc%2Bdef==', 'abc+def==', '2030-01-01', '1000000%zz'],
  ],
  ['HTTPS://X.EXAMPLE/?Code=AbCdEfGh', 'HTTPS://X.EXAMPLE/?Code=***', ['AbCdEfGh']],
  // User info as before: the whole of it and the password; a user name alone only when there is no password.
  [
    'https://svc:pa%24%24word@x.example/v1?apikey=ak-123456',
    'https://***@x.example/v1?apikey=***',
    ['svc:pa%24%24word', 'svc:pa$$word', 'pa%24%24word', 'pa$$word', 'ak-123456'],
  ],
  ['http://ghp_token123@localhost:8000', 'http://***@localhost:8000', ['ghp_token123']],
  // Shorter than eight characters: hidden in the URL, not masked (the password `pass`, `v`, the pin of seven digits).
  [
    'https://usr:pass@x.example/?k=v&pin=1234567&otp=12345678',
    'https://***@x.example/?k=***&pin=***&otp=***',
    ['usr:pass', '12345678'],
  ],
];

/** URLs with nothing to hide: public parameters, empty values, empty user info, fragment and `;` parameters. */
const PLAIN_URLS = [
  'https://api.example.com/v1',
  'HTTP://LOCALHOST:11434',
  'https://x.example/openai?api-version=2024-06-01',
  'https://x.example/a?model=gpt-4o&region=eu&token=',
  'https://x.example/a;/b?&;#',
  'https://@x.example/v1?',
  'not a url?key=abcdef',
];

describe('redactBaseUrl and baseUrlCredentials', () => {
  it.each(CREDENTIAL_CASES)('%s', (url, redacted, credentials) => {
    expect(redactBaseUrl(url)).toBe(redacted);
    expect(baseUrlCredentials(url)).toEqual(credentials);
    // Redacting twice changes nothing, and a redacted URL has nothing left to mask.
    expect(redactBaseUrl(redacted)).toBe(redacted);
    expect(baseUrlCredentials(redacted)).toEqual([]);
  });

  it('leave URLs without credentials byte for byte alone, with nothing to mask', () => {
    for (const url of PLAIN_URLS) {
      expect(redactBaseUrl(url)).toBe(url);
      expect(baseUrlCredentials(url)).toEqual([]);
    }
    expect(baseUrlCredentials(null)).toEqual([]);
    expect(redactBaseUrl(null)).toBeNull();
  });

  it('hide the value of every parameter whose name is not public, in any case', () => {
    const names = [
      'key',
      'api_key',
      'token',
      'sig',
      'code',
      'API%5FKEY',
      'subscription-key',
      'Ocp-Apim-Subscription-Key',
    ];
    const more = [
      'x-api-key',
      'auth',
      'password',
      'client_secret',
      'apiKey',
      'access-token',
      'X-Amz-Security-Token',
      'q',
    ];
    for (const name of [...names, ...more]) {
      expect(redactBaseUrl(`https://x.example/?${name}=s3cret-value&region=eu`)).toBe(
        `https://x.example/?${name}=***&region=eu`,
      );
      expect(baseUrlCredentials(`https://x.example/?${name}=s3cret-value&region=eu`)).toEqual(['s3cret-value']);
    }
  });

  it('keep exactly api-version, model and region readable, and nothing that only resembles them', () => {
    for (const name of ['api-version', 'API-VERSION', 'api%2dversion', 'model', 'Model', 'region', 'Region']) {
      expect(redactBaseUrl(`https://x.example/?${name}=public-1`)).toBe(`https://x.example/?${name}=public-1`);
    }
    for (const name of [
      'api_version',
      'apiversion',
      'api-version%20',
      'models',
      'model-key',
      'deployment',
      'regions',
    ]) {
      expect(redactBaseUrl(`https://x.example/?${name}=public-1`)).toBe(`https://x.example/?${name}=***`);
      expect(baseUrlCredentials(`https://x.example/?${name}=public-1`)).toEqual(['public-1']);
    }
  });

  it('mask a value from eight characters on, in each form that long', () => {
    // Seven characters are not masked, eight are; `abcdef%47` (nine) is, its decoded `abcdefG` (seven) is not.
    const url = 'https://x.example/?a=abcdefg&b=abcdefgh&c=abcdef%47&d=%41bcdefgh';
    expect(baseUrlCredentials(url)).toEqual(['abcdefgh', 'abcdef%47', '%41bcdefgh', 'Abcdefgh']);
    expect(baseUrlCredentials('https://abcdefg@x.example/#1234567')).toEqual([]);
    expect(baseUrlCredentials('https://abcdefgh@x.example/#12345678')).toEqual(['abcdefgh', '12345678']);
  });

  it('takes a user name without a password for a token, and never a user name beside a password alone', () => {
    expect(baseUrlCredentials('https://ghp_token123@git.example.com/')).toEqual(['ghp_token123']);
    expect(baseUrlCredentials('https://api:s3cret-pw@api.example.com/')).toEqual(['api:s3cret-pw', 's3cret-pw']);
    expect(baseUrlCredentials('https://administrator:s3cret-pw@api.example.com/')).toEqual([
      'administrator:s3cret-pw',
      's3cret-pw',
    ]);
  });

  it('hide the key wherever else it appears, raw or URL-encoded', () => {
    expect(redactBaseUrl('https://x.example/keys/abc+def/v1', ['abc+def'])).toBe('https://x.example/keys/***/v1');
    expect(redactBaseUrl('https://x.example/keys/abc%2Bdef/v1', ['abc+def'])).toBe('https://x.example/keys/***/v1');
  });

  it('read the URL again after hiding a secret that joins or parts its parameters, so that twice is once', () => {
    // Hiding `l=g` leaves `mode***pt-4o`, a parameter without a name.
    const once = redactBaseUrl('https://x.example/?model=gpt-4o&api-version=2024-06-01', ['l=g']);
    expect(once).toBe('https://x.example/?***&api-version=2024-06-01');
    expect(redactBaseUrl(once, ['l=g'])).toBe(once);
  });

  it('hide the credentials before a secret can break the shape of the URL', () => {
    // Hiding `s:/` leaves no `scheme://` for a later reading to find.
    expect(redactBaseUrl('https://user:pw-secret@x.example/?key=abcdef', ['s:/'])).toBe(
      'http***/***@x.example/?key=***',
    );
  });
});

/** A generated stretch of a base URL: as written, as redactBaseUrl must give it, and the secrets it holds. */
interface Generated {
  readonly raw: string;
  readonly redacted: string;
  readonly secrets: readonly string[];
}

const generated = (raw: string, redacted = raw, secrets: readonly string[] = []): Generated => ({
  raw,
  redacted,
  secrets,
});
const NOTHING = generated('');
const concatenated = (parts: readonly Generated[]): Generated => ({
  raw: parts.map(({ raw }) => raw).join(''),
  redacted: parts.map(({ redacted }) => redacted).join(''),
  secrets: parts.flatMap(({ secrets }) => secrets),
});
/** `part` after `prefix` (`?`, `;`, `#`), or nothing when there is no part. */
const after = (prefix: string, part: Generated | null): Generated =>
  part === null ? NOTHING : concatenated([generated(prefix), part]);

// Secret values start with a capital or a digit, which nothing else in the generated URLs holds, so that finding
// one in a redacted URL means it leaked rather than matched by chance.
const secretValue = fc.stringMatching(/^[A-Z0-9][\w.~+%-]{0,23}$/);
const parameterName = fc.stringMatching(/^[a-z][a-z_-]{0,11}$/).filter((name) => !['model', 'region'].includes(name));
const publicParameter = fc.tuple(
  fc.constantFrom('api-version', 'model', 'region'),
  fc.stringMatching(/^[a-z.-]{1,12}$/),
);
const parameter: fc.Arbitrary<Generated> = fc.oneof(
  fc.tuple(parameterName, secretValue).map(([name, value]) => generated(`${name}=${value}`, `${name}=***`, [value])),
  publicParameter.map(([name, value]) => generated(`${name}=${value}`)),
  parameterName.map((name) => generated(`${name}=`)),
  secretValue.map((value) => generated(value, '***', [value])),
);
const parameterList: fc.Arbitrary<Generated> = fc
  .tuple(parameter, fc.array(fc.tuple(fc.constantFrom('&', ';'), parameter), { maxLength: 5 }))
  .map(([first, rest]) => concatenated([first, ...rest.map(([separator, part]) => after(separator, part))]));
const userInfo: fc.Arbitrary<Generated> = fc
  .tuple(secretValue, fc.option(secretValue))
  .map(([user, password]) =>
    password === null
      ? generated(`${user}@`, '***@', [user])
      : generated(`${user}:${password}@`, '***@', [`${user}:${password}`, password]),
  );
const fragment = parameterList.map((list) => generated(list.raw, '***', [list.raw, ...list.secrets]));
const baseUrl: fc.Arbitrary<Generated> = fc
  .tuple(
    fc.constantFrom('https://', 'http://'),
    fc.option(userInfo),
    fc.option(parameterList),
    fc.option(parameterList),
    fc.option(fragment),
  )
  .map(([scheme, user, matrix, query, hash]) =>
    concatenated([
      generated(scheme),
      user ?? NOTHING,
      generated('llm.example.com/openai'),
      after(';', matrix),
      generated('/chat'),
      after('?', query),
      after('#', hash),
    ]),
  );

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

describe('redactBaseUrl and baseUrlCredentials, for any URL', () => {
  /** The length from which a credential is masked, written out here so that a change to it fails these tests. */
  const MASKED_FROM = 8;

  it('hide every value but those of public parameters, keep the rest byte for byte, and mask what they hide', () => {
    fc.assert(
      fc.property(baseUrl, ({ raw, redacted, secrets }) => {
        const credentials = baseUrlCredentials(raw);
        expect(redactBaseUrl(raw)).toBe(redacted);
        for (const secret of secrets) {
          if (/^[A-Z0-9]/.test(secret)) expect(redacted).not.toContain(secret);
          for (const form of [secret, decoded(secret)]) {
            if (form !== undefined && form.length >= MASKED_FROM) expect(credentials).toContain(form);
          }
        }
        for (const credential of credentials) expect(credential.length).toBeGreaterThanOrEqual(MASKED_FROM);
        expect(redactBaseUrl(redacted)).toBe(redacted);
        expect(baseUrlCredentials(redacted)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('change nothing the second time, whatever secrets they hide besides', () => {
    // Secrets cut from the URL itself, so that hiding them joins and parts its pieces. Never one holding `*`: `***`
    // beside the text around it could spell such a secret again (no API key has one), so the second pass would mask
    // again what the first wrote.
    const cutFrom = (url: string) =>
      fc
        .tuple(fc.nat(url.length), fc.integer({ min: 1, max: 6 }))
        .map(([at, length]) => url.slice(at, at + length))
        .filter((secret) => !secret.includes('*'));
    const urlAndSecrets = fc
      .webUrl({
        validSchemes: ['http', 'https'],
        withQueryParameters: true,
        withFragments: true,
        authoritySettings: { withUserInfo: true },
      })
      .chain((url) => fc.tuple(fc.constant(url), fc.array(cutFrom(url), { maxLength: 3 })));
    fc.assert(
      fc.property(urlAndSecrets, ([url, secrets]) => {
        const once = redactBaseUrl(url, secrets);
        expect(redactBaseUrl(once, secrets)).toBe(once);
        expect(baseUrlCredentials(once)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
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

  it('counts credentials in the base URL as secrets even without a key, and public parameters as none', () => {
    for (const baseUrl of [
      'https://x.example/?token=abc',
      'https://x.example/?subscription-key=abc',
      'https://x.example/#id=abc',
    ]) {
      const config = buildWith({}, { provider: { ...EXAMPLE_PROVIDER, base_url: baseUrl } });
      expect(config.hasSecrets, baseUrl).toBe(true);
      expect(config.toLightEvalModelConfig().hasSecrets, baseUrl).toBe(true);
      expect(config.redacted().toLightEvalModelConfig().hasSecrets, baseUrl).toBe(false);
    }
    const azure = buildWith(
      {},
      { provider: { ...EXAMPLE_PROVIDER, base_url: 'https://x.example/openai?api-version=2024-06-01' } },
    );
    expect(azure.toLightEvalModelConfig().hasSecrets).toBe(false);
    expect(buildWith({}).toLightEvalModelConfig().hasSecrets).toBe(false);
  });
});

describe('redactConfigDict', () => {
  const keyedUrl = 'https://user:pw@api.example.com/v1?api_key=q1&x=1&api-version=2024-06-01';

  it('is what LightEvalConfig.redacted() gives, for a keyed build with credentials in its base URL', () => {
    const config = buildWith(
      {},
      { apiKey: EXAMPLE_KEY, includeApiKey: true, provider: { ...EXAMPLE_PROVIDER, base_url: keyedUrl } },
    );
    const redacted = redactConfigDict(config.toDict());
    expect(redacted).toEqual(config.redacted().toDict());
    expect(redacted.model_parameters[0]).toMatchObject({
      api_key: 'sk-***',
      base_url: 'https://***@api.example.com/v1?api_key=***&x=***&api-version=2024-06-01',
    });
    expect(JSON.stringify(redacted)).not.toContain(EXAMPLE_KEY);
  });

  it('removes the key from the base URL too, and any other secret it is given', () => {
    const url = `https://api.example.com/${EXAMPLE_KEY}/v1/other-secret/chat?model=other-secret`;
    const config = buildWith(
      {},
      { apiKey: EXAMPLE_KEY, includeApiKey: true, provider: { ...EXAMPLE_PROVIDER, base_url: url } },
    );
    const redacted = redactConfigDict(config.toDict(), ['other-secret']);
    expect(redacted.model_parameters[0].base_url).toBe('https://api.example.com/***/v1/***/chat?model=***');
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
