/** Programs the action runs (LightEval, Python, pip), with their output fenced off from the runner's commands. */
import { randomBytes } from 'node:crypto';
import { type ProcessOutcome, type ProcessRequest, runChildProcess } from '../io/child-process.js';
import { info, shareStdout } from './runner.js';

/**
 * Runs the program like runChildProcess, its output fenced with `stop-commands`: LightEval prints what models
 * answer, and a line of a model's answer must not be taken for a workflow command. Masks still apply to it.
 */
export async function runProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  shareStdout();
  const fence = randomBytes(16).toString('hex');
  info(`::stop-commands::${fence}`);
  try {
    return await runChildProcess(request);
  } finally {
    info(`::${fence}::`);
  }
}
