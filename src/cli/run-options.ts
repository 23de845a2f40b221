/** The options export and replay share: the task list and the sample count, and the names errors give them. */
import { ConfigError } from '../config/errors.js';
import { splitTaskList } from '../lighteval/tasks.js';
import { UsageError } from './command.js';

/** `--tasks SPEC`: task specs, comma- or newline-separated. */
export function parseTasksOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const specs = splitTaskList(text);
  if (specs.length === 0) throw new UsageError('--tasks: expected task specs such as gsm8k|0, comma-separated');
  return specs;
}

/** `--max-samples N`: a whole number of at least 1. */
export function parseMaxSamplesOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UsageError('--max-samples: expected a whole number of at least 1');
  }
  return Number(text);
}

/** Core field names in messages become the options that set them. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  tasks: '--tasks',
  max_samples: '--max-samples',
  lighteval_version: '--lighteval-version',
};

/** The error with each field named as the option that sets it. */
export function withOptionNames(error: ConfigError): ConfigError {
  return new ConfigError(error.issues.map((issue) => ({ ...issue, path: OPTION_OF_FIELD[issue.path] ?? issue.path })));
}
