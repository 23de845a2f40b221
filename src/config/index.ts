/** The config builder: pure (no I/O, no @actions/* import), shared by the CLI and the action. */
export { ConfigError, type FieldIssue, formatIssue } from './errors.js';
export { parseDocument } from './parse.js';
export { normalizeProviderType, resolveProviderType, type LiteLlmProvider } from './providers.js';
export { baseUrlCredentials, redactApiKey, redactBaseUrl } from './redact.js';
export {
  ConfigDictSchema,
  GENERATION_FIELDS,
  LightEvalVersionSchema,
  NativeModelFileSchema,
  ProviderSchema,
  RunConfigSchema,
  type ConfigDict,
  type GenerationParameters,
  type NativeModelFile,
  type Provider,
  type RunConfig,
} from './schemas.js';
export {
  apiKeyEnvFor,
  type BuildRequest,
  LightEvalConfig,
  LightEvalConfigService,
  LightEvalModelConfig,
  type NativeOptions,
  type ValidationReport,
} from './service.js';
export { DEFAULT_LIGHTEVAL_VERSION } from './native.js';
