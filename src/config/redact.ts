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

/**
 * The parameters whose values stay readable in a redacted base URL (names compared decoded and in any case). Every
 * other value, in the query, in a path segment's `;` parameters and in the fragment, is taken for a credential, so
 * that a name nobody listed (`subscription-key`, `x-api-key`, `auth`, `password`) fails safe. Each entry is public
 * by its meaning and needed to read which endpoint a configuration calls: `api-version` (Azure requires it on every
 * request), `model` (named in clear everywhere else; masking it would hide it from every log line and summary) and
 * `region` (which regional endpoint answered).
 */
const PUBLIC_PARAMETERS = new Set(['api-version', 'model', 'region']);

/**
 * Credentials shorter than this are not masked (the redacted URL hides them regardless): the runner hides every
 * occurrence of a masked string and drops any output that holds one, so masking `true`, `json` or `eu` (harmless
 * values of parameters the rule must treat as secret) would hide ordinary text everywhere and drop outputs such as
 * `passed`; a credential that short is guessed whether it is masked or not. The same length as the shortest key
 * looked for in other inputs.
 */
const MIN_MASKED_LENGTH = 8;

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;

function decodedName(name: string): string {
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

/**
 * A stretch of a base URL: kept as written, or hidden, with the credentials it holds (itself, and the parts of it
 * that are secrets on their own).
 */
interface UrlPiece {
  readonly text: string;
  readonly credentials?: readonly string[];
}

const kept = (text: string): UrlPiece => ({ text });
const hidden = (text: string, ...parts: readonly string[]): UrlPiece => ({ text, credentials: [text, ...parts] });

/**
 * Parameters separated by `&` or `;`: a value is hidden unless its name is public. A parameter without `=` has no
 * name to tell what it is (`?<token>`), and is hidden whole.
 */
function parameterPieces(list: string): UrlPiece[] {
  // The separators are captured, at the odd indices.
  return list.split(/([&;])/).flatMap((parameter, index) => {
    if (index % 2 === 1) return [kept(parameter)];
    const equals = parameter.indexOf('=');
    if (equals < 0) return [hidden(parameter)];
    if (PUBLIC_PARAMETERS.has(decodedName(parameter.slice(0, equals)))) return [kept(parameter)];
    return [kept(parameter.slice(0, equals + 1)), hidden(parameter.slice(equals + 1))];
  });
}

/** A path segment's `;` parameters (`/v1;key=…/`) are read as a query is. */
function pathPieces(path: string): UrlPiece[] {
  return path.split(/(\/)/).flatMap((segment) => {
    const semicolon = segment.indexOf(';');
    if (semicolon < 0) return [kept(segment)];
    return [kept(segment.slice(0, semicolon + 1)), ...parameterPieces(segment.slice(semicolon + 1))];
  });
}

/** The fragment, never sent to the server, is hidden whole, and its parameter values (`#access_token=…`) alone. */
function fragmentPiece(fragment: string): UrlPiece {
  return hidden(fragment, ...parameterPieces(fragment).flatMap((piece) => piece.credentials ?? []));
}

/**
 * A base URL cut into the pieces it keeps and those it hides; undefined when it is not a `scheme://` URL. The user
 * info is hidden whole, and its password is a credential on its own; a user name beside a password is not (masking
 * a name like `api` would hide it everywhere, and the runner drops any output containing a masked value), while a
 * user name without a password is usually a token, and is the whole user info.
 */
function urlPieces(url: string): UrlPiece[] | undefined {
  const parts = URL_PARTS.exec(url);
  if (parts === null) return undefined;
  const [, scheme = '', authority = '', path = '', query, fragment] = parts;
  const at = authority.lastIndexOf('@');
  const userInfo = authority.slice(0, Math.max(at, 0));
  const colon = userInfo.indexOf(':');
  return [
    kept(scheme),
    ...(at < 0 ? [] : [hidden(userInfo, ...(colon < 0 ? [] : [userInfo.slice(colon + 1)])), kept('@')]),
    kept(authority.slice(at + 1)),
    ...pathPieces(path),
    ...(query === undefined ? [] : [kept('?'), ...parameterPieces(query.slice(1))]),
    ...(fragment === undefined ? [] : [kept('#'), fragmentPiece(fragment.slice(1))]),
  ];
}

/** The URL with each hidden piece that is not empty replaced by `***`; not a `scheme://` URL, the URL as it is. */
function withoutCredentials(url: string): string {
  const pieces = urlPieces(url);
  if (pieces === undefined) return url;
  return pieces.map(({ text, credentials }) => (credentials === undefined || text === '' ? text : REDACTED)).join('');
}

/**
 * The credentials a base URL carries, as written and decoded, for masking them in logs: everything
 * {@link redactBaseUrl} hides (the user info, every parameter value but those of public parameters, the fragment),
 * and the parts of them that are secrets on their own (the password, the fragment's parameter values). Forms
 * shorter than {@link MIN_MASKED_LENGTH} are left out.
 */
export function baseUrlCredentials(url: string | null | undefined): string[] {
  if (url === null || url === undefined) return [];
  const credentials = (urlPieces(url) ?? [])
    .flatMap((piece) => piece.credentials ?? [])
    .flatMap(decodedForms)
    .filter((value) => value.length >= MIN_MASKED_LENGTH);
  return [...new Set(credentials)];
}

/**
 * The URL with its user info, every parameter value but those of public parameters (`api-version`) and its fragment
 * replaced by `***`, and any occurrence of the given secrets (the API key), in any of their forms, too. Everything
 * else is kept byte for byte.
 */
export function redactBaseUrl(url: string, secrets?: readonly string[]): string;
/** No base URL (LiteLLM's own endpoint) stays none. */
export function redactBaseUrl<T extends null | undefined>(url: string | T, secrets?: readonly string[]): string | T;
export function redactBaseUrl(
  url: string | null | undefined,
  secrets: readonly string[] = [],
): string | null | undefined {
  if (url === null || url === undefined) return url;
  // Hiding a secret can join or part parameters (`a=b` losing its `=`): the result is read again, as redacting it
  // a second time would read it. Credentials go first, before a hidden secret can break the URL's shape.
  return withoutCredentials(scrubSecrets(withoutCredentials(url), secrets));
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
