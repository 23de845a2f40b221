// Finding or installing LightEval, against the Python stand-in (test/support/lighteval-standin) and small sh fakes.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { InputError, type InstallMode } from '../../src/action/inputs.js';
import { LightEvalError, locateLightEval } from '../../src/action/lighteval-install.js';
import { findOnPath } from '../../src/io/child-process.js';
import type { LightEvalRequirements } from '../../src/lighteval/requirements.js';
import {
  createPythonStandin,
  installLightevalStandin,
  readPythonInvocations,
  standinEnvironment,
} from '../support/lighteval-standin.js';
import { inStepEnv } from '../support/step-env.js';
import { tempDirs } from '../support/temp-dirs.js';

const sandbox = tempDirs('lighteval-install-');

function writeExecutable(path: string, text = '#!/bin/sh\nexit 0\n', mode = 0o755): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error('expected a rejection');
}

/** locateLightEval in a step whose environment is `env`. */
function locate(mode: InstallMode, python: string, requirements: LightEvalRequirements, env: Record<string, string>): Promise<string> {
  return inStepEnv(env, () => locateLightEval(mode, python, requirements));
}

describe('findOnPath', () => {
  it('finds the first executable file of that name, in PATH order', () => {
    const root = sandbox();
    const first = join(root, 'first');
    const second = join(root, 'second');
    writeExecutable(join(second, 'lighteval'));
    expect(findOnPath('lighteval', { PATH: [first, second].join(delimiter) })).toBe(join(second, 'lighteval'));
    writeExecutable(join(first, 'lighteval'));
    expect(findOnPath('lighteval', { PATH: [first, second].join(delimiter) })).toBe(join(first, 'lighteval'));
    expect(findOnPath('lighteval', { PATH: [second, first].join(delimiter) })).toBe(join(second, 'lighteval'));
  });

  it('skips files that are not executable, folders, missing folders and empty entries', () => {
    const root = sandbox();
    writeExecutable(join(root, 'plain', 'lighteval'), 'not a program\n', 0o644);
    mkdirSync(join(root, 'folder', 'lighteval'), { recursive: true });
    writeExecutable(join(root, 'good', 'lighteval'));
    const path = ['', join(root, 'missing'), join(root, 'plain'), join(root, 'folder'), '', join(root, 'good')].join(delimiter);
    expect(findOnPath('lighteval', { PATH: path })).toBe(join(root, 'good', 'lighteval'));
    expect(findOnPath('lighteval', { PATH: [join(root, 'plain'), join(root, 'folder')].join(delimiter) })).toBeUndefined();
  });

  it('finds nothing without a PATH', () => {
    expect(findOnPath('sh', {})).toBeUndefined();
    expect(findOnPath('sh', { PATH: '' })).toBeUndefined();
  });
});

const requirementsOf = (version: string) => ({ version, extras: [], tasks: [] });

describe('locateLightEval', () => {
  let printed: string[];

  beforeEach(() => {
    printed = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write);
    // Python's own errors and pip's go to standard error: keep the test log quiet.
    vi.spyOn(process.stderr, 'write').mockImplementation((() => true) as typeof process.stderr.write);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A sandbox with an empty bin folder on PATH, the Python stand-in and a RUNNER_TEMP. */
  function setup(options: { pipFails?: boolean; lightevalOnPath?: string } = {}) {
    const root = sandbox();
    const binDir = join(root, 'bin');
    mkdirSync(binDir, { recursive: true });
    if (options.lightevalOnPath !== undefined) installLightevalStandin(binDir, options.lightevalOnPath);
    const python = createPythonStandin(join(root, 'python'));
    const runnerTemp = join(root, 'runner-temp');
    mkdirSync(runnerTemp);
    const logFile = join(root, 'python.log');
    const env = {
      PATH: binDir,
      HOME: root,
      RUNNER_TEMP: runnerTemp,
      ...standinEnvironment({ logFile, pipFails: options.pipFails }),
    };
    return { root, binDir, python, runnerTemp, logFile, env };
  }

  it('auto: uses the lighteval on PATH without touching Python', async () => {
    const { binDir, python, logFile, env } = setup({ lightevalOnPath: '0.13.0' });
    await expect(locate('auto', python, requirementsOf('0.12.2'), env)).resolves.toBe(join(binDir, 'lighteval'));
    expect(readPythonInvocations(logFile)).toEqual([]);
    expect(printed.join('')).toContain(`Using LightEval from PATH: ${join(binDir, 'lighteval')}`);
  });

  it('false: uses the lighteval on PATH', async () => {
    const { binDir, python, logFile, env } = setup({ lightevalOnPath: '0.13.0' });
    await expect(locate('false', python, requirementsOf('0.12.2'), env)).resolves.toBe(join(binDir, 'lighteval'));
    expect(readPythonInvocations(logFile)).toEqual([]);
  });

  it('false: without lighteval on PATH is a LightEvalError naming the install input, and installs nothing', async () => {
    const { python, logFile, runnerTemp, env } = setup();
    const error = await rejection(locate('false', python, requirementsOf('0.12.2'), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.name).toBe('LightEvalError');
    expect(error.message).toMatch(/^LightEval is not installed: no lighteval program on PATH, and install is false\./);
    expect(error.message).toContain('set install to auto or true');
    expect(readPythonInvocations(logFile)).toEqual([]);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  for (const mode of ['auto', 'true'] as const) {
    it(`${mode}: installs lighteval[litellm]==X into a fresh venv under RUNNER_TEMP${mode === 'true' ? ', even with one on PATH' : ''}`, async () => {
      const { binDir, python, logFile, runnerTemp, env } = setup(mode === 'true' ? { lightevalOnPath: '0.13.0' } : {});
      const program = await locate(mode, python, requirementsOf('0.12.2'), env);

      expect(program).not.toBe(join(binDir, 'lighteval'));
      const venv = dirname(dirname(program));
      expect(dirname(venv)).toBe(runnerTemp);
      expect(venv.slice(runnerTemp.length + 1)).toMatch(/^lighteval-venv-/);
      expect(program).toBe(join(venv, 'bin', 'lighteval'));
      expect(statSync(program).mode & 0o111).not.toBe(0);
      // The stand-in pip writes a wrapper pinned to the version it installed.
      expect(readFileSync(program, 'utf8')).toContain("LIGHTEVAL_STANDIN_VERSION='0.12.2'");
      expect(readFileSync(program, 'utf8')).toContain("LIGHTEVAL_STANDIN_EXTRAS='litellm'");

      expect(readPythonInvocations(logFile)).toEqual([
        { python: ['-m', 'venv', venv], venv: null },
        { python: ['-m', 'pip', 'install', 'lighteval[litellm]==0.12.2', 'litellm<1.109', 'xxhash<4', 'pyarrow<26'], venv },
      ]);
      // Folded in a group of the log.
      expect(printed.join('')).toContain(`::group::Installing lighteval[litellm]==0.12.2 litellm<1.109 xxhash<4 pyarrow<26\nInto a virtual environment at ${venv}\n`);
      expect(printed.join('')).toMatch(/::endgroup::\n$/);
    });
  }

  it('installs the extras asked for and the packages the tasks need, in one pip install', async () => {
    const { python, logFile, env } = setup();
    const program = await locate('true', python, { version: '0.13.0', extras: ['math'], tasks: ['ifeval|0'] }, env);
    const venv = dirname(dirname(program));
    expect(readPythonInvocations(logFile).at(-1)).toEqual({
      python: ['-m', 'pip', 'install', 'lighteval[litellm,math]==0.13.0', 'litellm<1.109', 'xxhash<4', 'pyarrow<26', 'langdetect'],
      venv,
    });
  });

  it('installs into a new venv each time', async () => {
    const { python, env } = setup();
    const first = await locate('true', python, requirementsOf('0.13.0'), env);
    const second = await locate('true', python, requirementsOf('0.13.0'), env);
    expect(first).not.toBe(second);
    expect(existsSync(first) && existsSync(second)).toBe(true);
  });

  it('uses the system temp folder when RUNNER_TEMP is empty', async () => {
    const { python, env } = setup();
    const program = await locate('true', python, requirementsOf('0.13.0'), { ...env, RUNNER_TEMP: '' });
    const venv = dirname(dirname(program));
    onTestFinished(() => rmSync(venv, { recursive: true, force: true }));
    expect(dirname(venv)).toBe(tmpdir());
    expect(venv.slice(tmpdir().length + 1)).toMatch(/^lighteval-venv-/);
  });

  it('a pip failure is a LightEvalError with pip\'s last lines', async () => {
    const { python, env } = setup({ pipFails: true });
    const error = await rejection(locate('auto', python, requirementsOf('0.13.0'), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(/^Installing lighteval\[litellm\]==0\.13\.0 litellm<1\.109 xxhash<4 pyarrow<26 exited with code 1\. Its last lines:\n/);
    expect(error.message).toContain('ERROR: No matching distribution found for lighteval[litellm]==0.13.0');
    expect(error.message).toContain('Temporary failure in name resolution');
  });

  it('a version the index does not have is a LightEvalError', async () => {
    const { python, env } = setup();
    const error = await rejection(locate('auto', python, requirementsOf('0.8.0'), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toContain('Installing lighteval[litellm]==0.8.0 litellm<1.109 xxhash<4 pyarrow<26 exited with code 1');
    expect(error.message).toContain('Could not find a version that satisfies the requirement lighteval[litellm]==0.8.0');
  });

  it('a missing interpreter is an InputError naming the python input', async () => {
    const { root, env } = setup();
    const missing = join(root, 'no', 'python3');
    const error = await rejection(locate('auto', missing, requirementsOf('0.13.0'), env));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`Input "python": cannot run ${JSON.stringify(missing)}: not found; expected a Python 3 interpreter`);

    const notOnPath = await rejection(locate('true', 'python3-not-on-this-path', requirementsOf('0.13.0'), env));
    expect(notOnPath).toBeInstanceOf(InputError);
    expect(notOnPath.message).toContain('Input "python": cannot run "python3-not-on-this-path": not found');
  });

  it('an interpreter that cannot be run for another reason is a LightEvalError', async () => {
    const { root, env } = setup();
    const notExecutable = writeExecutable(join(root, 'python3-no-x'), '#!/bin/sh\nexit 0\n', 0o644);
    const error = await rejection(locate('auto', notExecutable, requirementsOf('0.13.0'), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(new RegExp(`^Creating a virtual environment with ${notExecutable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} could not start: .*EACCES`));
  });

  it('a failing venv creation is a LightEvalError with its output', async () => {
    const { root, env } = setup();
    const python = writeExecutable(join(root, 'broken', 'python3'), '#!/bin/sh\necho "Error: ensurepip is not available" >&2\nexit 3\n');
    const error = await rejection(locate('auto', python, requirementsOf('0.13.0'), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toBe(`Creating a virtual environment with ${python} exited with code 3. Its last lines:\nError: ensurepip is not available`);
  });

  /** The fake needs env, mkdir and chmod. */
  const withSystemPath = (env: Record<string, string>) => ({ ...env, PATH: [env.PATH, '/usr/bin', '/bin'].join(delimiter) });

  /** A fake python: `-m venv DIR` makes DIR/bin/python, which records its environment and "installs" as told. */
  function fakePython(root: string, installs: 'a program' | 'nothing'): string {
    const venvPython =
      '#!/bin/sh\n' +
      'env > "$ENV_DUMP.venv"\n' +
      (installs === 'a program' ? 'printf "#!/bin/sh\\n" > "$(dirname "$0")/lighteval"; chmod +x "$(dirname "$0")/lighteval"\n' : '') +
      'echo "Successfully installed nothing much"\n';
    return writeExecutable(
      join(root, 'fake', 'python3'),
      '#!/bin/sh\n' +
        'env > "$ENV_DUMP.base"\n' +
        '[ "$1" = -m ] && [ "$2" = venv ] || exit 9\n' +
        'mkdir -p "$3/bin"\n' +
        `cat > "$3/bin/python" <<'EOF'\n${venvPython}EOF\n` +
        'chmod +x "$3/bin/python"\n',
    );
  }

  it('runs Python and pip without the inputs and runner tokens in their environment', async () => {
    const { root, env } = setup();
    const dump = join(root, 'env');
    const program = await locate('true', fakePython(root, 'a program'), requirementsOf('0.13.0'), {
      ...withSystemPath(env),
      ENV_DUMP: dump,
      INPUT_API_KEY: 'sk-input-secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
      KEPT_VARIABLE: 'kept',
    });
    expect(program.endsWith(join('bin', 'lighteval'))).toBe(true);
    for (const stage of ['base', 'venv']) {
      const seen = readFileSync(`${dump}.${stage}`, 'utf8');
      expect(seen).toContain('KEPT_VARIABLE=kept');
      expect(seen).not.toContain('sk-input-secret');
      expect(seen).not.toContain('runtime-token');
      expect(seen).not.toContain('oidc-token');
      expect(seen).not.toMatch(/^INPUT_/m);
    }
  });

  it('a pip install that leaves no lighteval program is a LightEvalError', async () => {
    const { root, env } = setup();
    const error = await rejection(locate('auto', fakePython(root, 'nothing'), requirementsOf('0.11.0'), { ...withSystemPath(env), ENV_DUMP: join(root, 'env') }));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(/^Installing lighteval\[litellm,extended_tasks\]==0\.11\.0 litellm<1\.109 xxhash<4 pyarrow<26 left no lighteval program in .*lighteval-venv-[^/]*\/bin$/);
  });
});
