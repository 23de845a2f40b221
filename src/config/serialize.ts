import { stringify } from 'yaml';

/**
 * YAML as config.yaml is written: double-quoted strings (so `yes`, `null`, `0.10` and `#` stay strings), plain
 * keys, no line folding. Deterministic byte for byte.
 */
export function toYamlText(value: unknown): string {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

/** JSON with 2-space indent and a final newline, in the same key order as the YAML. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
