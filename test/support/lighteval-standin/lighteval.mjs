// A stand-in that behaves like the LightEval CLI as documented, limited to `lighteval endpoint litellm`.
// Tests install it (through a wrapper that pins LIGHTEVAL_STANDIN_VERSION) instead of the real package, which
// needs a Python package index. It makes no network calls: metrics are fixed numbers, overridable per task.
//
// Behaviour follows the documented releases 0.9.0–0.13.x: the Click/Typer argument errors (exit 2), the YAML
// loading (`model_parameters` only, pydantic extra="forbid"), the task spec syntax of each version, the results
// and details file layout, Python's json.dumps output (indent=2, bare NaN) and LiteLLM's key lookup.
//
// What it is still for: starting in milliseconds (real LightEval takes 15–60 s per run here) and what real LightEval
// cannot be made to do on purpose: crash mid-run or mid-write (crash, partial), hang with or without honouring
// SIGTERM (hang, hang-ignoring-sigterm), leak the key into its results (leak), exit 0 without a results file
// (no-results), chosen metric values including NaN/Infinity (LIGHTEVAL_STANDIN_METRICS), and every release and
// pip extra without installing them.
//
// Checked against real LightEval 0.13.0 by test/real/standin-parity.test.ts (same invocations through both; exit
// code, error class, files written, results keys): a good run, an unknown task (ValueError), an unknown key in
// model_parameters (ValidationError, extra_forbidden) and a `.yml` model file (read as key=value arguments, so a
// ValidationError) agree. The differences that remain, each asserted there:
// - A missing key: the real CLI retries (api_max_retry), logs `Error in API call: litellm.InternalServerError: ...
//   Missing credentials ...` (the LiteLLM beside 0.13.0), then exits 0 with empty answers and a results file. The
//   stand-in deliberately stops with litellm.exceptions.AuthenticationError, exit 1, nothing written, so tests see
//   the failure at once (the same holds for an unknown provider prefix, not checked against the real CLI).
// - Tracebacks: the real CLI prints Typer's Rich boxes ending `ValidationError: ...` (bare class name); the stand-in
//   prints a plain Python traceback ending with the qualified name (`pydantic_core._pydantic_core.ValidationError`).
// - Custom task files: the stand-in cannot import Python, so it knows a custom task only from a
//   `# standin-task: <name>` line in the file.
// - Metric values and the config_tasks/summary details are invented; only the keys and the layout are checked.
//
// Knobs (environment):
//   LIGHTEVAL_STANDIN_VERSION   X.Y.Z, set by the wrapper that "installs" the stand-in.
//   LIGHTEVAL_STANDIN_EXTRAS    comma-separated pip extras installed with it (default: litellm).
//   LIGHTEVAL_STANDIN_SCENARIO  ok | crash | hang | hang-ignoring-sigterm | leak | no-results | partial.
//   LIGHTEVAL_STANDIN_METRICS   JSON {"<task>": {"<metric>": number | "NaN" | "Infinity" | "-Infinity"}}.
//   LIGHTEVAL_STANDIN_LOG       file that gets one JSON line per run (never the key itself).
//   LIGHTEVAL_STANDIN_EXTRA_PROVIDERS  comma-separated model name prefixes to accept beyond LiteLLM's own list.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { uptime } from 'node:os';

// Loaded through require: noticeably faster to start than importing the CommonJS build as ESM, and every test
// run starts this process.
const { parse: parseYaml } = createRequire(import.meta.url)('yaml');

const EXIT_PYTHON_EXCEPTION = 1;
const EXIT_USAGE = 2;
/** The stand-in itself is misconfigured (bad knob): distinct from anything the documented CLI returns. */
const EXIT_STANDIN_MISCONFIGURED = 99;

const SUPPORTED_VERSION_RANGE = 'from 0.9.0 to 0.13.x';
const PYDANTIC_DOCS = 'https://errors.pydantic.dev/2.11/v';

// ---------------------------------------------------------------------------------------------------------------
// Errors shaped like the two ways the documented CLI fails.

/** An uncaught Python exception: traceback on stderr, exit 1. */
class PythonException extends Error {
  constructor(pythonType, message, frames = []) {
    super(message);
    this.pythonType = pythonType;
    this.frames = frames;
  }
}

/** A Click usage error: usage line, hint, `Error: ...`, exit 2. */
class UsageError extends Error {
  constructor(
    message,
    usage = 'lighteval endpoint litellm [OPTIONS] MODEL_ARGS TASKS',
    helpCommand = 'lighteval endpoint litellm',
  ) {
    super(message);
    this.usage = usage;
    this.helpCommand = helpCommand;
  }
}

class StandinMisconfigured extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Python-looking output.

function pad(number, width = 2) {
  return String(number).padStart(width, '0');
}

/** `logging`'s default asctime: `2026-11-29 10:45:27,123`. */
function pythonAsctime(date = new Date()) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())},${pad(date.getMilliseconds(), 3)}`;
}

/** One line in the documented log format: `[asctime] [   LEVEL]: message (file.py:line)`. */
function log(level, message, where = 'pipeline.py:178') {
  process.stderr.write(`[${pythonAsctime()}] [${level.padStart(8)}]: ${message} (${where})\n`);
}

const info = (message, where) => log('INFO', message, where);
const warning = (message, where) => log('WARNING', message, where);

/** Python's repr() of a float. */
function pythonFloatRepr(value, { jsonTokens = false } = {}) {
  if (Number.isNaN(value)) return jsonTokens ? 'NaN' : 'nan';
  if (value === Infinity) return jsonTokens ? 'Infinity' : 'inf';
  if (value === -Infinity) return jsonTokens ? '-Infinity' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  // Python switches to scientific notation outside [1e-4, 1e16); JavaScript only outside [1e-7, 1e21).
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${pad(Math.abs(exponent))}`;
  }
  const positional = String(value);
  return positional.includes('.') ? positional : `${positional}.0`;
}

/** Python's repr() of a str. */
function pythonStringRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '\\') body += '\\\\';
    else if (character === quote) body += `\\${quote}`;
    else if (character === '\n') body += '\\n';
    else if (character === '\r') body += '\\r';
    else if (character === '\t') body += '\\t';
    else if (code < 0x20 || code === 0x7f) body += `\\x${code.toString(16).padStart(2, '0')}`;
    else body += character;
  }
  return `${quote}${body}${quote}`;
}

/**
 * Values here are "Python values": YAML is parsed with ints as bigint, so bigint is a Python int and number is a
 * Python float. That keeps `timeout: 120` (int, dumped as 120.0 once pydantic makes it a float) apart from 120.0.
 */
function pythonRepr(value) {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return pythonFloatRepr(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (value instanceof Date) return pythonStringRepr(value.toISOString());
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`)
    .join(', ')}}`;
}

function pythonTypeName(value) {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'datetime.date';
  return 'dict';
}

/** `json.dumps(value, indent=2, ensure_ascii=False)`, byte for byte: floats keep `.0`, NaN stays a bare token. */
function pythonJsonDumps(value, indent = 2, depth = 0) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return pythonFloatRepr(value, { jsonTokens: true });
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = ' '.repeat(indent * (depth + 1));
  const outer = ' '.repeat(indent * depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + pythonJsonDumps(item, indent, depth + 1)).join(',\n')}\n${outer}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pythonJsonDumps(item, indent, depth + 1)}`).join(',\n')}\n${outer}}`;
}

function sitePackages() {
  const prefix = process.env.LIGHTEVAL_STANDIN_PREFIX || '/usr/local';
  return `${prefix}/lib/python3.12/site-packages`;
}

function printTraceback(exception) {
  const lines = ['Traceback (most recent call last):'];
  const binary = process.env.LIGHTEVAL_STANDIN_PREFIX
    ? `${process.env.LIGHTEVAL_STANDIN_PREFIX}/bin/lighteval`
    : '/usr/local/bin/lighteval';
  lines.push(`  File "${binary}", line 8, in <module>`, '    sys.exit(app())', '             ^^^^^');
  for (const [file, line, functionName, code] of exception.frames) {
    lines.push(`  File "${sitePackages()}/lighteval/${file}", line ${line}, in ${functionName}`, `    ${code}`);
  }
  const message = exception.message === '' ? '' : `: ${exception.message}`;
  lines.push(`${exception.pythonType}${message}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

function printUsageError(error) {
  process.stderr.write(
    `Usage: ${error.usage}\nTry '${error.helpCommand} --help' for help.\n\nError: ${error.message}\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Versions and what each one accepts.

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text ?? '');
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compareVersions(left, right) {
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function featuresOf(versionText) {
  const version = parseVersion(versionText);
  if (!version)
    throw new StandinMisconfigured(
      `LIGHTEVAL_STANDIN_VERSION must be X.Y.Z, got ${JSON.stringify(versionText ?? null)}`,
    );
  const atLeast = (text) => compareVersions(version, parseVersion(text) ?? [0, 0, 0]) >= 0;
  if (!atLeast('0.9.0') || atLeast('0.14.0')) {
    throw new StandinMisconfigured(
      `LIGHTEVAL_STANDIN_VERSION ${versionText} is outside the supported range (${SUPPORTED_VERSION_RANGE})`,
    );
  }
  return {
    version: versionText,
    useChatTemplateOption: !atLeast('0.10.0'),
    systemPromptOption: !atLeast('0.11.0'),
    resultsPathTemplateOption: atLeast('0.10.0'),
    reasoningTagOptions: atLeast('0.11.0'),
    loadTasksMultilingualOption: atLeast('0.12.0'),
    // ≤0.10: suite|task|fewshot|truncate; 0.11–0.12.0: suite|task|fewshot; ≥0.12.1: task|fewshot or task.
    taskSyntax: atLeast('0.12.1') ? 'task' : atLeast('0.11.0') ? 'suite' : 'suite-truncate',
    modelConfigInResults: atLeast('0.11.0'),
    jobIdAsString: atLeast('0.11.0'),
    stripModelNameSlashes: atLeast('0.11.0'),
    taskFileNeedsDot: !atLeast('0.11.0'),
    quoteBareGenerationValues: atLeast('0.11.0'),
    baseModelFields: atLeast('0.11.0'),
    concurrentRequests: atLeast('0.11.0'),
    retryAndTimeoutFields: atLeast('0.12.0'),
    newGenerationFields: atLeast('0.11.0'),
    temperatureDefaultsToZero: atLeast('0.11.0'),
    modelConfigModule: atLeast('0.11.0')
      ? 'lighteval.models.endpoints.litellm_model'
      : 'lighteval.models.litellm_model',
    missingTaskMessage: atLeast('0.11.0')
      ? (task) => `Cannot find task ${task} in task list or in custom task registry`
      : (task) => `Cannot find tasks ${task} in task list or in custom task registry)`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Command line, parsed the way Click does for `lighteval endpoint litellm`.

function optionTable(features) {
  const options = new Map();
  const valueOption = (name, type) => options.set(`--${name}`, { name, kind: type });
  const flag = (name) => {
    options.set(`--${name}`, { name, kind: 'flag', value: true });
    options.set(`--no-${name}`, { name, kind: 'flag', value: false });
  };
  if (features.useChatTemplateOption) flag('use-chat-template');
  if (features.systemPromptOption) valueOption('system-prompt', 'text');
  if (features.loadTasksMultilingualOption) flag('load-tasks-multilingual');
  valueOption('dataset-loading-processes', 'integer');
  valueOption('custom-tasks', 'text');
  valueOption('num-fewshot-seeds', 'integer');
  valueOption('load-responses-from-details-date-id', 'text');
  if (features.reasoningTagOptions) {
    flag('remove-reasoning-tags');
    valueOption('reasoning-tags', 'text');
  }
  valueOption('output-dir', 'text');
  if (features.resultsPathTemplateOption) valueOption('results-path-template', 'text');
  flag('push-to-hub');
  flag('push-to-tensorboard');
  flag('public-run');
  valueOption('results-org', 'text');
  flag('save-details');
  flag('wandb');
  valueOption('max-samples', 'integer');
  valueOption('job-id', 'integer');
  options.set('--help', { name: 'help', kind: 'flag', value: true });
  return options;
}

/** Python's int(): optional sign, digits, underscores between digits, surrounding whitespace. */
function parsePythonInteger(text) {
  const trimmed = text.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) return undefined;
  return BigInt(trimmed.replaceAll('_', ''));
}

function parseLitellmArguments(argv, features) {
  const options = optionTable(features);
  const values = {
    'output-dir': 'results',
    'num-fewshot-seeds': 1n,
    'dataset-loading-processes': 1n,
    'job-id': 0n,
    'max-samples': null,
    'custom-tasks': null,
    'save-details': false,
    'push-to-hub': false,
    'results-path-template': null,
    'load-responses-from-details-date-id': null,
    help: false,
  };
  const positional = [];
  let onlyPositional = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (onlyPositional || argument === '-' || !argument.startsWith('-')) {
      positional.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyPositional = true;
      continue;
    }
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const name = equals >= 0 ? argument.slice(0, equals) : argument;
    const inlineValue = equals >= 0 ? argument.slice(equals + 1) : undefined;
    const option = options.get(name);
    if (!option) throw new UsageError(`No such option: ${name}`);
    if (option.kind === 'flag') {
      if (inlineValue !== undefined) throw new UsageError(`Option '${name}' does not take a value.`);
      values[option.name] = option.value;
      continue;
    }
    let value = inlineValue;
    if (value === undefined) {
      index += 1;
      value = argv[index];
    }
    if (value === undefined) throw new UsageError(`Option '${name}' requires an argument.`);
    if (option.kind === 'integer') {
      const parsed = parsePythonInteger(value);
      if (parsed === undefined) throw new UsageError(`Invalid value for '${name}': '${value}' is not a valid integer.`);
      values[option.name] = parsed;
    } else {
      values[option.name] = value;
    }
  }
  if (values.help) return { help: true };
  const [modelArgs, tasks, ...extra] = positional;
  if (modelArgs === undefined) throw new UsageError("Missing argument 'MODEL_ARGS'.");
  if (tasks === undefined) throw new UsageError("Missing argument 'TASKS'.");
  if (extra.length > 0) {
    throw new UsageError(`Got unexpected extra argument${extra.length > 1 ? 's' : ''} (${extra.join(' ')})`);
  }
  return { help: false, modelArgs, tasks, options: values };
}

function printLitellmHelp(features) {
  const names = [...optionTable(features).keys()].filter((name) => !name.startsWith('--no-') && name !== '--help');
  process.stdout.write(
    'Usage: lighteval endpoint litellm [OPTIONS] MODEL_ARGS TASKS\n\n' +
      ' Evaluate models using LiteLLM as backend.\n\n' +
      `Options:\n${names.map((name) => `  ${name}`).join('\n')}\n  --help\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Model configuration: YAML `model_parameters`, validated like the pydantic models of each version.

const str = { type: 'str' };
const optionalStr = { type: 'str', nullable: true };
const optionalNonNegativeInt = { type: 'int', nullable: true, nonNegative: true };
const optionalNonNegativeFloat = { type: 'float', nullable: true, nonNegative: true };
const optionalBool = { type: 'bool', nullable: true };

function generationFields(features) {
  const fields = [];
  if (features.newGenerationFields) {
    fields.push(['num_blocks', optionalNonNegativeInt, null], ['block_size', optionalNonNegativeInt, null]);
  }
  fields.push(
    ['early_stopping', optionalBool, null],
    ['repetition_penalty', optionalNonNegativeFloat, null],
    ['frequency_penalty', optionalNonNegativeFloat, null],
    ['length_penalty', optionalNonNegativeFloat, null],
    ['presence_penalty', optionalNonNegativeFloat, null],
    ['max_new_tokens', optionalNonNegativeInt, null],
    ['min_new_tokens', optionalNonNegativeInt, null],
    ['seed', optionalNonNegativeInt, null],
    ['stop_tokens', { type: 'list[str]', nullable: true }, null],
    features.temperatureDefaultsToZero
      ? ['temperature', { type: 'float', nonNegative: true }, 0n] // pydantic keeps the int default as written
      : ['temperature', optionalNonNegativeFloat, null],
    ['top_k', optionalNonNegativeInt, null],
    ['min_p', optionalNonNegativeFloat, null],
    ['top_p', optionalNonNegativeFloat, null],
    ['truncate_prompt', optionalBool, null],
  );
  if (features.newGenerationFields) fields.push(['cache_implementation', optionalStr, null]);
  fields.push(['response_format', optionalStr, null]);
  return fields;
}

/** Fields of LiteLLMModelConfig in pydantic's order (base class first), each [name, spec, default]. */
function modelFields(features) {
  const generation = { type: 'model', fields: generationFields(features), modelName: 'GenerationParameters' };
  if (!features.baseModelFields) {
    return [
      ['generation_parameters', generation, undefined],
      ['model_name', { ...str, required: true }, undefined],
      ['provider', optionalStr, null],
      ['base_url', optionalStr, null],
      ['api_key', optionalStr, null],
    ];
  }
  const fields = [
    ['model_name', { ...str, required: true }, undefined],
    ['generation_parameters', generation, undefined],
    ['system_prompt', optionalStr, null],
    ['cache_dir', str, '~/.cache/huggingface/lighteval'],
    ['provider', optionalStr, null],
    ['base_url', optionalStr, null],
    ['api_key', optionalStr, null],
    ['concurrent_requests', { type: 'int' }, 10n],
  ];
  if (features.retryAndTimeoutFields) {
    fields.push(
      ['verbose', { type: 'bool' }, false],
      ['max_model_length', { type: 'int', nullable: true }, null],
      ['api_max_retry', { type: 'int' }, 8n],
      ['api_retry_sleep', { type: 'float' }, 1.0],
      ['api_retry_multiplier', { type: 'float' }, 2.0],
      ['timeout', { type: 'float', nullable: true }, null],
    );
  }
  return fields;
}

const TRUE_STRINGS = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_STRINGS = new Set(['0', 'off', 'f', 'false', 'n', 'no']);

function isMapping(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Validates one value against a field spec (pydantic v2 lax mode); returns the coerced value or pushes errors. */
function validateValue(value, spec, location, errors) {
  const fail = (type, message) => {
    errors.push({ location, type, message, input: value });
    return undefined;
  };
  if (value === null && spec.nullable) return null;
  switch (spec.type) {
    case 'str':
      return typeof value === 'string' ? value : fail('string_type', 'Input should be a valid string');
    case 'bool': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'bigint' && (value === 0n || value === 1n)) return value === 1n;
      if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
      if (typeof value === 'string') {
        const lowered = value.toLowerCase();
        if (TRUE_STRINGS.has(lowered)) return true;
        if (FALSE_STRINGS.has(lowered)) return false;
        return fail('bool_parsing', 'Input should be a valid boolean, unable to interpret input');
      }
      return fail('bool_type', 'Input should be a valid boolean');
    }
    case 'int': {
      let result;
      if (typeof value === 'bigint') result = value;
      else if (typeof value === 'boolean') result = value ? 1n : 0n;
      else if (typeof value === 'number') {
        if (!Number.isFinite(value)) return fail('finite_number', 'Input should be a finite number');
        if (!Number.isInteger(value))
          return fail('int_from_float', 'Input should be a valid integer, got a number with a fractional part');
        result = BigInt(value);
      } else if (typeof value === 'string') {
        result = parsePythonInteger(value);
        if (result === undefined)
          return fail('int_parsing', 'Input should be a valid integer, unable to parse string as an integer');
      } else return fail('int_type', 'Input should be a valid integer');
      if (spec.nonNegative && result < 0n)
        return fail('greater_than_equal', 'Input should be greater than or equal to 0');
      return result;
    }
    case 'float': {
      let result;
      if (typeof value === 'number') result = value;
      else if (typeof value === 'bigint') result = Number(value);
      else if (typeof value === 'boolean') result = value ? 1 : 0;
      else if (typeof value === 'string') {
        const trimmed = value.trim().toLowerCase();
        if (/^[+-]?(inf|infinity)$/.test(trimmed)) result = trimmed.startsWith('-') ? -Infinity : Infinity;
        else if (/^[+-]?nan$/.test(trimmed)) result = Number.NaN;
        else if (/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?$/.test(trimmed))
          result = Number(trimmed.replaceAll('_', ''));
        else return fail('float_parsing', 'Input should be a valid number, unable to parse string as a number');
      } else return fail('float_type', 'Input should be a valid number');
      if (spec.nonNegative && !(result >= 0))
        return fail('greater_than_equal', 'Input should be greater than or equal to 0');
      return result;
    }
    case 'list[str]': {
      if (!Array.isArray(value)) return fail('list_type', 'Input should be a valid list');
      const items = value.map((item, index) => validateValue(item, str, `${location}.${index}`, errors));
      return items;
    }
    case 'model': {
      if (!isMapping(value))
        return fail('model_type', `Input should be a valid dictionary or instance of ${spec.modelName}`);
      return validateModel(value, spec.fields, location, errors);
    }
    default:
      throw new Error(`unknown field type ${spec.type}`);
  }
}

function validateModel(input, fields, location, errors) {
  const prefix = location === '' ? '' : `${location}.`;
  const dumped = {};
  for (const [name, spec, defaultValue] of fields) {
    if (!(name in input)) {
      if (spec.required)
        errors.push({ location: `${prefix}${name}`, type: 'missing', message: 'Field required', input });
      else if (spec.type === 'model') dumped[name] = validateModel({}, spec.fields, `${prefix}${name}`, errors);
      else dumped[name] = defaultValue;
      continue;
    }
    dumped[name] = validateValue(input[name], spec, `${prefix}${name}`, errors);
  }
  const known = new Set(fields.map(([name]) => name));
  for (const [name, value] of Object.entries(input)) {
    if (!known.has(name)) {
      errors.push({
        location: `${prefix}${name}`,
        type: 'extra_forbidden',
        message: 'Extra inputs are not permitted',
        input: value,
      });
    }
  }
  return dumped;
}

function validationErrorMessage(errors) {
  const header = `${errors.length} validation error${errors.length === 1 ? '' : 's'} for LiteLLMModelConfig`;
  const details = errors.map(
    (error) =>
      `${error.location}\n  ${error.message} [type=${error.type}, input_value=${pythonRepr(error.input)}, input_type=${pythonTypeName(error.input)}]\n` +
      `    For further information visit ${PYDANTIC_DOCS}/${error.type}`,
  );
  return [header, ...details].join('\n');
}

const MODEL_FROM_PATH_FRAME = [
  'main_endpoint.py',
  287,
  'litellm',
  'model_config = LiteLLMModelConfig.from_path(model_args)',
];
const MODEL_FROM_ARGS_FRAME = [
  'main_endpoint.py',
  290,
  'litellm',
  'model_config = LiteLLMModelConfig.from_args(model_args)',
];
const FROM_PATH_CONSTRUCT_FRAME = [
  'models/abstract_model.py',
  212,
  'from_path',
  'return cls(**config["model_parameters"])',
];
const FROM_ARGS_CONSTRUCT_FRAME = ['models/abstract_model.py', 217, 'from_args', 'return cls(**config)'];

function constructModelConfig(parameters, features, frames) {
  const constructFrame = frames.includes(MODEL_FROM_ARGS_FRAME) ? FROM_ARGS_CONSTRUCT_FRAME : FROM_PATH_CONSTRUCT_FRAME;
  const className = `${features.modelConfigModule}.LiteLLMModelConfig()`;
  if (!isMapping(parameters)) {
    throw new PythonException(
      'TypeError',
      `${className} argument after ** must be a mapping, not ${pythonTypeName(parameters)}`,
      [...frames, constructFrame],
    );
  }
  const errors = [];
  const dumped = validateModel(parameters, modelFields(features), '', errors);
  if (errors.length > 0) {
    throw new PythonException('pydantic_core._pydantic_core.ValidationError', validationErrorMessage(errors), [
      ...frames,
      constructFrame,
    ]);
  }
  return dumped;
}

/** ModelConfig._parse_args: `key=value,...` with an optional `generation_parameters={...}`. */
function parseModelArgsString(text, features) {
  let generationParameters;
  for (const match of text.matchAll(/(\w+)=(\{.*\}|[^,]+)/g)) {
    if (match[1] !== 'generation_parameters') continue;
    let json = (match[2] ?? '').replace(/(\w+):/g, '"$1":');
    if (features.quoteBareGenerationValues) json = json.replace(/:\s*([A-Za-z_][\w.-]*)\s*(?=[,}])/g, ':"$1"');
    try {
      generationParameters = parseYaml(json, { schema: 'json', intAsBigInt: true });
    } catch {
      throw new PythonException('json.decoder.JSONDecodeError', 'Expecting value: line 1 column 2 (char 1)', [
        MODEL_FROM_ARGS_FRAME,
      ]);
    }
  }
  const rest = text.replace(/generation_parameters=\{.*?\},?/, '').replace(/^,+|,+$/g, '');
  const config = {};
  for (const item of rest.split(',')) {
    const parts = item.split('=');
    config[parts[0] ?? ''] = item.includes('=') ? (parts[1] ?? '') : true;
  }
  if (generationParameters !== undefined) config.generation_parameters = generationParameters;
  return config;
}

function loadModelConfig(modelArgs, features) {
  if (!modelArgs.endsWith('.yaml')) {
    const parameters = parseModelArgsString(modelArgs, features);
    return { modelConfig: constructModelConfig(parameters, features, [MODEL_FROM_ARGS_FRAME]), modelFileText: null };
  }
  const openFrame = ['main_endpoint.py', 284, 'litellm', 'with open(model_args, "r") as f:'];
  if (!existsSync(modelArgs)) {
    throw new PythonException(
      'FileNotFoundError',
      `[Errno 2] No such file or directory: ${pythonStringRepr(modelArgs)}`,
      [openFrame],
    );
  }
  if (statSync(modelArgs).isDirectory()) {
    throw new PythonException('IsADirectoryError', `[Errno 21] Is a directory: ${pythonStringRepr(modelArgs)}`, [
      openFrame,
    ]);
  }
  const text = readFileSync(modelArgs, 'utf8');
  let document;
  try {
    // PyYAML's safe_load is YAML 1.1 and lets a repeated key win silently.
    document = parseYaml(text, { version: '1.1', intAsBigInt: true, uniqueKeys: false });
  } catch (error) {
    throw new PythonException('yaml.parser.ParserError', String(error instanceof Error ? error.message : error), [
      ['main_endpoint.py', 285, 'litellm', 'config = yaml.safe_load(f)'],
    ]);
  }
  if (!isMapping(document)) {
    throw new PythonException('AttributeError', `'${pythonTypeName(document)}' object has no attribute 'get'`, [
      ['main_endpoint.py', 286, 'litellm', 'metric_options = config.get("metric_options", {})'],
    ]);
  }
  if (!('model_parameters' in document)) {
    throw new PythonException('KeyError', "'model_parameters'", [MODEL_FROM_PATH_FRAME, FROM_PATH_CONSTRUCT_FRAME]);
  }
  // Everything else at the top level (metadata, execution, a top-level generation_parameters) is ignored.
  return {
    modelConfig: constructModelConfig(document.model_parameters, features, [MODEL_FROM_PATH_FRAME]),
    modelFileText: text,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// LiteLLM: which environment variable holds the key for a model name's prefix.

const KEY_VARIABLES = {
  openai: ['OPENAI_API_KEY'],
  custom_openai: ['OPENAI_API_KEY'],
  azure: ['AZURE_API_KEY', 'AZURE_OPENAI_API_KEY'],
  azure_text: ['AZURE_API_KEY', 'AZURE_OPENAI_API_KEY'],
  azure_ai: ['AZURE_AI_API_KEY'],
  anthropic: ['ANTHROPIC_API_KEY'],
  anthropic_text: ['ANTHROPIC_API_KEY'],
  gemini: ['GEMINI_API_KEY'],
  together_ai: ['TOGETHERAI_API_KEY', 'TOGETHER_API_KEY', 'TOGETHER_AI_API_KEY'],
  groq: ['GROQ_API_KEY'],
  mistral: ['MISTRAL_API_KEY'],
  openrouter: ['OPENROUTER_API_KEY'],
  deepseek: ['DEEPSEEK_API_KEY'],
  huggingface: ['HF_TOKEN', 'HUGGINGFACE_API_KEY'],
  cohere: ['COHERE_API_KEY'],
  cohere_chat: ['COHERE_API_KEY'],
  fireworks_ai: ['FIREWORKS_AI_API_KEY', 'FIREWORKS_API_KEY'],
  xai: ['XAI_API_KEY'],
  perplexity: ['PERPLEXITYAI_API_KEY'],
  deepinfra: ['DEEPINFRA_API_KEY'],
  hosted_vllm: ['HOSTED_VLLM_API_KEY'],
  lm_studio: ['LM_STUDIO_API_KEY'],
  ollama: ['OLLAMA_API_KEY'],
  ollama_chat: ['OLLAMA_API_KEY'],
  bedrock: ['AWS_ACCESS_KEY_ID'],
  vertex_ai: ['GOOGLE_APPLICATION_CREDENTIALS'],
  vertex_ai_beta: ['GOOGLE_APPLICATION_CREDENTIALS'],
};
/** LiteLLM's provider names (its LlmProviders enum); a model name must start with one of them. */
const KNOWN_PROVIDERS = new Set([
  'openai',
  'openai_like',
  'jina_ai',
  'xai',
  'custom_openai',
  'text-completion-openai',
  'cohere',
  'cohere_chat',
  'clarifai',
  'anthropic',
  'anthropic_text',
  'bytez',
  'replicate',
  'runwayml',
  'huggingface',
  'together_ai',
  'openrouter',
  'datarobot',
  'vertex_ai',
  'vertex_ai_beta',
  'gemini',
  'ai21',
  'baseten',
  'azure',
  'azure_text',
  'azure_ai',
  'sagemaker',
  'sagemaker_chat',
  'bedrock',
  'vllm',
  'nlp_cloud',
  'petals',
  'oobabooga',
  'ollama',
  'ollama_chat',
  'deepinfra',
  'perplexity',
  'mistral',
  'milvus',
  'groq',
  'nvidia_nim',
  'cerebras',
  'ai21_chat',
  'volcengine',
  'codestral',
  'text-completion-codestral',
  'dashscope',
  'moonshot',
  'v0',
  'morph',
  'lambda_ai',
  'deepseek',
  'sambanova',
  'maritalk',
  'voyage',
  'cloudflare',
  'xinference',
  'fireworks_ai',
  'friendliai',
  'featherless_ai',
  'watsonx',
  'watsonx_text',
  'triton',
  'predibase',
  'databricks',
  'empower',
  'github',
  'compactifai',
  'docker_model_runner',
  'custom',
  'litellm_proxy',
  'hosted_vllm',
  'llamafile',
  'lm_studio',
  'galadriel',
  'nebius',
  'infinity',
  'deepgram',
  'elevenlabs',
  'novita',
  'aiohttp_openai',
  'langfuse',
  'humanloop',
  'topaz',
  'assemblyai',
  'github_copilot',
  'snowflake',
  'gradient_ai',
  'meta_llama',
  'nscale',
  'pg_vector',
  'hyperbolic',
  'recraft',
  'fal_ai',
  'heroku',
  'aiml',
  'cometapi',
  'oci',
  'auto_router',
  'vercel_ai_gateway',
  'dotprompt',
  'wandb',
  'ovhcloud',
  'lemonade',
]);
/** Read before the documented variable when set. */
const PREFERRED_VARIABLES = { gemini: ['GOOGLE_API_KEY'] };
/** Local servers: LiteLLM sends a placeholder key when none is set. */
const DUMMY_KEY_PROVIDERS = new Set(['hosted_vllm', 'lm_studio']);
/** No key at all is needed. */
const KEYLESS_PROVIDERS = new Set(['ollama', 'ollama_chat']);
/** Prefixes that route somewhere a chat completion against a served endpoint cannot work. */
const UNUSABLE_PREFIXES = {
  vllm: "litellm.APIConnectionError: No module named 'vllm' (the vllm/ prefix runs vLLM in-process; a served vLLM is hosted_vllm/)",
  custom: 'litellm.BadRequestError: custom/ needs a registered custom_handler; it is not an OpenAI-compatible route',
  openai_like: 'litellm.BadRequestError: openai_like/ supports embeddings only',
};

/** The provider LiteLLM routes to: the model name's first segment, or a guess from a bare well-known name. */
function litellmProvider(modelName) {
  const slash = modelName.indexOf('/');
  if (slash > 0) return modelName.slice(0, slash);
  if (/^(gpt-|o1|o3|o4|chatgpt-)/.test(modelName)) return 'openai';
  if (modelName.startsWith('claude-')) return 'anthropic';
  return undefined;
}

/** Where the key comes from, as LiteLLM would find it. Never returns the key in anything that gets logged. */
function resolveApiKey(modelConfig, env) {
  const provider = litellmProvider(modelConfig.model_name ?? '') ?? '';
  const documented = KEY_VARIABLES[provider] ?? [`${provider.toUpperCase()}_API_KEY`];
  const readOrder = [...(PREFERRED_VARIABLES[provider] ?? []), ...documented];
  const primaryVariable = documented[0] ?? 'OPENAI_API_KEY';
  const variableWithValue = readOrder.find((name) => typeof env[name] === 'string' && env[name] !== '');
  const keyVariable = variableWithValue ?? primaryVariable;
  const environmentValue = env[keyVariable];
  if (typeof modelConfig.api_key === 'string') {
    return { provider, keyVariable, environmentValue, key: modelConfig.api_key, source: 'config' };
  }
  if (variableWithValue)
    return { provider, keyVariable, environmentValue, key: env[variableWithValue], source: 'environment' };
  if (DUMMY_KEY_PROVIDERS.has(provider))
    return { provider, keyVariable, environmentValue, key: 'fake-api-key', source: 'dummy' };
  return {
    provider,
    keyVariable,
    environmentValue,
    key: null,
    source: KEYLESS_PROVIDERS.has(provider) ? 'not-needed' : 'missing',
  };
}

function authenticationError(resolution) {
  if (resolution.provider === 'openai' || resolution.provider === 'custom_openai') {
    return (
      'litellm.AuthenticationError: AuthenticationError: OpenAIException - The api_key client option must be set either by ' +
      `passing api_key to the client or by setting the ${resolution.keyVariable} environment variable`
    );
  }
  return (
    `litellm.AuthenticationError: AuthenticationError: ${resolution.provider}Exception - Missing API key. The api_key client option ` +
    `must be set either by passing api_key or by setting the ${resolution.keyVariable} environment variable`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Tasks.

const MMLU_SUBJECTS = {
  abstract_algebra: { em: 0.6, size: 100 },
  anatomy: { em: 0.8, size: 135 },
  astronomy: { em: 0.7, size: 152 },
  business_ethics: { em: 0.7, size: 100 },
  clinical_knowledge: { em: 0.7, size: 265 },
  college_biology: { em: 0.7, size: 144 },
  college_chemistry: { em: 0.7, size: 100 },
  college_computer_science: { em: 0.7, size: 100 },
  college_mathematics: { em: 0.7, size: 100 },
  high_school_mathematics: { em: 0.7, size: 270 },
};

/** Generative tasks the litellm backend can run, with the stand-in's fixed metric values. */
const GENERATIVE_TASKS = {
  gsm8k: {
    hfRepo: 'openai/gsm8k',
    hfSubset: 'main',
    size: 1319,
    generationSize: 256,
    metrics: { extractive_match: 0.9 },
  },
  mmlu_pro: {
    hfRepo: 'TIGER-Lab/MMLU-Pro',
    hfSubset: 'default',
    size: 12032,
    generationSize: 8192,
    metrics: { extractive_match: 0.45 },
  },
  math_500: {
    hfRepo: 'HuggingFaceH4/MATH-500',
    hfSubset: 'default',
    size: 500,
    generationSize: 32768,
    metrics: { 'pass@k:k=1&n=1': 0.5 },
  },
  aime24: {
    hfRepo: 'HuggingFaceH4/aime_2024',
    hfSubset: 'default',
    size: 30,
    generationSize: 32768,
    metrics: { 'pass@k:k=1&n=1': 0.2 },
  },
  aime25: {
    hfRepo: 'yentinglin/aime_2025',
    hfSubset: 'default',
    size: 30,
    generationSize: 32768,
    metrics: { 'pass@k:k=1&n=1': 0.1 },
  },
  'gpqa:diamond': {
    hfRepo: 'Idavidrein/gpqa',
    hfSubset: 'gpqa_diamond',
    size: 198,
    generationSize: 32768,
    metrics: { 'gpqa_pass@k:k=1': 0.4 },
  },
  ifeval: {
    hfRepo: 'google/IFEval',
    hfSubset: 'default',
    size: 541,
    generationSize: 1280,
    metrics: {
      prompt_level_strict_acc: 0.75,
      inst_level_strict_acc: 0.8,
      prompt_level_loose_acc: 0.78,
      inst_level_loose_acc: 0.83,
    },
  },
  'truthfulqa:gen': {
    hfRepo: 'truthfulqa/truthful_qa',
    hfSubset: 'generation',
    size: 817,
    generationSize: 200,
    metrics: { bleu: 0.3, rouge1: 0.35 },
  },
  hellaswag: { hfRepo: 'Rowan/hellaswag', hfSubset: 'default', size: 10042, generationSize: 1, metrics: { em: 0.65 } },
  ...Object.fromEntries(
    Object.entries(MMLU_SUBJECTS).map(([subject, { em, size }]) => [
      `mmlu:${subject}`,
      { hfRepo: 'cais/mmlu', hfSubset: subject, size, generationSize: 1, metrics: { em } },
    ]),
  ),
};

const LOGLIKELIHOOD_TASKS = new Set(['arc:easy', 'arc:challenge', 'gpqa:mc', 'truthfulqa:mc']);
const isLoglikelihoodTask = (name) =>
  LOGLIKELIHOOD_TASKS.has(name) || name.startsWith('bigbench_hard:') || name === 'bigbench_hard' || name === 'arc';
const CUSTOM_TASK_DEFAULTS = {
  hfRepo: 'custom/dataset',
  hfSubset: 'default',
  size: 50,
  generationSize: 256,
  metrics: { em: 0.5 },
};

/** Suites the documented registry knows; another suite only gets a warning, then the lookup fails. */
const DEFAULT_SUITES = new Set([
  'helm',
  'bigbench',
  'harness',
  'leaderboard',
  'lighteval',
  'original',
  'extended',
  'custom',
  'community',
  'test',
  'multilingual',
]);

/** Task names a custom tasks file declares with `# standin-task: <name>` lines. */
function customTaskNames(path) {
  if (path === null) return new Set();
  if (!existsSync(path)) {
    const moduleName = path.replace(/\.py$/, '');
    throw new PythonException('ModuleNotFoundError', `No module named ${pythonStringRepr(moduleName)}`, [
      ['tasks/registry.py', 310, 'create_custom_tasks_module', 'return importlib.import_module(str(custom_tasks))'],
    ]);
  }
  const names = new Set();
  for (const match of readFileSync(path, 'utf8').matchAll(/^#\s*standin-task:\s*(\S+)\s*$/gm))
    names.add(match[1] ?? '');
  return names;
}

function taskSpecList(tasksArgument, features) {
  const isFile =
    (!features.taskFileNeedsDot || tasksArgument.includes('.')) &&
    existsSync(tasksArgument) &&
    statSync(tasksArgument).isFile();
  const specs = isFile
    ? readFileSync(tasksArgument, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'))
        .map((line) => line.trim())
    : tasksArgument.split(',');
  return [...new Set(specs)];
}

const TASK_FRAME = [
  'tasks/registry.py',
  217,
  '_update_task_configs',
  'raise ValueError(f"Cannot get task info from {task}. correct format is task|few_shot")',
];

/** Splits one spec per the version's syntax into { suite, name, fewshot }. */
function parseTaskSpec(spec, features) {
  const parts = spec.split('|');
  const badSpec = (format) =>
    new PythonException('ValueError', `Cannot get task info from ${spec}. correct format is ${format}`, [TASK_FRAME]);
  const fewshotOf = (text, format) => {
    const value = parsePythonInteger(text ?? '');
    if (value === undefined) throw badSpec(format);
    return value;
  };
  if (features.taskSyntax === 'suite-truncate') {
    const format = 'suite|task|few_shot|truncate_few_shots';
    if (parts.length !== 4) throw badSpec(format);
    const truncate = parsePythonInteger(parts[3] ?? '');
    if (truncate === undefined) throw badSpec(format);
    if (truncate !== 0n && truncate !== 1n)
      throw new PythonException('ValueError', `TruncateFewShots must be 0 or 1, got ${truncate}`, [TASK_FRAME]);
    return { suite: parts[0] ?? '', name: parts[1] ?? '', fewshot: fewshotOf(parts[2], format) };
  }
  if (features.taskSyntax === 'suite') {
    const format = 'suite|task|few_shot';
    if (parts.length === 4) {
      warning(
        'Deprecation warning: You provided 4 arguments in your task name, but we no longer support the `truncate_fewshot` option. We will ignore the parameter for now, but it will fail in a couple of versions, so you should change your task name to `suite|task|num_fewshot`.',
        'registry.py:287',
      );
    } else if (parts.length !== 3) throw badSpec(format);
    return { suite: parts[0] ?? '', name: (parts[1] ?? '').split('@')[0] ?? '', fewshot: fewshotOf(parts[2], format) };
  }
  const format = 'task|few_shot';
  if (parts.length === 3) {
    warning(
      'Deprecation warning: Provided suite|task|few_shot; `suite` is ignored. Use task|few_shot instead.',
      'registry.py:199',
    );
    return { suite: null, name: (parts[1] ?? '').split('@')[0] ?? '', fewshot: fewshotOf(parts[2], format) };
  }
  if (parts.length === 2)
    return { suite: null, name: (parts[0] ?? '').split('@')[0] ?? '', fewshot: fewshotOf(parts[1], format) };
  // A bare name, or four parts: the whole spec is looked up as a task name (and is not found).
  return { suite: null, name: spec.split('@')[0] ?? '', fewshot: 0n };
}

/** Resolves the TASKS argument into tasks to run: { key, name, fewshot, definition, loglikelihood }. */
function resolveTasks(tasksArgument, customTasksPath, features) {
  const custom = customTaskNames(customTasksPath);
  const specs = taskSpecList(tasksArgument, features);
  const parsed = specs.map((spec) => parseTaskSpec(spec, features));
  for (const suite of new Set(parsed.map((task) => task.suite).filter((suite) => suite !== null))) {
    if (!DEFAULT_SUITES.has(suite)) {
      warning(
        `Suite ${suite} unknown. This is not normal, unless you are testing adding new evaluations.`,
        'registry.py:212',
      );
    }
  }
  const resolved = new Map();
  for (const { suite, name, fewshot } of parsed) {
    const names =
      name === 'mmlu' && !custom.has(name) ? Object.keys(MMLU_SUBJECTS).map((subject) => `mmlu:${subject}`) : [name];
    for (const taskName of names) {
      const registryName = suite === null ? taskName : `${suite}|${taskName}`;
      const known =
        custom.has(taskName) ||
        ((suite === null || DEFAULT_SUITES.has(suite)) &&
          (taskName in GENERATIVE_TASKS || isLoglikelihoodTask(taskName)));
      if (!known) {
        throw new PythonException('ValueError', features.missingTaskMessage(registryName), [
          [
            'tasks/registry.py',
            226,
            '_update_task_configs',
            'raise ValueError(f"Cannot find task {expanded_task} in task list or in custom task registry")',
          ],
        ]);
      }
      const key = `${registryName}|${fewshot}`;
      const definition = custom.has(taskName)
        ? CUSTOM_TASK_DEFAULTS
        : (GENERATIVE_TASKS[taskName] ?? CUSTOM_TASK_DEFAULTS);
      resolved.set(key, {
        key,
        name: taskName,
        fewshot,
        definition,
        loglikelihood: !custom.has(taskName) && isLoglikelihoodTask(taskName),
      });
    }
  }
  return [...resolved.values()].sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Metrics and the results file.

function metricOverrides(env) {
  const text = env.LIGHTEVAL_STANDIN_METRICS;
  if (!text) return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StandinMisconfigured('LIGHTEVAL_STANDIN_METRICS is not valid JSON');
  }
  if (!isMapping(parsed)) throw new StandinMisconfigured('LIGHTEVAL_STANDIN_METRICS must be a JSON object of objects');
  return parsed;
}

function overrideNumber(value, where) {
  if (typeof value === 'number') return value;
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  throw new StandinMisconfigured(
    `LIGHTEVAL_STANDIN_METRICS ${where} must be a number, "NaN", "Infinity" or "-Infinity"`,
  );
}

/** Metric values for one task: the defaults, then overrides by task name or by full result key. */
function taskMetrics(task, overrides) {
  const values = { ...task.definition.metrics };
  for (const overrideKey of [task.name, task.key]) {
    const override = overrides[overrideKey];
    if (override === undefined) continue;
    if (!isMapping(override))
      throw new StandinMisconfigured(`LIGHTEVAL_STANDIN_METRICS["${overrideKey}"] must be an object`);
    for (const [metric, value] of Object.entries(override))
      values[metric] = overrideNumber(value, `["${overrideKey}"]["${metric}"]`);
  }
  return values;
}

function sampleCount(task, maxSamples) {
  return maxSamples !== null && maxSamples > 0n
    ? Math.min(Number(maxSamples), task.definition.size)
    : task.definition.size;
}

/** Aggregated results like MetricsLogger.aggregate: stderr only with more than one sample, group averages, `all`. */
function aggregateResults(tasks, maxSamples, overrides) {
  const results = {};
  for (const task of tasks) {
    const samples = sampleCount(task, maxSamples);
    const row = {};
    for (const [metric, value] of Object.entries(taskMetrics(task, overrides))) {
      row[metric] = value;
      if (samples > 1) row[`${metric}_stderr`] = Math.sqrt(Math.abs(value * (1 - value)) / (samples - 1));
    }
    results[task.key] = row;
  }
  const groups = new Map();
  const totals = {};
  const counts = {};
  for (const [key, metrics] of Object.entries(results)) {
    const parts = key.split('|');
    const fewshot = parts.pop();
    const taskName = parts.pop() ?? '';
    const groupKey = [...parts, `${taskName.split(':')[0]}:_average`, fewshot].join('|');
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), key]);
    for (const [metric, value] of Object.entries(metrics)) {
      totals[metric] = (totals[metric] ?? 0) + value;
      counts[metric] = (counts[metric] ?? 0) + 1;
    }
  }
  for (const [groupKey, members] of groups) {
    if (members.length < 2) continue;
    const first = results[members[0] ?? ''] ?? {};
    results[groupKey] = Object.fromEntries(
      Object.keys(first).map((metric) => [
        metric,
        members.reduce((sum, member) => sum + (results[member]?.[metric] ?? 0), 0) / members.length,
      ]),
    );
  }
  results.all = Object.fromEntries(
    Object.entries(totals).map(([metric, total]) => [metric, total / (counts[metric] ?? 1)]),
  );
  return results;
}

function shortHash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function taskConfig(task, features) {
  const metricNames = Object.keys(task.definition.metrics);
  return {
    name: task.name,
    prompt_function: task.name.split(':')[0],
    hf_repo: task.definition.hfRepo,
    hf_subset: task.definition.hfSubset,
    metrics: metricNames.map((metric) => ({
      metric_name: metric,
      higher_is_better: true,
      category: features.modelConfigInResults ? 'GENERATIVE' : 'MetricCategory.GENERATIVE',
      sample_level_fn: metric,
      corpus_level_fn: 'mean',
      batched_compute: false,
    })),
    hf_revision: null,
    hf_filter: null,
    hf_avail_splits: ['train', 'test'],
    evaluation_splits: ['test'],
    few_shots_split: null,
    few_shots_select: null,
    generation_size: BigInt(task.definition.generationSize),
    generation_grammar: null,
    stop_sequence: [],
    num_samples: null,
    suite: [task.key.split('|').length > 2 ? task.key.split('|')[0] : 'lighteval'],
    original_num_docs: BigInt(task.definition.size),
    effective_num_docs: 0n,
    must_remove_duplicate_docs: false,
    num_fewshots: task.fewshot,
    version: 0n,
  };
}

function summaryOf(samples, seed) {
  return {
    hashes: {
      hash_examples: shortHash(`${seed}:examples`),
      hash_full_prompts: shortHash(`${seed}:prompts`),
      hash_input_tokens: shortHash(`${seed}:input`),
      hash_cont_tokens: shortHash(`${seed}:cont`),
    },
    truncated: 0n,
    non_truncated: BigInt(samples),
    padded: 0n,
    non_padded: BigInt(samples),
  };
}

/** `datetime.now().isoformat().replace(":", "-")`, local time with microseconds. */
function dateId() {
  const now = new Date();
  const microseconds = now.getMilliseconds() * 1000 + Number(process.hrtime.bigint() % 1000n);
  const fraction = microseconds === 0 ? '' : `.${pad(microseconds, 6)}`;
  const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${fraction}`;
  return iso.replaceAll(':', '-');
}

const PERF_COUNTER_BASE = uptime();

/** time.perf_counter(): monotonic seconds since an arbitrary point (about boot, here). */
function perfCounter() {
  return PERF_COUNTER_BASE + performance.now() / 1000;
}

function modelNameForPaths(modelName, features) {
  return features.stripModelNameSlashes ? modelName.replace(/^\/+|\/+$/g, '') : modelName;
}

function resultsDirectory(options, modelName, features) {
  const template = options['results-path-template'];
  if (template === null) return join(options['output-dir'], 'results', modelNameForPaths(modelName, features));
  const parts = modelName.split('/');
  const fields = {
    output_dir: options['output-dir'],
    org: parts.length >= 2 ? parts[0] : '',
    model: parts.length >= 2 ? parts[1] : parts[0],
  };
  return template.replace(/\{(\w*)\}/g, (_, field) => {
    if (!(field in fields))
      throw new PythonException('KeyError', pythonStringRepr(field), [
        [
          'logging/evaluation_tracker.py',
          305,
          'save_results',
          'output_dir_results = Path(self.results_path_template.format(output_dir=output_dir, org=org, model=model))',
        ],
      ]);
    return fields[field] ?? '';
  });
}

function detailsDirectory(options, modelName, features, id) {
  return join(options['output-dir'], 'details', modelNameForPaths(modelName, features), id);
}

/** Bytes that start and end like a Parquet file; nothing reads them beyond the magic number. */
function parquetBytes(task) {
  return Buffer.concat([Buffer.from('PAR1'), Buffer.from(`stand-in details for ${task.key}\n`), Buffer.from('PAR1')]);
}

function writeDetails(options, modelName, features, id, tasks) {
  const directory = detailsDirectory(options, modelName, features, id);
  mkdirSync(directory, { recursive: true });
  info(`Saving details to ${directory}`, 'evaluation_tracker.py:356');
  for (const task of tasks) writeFileSync(join(directory, `details_${task.key}_${id}.parquet`), parquetBytes(task));
}

/** The Markdown table `make_results_table` prints (task keys shown with `:` in place of `|`). */
function resultsTable(results) {
  const rows = [];
  for (const key of Object.keys(results).sort()) {
    const metrics = results[key] ?? {};
    let shownKey = key.replaceAll('|', ':');
    for (const [metric, value] of Object.entries(metrics)) {
      if (metric.endsWith('_stderr')) continue;
      const stderr = metrics[`${metric}_stderr`];
      const format = (number) => (Number.isFinite(number) ? number.toFixed(4) : pythonFloatRepr(number));
      rows.push([
        shownKey,
        '',
        metric,
        format(value),
        stderr === undefined ? '' : '±',
        stderr === undefined ? '' : format(stderr),
      ]);
      shownKey = '';
    }
  }
  const headers = ['Task', 'Version', 'Metric', 'Value', '', 'Stderr'];
  const rightAligned = new Set([1, 3, 5]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, 3, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells) =>
    `|${cells.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('|')}|`;
  const centered = headers.map((header, column) => {
    const width = widths[column] ?? 0;
    const left = Math.floor((width - header.length) / 2);
    return ' '.repeat(left) + header + ' '.repeat(width - header.length - left);
  });
  const rule = `|${widths.map((width, column) => (rightAligned.has(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join('|')}|`;
  return [`|${centered.join('|')}|`, rule, ...rows.map(line)].join('\n');
}

function buildResultsDocument({ options, features, modelConfig, tasks, results, startTime, endTime }) {
  const maxSamples = options['max-samples'];
  const configGeneral = {
    lighteval_sha: '?',
    num_fewshot_seeds: options['num-fewshot-seeds'],
    max_samples: maxSamples,
    job_id: features.jobIdAsString ? options['job-id'].toString() : options['job-id'],
    start_time: startTime,
    end_time: endTime,
    total_evaluation_time_secondes: pythonFloatRepr(endTime - startTime),
  };
  if (features.modelConfigInResults) {
    configGeneral.model_config = modelConfig;
    configGeneral.model_name = modelConfig.model_name;
  } else {
    Object.assign(configGeneral, {
      model_name: modelConfig.model_name,
      model_sha: '',
      model_dtype: null,
      model_size: '',
      generation_parameters: modelConfig.generation_parameters,
    });
  }
  const summaryTasks = {};
  const configTasks = {};
  let totalSamples = 0;
  for (const task of tasks) {
    const samples = sampleCount(task, maxSamples);
    totalSamples += samples;
    configTasks[task.key] = { ...taskConfig(task, features), effective_num_docs: BigInt(samples) };
    summaryTasks[task.key] = summaryOf(samples, task.key);
  }
  return {
    config_general: configGeneral,
    results,
    versions: features.modelConfigInResults ? {} : Object.fromEntries(tasks.map((task) => [task.key, 0n])),
    config_tasks: configTasks,
    summary_tasks: summaryTasks,
    summary_general: { ...summaryOf(totalSamples, 'all'), hashes: {} },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Invocation log, for tests to see how the stand-in was called. The key itself is never written.

function sha256Hex(text) {
  return createHash('sha256').update(text).digest('hex');
}

function recordInvocation(argv, version, env) {
  const logPath = env.LIGHTEVAL_STANDIN_LOG;
  if (!logPath) return;
  let modelFile = null;
  let keyVariable = null;
  let keySha256 = null;
  const modelArgs = argv[2];
  try {
    if (
      argv[0] === 'endpoint' &&
      argv[1] === 'litellm' &&
      typeof modelArgs === 'string' &&
      modelArgs.endsWith('.yaml') &&
      existsSync(modelArgs)
    ) {
      modelFile = readFileSync(modelArgs, 'utf8');
      const document = parseYaml(modelFile, { version: '1.1', uniqueKeys: false });
      const modelName =
        isMapping(document) && isMapping(document.model_parameters) ? document.model_parameters.model_name : undefined;
      if (typeof modelName === 'string' && litellmProvider(modelName) !== undefined) {
        const resolution = resolveApiKey({ model_name: modelName, api_key: null }, env);
        keyVariable = resolution.keyVariable;
        keySha256 = typeof resolution.environmentValue === 'string' ? sha256Hex(resolution.environmentValue) : null;
      }
    }
  } catch {
    // The run itself reports unreadable files; the log keeps what it could read.
  }
  const entry = {
    argv,
    cwd: process.cwd(),
    version,
    keyVariable,
    keySha256,
    inputVariables: Object.keys(env)
      .filter((name) => name.startsWith('INPUT_'))
      .sort(),
    modelFile,
  };
  mkdirSync(dirname(resolve(logPath)), { recursive: true });
  appendFileSync(logPath, `${JSON.stringify(entry)}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// The run.

const SCENARIOS = new Set(['ok', 'crash', 'hang', 'hang-ignoring-sigterm', 'leak', 'no-results', 'partial']);

function crash(message) {
  return new PythonException('RuntimeError', message, [
    ['main_endpoint.py', 312, 'litellm', 'pipeline.evaluate()'],
    ['pipeline.py', 335, 'evaluate', 'outputs = self._run_model()'],
    [
      'models/endpoints/litellm_model.py',
      262,
      '__call_api_parallel',
      'results = list(executor.map(self.__call_api, prompts))',
    ],
  ]);
}

function hangForever() {
  setInterval(() => {}, 1 << 30);
}

function withKeyInUrl(baseUrl, key) {
  if (typeof baseUrl !== 'string' || baseUrl === '') return `https://leak.invalid/v1?key=${key}`;
  return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}key=${key}`;
}

function runLitellm(argv, features, env) {
  const parsed = parseLitellmArguments(argv, features);
  if (parsed.help) {
    printLitellmHelp(features);
    return 0;
  }
  const scenario = env.LIGHTEVAL_STANDIN_SCENARIO || 'ok';
  if (!SCENARIOS.has(scenario))
    throw new StandinMisconfigured(`unknown LIGHTEVAL_STANDIN_SCENARIO ${JSON.stringify(scenario)}`);
  const overrides = metricOverrides(env);
  const { options } = parsed;
  const startTime = perfCounter();

  const { modelConfig } = loadModelConfig(parsed.modelArgs, features);
  if (options['max-samples'] !== null && options['max-samples'] !== 0n) {
    warning(
      '--max_samples WAS SET. THESE NUMBERS ARE ONLY PARTIAL AND SHOULD NOT BE USED FOR COMPARISON UNLESS YOU KNOW WHAT YOU ARE DOING.',
      'pipeline.py:132',
    );
  }
  info('--- LOADING TASKS ---', 'pipeline.py:211');
  const tasks = resolveTasks(parsed.tasks, options['custom-tasks'], features);
  info('--- LOADING MODEL ---', 'pipeline.py:178');
  const extras = (env.LIGHTEVAL_STANDIN_EXTRAS ?? 'litellm').split(',').map((extra) => extra.trim());
  if (!extras.includes('litellm')) {
    throw new PythonException(
      'ImportError',
      'Through the use of LiteLLMClient, you requested the use of `litellm` for this evaluation, but it is not available in your current environment. Please install it using pip install lighteval[litellm]',
      [['utils/imports.py', 134, 'wrapper', 'raise_if_package_not_available(package)']],
    );
  }
  const provider = litellmProvider(modelConfig.model_name);
  info('--- INIT SEEDS ---', 'pipeline.py:254');

  let leakedKey = null;
  const loadingResponses = options['load-responses-from-details-date-id'];
  if (loadingResponses !== null) {
    info('--- LOADING RESPONSES FROM DETAILS ---', 'pipeline.py:402');
    const directory = detailsDirectory(options, modelConfig.model_name, features, loadingResponses);
    if (!existsSync(directory)) {
      throw new PythonException('FileNotFoundError', `Details directory ${directory} does not exist`, [
        [
          'logging/evaluation_tracker.py',
          320,
          '_get_details_sub_folder',
          'raise FileNotFoundError(f"Details directory {output_dir_details} does not exist")',
        ],
      ]);
    }
  } else {
    info('--- RUNNING MODEL ---', 'pipeline.py:335');
    const needsLoglikelihood = tasks.find((task) => task.loglikelihood);
    if (needsLoglikelihood) {
      info('Running SamplingMethod.LOGPROBS requests', 'pipeline.py:318');
      throw new PythonException(
        'NotImplementedError',
        `the litellm backend does not support log-likelihood requests, which task ${needsLoglikelihood.name} needs`,
        [['models/endpoints/litellm_model.py', 411, 'loglikelihood', 'raise NotImplementedError']],
      );
    }
    info('Running SamplingMethod.GENERATIVE requests', 'pipeline.py:302');
    const extraProviders = (env.LIGHTEVAL_STANDIN_EXTRA_PROVIDERS ?? '').split(',').map((name) => name.trim());
    if (provider === undefined || !(KNOWN_PROVIDERS.has(provider) || extraProviders.includes(provider))) {
      throw new PythonException(
        'litellm.exceptions.BadRequestError',
        `litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=${modelConfig.model_name}\n` +
          " Pass model as E.g. For 'Huggingface' inference endpoints pass in `completion(model='huggingface/starcoder',..)` Learn more: https://docs.litellm.ai/docs/providers",
        [['models/endpoints/litellm_model.py', 225, '__call_api', 'response = litellm.completion(**kwargs)']],
      );
    }
    if (provider in UNUSABLE_PREFIXES) {
      throw new PythonException('litellm.exceptions.BadRequestError', UNUSABLE_PREFIXES[provider], [
        ['models/endpoints/litellm_model.py', 225, '__call_api', 'response = litellm.completion(**kwargs)'],
      ]);
    }
    const resolution = resolveApiKey(modelConfig, env);
    if (resolution.source === 'missing') {
      const message = authenticationError(resolution);
      warning(`Error in API call: ${message}, waiting 1.0 seconds before retry 1/8`, 'litellm_model.py:248');
      throw new PythonException('litellm.exceptions.AuthenticationError', message, [
        ['models/endpoints/litellm_model.py', 225, '__call_api', 'response = litellm.completion(**kwargs)'],
      ]);
    }
    if (scenario === 'leak' && resolution.key !== null) {
      info(`Calling ${modelConfig.model_name} with api_key=${resolution.key}`, 'litellm_model.py:209');
      leakedKey = resolution.key;
      modelConfig.api_key = resolution.key;
      modelConfig.base_url = withKeyInUrl(modelConfig.base_url, resolution.key);
    }
  }

  if (scenario === 'crash') throw crash('Event loop is closed (LIGHTEVAL_STANDIN_SCENARIO=crash)');
  if (scenario === 'hang' || scenario === 'hang-ignoring-sigterm') {
    if (scenario === 'hang-ignoring-sigterm') {
      process.on('SIGTERM', () => warning('Received SIGTERM, still waiting for the API', 'litellm_model.py:250'));
    }
    info(`Waiting for ${modelConfig.model_name} to answer`, 'litellm_model.py:270');
    hangForever();
    return undefined;
  }
  const id = dateId();
  if (scenario === 'partial') {
    writeDetails(options, modelConfig.model_name, features, id, tasks.slice(0, 1));
    throw crash('Event loop is closed (LIGHTEVAL_STANDIN_SCENARIO=partial)');
  }

  info('--- POST-PROCESSING MODEL RESPONSES ---', 'pipeline.py:349');
  info('--- COMPUTING METRICS ---', 'pipeline.py:376');
  const results = aggregateResults(tasks, options['max-samples'], overrides);
  info('--- DISPLAYING RESULTS ---', 'pipeline.py:437');
  process.stdout.write(`${resultsTable(results)}\n`);
  if (scenario === 'no-results') return 0;

  info('--- SAVING AND PUSHING RESULTS ---', 'pipeline.py:427');
  info('Saving experiment tracker', 'evaluation_tracker.py:249');
  const document = buildResultsDocument({
    options,
    features,
    modelConfig,
    tasks,
    results,
    startTime,
    endTime: perfCounter(),
  });
  // Releases before 0.11 do not dump the model config; the leak scenario adds it so callers' scrubbing is tested.
  if (leakedKey !== null && !features.modelConfigInResults) document.config_general.model_config = modelConfig;
  const directory = resultsDirectory(options, modelConfig.model_name, features);
  mkdirSync(directory, { recursive: true });
  const resultsFile = join(directory, `results_${id}.json`);
  info(`Saving results to ${resultsFile}`, 'evaluation_tracker.py:313');
  writeFileSync(resultsFile, pythonJsonDumps(document));
  if (options['save-details']) writeDetails(options, modelConfig.model_name, features, id, tasks);
  return 0;
}

const NOT_IMPLEMENTED_COMMANDS = new Set([
  'accelerate',
  'baseline',
  'nanotron',
  'vllm',
  'custom',
  'sglang',
  'eval',
  'bundle',
  'tasks',
]);
const NOT_IMPLEMENTED_ENDPOINTS = new Set(['inference-endpoint', 'tgi', 'inference-providers']);

function main(argv, env) {
  const features = featuresOf(env.LIGHTEVAL_STANDIN_VERSION);
  recordInvocation(argv, features.version, env);
  const [command, subcommand, ...rest] = argv;
  if (command === undefined)
    throw new UsageError('Missing command.', 'lighteval [OPTIONS] COMMAND [ARGS]...', 'lighteval');
  if (command !== 'endpoint') {
    if (NOT_IMPLEMENTED_COMMANDS.has(command))
      throw new StandinMisconfigured(`the stand-in implements only \`lighteval endpoint litellm\`, not \`${command}\``);
    throw new UsageError(`No such command '${command}'.`, 'lighteval [OPTIONS] COMMAND [ARGS]...', 'lighteval');
  }
  if (subcommand === undefined)
    throw new UsageError('Missing command.', 'lighteval endpoint [OPTIONS] COMMAND [ARGS]...', 'lighteval endpoint');
  if (subcommand !== 'litellm') {
    if (NOT_IMPLEMENTED_ENDPOINTS.has(subcommand))
      throw new StandinMisconfigured(
        `the stand-in implements only \`lighteval endpoint litellm\`, not \`${subcommand}\``,
      );
    throw new UsageError(
      `No such command '${subcommand}'.`,
      'lighteval endpoint [OPTIONS] COMMAND [ARGS]...',
      'lighteval endpoint',
    );
  }
  return runLitellm(rest, features, env);
}

try {
  const exitCode = main(process.argv.slice(2), process.env);
  if (exitCode !== undefined) process.exitCode = exitCode;
} catch (error) {
  if (error instanceof PythonException) {
    printTraceback(error);
    process.exitCode = EXIT_PYTHON_EXCEPTION;
  } else if (error instanceof UsageError) {
    printUsageError(error);
    process.exitCode = EXIT_USAGE;
  } else if (error instanceof StandinMisconfigured) {
    process.stderr.write(`lighteval stand-in: ${error.message}\n`);
    process.exitCode = EXIT_STANDIN_MISCONFIGURED;
  } else {
    throw error;
  }
}
