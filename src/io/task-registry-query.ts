/** Asks the installed LightEval for its task registry, with the script that knows each version's registry API. */
import { parseTaskRegistry, type TaskRegistry } from '../lighteval/task-registry.js';
import REGISTRY_SCRIPT from '../lighteval/python/task_registry.py';
import { TAIL_LINES } from './child-process.js';
import { pythonOfProgram, runPythonScript } from './lighteval-python.js';

export interface RegistryQuery {
  /** The installed `lighteval` program. */
  readonly program: string;
  /** A custom tasks file, whose tasks join the registry as LightEval loads them. */
  readonly customTasks?: string | undefined;
  /** Include the multilingual tasks (`--load-tasks-multilingual`, LightEval 0.12 and later). */
  readonly multilingual?: boolean;
  readonly env: Readonly<Record<string, string>>;
  /** Hidden in the lines of its output a failure quotes. */
  readonly secrets: readonly string[];
}

/** The registry, or why it could not be had (one line): the run then goes on without the lookup. */
export type RegistryAnswer = { readonly registry: TaskRegistry } | { readonly unavailable: string };

export async function queryTaskRegistry(query: RegistryQuery): Promise<RegistryAnswer> {
  const python = pythonOfProgram(query.program);
  if (python === undefined) return { unavailable: `found no Python interpreter for ${query.program}` };
  const args = [
    ...(query.customTasks === undefined ? [] : ['--custom-tasks', query.customTasks]),
    ...(query.multilingual === true ? ['--multilingual'] : []),
  ];
  const { outcome, stdout } = await runPythonScript({
    python,
    source: REGISTRY_SCRIPT,
    args,
    env: query.env,
    secrets: query.secrets,
  });
  if (outcome.startError !== undefined)
    return { unavailable: `${python} could not start: ${outcome.startError.message}` };
  if (outcome.exitCode !== 0) {
    const last = outcome.tail.slice(-Math.min(TAIL_LINES, 3)).join(' / ');
    return {
      unavailable: `the query exited with code ${outcome.exitCode ?? outcome.signal}${last === '' ? '' : `: ${last}`}`,
    };
  }
  try {
    return { registry: parseTaskRegistry(stdout) };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}
