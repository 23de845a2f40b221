/**
 * The installed LightEval's task registry, as `python/task_registry.py` prints it: the names tasks are looked up by
 * (`suite|task` up to 0.12.0, the task alone from 0.12.1) and the Python packages tasks declare they need.
 */
import * as z from 'zod/mini';
import { ConfigError } from '../config/errors.js';

/** Bounds on what a registry may hold: LightEval 0.13 has about 650 tasks, about 52,600 with the multilingual ones. */
const MAX_TASKS = 100_000;
const MAX_NAME_LENGTH = 300;

const name = () => z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH));

export const TaskRegistrySchema = z.object({
  lighteval_version: z.string().check(z.maxLength(50)),
  keyed_by: z.enum(['suite|task', 'task']),
  tasks: z.array(name()).check(z.maxLength(MAX_TASKS)),
  requires: z.record(name(), z.array(name()).check(z.maxLength(50))),
});

export interface TaskRegistry {
  readonly lightevalVersion: string;
  /** How tasks are looked up: `suite|task` keys, or the task name alone. */
  readonly keyedBy: 'suite|task' | 'task';
  readonly tasks: readonly string[];
  /** `{task key: [Python package, …]}` for the tasks that declare what they need. */
  readonly requires: Readonly<Record<string, readonly string[]>>;
}

/** The registry from the script's standard output. Throws a ConfigError when it is not the script's JSON. */
export function parseTaskRegistry(text: string): TaskRegistry {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError([{ path: 'task registry', message: 'the task registry query printed no JSON' }]);
  }
  const parsed = TaskRegistrySchema.safeParse(document);
  if (!parsed.success) {
    throw new ConfigError([
      { path: 'task registry', message: `unexpected task registry: ${parsed.error.issues[0]?.message ?? ''}` },
    ]);
  }
  const { lighteval_version: lightevalVersion, keyed_by: keyedBy, tasks, requires } = parsed.data;
  return { lightevalVersion, keyedBy, tasks, requires };
}
