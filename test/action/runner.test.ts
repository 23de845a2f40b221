import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getInput, getState } from '../../src/action/runner.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AWKWARD = 'a%b\r\nc:d,e\n%0A::warning::x\n';

/** The same calls through @actions/core, which has one call per value, and through our runner module. */
const CORE_CALLS = `
  core.setSecret(${JSON.stringify(AWKWARD)});
  core.setSecret('plain');
  core.info('hello %0A world');
  core.warning(${JSON.stringify(AWKWARD)});
  core.notice(${JSON.stringify(AWKWARD)});
  core.debug('a debug line');
  core.setOutput('config-json', ${JSON.stringify(AWKWARD)});
  core.setOutput('empty', '');
  core.saveState('secret-dir', '/tmp/x y');
  core.setFailed('failed:\\nsecond line');
`;
const OUR_CALLS = `
  ours.setSecrets([${JSON.stringify(AWKWARD)}, 'plain']);
  ours.info('hello %0A world');
  ours.warning(${JSON.stringify(AWKWARD)});
  ours.notice(${JSON.stringify(AWKWARD)});
  ours.debug('a debug line');
  ours.setOutputs({ 'config-json': ${JSON.stringify(AWKWARD)}, skipped: undefined, empty: '' });
  ours.saveState('secret-dir', '/tmp/x y');
  ours.setFailed('failed:\\nsecond line');
`;

function runWith(module: 'core' | 'ours' | 'ours, through process.stdout') {
  const directory = mkdtempSync(join(tmpdir(), 'runner-protocol-'));
  const files = { GITHUB_OUTPUT: join(directory, 'output'), GITHUB_STATE: join(directory, 'state') };
  for (const path of Object.values(files)) writeFileSync(path, '');
  const script =
    module === 'core'
      ? `import * as core from '@actions/core';\n${CORE_CALLS}`
      : `import * as ours from './src/action/runner.ts';\n${module === 'ours' ? '' : 'ours.shareStdout();'}\n${OUR_CALLS}`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...files },
  });
  const delimiters = (text: string) => text.replace(/ghadelimiter_[A-Za-z0-9-]+/g, 'DELIMITER');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: delimiters(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: delimiters(readFileSync(files.GITHUB_STATE, 'utf8')),
  };
}

describe('the runner protocol', () => {
  it('writes exactly what @actions/core writes: commands, escapes, outputs, state and exit code', () => {
    const core = runWith('core');
    const ours = runWith('ours');
    expect(core.stderr).toBe('');
    expect(ours.stderr).toBe('');
    expect(ours).toEqual(core);
    expect(runWith('ours, through process.stdout')).toEqual(core);
    expect(ours.status).toBe(1);
    expect(ours.stdout).toContain('::add-mask::a%25b%0D%0Ac:d,e%0A%250A::warning::x%0A\n');
    expect(ours.stdout).toContain('::debug::a debug line\n');
    expect(ours.output).toBe(`config-json<<DELIMITER\n${AWKWARD}\nDELIMITER\nempty<<DELIMITER\n\nDELIMITER\n`);
  });

  it('never lets a value end its block early', () => {
    const directory = mkdtempSync(join(tmpdir(), 'runner-protocol-'));
    const output = join(directory, 'output');
    writeFileSync(output, '');
    const script = `import { setOutputs } from './src/action/runner.ts';\nsetOutputs({ a: 'x\\nghadelimiter_\\nb<<y' });`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output },
    });
    expect(result.status).toBe(0);
    const [, delimiter = ''] = /^a<<(\S+)\n/.exec(readFileSync(output, 'utf8')) ?? [];
    expect(delimiter).toMatch(/^ghadelimiter_[a-z0-9]{8,}$/);
    expect('x\nghadelimiter_\nb<<y').not.toContain(delimiter);
  });

  it('reads inputs as the runner passes them: upper-cased, hyphens kept, trimmed', () => {
    const env = { 'INPUT_OUTPUT-DIR': '  out \n', INPUT_MODEL: 'gpt', 'INPUT_API-KEY': '' };
    expect(getInput('output-dir', env)).toBe('out');
    expect(getInput('model', env)).toBe('gpt');
    expect(getInput('api-key', env)).toBe('');
    expect(getInput('retention-days', env)).toBe('');
    expect(getState('secret-dir', { 'STATE_secret-dir': '/tmp/a' })).toBe('/tmp/a');
    expect(getState('secret-dir', {})).toBe('');
  });
});
