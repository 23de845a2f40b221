/** Masking: every form in which a secret could reach a log line, registered before anything else is printed. */
import * as core from '@actions/core';
import { baseUrlCredentials } from '../config/redact.js';
import { secretForms } from '../config/secrets.js';

/**
 * Masks the secrets (the key, a token) and the credentials in base URLs, in all their forms. Returns the secrets,
 * for scrubbing text that leaves the log (files, comments), where masks do not reach.
 */
export function maskSecrets(secrets: readonly string[], baseUrls: readonly string[] = []): string[] {
  const values = [...secrets, ...baseUrls.flatMap(baseUrlCredentials)].filter((value) => value.trim() !== '');
  for (const form of new Set(values.flatMap(secretForms))) core.setSecret(form);
  return values;
}
