// The output of the programs the action runs, in the step's log: whole lines, none of them a workflow command.
import { EOL } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defuseCommands, logLine, programLog } from '../../src/action/log.js';
import { MAX_LINE } from '../../src/io/output-lines.js';
import { captureProcessOutput } from '../support/captured-output.js';
import { maskedLog } from '../support/leak-scan.js';

/** The commands the runner would act on in this output: lines that start, after blanks, with `::` or `##[`. */
function commandsIn(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

describe('defuseCommands', () => {
  it.each([
    '::warning::from the model',
    '  ::add-mask::x',
    '\t::error file=a,line=1::boom',
    '##[group]fake',
    'progress 50%\r::set-output name=x::y',
    'a\r\r  ##[error]b',
  ])('leaves no command the runner would read in %j', (line) => {
    expect(commandsIn(line)).not.toEqual([]);
    const defused = defuseCommands(line);
    expect(commandsIn(defused)).toEqual([]);
    // Only zero-width spaces were added.
    expect(defused.replace(/\u200B/g, '')).toBe(line);
  });

  it('leaves other lines as they are', () => {
    for (const line of ['plain', 'a :: b', 'x::y', 'Step 1/2 ## done', ':', '#'])
      expect(defuseCommands(line)).toBe(line);
  });
});

describe('logLine', () => {
  const { stdout } = captureProcessOutput();

  it('shows line breaks inside a value escaped, so that no value starts a line of its own', () => {
    for (const value of ['out\n::warning::injected', 'a\r::stop-commands::tok', 'x\r\n##[error]e', '\n::add-mask::y']) {
      logLine(`Wrote ${value}/config.yaml`);
    }
    const logged = stdout.join('');
    expect(logged.split(EOL).filter((line) => line !== '')).toHaveLength(4);
    expect(commandsIn(logged)).toEqual([]);
    expect(logged).toContain('Wrote out\\n::warning::injected/config.yaml');
  });

  it('defuses a message that itself starts like a command', () => {
    logLine('::warning::x');
    expect(commandsIn(stdout.join(''))).toEqual([]);
  });
});

describe('programLog', () => {
  const { stdout } = captureProcessOutput();

  it('logs whole lines of both streams however the chunks fall, defused, and gives each line to the watcher', () => {
    const watched: string[] = [];
    const log = programLog((line) => watched.push(line));
    log.write('stdout', '::warn');
    log.write('stderr', 'API call failed after 5 attempts\n');
    log.write('stdout', 'ing::pwned\nlast');
    log.flush();
    expect(watched).toEqual(['API call failed after 5 attempts', '::warning::pwned', 'last']);
    const logged = stdout.join('');
    expect(logged).toBe(['API call failed after 5 attempts', ':\u200B:warning::pwned', 'last', ''].join(EOL));
    expect(commandsIn(maskedLog(logged))).toEqual([]);
  });

  it('logs a line longer than the limit in parts rather than holding it without bound', () => {
    const log = programLog();
    log.write('stdout', 'x'.repeat(MAX_LINE * 2 + 5));
    expect(stdout.join('')).toBe(`${'x'.repeat(MAX_LINE)}${EOL}${'x'.repeat(MAX_LINE)}${EOL}`);
    log.flush();
    expect(stdout.join('').endsWith(`xxxxx${EOL}`)).toBe(true);
  });
});
