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
  /** Extras besides litellm, as the user asked. */
  readonly extras: readonly string[];
  /** The task specs to run, as the user wrote them: some need more. */
  readonly tasks: readonly string[];
}

/**
 * The LiteLLM every supported LightEval can load. LiteLLM 1.109 removed the disk cache (`LiteLLMCacheType.DISK`) that
 * LightEval 0.12 and later turn on when their litellm backend loads (0.11 in its LLM judge): with it, every run stops
 * with `AttributeError: DISK`. LightEval itself asks only for `litellm>=1.66`, so pip takes the newest.
 */
export const LITELLM_REQUIREMENT = 'litellm<1.109';

/**
 * Upper bounds on LightEval's own dependencies that later broke it, each found by running it (test/real):
 * - LiteLLM, above;
 * - xxhash 4 refuses text (`Strings must be encoded before hashing`), and every LightEval from 0.9 to 0.13 hashes
 *   each sample's text with it once its answers are in, so every run failed after its requests;
 * - pyarrow 26 needs NumPy 2 and does not say so to pip, while LightEval 0.9 pins NumPy below 2: LightEval 0.9 could
 *   not even load its tasks (`pyarrow requires NumPy 2.0 or newer`).
 */
export const COMPATIBILITY_REQUIREMENTS = [LITELLM_REQUIREMENT, 'xxhash<4', 'pyarrow<26'] as const;

/** What to do about a LightEval that stopped on a dependency too new for it, from its last lines; undefined otherwise. */
export function dependencyTooNewHint(lastLines: readonly string[]): string | undefined {
  // eslint-disable-next-line no-control-regex -- ESC starts the colour codes it strips
  const text = lastLines.join('\n').replace(/\x1b\[[\d;]*m/g, '');
  if (/AttributeError:\s*DISK\b/.test(text)) {
    return `The installed LiteLLM is too new for this LightEval (LiteLLM 1.109 removed the disk cache LightEval turns on): install ${JSON.stringify(LITELLM_REQUIREMENT)} beside it.`;
  }
  if (/Strings must be encoded before hashing/.test(text)) {
    return 'The installed xxhash is too new for this LightEval (xxhash 4 refuses the text LightEval hashes): install "xxhash<4" beside it.';
  }
  if (/pyarrow requires NumPy 2\.0 or newer/.test(text)) {
    return 'The installed pyarrow is too new for the NumPy this LightEval pins (pyarrow 26 needs NumPy 2): install "pyarrow<26" beside it.';
  }
  return undefined;
}

const BEFORE_0_11 = /^0\.(9|10)\./;

/**
 * The extras a version needs to load its task registry at all: up to 0.10, LightEval's own tasks import
 * latex2sympy2_extended, which only its `math` extra brings (from 0.11 it is a plain dependency); 0.11's registry
 * imports its extended tasks' modules on every run, which need the `extended_tasks` extra (emoji, spacy, ...).
 */
function versionExtras(version: string): string[] {
  if (BEFORE_0_11.test(version)) return ['math'];
  return /^0\.11\./.test(version) ? ['extended_tasks'] : [];
}

/**
 * Bounds only older versions need, up to 0.10: the `extended` suite (registered once langdetect is there, as ifeval
 * needs) builds an LLM judge at import that calls huggingface_hub's `list_models(model_name=...)`, which
 * huggingface_hub 1.0 removed, so the whole registry failed to load; and custom tasks are loaded as `datasets`
 * dynamic modules with `trust_remote_code`, which datasets 4 removed.
 */
function versionRequirements(version: string): string[] {
  return BEFORE_0_11.test(version) ? ['huggingface_hub<1', 'datasets<4'] : [];
}

/** The pip requirements, LightEval first: `lighteval[litellm,multilingual]==0.13.0`, the bounds, `langdetect`. */
export function pipRequirements(requirements: LightEvalRequirements): string[] {
  const extras = [...new Set(['litellm', ...versionExtras(requirements.version), ...requirements.extras])];
  return [
    `lighteval[${extras.join(',')}]==${requirements.version}`,
    ...COMPATIBILITY_REQUIREMENTS,
    ...versionRequirements(requirements.version),
    ...packagesForTasks(requirements.tasks),
  ];
}
