/** Masking: every form in which a secret could reach a log line, registered before anything else is printed. */
import { baseUrlCredentials } from '../config/redact.js';
import { setSecrets } from './runner.js';

/**
 * The forms of a secret the runner does not derive by itself, or that this action may produce: the value, each
 * of its lines, its URL-encoded forms (`encodeURIComponent`, and form encoding with `+` for a space) and its
 * JSON-escaped form.
 */
export function secretForms(secret: string): string[] {
  if (secret.trim() === '') return [];
  const forms = [
    secret,
    ...secret.split(/\r?\n|\r/),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    new URLSearchParams({ k: secret }).toString().slice('k='.length),
    JSON.stringify(secret).slice(1, -1),
  ];
  return [...new Set(forms.filter((form) => form.trim() !== ''))];
}

/** Masks the key and the credentials in a base URL, in all their forms. */
export function maskSecrets(apiKey: string, baseUrls: readonly string[]): void {
  const secrets = [apiKey, ...baseUrls.flatMap(baseUrlCredentials)];
  setSecrets(new Set(secrets.flatMap(secretForms)));
}
