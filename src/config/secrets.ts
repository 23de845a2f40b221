/**
 * The one place that knows how a secret can show up in text (its forms) and hides it there. Every text this
 * project writes that may hold a secret (messages, results files, a program's output) is scrubbed through here.
 */

const MASK = '***';

/** encodeURIComponent throws on these; URLSearchParams writes each as U+FFFD, and so the form does too. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `\uXXXX` for every character outside printable ASCII, as Python's json module (ensure_ascii) escapes them. */
function asciiEscaped(jsonEscaped: string): string {
  return jsonEscaped.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every form in which `secret` could reach a text: as it is, each of its lines (output is read, and masked, a
 * line at a time), URL-encoded (encodeURIComponent, form encoding with `+` for a space, URLSearchParams), and
 * JSON-escaped as JavaScript writes it and as Python's json module does by default. Short lines are forms too:
 * each is part of the secret, and hiding too much is the safe way to fail. Blank forms are dropped: they hide
 * nothing secret.
 */
export function secretForms(secret: string): string[] {
  if (secret.trim() === '') return [];
  const uriEncoded = encodeURIComponent(secret.replace(LONE_SURROGATE, '\ufffd'));
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    ...secret.split(/\r?\n|\r/),
    uriEncoded,
    uriEncoded.replace(/%20/g, '+'),
    new URLSearchParams({ k: secret }).toString().slice('k='.length),
    jsonEscaped,
    asciiEscaped(jsonEscaped),
  ];
  return [...new Set(forms.filter((form) => form.trim() !== ''))];
}

/**
 * Where occurrences of the forms in `text` end, by where they start: `ends[i]` is the end of the longest one
 * starting at `i`, 0 for none; undefined when there are none at all. One search per occurrence, none per character.
 */
function occurrenceEnds(text: string, forms: readonly string[]): Int32Array | undefined {
  let ends: Int32Array | undefined;
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      ends ??= new Int32Array(text.length);
      ends[at] = Math.max(ends[at] ?? 0, at + form.length);
    }
  }
  return ends;
}

/**
 * `text` up to `end` with each run of characters inside occurrences one `***`. Marking whole runs, rather than
 * replacing form after form, leaves nothing of overlapping secrets. No occurrence may cross `end`.
 */
function masked(text: string, ends: Int32Array, end: number): string {
  const parts: string[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < end) {
    let runEnd = ends[at] ?? 0;
    if (runEnd <= at) {
      at += 1;
      continue;
    }
    // Occurrences starting inside the run, or right at its end, extend it.
    for (let inside = at + 1; inside <= runEnd && inside < end; inside += 1)
      runEnd = Math.max(runEnd, ends[inside] ?? 0);
    parts.push(text.slice(plainFrom, at), MASK);
    plainFrom = at = runEnd;
  }
  parts.push(text.slice(plainFrom, end));
  return parts.join('');
}

/** Whether cutting `text` at `at` would part the two halves of a character beyond U+FFFF. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Scrubs text of a set of secrets, made once from them for callers that scrub many strings or a stream. */
export interface Scrubber {
  /** `text` with every occurrence of every form of every secret hidden, each run of them one `***`. */
  readonly scrub: (text: string) => string;
  /**
   * For text that more may follow (an unfinished line): its scrubbed start, which nothing that follows can
   * change, and the raw rest to keep until more comes. The rest is at least as long as the longest form but one
   * character, so it holds the start of any secret the next text may finish; and no secret spans the cut.
   */
  readonly settle: (text: string) => { readonly scrubbed: string; readonly rest: string };
}

export function secretScrubber(secrets: readonly string[]): Scrubber {
  const forms = [...new Set(secrets.flatMap(secretForms))];
  const kept = Math.max(0, ...forms.map((form) => form.length - 1));
  const scrub = (text: string): string => {
    const ends = occurrenceEnds(text, forms);
    return ends === undefined ? text : masked(text, ends, text.length);
  };
  const settle = (text: string) => {
    const ends = occurrenceEnds(text, forms) ?? new Int32Array(text.length);
    // The last cut at most `text.length - kept` that no occurrence spans: `reach` is where those before it end.
    let cut = 0;
    let reach = 0;
    for (let at = 0; at <= text.length - kept; at += 1) {
      if (reach <= at && !splitsPair(text, at)) cut = at;
      reach = Math.max(reach, ends[at] ?? 0);
    }
    return { scrubbed: masked(text, ends, cut), rest: text.slice(cut) };
  };
  return { scrub, settle };
}

/** `text` with every form of every secret hidden: a last line of defence wherever text leaves the program. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secretScrubber(secrets).scrub(text);
}
