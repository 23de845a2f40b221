import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

export interface CapturedOutput {
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Captures, during each test of the calling suite, what this process writes to its standard output and error. */
export function captureProcessOutput(): CapturedOutput {
  const captured = { stdout: [] as string[], stderr: [] as string[] };
  let spies: MockInstance[] = [];
  beforeEach(() => {
    captured.stdout.length = 0;
    captured.stderr.length = 0;
    const capture = (into: string[]) => (chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture(captured.stdout)),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture(captured.stderr)),
    ];
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
  });
  return captured;
}
