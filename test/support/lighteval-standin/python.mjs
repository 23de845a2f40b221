// A stand-in for the Python interpreter, just enough for the install flow tests need:
//   python -m venv DIR                       → DIR/bin/python (a wrapper back to this file), DIR/pyvenv.cfg, ...
//   DIR/bin/python -m pip install "lighteval[litellm]==X.Y.Z"
//                                            → DIR/bin/lighteval, a wrapper running the LightEval CLI stand-in
//   python -m pip install ... outside a venv → error: externally-managed-environment (as on Ubuntu 24.04)
//   DIR/bin/python -m pip install uv==X     → DIR/bin/uv, a wrapper running the uv stand-in (uv.mjs)
//   python -c '<importlib.metadata version of lighteval>'
//                                            → the version pip installed into this venv, or PackageNotFoundError
//   python --version                         → Python 3.12.3
// There is no package index: it "knows" a fixed list of lighteval releases and nothing else.
//
// Knobs (environment):
//   PYTHON_STANDIN_VENV      set by a venv's bin/python wrapper: the venv this interpreter belongs to.
//   PYTHON_STANDIN_HOME      set by the base wrapper: its directory (where --break-system-packages installs).
//   PYTHON_STANDIN_PIP_FAIL  "1": pip cannot reach the index (network-style failure, exit 1).
//   LIGHTEVAL_STANDIN_LOG    file that gets one JSON line per invocation: {"python": argv, "venv": dir | null}.
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PYTHON_VERSION = '3.12.3';
const PIP_VERSION = '24.0';
const LITELLM_VERSION = '1.74.0';
const KNOWN_LIGHTEVAL_VERSIONS = [
  '0.9.0',
  '0.9.1',
  '0.9.2',
  '0.10.0',
  '0.11.0',
  '0.12.0',
  '0.12.1',
  '0.12.2',
  '0.13.0',
];
/** Installed alongside without a word, so `pip install --upgrade pip` and friends do not fail. */
const ALREADY_SATISFIED = new Set(['pip', 'setuptools', 'wheel']);
/** Packages besides LightEval that runs install for their tasks, each at the version PyPI serves. */
const OTHER_PACKAGES = new Map([
  ['langdetect', '1.0.9'],
  ['litellm', '1.108.14'],
  ['xxhash', '3.8.2'],
  ['pyarrow', '25.0.1'],
  ['huggingface_hub', '0.36.2'],
  ['datasets', '3.6.0'],
]);

const LIGHTEVAL_SCRIPT = fileURLToPath(new URL('./lighteval.mjs', import.meta.url));
const UV_SCRIPT = fileURLToPath(new URL('./uv.mjs', import.meta.url));
const PYTHON_SCRIPT = fileURLToPath(import.meta.url);

class ExitError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Single-quotes a value for POSIX sh: 'it'\''s'. */
function shellQuote(value) {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function writeExecutable(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

function interpreterWrapper(venvDirectory) {
  return (
    '#!/bin/sh\n' +
    "# Python stand-in for tests (see python.mjs): this venv's interpreter.\n" +
    `PYTHON_STANDIN_VENV=${shellQuote(venvDirectory)}\n` +
    'export PYTHON_STANDIN_VENV\n' +
    `exec ${shellQuote(process.execPath)} ${shellQuote(PYTHON_SCRIPT)} "$@"\n`
  );
}

function lightevalWrapper(prefix, version, extras) {
  return (
    '#!/bin/sh\n' +
    '# Stand-in that behaves like the LightEval CLI as documented (see lighteval.mjs).\n' +
    `LIGHTEVAL_STANDIN_VERSION=${shellQuote(version)}\n` +
    `LIGHTEVAL_STANDIN_EXTRAS=${shellQuote(extras.join(','))}\n` +
    `LIGHTEVAL_STANDIN_PREFIX=${shellQuote(prefix)}\n` +
    'export LIGHTEVAL_STANDIN_VERSION LIGHTEVAL_STANDIN_EXTRAS LIGHTEVAL_STANDIN_PREFIX\n' +
    `exec ${shellQuote(process.execPath)} ${shellQuote(LIGHTEVAL_SCRIPT)} "$@"\n`
  );
}

function sitePackagesOf(prefix) {
  return join(prefix, 'lib', `python${PYTHON_VERSION.split('.').slice(0, 2).join('.')}`, 'site-packages');
}

/**
 * Where pip puts things: a venv's bin/ and site-packages, or (for --break-system-packages) the directory of the
 * base wrapper and a site-packages next to it.
 */
function installTarget(venv) {
  if (venv !== null) return { prefix: venv, binDir: join(venv, 'bin'), sitePackages: sitePackagesOf(venv) };
  const home = process.env.PYTHON_STANDIN_HOME;
  if (!home) return null;
  return { prefix: home, binDir: home, sitePackages: join(home, 'site-packages') };
}

function logInvocation(argv, venv) {
  const logPath = process.env.LIGHTEVAL_STANDIN_LOG;
  if (!logPath) return;
  mkdirSync(dirname(resolve(logPath)), { recursive: true });
  appendFileSync(logPath, `${JSON.stringify({ python: argv, venv })}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// python -m venv

const VENV_FLAGS = new Set([
  '--clear',
  '--upgrade',
  '--upgrade-deps',
  '--without-pip',
  '--system-site-packages',
  '--copies',
  '--symlinks',
  '--without-scm-ignore-files',
]);

function venvUsageError(message) {
  return new ExitError(
    2,
    'usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear] [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n' +
      `            ENV_DIR [ENV_DIR ...]\nvenv: error: ${message}`,
  );
}

function createVenv(args) {
  const directories = [];
  let clear = false;
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? '';
    if (argument === '--prompt') index += 1;
    else if (argument.startsWith('--prompt=')) continue;
    else if (VENV_FLAGS.has(argument)) clear ||= argument === '--clear';
    else if (argument.startsWith('-')) throw venvUsageError(`unrecognized arguments: ${argument}`);
    else directories.push(argument);
  }
  if (directories.length === 0) throw venvUsageError('the following arguments are required: ENV_DIR');
  for (const directory of directories) {
    const venv = resolve(directory);
    if (clear) rmSync(venv, { recursive: true, force: true });
    const home = process.env.PYTHON_STANDIN_HOME || '/usr/bin';
    for (const name of ['python', 'python3', 'python3.12'])
      writeExecutable(join(venv, 'bin', name), interpreterWrapper(venv));
    for (const name of ['pip', 'pip3']) {
      writeExecutable(
        join(venv, 'bin', name),
        `#!/bin/sh\nexec ${shellQuote(join(venv, 'bin', 'python'))} -m pip "$@"\n`,
      );
    }
    writeFileSync(
      join(venv, 'bin', 'activate'),
      `# Source this with sh/bash.\nVIRTUAL_ENV=${shellQuote(venv)}\nexport VIRTUAL_ENV\nPATH="$VIRTUAL_ENV/bin:$PATH"\nexport PATH\n`,
    );
    mkdirSync(join(venv, 'include'), { recursive: true });
    mkdirSync(sitePackagesOf(venv), { recursive: true });
    writeFileSync(
      join(venv, 'pyvenv.cfg'),
      `home = ${home}\ninclude-system-site-packages = false\nversion = ${PYTHON_VERSION}\n` +
        `executable = ${join(home, 'python3.12')}\ncommand = ${join(home, 'python3')} -m venv ${venv}\n`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// python -m pip

const PIP_INSTALL_FLAGS = new Set([
  '-q',
  '--quiet',
  '-v',
  '--verbose',
  '-U',
  '--upgrade',
  '--no-cache-dir',
  '--disable-pip-version-check',
  '--no-input',
  '--break-system-packages',
  '--user',
  '--prefer-binary',
  '--no-deps',
  '--force-reinstall',
  '--isolated',
  '--no-color',
]);
const PIP_INSTALL_VALUE_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '--progress-bar',
  '--timeout',
  '--retries',
  '-c',
  '--constraint',
  '--root-user-action',
]);

function pipUsageError(message) {
  return new ExitError(
    2,
    `\nUsage:   \n  python -m pip install [options] <requirement specifier> [package-index-options] ...\n\n${message}`,
  );
}

function parsePipInstall(args) {
  const flags = new Set();
  const specs = [];
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? '';
    const optionName =
      argument.startsWith('--') && argument.includes('=') ? argument.slice(0, argument.indexOf('=')) : argument;
    if (argument === '-r' || argument === '--requirement') {
      index += 1;
      const file = args[index];
      if (file === undefined) throw pipUsageError(`${argument} option requires 1 argument`);
      if (!existsSync(file))
        throw new ExitError(
          1,
          `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`,
        );
      specs.push(
        ...readFileSync(file, 'utf8')
          .split('\n')
          .map((line) => line.replace(/#.*/, '').trim())
          .filter((line) => line !== ''),
      );
    } else if (PIP_INSTALL_FLAGS.has(argument)) flags.add(argument);
    else if (PIP_INSTALL_VALUE_OPTIONS.has(optionName)) {
      if (optionName === argument) index += 1;
    } else if (argument.startsWith('-')) throw pipUsageError(`no such option: ${argument}`);
    else specs.push(argument);
  }
  if (specs.length === 0)
    throw new ExitError(1, 'ERROR: You must give at least one requirement to install (see "pip help install")');
  return { flags, specs };
}

/** `lighteval`, `lighteval[litellm]`, `lighteval[litellm]==X.Y.Z` (name case-insensitive, `_`/`-` equivalent). */
function parseSpec(spec) {
  const match =
    /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:(==|===|>=|<=|~=|!=|>|<)\s*([^\s;]+))?\s*$/.exec(spec);
  if (!match) return undefined;
  return {
    name: (match[1] ?? '').toLowerCase().replace(/[._]/g, '-'),
    extras: (match[2] ?? '')
      .split(',')
      .map((extra) => extra.trim().toLowerCase())
      .filter((extra) => extra !== ''),
    operator: match[3] ?? null,
    version: match[4] ?? null,
  };
}

function noMatchingDistribution(spec, versions) {
  return new ExitError(
    1,
    `ERROR: Could not find a version that satisfies the requirement ${spec} (from versions: ${versions.length === 0 ? 'none' : versions.join(', ')})\n` +
      `ERROR: No matching distribution found for ${spec}`,
  );
}

function networkFailure(spec) {
  const retry = (total) =>
    `WARNING: Retrying (Retry(total=${total}, connect=None, read=None, redirect=None, status=None)) after connection broken by ` +
    "'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2b3c4d5e60>: Failed to establish a new connection: " +
    "[Errno -3] Temporary failure in name resolution')': /simple/lighteval/";
  return new ExitError(1, `${[4, 3, 2, 1, 0].map(retry).join('\n')}\n${noMatchingDistribution(spec, []).message}`);
}

const EXTERNALLY_MANAGED = `error: externally-managed-environment

× This environment is externally managed
╰─> To install Python packages system-wide, try apt install
    python3-xyz, where xyz is the package you are trying to
    install.

    If you wish to install a non-Debian-packaged Python package,
    create a virtual environment using python3 -m venv path/to/venv.
    Then use path/to/venv/bin/python and path/to/venv/bin/pip. Make
    sure you have python3-full installed.

    If you wish to install a non-Debian packaged Python application,
    it may be easiest to use pipx install xyz, which will manage a
    virtual environment for you. Make sure you have pipx installed.

    See /usr/share/doc/python3.12/README.venv for more information.

note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.
hint: See PEP 668 for the detailed specification.`;

function pipInstall(args, venv) {
  const { flags, specs } = parsePipInstall(args);
  if (venv === null && !flags.has('--break-system-packages')) throw new ExitError(1, EXTERNALLY_MANAGED);
  const target = installTarget(venv);
  if (target === null)
    throw new ExitError(1, 'ERROR: the Python stand-in has no system prefix (run it through createPythonStandin)');
  const quiet = flags.has('-q') || flags.has('--quiet');
  const say = (line) => {
    if (!quiet) process.stdout.write(`${line}\n`);
  };
  const installs = [];
  for (const spec of specs) {
    const parsed = parseSpec(spec);
    if (parsed === undefined) throw new ExitError(1, `ERROR: Invalid requirement: '${spec}'`);
    if (process.env.PYTHON_STANDIN_PIP_FAIL === '1') throw networkFailure(spec);
    if (ALREADY_SATISFIED.has(parsed.name)) {
      say(`Requirement already satisfied: ${parsed.name} in ${target.sitePackages}`);
      continue;
    }
    if (parsed.name === 'uv') {
      writeExecutable(
        join(target.binDir, 'uv'),
        `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(UV_SCRIPT)} "$@"\n`,
      );
      say(`Successfully installed uv-${parsed.version ?? '0.13.9'}`);
      continue;
    }
    if (OTHER_PACKAGES.has(parsed.name)) {
      say(`Successfully installed ${parsed.name}-${OTHER_PACKAGES.get(parsed.name)}`);
      continue;
    }
    if (parsed.name !== 'lighteval') throw noMatchingDistribution(spec, []);
    if (parsed.operator !== null && parsed.operator !== '==' && parsed.operator !== '===') {
      throw new ExitError(2, `ERROR: the Python stand-in only understands exact pins (==) for lighteval, not ${spec}`);
    }
    const version = parsed.version ?? KNOWN_LIGHTEVAL_VERSIONS.at(-1) ?? '0.13.0';
    if (!KNOWN_LIGHTEVAL_VERSIONS.includes(version)) throw noMatchingDistribution(spec, KNOWN_LIGHTEVAL_VERSIONS);
    installs.push({ spec, version, extras: parsed.extras });
  }
  for (const { spec, version, extras } of installs) {
    say(`Collecting lighteval==${version} (from ${spec})`);
    say(`  Downloading lighteval-${version}-py3-none-any.whl.metadata (17 kB)`);
    if (extras.includes('litellm')) {
      say(`Collecting litellm>=1.66.0 (from ${spec})`);
      say(`  Downloading litellm-${LITELLM_VERSION}-py3-none-any.whl.metadata (40 kB)`);
    }
    const { sitePackages } = target;
    mkdirSync(sitePackages, { recursive: true });
    for (const entry of readdirSync(sitePackages)) {
      if (/^lighteval-.*\.dist-info$/.test(entry)) rmSync(join(sitePackages, entry), { recursive: true, force: true });
    }
    const distInfo = join(sitePackages, `lighteval-${version}.dist-info`);
    mkdirSync(distInfo, { recursive: true });
    writeFileSync(
      join(distInfo, 'METADATA'),
      `Metadata-Version: 2.4\nName: lighteval\nVersion: ${version}\nSummary: A lightweight and configurable evaluation package\n` +
        `${extras.map((extra) => `Provides-Extra: ${extra}\n`).join('')}`,
    );
    writeExecutable(join(target.binDir, 'lighteval'), lightevalWrapper(target.prefix, version, extras));
    const installed = extras.includes('litellm')
      ? `lighteval-${version} litellm-${LITELLM_VERSION}`
      : `lighteval-${version}`;
    say(`Installing collected packages: ${extras.includes('litellm') ? 'litellm, ' : ''}lighteval`);
    say(`Successfully installed ${installed}`);
  }
}

function pipShow(args, venv) {
  const names = args.filter((argument) => !argument.startsWith('-'));
  const sitePackages = installTarget(venv)?.sitePackages ?? null;
  const found = [];
  const missing = [];
  for (const name of names) {
    const normalized = name.toLowerCase().replace(/[._]/g, '-');
    const distInfo =
      sitePackages !== null && existsSync(sitePackages)
        ? readdirSync(sitePackages).find(
            (entry) => entry.toLowerCase().startsWith(`${normalized}-`) && entry.endsWith('.dist-info'),
          )
        : undefined;
    if (distInfo === undefined || sitePackages === null) missing.push(name);
    else
      found.push(
        `${readFileSync(join(sitePackages, distInfo, 'METADATA'), 'utf8')
          .split('\n')
          .filter((line) => /^(Name|Version|Summary): /.test(line))
          .join('\n')}\nLocation: ${sitePackages}`,
      );
  }
  if (found.length > 0) process.stdout.write(`${found.join('\n---\n')}\n`);
  if (missing.length > 0) throw new ExitError(1, `WARNING: Package(s) not found: ${missing.join(', ')}`);
}

function pip(args, venv) {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-V') {
    const location = venv === null ? '/usr/lib/python3/dist-packages' : sitePackagesOf(venv);
    process.stdout.write(`pip ${PIP_VERSION} from ${location}/pip (python 3.12)\n`);
    return;
  }
  if (command === 'install') return pipInstall(rest, venv);
  if (command === 'show') return pipShow(rest, venv);
  throw new ExitError(
    2,
    `ERROR: the Python stand-in implements only pip install, pip show and pip --version, not ${JSON.stringify(command ?? '')}`,
  );
}

/** What `importlib.metadata.version("lighteval")` gives: the version pip installed here. */
function printLightevalVersion(venv) {
  const sitePackages = installTarget(venv)?.sitePackages;
  const distInfo =
    sitePackages && existsSync(sitePackages)
      ? readdirSync(sitePackages).find((entry) => /^lighteval-.*\.dist-info$/.test(entry))
      : undefined;
  if (distInfo === undefined)
    throw new ExitError(1, 'importlib.metadata.PackageNotFoundError: No package metadata was found for lighteval');
  const version = /^Version: (.*)$/m.exec(readFileSync(join(sitePackages, distInfo, 'METADATA'), 'utf8'))?.[1];
  process.stdout.write(`${version}\n`);
}

function main(argv) {
  const venv = process.env.PYTHON_STANDIN_VENV || null;
  logInvocation(argv, venv);
  const [first, second, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    process.stdout.write(`Python ${PYTHON_VERSION}\n`);
    return;
  }
  if (first === '-c' && second?.includes('importlib.metadata') && second.includes('"lighteval"'))
    return printLightevalVersion(venv);
  if (first === '-m' && second === 'venv') return createVenv(rest);
  if (first === '-m' && second === 'pip') return pip(rest, venv);
  throw new ExitError(
    2,
    `python stand-in: only -m venv, -m pip and --version are implemented (got ${JSON.stringify(argv)})`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ExitError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = error.code;
}
