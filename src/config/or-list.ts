/**
 * Alternatives as every message lists them: `a`, `a or b`, `a, b or c`. One place, so that the action's inputs,
 * the configuration's fields and the command line word their choices alike.
 */
export function orList(choices: readonly string[]): string {
  if (choices.length <= 1) return choices[0] ?? '';
  return `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1] ?? ''}`;
}
