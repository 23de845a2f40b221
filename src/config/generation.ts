import { type FieldIssue, joinPath } from './errors.js';
import {
  GENERATION_FIELDS,
  type GenerationField,
  type GenerationParameters,
  type GenerationSection,
  type RunConfig,
} from './schemas.js';

/** The generation fields one place of a run config sets: a section, or the top level. */
interface Place {
  readonly name: string;
  /** Every field, undefined where unset; `max_tokens` folded into max_new_tokens. */
  readonly values: { readonly [K in GenerationField]: GenerationParameters[K] };
  readonly usesMaxTokensAlias: boolean;
}

type GenerationInput = Pick<GenerationSection, GenerationField | 'max_tokens'>;

function placeOf(name: string, input: GenerationInput, issues: FieldIssue[]): Place {
  const hasMaxTokens = input.max_tokens !== undefined;
  if (input.max_new_tokens !== undefined && hasMaxTokens) {
    issues.push({
      path: joinPath(name, 'max_tokens'),
      message: 'an alias of max_new_tokens, which is also set here; keep one',
    });
  }
  return {
    name,
    usesMaxTokensAlias: hasMaxTokens && input.max_new_tokens === undefined,
    values: {
      temperature: input.temperature,
      top_p: input.top_p,
      top_k: input.top_k,
      max_new_tokens: input.max_new_tokens ?? input.max_tokens,
      stop: input.stop,
      stop_sequences: input.stop_sequences,
      presence_penalty: input.presence_penalty,
      frequency_penalty: input.frequency_penalty,
      repetition_penalty: input.repetition_penalty,
      seed: input.seed,
    },
  };
}

/** `generation:` wins over `sampling:`, which wins over top-level keys (the original builder's rule). */
function placesInOrder(runConfig: RunConfig, issues: FieldIssue[]): Place[] {
  const places: Place[] = [];
  if (runConfig.generation) places.push(placeOf('generation', runConfig.generation, issues));
  if (runConfig.sampling) places.push(placeOf('sampling', runConfig.sampling, issues));
  places.push(placeOf('', runConfig, issues));
  return places;
}

function copyField<K extends GenerationField>(target: GenerationParameters, source: Place['values'], field: K): void {
  target[field] = source[field];
}

export interface ResolvedGeneration {
  readonly parameters: GenerationParameters;
  /** The field path each parameter came from (`sampling.max_tokens`), for later messages about it. */
  readonly sources: Partial<Record<GenerationField, string>>;
  readonly warnings: string[];
  readonly issues: FieldIssue[];
}

/**
 * The generation parameters of a run config: for each field the first place that sets it, minus the fields the
 * provider rejects (dropped with a warning). `issues` lists alias conflicts; ranges are the schema's job.
 */
export function resolveGeneration(runConfig: RunConfig, unsupported: readonly string[]): ResolvedGeneration {
  const issues: FieldIssue[] = [];
  const places = placesInOrder(runConfig, issues);
  // A provider may list `max_tokens` for max_new_tokens.
  const rejected = new Set(unsupported.map((name) => (name === 'max_tokens' ? 'max_new_tokens' : name)));
  const parameters: GenerationParameters = {};
  const sources: Partial<Record<GenerationField, string>> = {};
  const warnings: string[] = [];

  for (const field of GENERATION_FIELDS) {
    const place = places.find((candidate) => candidate.values[field] !== undefined);
    if (place === undefined) continue;
    const key = field === 'max_new_tokens' && place.usesMaxTokensAlias ? 'max_tokens' : field;
    const path = joinPath(place.name, key);
    if (rejected.has(field)) {
      warnings.push(`${path}: dropped; the provider does not accept ${field} (capabilities.unsupported_parameters)`);
      continue;
    }
    copyField(parameters, place.values, field);
    sources[field] = path;
  }
  return { parameters, sources, warnings, issues };
}
