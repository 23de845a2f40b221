/**
 * GitHub's size limits on the summary and the outputs the action writes, and the cut that keeps a Markdown report
 * within them: at a line break, with a code block left open closed, and a visible note saying where the rest is.
 */

/**
 * The most a step's summary may hold, in bytes: over it, GitHub drops the whole summary ("$GITHUB_STEP_SUMMARY
 * upload aborted, supports content up to a size of 1024k").
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * The most the summary-markdown output holds, in bytes. Later steps take it as an input or an environment variable,
 * and Linux refuses to start a process with one over 128 KiB ("Argument list too long"); a job's outputs together are
 * limited to 1 MB counted as UTF-16 (up to twice the UTF-8 bytes). 64 KiB is well under both, and fits a
 * pull-request comment (65,536 characters).
 */
export const OUTPUT_REPORT_LIMIT = 64 * 1024;

/**
 * The most a JSON output (`metrics`, `config-json`, `warnings`) holds, in UTF-16 code units as GitHub counts a job's
 * outputs (1 MB together). JSON cut short is not JSON, so one over it is not set at all.
 */
export const JSON_OUTPUT_LIMIT = 256 * 1024;

/** Why the JSON output `name` is not set, when `json` is over JSON_OUTPUT_LIMIT; undefined when it fits. */
export function oversizedJsonOutput(name: string, json: string, whereInstead: string): string | undefined {
  if (json.length <= JSON_OUTPUT_LIMIT) return undefined;
  const count = (value: number) => value.toLocaleString('en-US');
  return `Output "${name}" is not set: its JSON has ${count(json.length)} characters, more than the ${count(JSON_OUTPUT_LIMIT)} an output may have (GitHub allows 1 MB for all of a job's outputs); ${whereInstead}.`;
}

/** Bytes in UTF-8, as GitHub counts a summary; a lone surrogate counts as the U+FFFD it is written as. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A backtick or tilde fence at the start of a line, and what follows it there. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence of a code block `markdown` leaves open, to close it with. */
function openFence(markdown: string): string | undefined {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const [, fence, rest = ''] = FENCE_LINE.exec(line) ?? [];
    if (fence === undefined) continue;
    if (open === undefined) {
      // A backtick fence's info string holds no backtick: such a line is text, not a fence.
      if (!(fence.startsWith('`') && rest.includes('`'))) open = fence;
    } else if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === '') {
      open = undefined;
    }
  }
  return open;
}

/** The longest fence any line of `markdown` starts with: the most a closing fence can take. */
function longestFence(markdown: string): number {
  let longest = 0;
  for (const [, fence = ''] of markdown.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) longest = Math.max(longest, fence.length);
  return longest;
}

/** The longest start of `markdown` of at most `maxBytes` bytes that ends at a line break, or else at a whole character. */
function startWithin(markdown: string, maxBytes: number): string {
  const bytes = Buffer.from(markdown, 'utf8');
  const head = bytes.subarray(0, maxBytes);
  // A line break's byte never occurs inside a multibyte character.
  const lastBreak = head.lastIndexOf(0x0a);
  if (lastBreak >= 0) return head.subarray(0, lastBreak).toString('utf8');
  // One line longer than the room: cut before the character the limit falls in (continuation bytes are 10xxxxxx),
  // and before a tag or character reference the cut would leave unfinished.
  let end = head.length;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return head
    .subarray(0, end)
    .toString('utf8')
    .replace(/[<&][^<>&;]*$/, '');
}

/**
 * `markdown` if it fits in `maxBytes` bytes of UTF-8; else its start, cut at a line break, with a code block the cut
 * left open closed, then a blank line (which also ends a table) and `note`, all within `maxBytes`. Empty when not even
 * the note fits.
 */
export function fitMarkdown(markdown: string, maxBytes: number, note: string): string {
  if (utf8Length(markdown) <= maxBytes) return markdown;
  const ending = `\n\n${note}\n`;
  const longest = longestFence(markdown);
  // Room for the longest fence that may have to close a block, with its line break.
  const room = maxBytes - utf8Length(ending) - (longest === 0 ? 0 : longest + 1);
  if (room < 0) return '';
  const kept = startWithin(markdown, room).trimEnd();
  const fence = openFence(kept);
  return `${kept}${fence === undefined ? '' : `\n${fence}`}${ending}`;
}
