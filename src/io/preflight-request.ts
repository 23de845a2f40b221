/** Sends the preflight request (`python/preflight.py`) with the installed LightEval's LiteLLM. */
import { type PreflightOutcome, PreflightOutcomeSchema } from '../lighteval/request-failures.js';
import PREFLIGHT_SCRIPT from '../lighteval/python/preflight.py';
import { pythonOfProgram, runPythonScript } from './lighteval-python.js';

/** The outcome, or why the request could not be sent (one line). */
export type PreflightAnswer = { readonly outcome: PreflightOutcome } | { readonly unavailable: string };

/** `env` is LightEval's own, key included: the request must meet what LightEval's requests will meet. */
export async function sendPreflightRequest(
  program: string,
  modelFile: string,
  env: Readonly<Record<string, string>>,
): Promise<PreflightAnswer> {
  const python = pythonOfProgram(program);
  if (python === undefined) return { unavailable: `found no Python interpreter for ${program}` };
  const { outcome, stdout } = await runPythonScript({ python, source: PREFLIGHT_SCRIPT, args: [modelFile], env });
  if (outcome.startError !== undefined)
    return { unavailable: `${python} could not start: ${outcome.startError.message}` };
  if (outcome.exitCode !== 0) return { unavailable: `it exited with code ${outcome.exitCode ?? outcome.signal}` };
  try {
    const parsed = PreflightOutcomeSchema.safeParse(JSON.parse(stdout));
    return parsed.success ? { outcome: parsed.data } : { unavailable: 'it printed an unexpected answer' };
  } catch {
    return { unavailable: 'it printed no JSON' };
  }
}
