/** The pieces every input schema is made of, and the error an input mistake becomes. */
import * as z from 'zod/mini';
import { ConfigError, describeValue } from '../config/errors.js';
import { type InputName, Inputs } from './names.js';

/** A user mistake in the inputs: reported as one line, without a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `Input "run-config", field generation.temperature: expected …`. */
export function inputMessage(input: InputName, message: string, field = ''): string {
  return field === '' ? `Input "${input}": ${message}` : `Input "${input}", field ${field}: ${message}`;
}

/** A ConfigError about reading, parsing or writing what `input` names, as an InputError; other errors as they are. */
export function asInputError(error: unknown, input: InputName): unknown {
  return error instanceof ConfigError ? new InputError(inputMessage(input, error.issues[0]?.message ?? error.message)) : error;
}

/** Defaults applied here, since the runner applies action.yml's only when the workflow omits an input. */
export const INPUT_DEFAULTS = {
  [Inputs.IncludeApiKey]: 'false',
  [Inputs.LightevalVersion]: '0.13.0',
  [Inputs.OutputDir]: 'lighteval-output',
  [Inputs.UploadArtifact]: 'true',
  [Inputs.Summary]: 'true',
  [Inputs.ExportBundle]: 'false',
  [Inputs.RunLighteval]: 'false',
  [Inputs.Install]: 'auto',
  [Inputs.Python]: 'python3',
  [Inputs.BaselineTolerance]: '0.02',
  [Inputs.MaxFailedRequests]: '0.05',
  [Inputs.Comment]: 'false',
  [Inputs.Mode]: 'build',
} as const satisfies Partial<Record<InputName, string>>;
export type DefaultedInput = keyof typeof INPUT_DEFAULTS;

export function withDefault(input: DefaultedInput) {
  return z.pipe(
    z.string(),
    z.transform((value: string) => (value === '' ? INPUT_DEFAULTS[input] : value)),
  );
}

const unset = (value: string) => (value === '' ? undefined : value);
/** An input whose empty value means "not set". */
export const optionalText = z.pipe(z.string(), z.transform(unset));

/** `true` or `false` in any case. */
export function booleanInput(input: DefaultedInput) {
  return z.pipe(
    withDefault(input),
    z.transform((value: string, context) => {
      const lower = value.toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
      context.issues.push({ code: 'custom', input: value, message: `expected true or false, got ${describeValue(value)}` });
      return z.NEVER;
    }),
  );
}

/**
 * A number the text must spell plainly (`12`, `0.5`; no `1e3`, `0x10` or `Infinity`, which Number() would take),
 * unset when empty. `accepts` says what is expected, for the message.
 */
export function numberInput(accepts: { readonly test: (value: number) => boolean; readonly expected: string; readonly whole?: boolean }) {
  const pattern = accepts.whole === true ? /^\d+$/ : /^\d+(\.\d+)?$|^\.\d+$/;
  return z.pipe(
    z.string(),
    z.transform((value: string, context) => {
      if (value === '') return undefined;
      if (pattern.test(value) && accepts.test(Number(value))) return Number(value);
      context.issues.push({ code: 'custom', input: value, message: `expected ${accepts.expected}, got ${describeValue(value)}` });
      return z.NEVER;
    }),
  );
}

/** One of a few words, in any case. */
export function choiceInput<const Choice extends string>(input: DefaultedInput, choices: readonly Choice[]) {
  return z.pipe(
    withDefault(input),
    z.transform((value: string, context) => {
      const lower = value.toLowerCase();
      const choice = choices.find((candidate) => candidate === lower);
      if (choice !== undefined) return choice;
      context.issues.push({ code: 'custom', input: value, message: `expected ${choices.join(', ')}, got ${describeValue(value)}` });
      return z.NEVER;
    }),
  );
}
