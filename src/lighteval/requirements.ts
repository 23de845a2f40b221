/**
 * What to install for a LightEval run: LightEval with its litellm extra (and any the user adds), plus the Python
 * packages the chosen tasks need but no extra of theirs brings alone.
 */

/**
 * Packages tasks need beyond `lighteval[litellm]`, by task name. ifeval checks the language of answers with
 * langdetect (`@requires("langdetect")` in 0.13; up to 0.11 its `extended` suite is not even registered without it).
 * LightEval's `extended_tasks` extra would bring it too, with much more (spacy, and on 0.9 a pinned openai that
 * conflicts with LiteLLM's). The real registries are checked against this table in the tests.
 */
export const TASK_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  ifeval: ['langdetect'],
};

/** The task name of a spec in any syntax: `ifeval`, `ifeval|0`, `extended|ifeval|0`, `extended|ifeval|0|0`. */
function taskNameOf(spec: string): string {
  const parts = spec.split('|');
  return (parts.length >= 3 ? parts[1] : parts[0]) ?? '';
}

/** The packages the tasks need, each once, in table order. */
export function packagesForTasks(specs: readonly string[]): string[] {
  const names = new Set(specs.map(taskNameOf));
  return [...new Set(Object.entries(TASK_PACKAGES).flatMap(([task, packages]) => (names.has(task) ? packages : [])))];
}

export interface LightEvalRequirements {
  readonly version: string;
  /** Extras besides litellm. */
  readonly extras: readonly string[];
  /** Packages installed beside LightEval. */
  readonly packages: readonly string[];
}

/**
 * The LiteLLM every supported LightEval can load. LiteLLM 1.109 removed the disk cache (`LiteLLMCacheType.DISK`) that
 * LightEval 0.12 and later turn on when their litellm backend loads (0.11 in its LLM judge): with it, every run stops
 * with `AttributeError: DISK`. LightEval itself asks only for `litellm>=1.66`, so pip takes the newest.
 */
export const LITELLM_REQUIREMENT = 'litellm<1.109';

/** What to do about a LightEval that stopped on a LiteLLM too new for it, from its last lines; undefined otherwise. */
export function litellmTooNewHint(lastLines: readonly string[]): string | undefined {
  if (!lastLines.some((line) => /AttributeError:\W*(\x1b\[[\d;]*m)*\W*DISK\b/.test(line))) return undefined;
  return `The installed LiteLLM is too new for this LightEval (LiteLLM 1.109 removed the disk cache LightEval turns on): install ${JSON.stringify(LITELLM_REQUIREMENT)} beside it.`;
}

/** The pip requirements, LightEval first: `lighteval[litellm,multilingual]==0.13.0`, `litellm<1.109`, `langdetect`. */
export function pipRequirements(requirements: LightEvalRequirements): string[] {
  const extras = [...new Set(['litellm', ...requirements.extras])];
  return [`lighteval[${extras.join(',')}]==${requirements.version}`, LITELLM_REQUIREMENT, ...requirements.packages];
}
