/** `export-bundle: true`: the configuration and the run's results packed as an `.eval752.zip` bundle in the output folder. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bundleContentsFrom } from '../bundle/contents.js';
import { createBundle } from '../bundle/create.js';
import { defaultBundleName } from '../bundle/manifest.js';
import { writeBundleFile } from '../io/bundle-file.js';
import { creationTime } from '../io/export-directory.js';
import type { BuiltConfiguration, WrittenConfiguration } from './configuration.js';
import type { EvaluationOutcome } from './evaluation.js';
import { asInputError, type BuildInputs } from './inputs.js';
import { Inputs } from './names.js';

export interface ExportRequest {
  readonly inputs: BuildInputs;
  readonly built: BuiltConfiguration;
  readonly written: WrittenConfiguration;
  /** Undefined without run-lighteval. */
  readonly outcome: EvaluationOutcome | undefined;
  /** Every secret: none may reach the bundle. */
  readonly secrets: readonly string[];
}

export interface ExportedBundle {
  readonly path: string;
  readonly warnings: readonly string[];
}

/** Writes the bundle the way `lighteval-action export` would from the output folder, plus the command line that ran. */
export async function exportBundle({
  inputs,
  built,
  written,
  outcome,
  secrets,
}: ExportRequest): Promise<ExportedBundle> {
  const resultsPath = outcome?.resultsPath;
  const { contents, warnings } = await bundleContentsFrom({
    configYaml: built.redacted.toYaml(),
    nativeYaml: built.redactedNative.toYaml(),
    // The results file was scrubbed in place when the run ended.
    results:
      resultsPath === undefined
        ? undefined
        : {
            path: relative(inputs.outputDir, resultsPath).split(sep).join('/'),
            text: readFileSync(resultsPath, 'utf8'),
          },
    // The tasks LightEval ran, as its registry names them; before a run, as the inputs wrote them.
    tasks: outcome?.command === undefined ? inputs.evaluation?.tasks : outcome.tasks,
    maxSamples: inputs.evaluation?.maxSamples ?? null,
    command: outcome?.command ?? null,
    createdAt: creationTime(process.env, [
      written.configPath,
      written.nativePath,
      ...(resultsPath === undefined ? [] : [resultsPath]),
    ]),
    secrets,
    env: process.env,
  });
  const path = join(inputs.outputDir, defaultBundleName(built.redacted.toDict().metadata.model_name));
  try {
    writeBundleFile(path, await createBundle(contents), Inputs.OutputDir);
  } catch (error) {
    throw asInputError(error, Inputs.OutputDir);
  }
  return { path, warnings: warnings.map((message) => `${Inputs.ExportBundle}: ${message}`) };
}
