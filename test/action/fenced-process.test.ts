// The action's runProcess: runChildProcess with its output fenced off from the runner's commands.
import { EOL } from 'node:os';
import { describe, expect, it } from 'vitest';
import { captureProcessOutput } from '../support/captured-output.js';
import { runProcess } from '../../src/action/fenced-process.js';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

function sh(script: string) {
  return runProcess({ command: 'sh', args: ['-c', script], env: ENV });
}

describe('runProcess', () => {
  const { stdout, stderr } = captureProcessOutput();

  it('reports an ordinary exit, streams the output and fences it with stop-commands', async () => {
    const outcome = await sh('echo "::warning::from the model"; echo to-stderr >&2; exit 3');
    expect(outcome).toEqual({ exitCode: 3, signal: null, timedOut: false, tail: ['::warning::from the model', 'to-stderr'], startError: undefined });

    const [open, ...rest] = stdout;
    const token = /^::stop-commands::([0-9a-f]{32})\r?\n$/.exec(open ?? '')?.[1];
    expect(token).toBeDefined();
    expect(rest.at(-1)).toBe(`::${token}::${EOL}`);
    // The program's output, as it came, between the two fence lines.
    expect(rest.slice(0, -1).join('')).toBe('::warning::from the model\n');
    expect(stderr.join('')).toBe('to-stderr\n');
  });

  it('uses a fresh fence token each run', async () => {
    await sh('true');
    await sh('true');
    const tokens = stdout.flatMap((chunk) => /^::stop-commands::(\w+)/.exec(chunk)?.[1] ?? []);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(stdout).toContain(`::${tokens[0]}::${EOL}`);
    expect(stdout).toContain(`::${tokens[1]}::${EOL}`);
  });

  it('reports a program that is not there as a start error, and still closes the fence', async () => {
    const outcome = await runProcess({ command: '/nonexistent/lighteval', args: ['--help'], env: ENV });
    expect(outcome.startError?.code).toBe('ENOENT');
    expect(outcome.exitCode).toBeNull();
    expect(outcome.timedOut).toBe(false);
    expect(outcome.tail).toEqual([]);
    const token = /^::stop-commands::(\w+)/.exec(stdout[0] ?? '')?.[1];
    expect(stdout.at(-1)).toBe(`::${token}::${EOL}`);
  });
});
