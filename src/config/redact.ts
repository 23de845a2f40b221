/** Redaction of the two secrets a configuration can hold: the API key and credentials in the base URL. */
import type { ConfigDict } from './schemas.js';
import { scrubSecrets } from './secrets.js';

/** The public part of a vendor key (`sk-`, `gsk_`, `hf_`): shown so people can tell keys apart. */
const VENDOR_PREFIX = /^[A-Za-z]{2,4}[-_]/;
/** Shorter keys are hidden whole: their prefix would give away too much of them. */
const MIN_KEY_LENGTH_FOR_PREFIX = 16;

const REDACTED = '***';

export function redactApiKey(key: string): string {
  const prefix = VENDOR_PREFIX.exec(key)?.[0];
  return prefix !== undefined && key.length >= MIN_KEY_LENGTH_FOR_PREFIX ? `${prefix}${REDACTED}` : REDACTED;
}

/** What {@link redactApiKey} leaves of a key (`sk-***`, `***`): redacting it again must not change it. */
const REDACTED_KEY = /^(?:[A-Za-z]{2,4}[-_])?\*\*\*$/;

export function isRedactedApiKey(value: string): boolean {
  return REDACTED_KEY.test(value);
}

/** Query parameters whose values are credentials (compared case-insensitively). */
const SECRET_QUERY_NAMES = new Set([
  'key',
  'api_key',
  'api-key',
  'apikey',
  'token',
  'access_token',
  'sig',
  'signature',
  'code',
]);

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;

function decodeQueryName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

function decodedForms(text: string): string[] {
  try {
    return [text, decodeURIComponent(text.replace(/\+/g, ' ')), decodeURIComponent(text)];
  } catch {
    return [text];
  }
}

/** The value of a query parameter when its name marks it as a credential (`key=…`, `sig=…`). */
function secretQueryValue(parameter: string): string | undefined {
  const equals = parameter.indexOf('=');
  if (equals < 0 || equals === parameter.length - 1) return undefined;
  return SECRET_QUERY_NAMES.has(decodeQueryName(parameter.slice(0, equals))) ? parameter.slice(equals + 1) : undefined;
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((parameter) => {
      const value = secretQueryValue(parameter);
      return value === undefined ? parameter : `${parameter.slice(0, parameter.length - value.length)}${REDACTED}`;
    })
    .join('&');
}

/**
 * The credentials a base URL carries, as written and decoded: its user info, the password on its own, and the
 * values of secret query parameters. For masking them in logs. A user name beside a password is not a secret on
 * its own (masking a name like `api` would hide it everywhere, and the runner drops any output containing a
 * masked value); a user name without a password is usually a token, and is the whole user info.
 */
export function baseUrlCredentials(url: string | null | undefined): string[] {
  if (url === null || url === undefined) return [];
  const parts = URL_PARTS.exec(url);
  if (parts === null) return [];
  const [, , authority = '', , query = ''] = parts;
  const at = authority.lastIndexOf('@');
  const userInfo = authority.slice(0, Math.max(at, 0));
  const colon = userInfo.indexOf(':');
  const userInfoParts = at < 0 ? [] : [userInfo, ...(colon < 0 ? [] : [userInfo.slice(colon + 1)])];
  const queryValues = query
    .slice(1)
    .split('&')
    .map(secretQueryValue)
    .filter((value) => value !== undefined);
  const credentials = [...userInfoParts, ...queryValues].flatMap(decodedForms).filter((value) => value !== '');
  return [...new Set(credentials)];
}

/**
 * The URL with its user info and secret query values replaced by `***`, and any occurrence of the given secrets
 * (the API key), in any of their forms, too. Everything else is kept byte for byte.
 */
export function redactBaseUrl(url: string, secrets?: readonly string[]): string;
/** No base URL (LiteLLM's own endpoint) stays none. */
export function redactBaseUrl<T extends null | undefined>(url: string | T, secrets?: readonly string[]): string | T;
export function redactBaseUrl(url: string | null | undefined, secrets: readonly string[] = []): string | null | undefined {
  if (url === null || url === undefined) return url;
  const parts = URL_PARTS.exec(url);
  let redacted = url;
  if (parts !== null) {
    const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts;
    const at = authority.lastIndexOf('@');
    const host = at < 0 ? authority : `${REDACTED}@${authority.slice(at + 1)}`;
    const safeQuery = query === '' ? '' : `?${redactQuery(query.slice(1))}`;
    redacted = `${scheme}${host}${path}${safeQuery}${fragment}`;
  }
  return scrubSecrets(redacted, secrets);
}

/**
 * A copy of config.yaml's contract with its secrets redacted: the key shows only its vendor prefix (`sk-***`), and
 * the base URL loses its credentials and every occurrence of the key or of `secrets`. The one redaction both the
 * builder (LightEvalConfig.redacted) and an export of a config.yaml read from disk use. Redacting twice changes
 * nothing.
 */
export function redactConfigDict(dict: ConfigDict, secrets: readonly string[] = []): ConfigDict {
  const redacted = structuredClone(dict);
  const [parameters] = redacted.model_parameters;
  const key = parameters.api_key;
  const isKey = key !== undefined && key !== '' && !isRedactedApiKey(key);
  if (key !== undefined && isKey) parameters.api_key = redactApiKey(key);
  parameters.base_url = redactBaseUrl(parameters.base_url, isKey ? [key, ...secrets] : secrets);
  return redacted;
}
