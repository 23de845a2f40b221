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

/**
 * Masks the secrets (the key, a token) and the credentials in base URLs, in all their forms. Returns the forms,
 * for scrubbing text that leaves the log (files, comments), where masks do not reach.
 */
export function maskSecrets(secrets: readonly string[], baseUrls: readonly string[] = []): string[] {
  const forms = [...new Set([...secrets, ...baseUrls.flatMap(baseUrlCredentials)].flatMap(secretForms))];
  setSecrets(forms);
  return forms;
}
