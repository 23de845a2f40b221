// A stand-in for uv, just enough for the install flow tests need, over the Python stand-in (python.mjs):
//   uv venv [--no-python-downloads] --python EXE DIR          → EXE -m venv DIR
//   uv pip install --python PY [--no-python-downloads] [--torch-backend B] SPEC...
//                                                              → PY -m pip install SPEC...
//   uv --version                                               → uv 0.13.9
// Each invocation is logged first, as {"uv": argv, "env": {UV_* variables}}, to LIGHTEVAL_STANDIN_LOG.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const log = process.env.LIGHTEVAL_STANDIN_LOG;
const uvVariables = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('UV_')));
if (log) appendFileSync(log, `${JSON.stringify({ uv: argv, env: uvVariables })}\n`);

/** The value after `option`, and the arguments without both. */
function takeOption(args, option) {
  const index = args.indexOf(option);
  if (index < 0) return { value: undefined, rest: args };
  return { value: args[index + 1], rest: [...args.slice(0, index), ...args.slice(index + 2)] };
}

function run(command, args) {
  const child = spawnSync(command, args, { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
}

const [command, subcommand, ...rest] = argv;
if (command === '--version') {
  process.stdout.write('uv 0.13.9\n');
} else if (command === 'venv') {
  const { value: python, rest: others } = takeOption(
    [subcommand, ...rest].filter((argument) => argument !== '--no-python-downloads'),
    '--python',
  );
  run(python, ['-m', 'venv', ...others]);
} else if (command === 'pip' && subcommand === 'install') {
  const { value: python, rest: afterPython } = takeOption(
    rest.filter((argument) => argument !== '--no-python-downloads'),
    '--python',
  );
  const { rest: specs } = takeOption(afterPython, '--torch-backend');
  run(python, ['-m', 'pip', 'install', ...specs]);
} else {
  process.stderr.write(`uv stand-in: not implemented: ${JSON.stringify(argv)}\n`);
  process.exitCode = 2;
}
