/**
 * Where a field is in the text of a YAML or JSON document, so that an error about it can be pinned to its line.
 * Only called once an error is found: it loads the YAML parser, which a valid JSON document never needs.
 */

/** `generation.stop[1]` → `['generation', 'stop', 1]`. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  }
  return segments;
}

/**
 * The 1-based line and column of the value at `path` (as FieldIssue paths name fields), or of its nearest ancestor
 * that is there (a missing field's mapping); undefined when the text does not parse.
 */
export async function locateField(text: string, path: string): Promise<{ line: number; column: number } | undefined> {
  const { isNode, LineCounter, parseDocument } = await import('yaml');
  const lineCounter = new LineCounter();
  // Only called on text parseDocument accepted: its keys are known unique, and yaml's own check is quadratic.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  const segments = pathSegments(path);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node: unknown = depth === 0 ? document.contents : document.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range !== undefined && node.range !== null) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
