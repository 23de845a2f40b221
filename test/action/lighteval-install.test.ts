// Finding or installing LightEval, against the Python stand-in (test/support/lighteval-standin) and small sh fakes.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, type InstallMode } from '../../src/action/inputs.js';
import {
  type InstallSettings,
  LightEvalError,
  locateLightEval,
  UV_VERSION,
} from '../../src/action/lighteval-install.js';
import { findOnPath } from '../../src/io/child-process.js';
import type { LightEvalRequirements } from '../../src/lighteval/requirements.js';
import {
  createPythonStandin,
  createUvStandin,
  installLightevalStandin,
  isPythonInvocation,
  isUvInvocation,
  readPythonInvocations,
  readStandinLog,
  readUvInvocations,
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
    throw new Error(`rejected with a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected a rejection');
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
    const path = ['', join(root, 'missing'), join(root, 'plain'), join(root, 'folder'), '', join(root, 'good')].join(
      delimiter,
    );
    expect(findOnPath('lighteval', { PATH: path })).toBe(join(root, 'good', 'lighteval'));
    expect(
      findOnPath('lighteval', { PATH: [join(root, 'plain'), join(root, 'folder')].join(delimiter) }),
    ).toBeUndefined();
  });

  it('finds nothing without a PATH', () => {
    expect(findOnPath('sh', {})).toBeUndefined();
    expect(findOnPath('sh', { PATH: '' })).toBeUndefined();
  });
});

const requirementsOf = (version: string, extras: string[] = [], tasks: string[] = []): LightEvalRequirements => ({
  version,
  extras,
  tasks,
});

const settingsOf = (
  mode: InstallMode,
  python: string,
  requirements: LightEvalRequirements,
  more: Partial<InstallSettings> = {},
): InstallSettings => ({
  mode,
  python,
  requirements,
  torchBackend: 'cpu',
  cache: false,
  indexUrl: undefined,
  extraIndexUrls: [],
  ...more,
});

/** locateLightEval in a step whose environment is `env`. */
function locate(settings: InstallSettings, env: Record<string, string>): Promise<string> {
  return inStepEnv(env, () => locateLightEval(settings));
}

describe('locateLightEval', () => {
  let printed: string[];

  beforeEach(() => {
    printed = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    // Python's own errors and the installers' go to standard error: keep the test log quiet.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A sandbox with a bin folder on PATH (uv there unless told otherwise), the Python stand-in and a RUNNER_TEMP. */
  function setup(options: { pipFails?: boolean; lightevalOnPath?: string; withoutUv?: boolean } = {}) {
    const root = sandbox();
    const binDir = join(root, 'bin');
    mkdirSync(binDir, { recursive: true });
    if (options.lightevalOnPath !== undefined) installLightevalStandin(binDir, options.lightevalOnPath);
    if (options.withoutUv !== true) createUvStandin(binDir);
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

  const installCalls = (logFile: string) =>
    readStandinLog(logFile).filter(
      (call) => isUvInvocation(call) || (isPythonInvocation(call) && call.python[0] === '-m'),
    );

  it('auto: uses the lighteval on PATH when it is the version asked for, installing nothing', async () => {
    const { binDir, python, logFile, env } = setup({ lightevalOnPath: '0.13.0' });
    await expect(locate(settingsOf('auto', python, requirementsOf('0.13.0')), env)).resolves.toBe(
      join(binDir, 'lighteval'),
    );
    expect(installCalls(logFile)).toEqual([]);
    expect(printed.join('')).toContain(`Using LightEval 0.13.0 from PATH: ${join(binDir, 'lighteval')}`);
  });

  it('auto: installs the version asked for when the lighteval on PATH is another, saying so', async () => {
    const { binDir, python, logFile, env } = setup({ lightevalOnPath: '0.13.0' });
    const program = await locate(settingsOf('auto', python, requirementsOf('0.12.2')), env);
    expect(program).not.toBe(join(binDir, 'lighteval'));
    expect(readFileSync(program, 'utf8')).toContain("LIGHTEVAL_STANDIN_VERSION='0.12.2'");
    expect(printed.join('')).toContain(
      `The lighteval on PATH (${join(binDir, 'lighteval')}) is LightEval 0.13.0, not 0.12.2: installing LightEval 0.12.2`,
    );
    expect(readUvInvocations(logFile)).toHaveLength(2);
  });

  it('auto: installs when the version of the lighteval on PATH cannot be told', async () => {
    const { binDir, python, env } = setup();
    writeExecutable(join(binDir, 'lighteval'), '#!/bin/sh\nexit 0\n');
    const program = await locate(settingsOf('auto', python, requirementsOf('0.13.0')), env);
    expect(program).not.toBe(join(binDir, 'lighteval'));
    expect(printed.join('')).toContain(
      'is of a version this action cannot tell (it is not a Python script), not 0.13.0: installing LightEval 0.13.0',
    );
  });

  it('false: uses the lighteval on PATH, warning when it is not the version asked for', async () => {
    const { binDir, python, logFile, env } = setup({ lightevalOnPath: '0.13.0' });
    await expect(locate(settingsOf('false', python, requirementsOf('0.12.2')), env)).resolves.toBe(
      join(binDir, 'lighteval'),
    );
    expect(installCalls(logFile)).toEqual([]);
    expect(printed.join('')).toContain(
      `::warning::The lighteval on PATH (${join(binDir, 'lighteval')}) is LightEval 0.13.0, not lighteval-version 0.12.2; using it, since install is false`,
    );
  });

  it('false: without lighteval on PATH is a LightEvalError naming the install input, and installs nothing', async () => {
    const { python, logFile, runnerTemp, env } = setup();
    const error = await rejection(locate(settingsOf('false', python, requirementsOf('0.12.2')), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.name).toBe('LightEvalError');
    expect(error.message).toMatch(/^LightEval is not installed: no lighteval program on PATH, and install is false\./);
    expect(error.message).toContain('set install to auto or true');
    expect(installCalls(logFile)).toEqual([]);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  for (const mode of ['auto', 'true'] as const) {
    it(`${mode}: installs with uv into a virtual environment under RUNNER_TEMP named by what it holds, torch for the CPU${mode === 'true' ? ', even with the right one on PATH' : ''}`, async () => {
      const { binDir, python, logFile, runnerTemp, env } = setup(mode === 'true' ? { lightevalOnPath: '0.12.2' } : {});
      const program = await locate(settingsOf(mode, python, requirementsOf('0.12.2')), env);

      expect(program).not.toBe(join(binDir, 'lighteval'));
      const venv = dirname(dirname(program));
      expect(dirname(venv)).toBe(runnerTemp);
      expect(basename(venv)).toMatch(/^lighteval-env-[0-9a-f]{16}$/);
      expect(program).toBe(join(venv, 'bin', 'lighteval'));
      expect(statSync(program).mode & 0o111).not.toBe(0);
      // The stand-in pip writes a wrapper pinned to the version it installed.
      expect(readFileSync(program, 'utf8')).toContain("LIGHTEVAL_STANDIN_VERSION='0.12.2'");
      expect(readFileSync(program, 'utf8')).toContain("LIGHTEVAL_STANDIN_EXTRAS='litellm'");

      expect(readUvInvocations(logFile).map((call) => call.uv)).toEqual([
        ['venv', '--no-python-downloads', '--python', python, venv],
        [
          'pip',
          'install',
          '--python',
          join(venv, 'bin', 'python'),
          '--no-python-downloads',
          '--torch-backend',
          'cpu',
          'lighteval[litellm]==0.12.2',
          'litellm<1.109',
          'xxhash<4',
          'pyarrow<26',
        ],
      ]);
      // Folded in a group of the log.
      expect(printed.join('')).toContain('::group::Preparing LightEval 0.12.2 with Python 3.12.3\n');
      expect(printed.join('')).toContain(`Installing with ${join(binDir, 'uv')} into ${venv}, torch for cpu\n`);
      expect(printed.join('')).toMatch(/::endgroup::\n$/);
    });
  }

  it('installs the extras asked for and the packages the tasks need, in one install, and passes the torch backend', async () => {
    const { python, logFile, env } = setup();
    await locate(
      settingsOf('true', python, requirementsOf('0.13.0', ['math'], ['ifeval|0']), { torchBackend: 'cu128' }),
      env,
    );
    expect(readUvInvocations(logFile).at(-1)?.uv.slice(4)).toEqual([
      '--no-python-downloads',
      '--torch-backend',
      'cu128',
      'lighteval[litellm,math]==0.13.0',
      'litellm<1.109',
      'xxhash<4',
      'pyarrow<26',
      'langdetect',
    ]);
  });

  it('leaves torch to the package index with torch-backend pypi', async () => {
    const { python, logFile, env } = setup();
    await locate(settingsOf('true', python, requirementsOf('0.13.0'), { torchBackend: 'pypi' }), env);
    expect(readUvInvocations(logFile).at(-1)?.uv).not.toContain('--torch-backend');
  });

  it('gives uv the package indexes, never on its command line, and names another folder for other indexes', async () => {
    const { python, logFile, env } = setup();
    const indexes = {
      indexUrl: 'https://user:s3cret-pass@pypi.example/simple',
      extraIndexUrls: ['https://one.example/simple', 'https://two.example/simple'],
    };
    const withIndexes = await locate(settingsOf('true', python, requirementsOf('0.13.0'), indexes), env);
    for (const call of readUvInvocations(logFile)) {
      expect(call.env).toMatchObject({
        UV_DEFAULT_INDEX: indexes.indexUrl,
        UV_INDEX: 'https://one.example/simple https://two.example/simple',
      });
      expect(call.uv.join(' ')).not.toContain('example');
    }
    const without = await locate(settingsOf('true', python, requirementsOf('0.13.0')), env);
    expect(dirname(dirname(without))).not.toBe(dirname(dirname(withIndexes)));
    expect(printed.join('')).not.toContain('s3cret-pass');
  });

  it('names the same folder for the same environment, and another for another version or torch backend', async () => {
    const { python, env } = setup();
    const folder = async (settings: InstallSettings) => dirname(dirname(await locate(settings, env)));
    const first = await folder(settingsOf('true', python, requirementsOf('0.13.0')));
    expect(await folder(settingsOf('true', python, requirementsOf('0.13.0')))).toBe(first);
    expect(await folder(settingsOf('true', python, requirementsOf('0.12.2')))).not.toBe(first);
    expect(await folder(settingsOf('true', python, requirementsOf('0.13.0'), { torchBackend: 'pypi' }))).not.toBe(
      first,
    );
  });

  it('reuses the environment an earlier step of the job made, installing nothing', async () => {
    const { python, logFile, env } = setup();
    const first = await locate(settingsOf('true', python, requirementsOf('0.13.0')), env);
    const calls = readUvInvocations(logFile).length;
    expect(await locate(settingsOf('true', python, requirementsOf('0.13.0')), env)).toBe(first);
    expect(readUvInvocations(logFile)).toHaveLength(calls);
    expect(printed.join('')).toContain(
      `Using the LightEval environment an earlier step made at ${dirname(dirname(first))}`,
    );
  });

  it('without uv on PATH, installs uv with pip into an environment of its own, once', async () => {
    const { python, logFile, runnerTemp, env } = setup({ withoutUv: true });
    await locate(settingsOf('true', python, requirementsOf('0.13.0')), env);
    const tools = join(runnerTemp, `lighteval-uv-${UV_VERSION}`);
    expect(
      readPythonInvocations(logFile)
        .filter((call) => call.python[0] === '-m')
        .slice(0, 2),
    ).toEqual([
      { python: ['-m', 'venv', tools], venv: null },
      { python: ['-m', 'pip', 'install', '--disable-pip-version-check', `uv==${UV_VERSION}`], venv: tools },
    ]);
    expect(readUvInvocations(logFile)).toHaveLength(2);
    await locate(settingsOf('true', python, requirementsOf('0.12.2')), env);
    expect(readPythonInvocations(logFile).filter((call) => call.python.includes(`uv==${UV_VERSION}`))).toHaveLength(1);
  });

  it("an install failure is a LightEvalError with the installer's last lines", async () => {
    const { python, env } = setup({ pipFails: true });
    const error = await rejection(locate(settingsOf('auto', python, requirementsOf('0.13.0')), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(
      /^Installing lighteval\[litellm\]==0\.13\.0 litellm<1\.109 xxhash<4 pyarrow<26 exited with code 1\. Its last lines:\n/,
    );
    expect(error.message).toContain('ERROR: No matching distribution found for lighteval[litellm]==0.13.0');
  });

  it('a version the index does not have is a LightEvalError', async () => {
    const { python, env } = setup();
    const error = await rejection(locate(settingsOf('auto', python, requirementsOf('0.8.0')), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toContain(
      'Installing lighteval[litellm]==0.8.0 litellm<1.109 xxhash<4 pyarrow<26 exited with code 1',
    );
    expect(error.message).toContain(
      'Could not find a version that satisfies the requirement lighteval[litellm]==0.8.0',
    );
  });

  it('a missing interpreter, or one that is not Python 3, is an InputError naming the python input', async () => {
    const { root, env } = setup();
    const missing = join(root, 'no', 'python3');
    const error = await rejection(locate(settingsOf('auto', missing, requirementsOf('0.13.0')), env));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `Input "python": cannot run ${JSON.stringify(missing)}: not found; expected a Python 3 interpreter`,
    );

    const notOnPath = await rejection(
      locate(settingsOf('true', 'python3-not-on-this-path', requirementsOf('0.13.0')), env),
    );
    expect(notOnPath).toBeInstanceOf(InputError);
    expect(notOnPath.message).toBe(
      'Input "python": cannot run "python3-not-on-this-path": not found; expected a Python 3 interpreter',
    );

    const python2 = writeExecutable(join(root, 'python2'), '#!/bin/sh\necho "Python 2.7.18" >&2\n');
    const old = await rejection(locate(settingsOf('true', python2, requirementsOf('0.13.0')), env));
    expect(old).toBeInstanceOf(InputError);
    expect(old.message).toBe(
      `Input "python": ${JSON.stringify(python2)} is not a Python 3 interpreter (${python2} --version printed "Python 2.7.18")`,
    );
  });

  it('an interpreter that cannot be run for another reason is a LightEvalError', async () => {
    const { root, env } = setup();
    const notExecutable = writeExecutable(join(root, 'python3-no-x'), '#!/bin/sh\nexit 0\n', 0o644);
    const error = await rejection(locate(settingsOf('auto', notExecutable, requirementsOf('0.13.0')), env));
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(
      new RegExp(
        `^Running ${notExecutable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} --version could not start: .*EACCES`,
      ),
    );
  });

  /** The fakes need env, mkdir and chmod. */
  const withSystemPath = (env: Record<string, string>) => ({
    ...env,
    PATH: [env.PATH, '/usr/bin', '/bin'].join(delimiter),
  });

  /** A fake uv: records its environment, and "installs" a lighteval program, or nothing. */
  function fakeUv(binDir: string, installs: 'a program' | 'nothing'): void {
    writeExecutable(
      join(binDir, 'uv'),
      '#!/bin/sh\n' +
        'env > "$ENV_DUMP.$1"\n' +
        'if [ "$1" = venv ]; then for last; do :; done; mkdir -p "$last/bin"; exit 0; fi\n' +
        (installs === 'a program'
          ? 'venv=$(dirname "$(dirname "$4")"); printf "#!/bin/sh\\n" > "$venv/bin/lighteval"; chmod +x "$venv/bin/lighteval"\n'
          : '') +
        'echo "Installed 1 package"\n',
    );
  }

  it('runs Python and uv without the inputs and runner tokens in their environment', async () => {
    const { root, binDir, python, env } = setup({ withoutUv: true });
    fakeUv(binDir, 'a program');
    const dump = join(root, 'env');
    const program = await locate(settingsOf('true', python, requirementsOf('0.13.0')), {
      ...withSystemPath(env),
      ENV_DUMP: dump,
      INPUT_API_KEY: 'sk-input-secret',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
      KEPT_VARIABLE: 'kept',
    });
    expect(program.endsWith(join('bin', 'lighteval'))).toBe(true);
    for (const stage of ['venv', 'pip']) {
      const seen = readFileSync(`${dump}.${stage}`, 'utf8');
      expect(seen).toContain('KEPT_VARIABLE=kept');
      expect(seen).not.toContain('sk-input-secret');
      expect(seen).not.toContain('runtime-token');
      expect(seen).not.toContain('oidc-token');
      expect(seen).not.toMatch(/^INPUT_/m);
    }
  });

  it('an install that leaves no lighteval program is a LightEvalError', async () => {
    const { root, binDir, python, env } = setup({ withoutUv: true });
    fakeUv(binDir, 'nothing');
    const error = await rejection(
      locate(settingsOf('auto', python, requirementsOf('0.11.0')), {
        ...withSystemPath(env),
        ENV_DUMP: join(root, 'env'),
      }),
    );
    expect(error).toBeInstanceOf(LightEvalError);
    expect(error.message).toMatch(
      /^Installing LightEval 0\.11\.0 left no lighteval program in .*lighteval-env-[0-9a-f]{16}\/bin$/,
    );
  });
});
