/**
 * LightEval results files for the matrix report's tests: written by the LightEval stand-in (the real layout, as a
 * real run writes it), or built in memory in the same layout when a test needs exact values.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  findResultsFiles,
  installLightevalStandin,
  pathWithPrepended,
  standinEnvironment,
  type StandinMetricOverrides,
} from './lighteval-standin.js';

/** A metric value; `'NaN'` is written as Python's bare NaN token. */
export type FixtureValue = number | 'NaN';

/** `since-0.11`: `config_general.model_config` and `model_name` both; `before-0.11`: `model_name` only. */
export type ConfigStyle = 'since-0.11' | 'before-0.11' | 'model-config-only';

export interface FixtureOptions {
  readonly modelName?: string | undefined;
  readonly style?: ConfigStyle;
  /** `{task key: {metric: value}}`, stderr keys included as they should appear. */
  readonly results: Readonly<Record<string, Readonly<Record<string, FixtureValue>>>>;
}

const NAN_MARK = '\u0000NaN\u0000';

/** A results document in LightEval's layout (see /work/shared/reference/lighteval.md), values as given. */
export function resultsDocument({ modelName, style = 'since-0.11', results }: FixtureOptions): Record<string, unknown> {
  const modelConfig = {
    model_name: modelName,
    generation_parameters: { temperature: 0.7, max_new_tokens: 512 },
    provider: 'openai',
    base_url: null,
    api_key: null,
  };
  const general: Record<string, unknown> = {
    lighteval_sha: '?',
    num_fewshot_seeds: 1,
    max_samples: 10,
    job_id: '0',
    start_time: 51234.81,
    end_time: 51290.37,
    total_evaluation_time_secondes: '55.56',
  };
  if (style === 'since-0.11') Object.assign(general, { model_config: modelConfig, model_name: modelName });
  else if (style === 'model-config-only') general['model_config'] = modelConfig;
  else Object.assign(general, { model_name: modelName, model_sha: '', model_dtype: null });
  const taskKeys = Object.keys(results).filter((key) => key !== 'all');
  return {
    config_general: general,
    results: Object.fromEntries(
      Object.entries(results).map(([task, metrics]) => [
        task,
        Object.fromEntries(
          Object.entries(metrics).map(([metric, value]) => [metric, value === 'NaN' ? NAN_MARK : value]),
        ),
      ]),
    ),
    versions: {},
    config_tasks: Object.fromEntries(taskKeys.map((key) => [key, { name: key.split('|').at(-2) ?? key }])),
    summary_tasks: {},
    summary_general: { hashes: {}, truncated: 0, non_truncated: 10, padded: 0, non_padded: 10 },
  };
}

/** The text LightEval's Python would write: indent 2, NaN as a bare token. */
export function resultsText(options: FixtureOptions): string {
  return JSON.stringify(resultsDocument(options), null, 2).replaceAll(JSON.stringify(NAN_MARK), 'NaN');
}

/** Writes `resultsText(options)` to `path` (folders created); returns the path. */
export function writeResultsFixture(path: string, options: FixtureOptions): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, resultsText(options));
  return path;
}

export interface StandinRun {
  /** A scratch folder for the stand-in's wrapper and model file. */
  readonly workDir: string;
  /** `--output-dir`; the results land in `<outputDir>/results/<model name>/results_<date>.json`. */
  readonly outputDir: string;
  readonly modelName: string;
  /** Task specs in the syntax of `version` (`gsm8k|0` from 0.12.1, `lighteval|gsm8k|0|0` up to 0.10). */
  readonly tasks: string;
  readonly version?: string;
  readonly metrics?: StandinMetricOverrides;
}

/** Runs the LightEval stand-in once, as the action would run LightEval; returns the results file it wrote. */
export function runStandinLighteval({
  workDir,
  outputDir,
  modelName,
  tasks,
  version = '0.13.0',
  metrics,
}: StandinRun): string {
  const binDir = installLightevalStandin(join(workDir, `lighteval-${version}`, 'bin'), version);
  const modelFile = join(workDir, `model-${modelName.replace(/[^\w.-]+/g, '-')}.yaml`);
  writeFileSync(modelFile, `model_parameters:\n  model_name: "${modelName}"\n`);
  const env = {
    PATH: pathWithPrepended(binDir),
    HOME: workDir,
    OPENAI_API_KEY: 'sk-fixture-not-a-key',
    ANTHROPIC_API_KEY: 'sk-ant-fixture-not-a-key',
    ...standinEnvironment(metrics === undefined ? {} : { metrics }),
  };
  const run = spawnSync(
    join(binDir, 'lighteval'),
    ['endpoint', 'litellm', modelFile, tasks, '--output-dir', outputDir, '--max-samples', '10'],
    {
      cwd: workDir,
      env,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`the LightEval stand-in failed (${run.status ?? run.signal}):\n${run.stderr}`);
  const [file, ...others] = findResultsFiles(outputDir);
  if (file === undefined || others.length > 0)
    throw new Error(`expected one results file under ${outputDir}, found ${[file, ...others].join(', ')}`);
  return file;
}
