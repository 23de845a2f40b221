/**
 * A bundle read and verified (readBundle), then its entries checked for what replay and inspect rely on:
 * config.yaml and lighteval-model.yaml are the builder's contracts and hold no secret, the native file names the
 * manifest's LightEval version, the model names agree (the results' too), and the results have LightEval's layout
 * without a key.
 */
import { formatIssue, fieldIssuesFrom } from '../config/errors.js';
import { isRecord } from '../config/fields.js';
import { lightevalVersionOfNativeText } from '../config/native.js';
import { parseDocument } from '../config/parse.js';
import { isRedactedApiKey, redactBaseUrl } from '../config/redact.js';
import { type ConfigDict, ConfigDictSchema, type NativeModelFile, NativeModelFileSchema } from '../config/schemas.js';
import { type LightEvalResults, LightEvalResultsSchema, parseResultsText } from '../lighteval/results.js';
import { resultsModelMismatch } from './contents.js';
import { bundleError } from './errors.js';
import { MANIFEST_ENTRY, CONFIG_ENTRY, NATIVE_ENTRY } from './paths.js';
import { type ReadBundle, readBundle } from './read.js';

export interface OpenedBundle extends ReadBundle {
  readonly config: ConfigDict;
  readonly native: NativeModelFile;
  readonly results: LightEvalResults | undefined;
}

interface SchemaFailure {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

function schemaError(source: string, entry: string, error: SchemaFailure) {
  const [issue] = fieldIssuesFrom(error);
  return bundleError(source, entry, issue === undefined ? 'unexpected layout' : formatIssue(issue));
}

const CREDENTIALS = 'base_url holds credentials; a bundle carries them redacted only';

async function checkedConfig(text: string, source: string): Promise<ConfigDict> {
  const parsed = ConfigDictSchema.safeParse(await parseDocument(text, `${source}: ${CONFIG_ENTRY}`));
  if (!parsed.success) throw schemaError(source, CONFIG_ENTRY, parsed.error);
  const [parameters] = parsed.data.model_parameters;
  if (parameters.api_key !== undefined && !isRedactedApiKey(parameters.api_key)) {
    throw bundleError(source, CONFIG_ENTRY, 'holds an API key; a bundle carries redacted configuration only');
  }
  if (redactBaseUrl(parameters.base_url) !== parameters.base_url) throw bundleError(source, CONFIG_ENTRY, CREDENTIALS);
  return parsed.data;
}

async function checkedNative(text: string, source: string, lightevalVersion: string): Promise<NativeModelFile> {
  // The schema holds api_key to null.
  const parsed = NativeModelFileSchema.safeParse(await parseDocument(text, `${source}: ${NATIVE_ENTRY}`));
  if (!parsed.success) throw schemaError(source, NATIVE_ENTRY, parsed.error);
  const { base_url: baseUrl } = parsed.data.model_parameters;
  if (redactBaseUrl(baseUrl) !== baseUrl) throw bundleError(source, NATIVE_ENTRY, CREDENTIALS);
  const written = lightevalVersionOfNativeText(text);
  if (written !== lightevalVersion) {
    const says =
      written === undefined
        ? 'does not name its LightEval version on its first line'
        : `was written for LightEval ${written}`;
    throw bundleError(source, NATIVE_ENTRY, `${says}, but the manifest says ${lightevalVersion}`);
  }
  return parsed.data;
}

function checkedResults(text: string, path: string, source: string, config: ConfigDict): LightEvalResults {
  const parsed = LightEvalResultsSchema.safeParse(parseResultsText(text, `${source}: ${path}`));
  if (!parsed.success) throw schemaError(source, path, parsed.error);
  const modelConfig = parsed.data.config_general.model_config;
  if (isRecord(modelConfig) && modelConfig.api_key !== undefined && modelConfig.api_key !== null) {
    throw bundleError(
      source,
      path,
      'holds an API key (config_general.model_config.api_key); bundled results are scrubbed',
    );
  }
  // Replay would run the configuration's model and compare it with another model's numbers.
  const mismatch = resultsModelMismatch(config, parsed.data);
  if (mismatch !== undefined) throw bundleError(source, path, mismatch);
  return parsed.data;
}

/** readBundle, then the checks above. Throws a ConfigError naming the bundle and the entry. */
export async function openBundle(bytes: Uint8Array, source: string): Promise<OpenedBundle> {
  const bundle = await readBundle(bytes, source);
  const { manifest, files } = bundle;
  const config = await checkedConfig(files.configYaml, source);
  const native = await checkedNative(files.nativeYaml, source, manifest.lighteval_version);
  const results =
    files.results === undefined ? undefined : checkedResults(files.results.text, files.results.path, source, config);
  for (const [entry, name] of [
    [CONFIG_ENTRY, config.metadata.model_name],
    [NATIVE_ENTRY, native.model_parameters.model_name],
  ] as const) {
    if (name !== manifest.model_name) {
      throw bundleError(
        source,
        MANIFEST_ENTRY,
        `model_name ${JSON.stringify(manifest.model_name)} differs from ${entry}'s ${JSON.stringify(name)}`,
      );
    }
  }
  return { ...bundle, config, native, results };
}
