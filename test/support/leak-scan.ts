/** Looking for secrets where the runner would show them: forms of each secret, and the log with masks applied. */

/** How long a piece of a secret the scan looks for: a secret cut or split anywhere still shows a run this long. */
export const LEAK_PIECE_LENGTH = 12;

/** Every run of LEAK_PIECE_LENGTH characters of `text`, or the text itself when shorter. */
function piecesOf(text: string): string[] {
  if (text.length <= LEAK_PIECE_LENGTH) return [text];
  return Array.from({ length: text.length - LEAK_PIECE_LENGTH + 1 }, (_, at) => text.slice(at, at + LEAK_PIECE_LENGTH));
}

/**
 * A secret as it may be written (whole, line by line, URL-encoded and JSON-escaped) and every piece of each of those
 * forms: a secret cut before it was scrubbed leaks in part.
 */
export function secretFormsOf(secrets: readonly string[]): string[] {
  const forms = secrets.flatMap((secret) => [
    secret,
    ...secret.split('\n'),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...new Set(forms.flatMap(piecesOf))].filter((form) => form !== '');
}

/** The forms that occur in `text`. */
export function leaksIn(text: string, forms: readonly string[]): string[] {
  return forms.filter((form) => text.includes(form));
}

function maskValue(mask: string): string {
  return mask.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The values of the `::add-mask::` commands in the output, and each of their lines, as the runner reads them. */
export function masksOf(stdout: string): string[] {
  return [...stdout.matchAll(/^::add-mask::(.*)$/gm)].flatMap(([, mask = '']) => {
    const value = maskValue(mask);
    return [value, ...value.split('\n')];
  });
}

export function applyMasks(text: string, masks: readonly string[]): string {
  let shown = text;
  for (const value of [...masks].sort((a, b) => b.length - a.length))
    if (value !== '') shown = shown.split(value).join('***');
  return shown;
}

/** The log as the runner shows it: each `::add-mask::` value (and each of its lines) hidden in every later line. */
export function maskedLog(stdout: string): string {
  const masks: string[] = [];
  return stdout
    .split('\n')
    .map((line) => {
      const mask = /^::add-mask::(.*)$/.exec(line)?.[1];
      if (mask !== undefined) {
        const value = maskValue(mask);
        masks.push(value, ...value.split('\n'));
        return '::add-mask::***';
      }
      return applyMasks(line, masks);
    })
    .join('\n');
}
