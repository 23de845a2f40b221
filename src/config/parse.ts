import { ConfigError } from './errors.js';

/**
 * Parses a provider record or run configuration written as YAML or JSON (JSON is read as YAML 1.2, of which it is
 * a subset). An empty document is `null`. Errors give `source`, line, column and yaml's reason, never a snippet of
 * the text (no pretty errors): a mistyped file may hold a secret.
 *
 * The parser is loaded on first use: it is large, and the action needs it only when an input is a document.
 */
export async function parseDocument(text: string, source: string): Promise<unknown> {
  const { LineCounter, parseAllDocuments } = await import('yaml');
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (documents.length > 1) {
    throw new ConfigError([{ path: source, message: 'expected one YAML or JSON document, found several' }]);
  }
  const [document] = documents;
  if (document === undefined) return null;
  const [error] = document.errors;
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    throw new ConfigError([{ path: source, message: `invalid YAML or JSON at line ${line}, column ${col}: ${reason}` }]);
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Only alias expansion fails here (a resource-exhaustion guard).
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError([{ path: source, message: `unusable YAML: ${reason}` }]);
  }
}
