/**
 * The names action.yml and compare/action.yml declare, in one place (test/action/action-yml.test.ts holds them
 * together).
 */

export const Inputs = {
  Provider: 'provider',
  ProviderFile: 'provider-file',
  ProviderType: 'provider-type',
  ProviderId: 'provider-id',
  ProviderName: 'provider-name',
  BaseUrl: 'base-url',
  Model: 'model',
  ApiKey: 'api-key',
  ApiKeyEnv: 'api-key-env',
  IncludeApiKey: 'include-api-key',
  RunConfig: 'run-config',
  RunConfigFile: 'run-config-file',
  RunId: 'run-id',
  DatasetId: 'dataset-id',
  DatasetName: 'dataset-name',
  LightevalVersion: 'lighteval-version',
  OutputDir: 'output-dir',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  Summary: 'summary',
  ExportBundle: 'export-bundle',
  RunLighteval: 'run-lighteval',
  Tasks: 'tasks',
  MaxSamples: 'max-samples',
  CustomTasks: 'custom-tasks',
  LightevalArgs: 'lighteval-args',
  Install: 'install',
  Python: 'python',
  LightevalExtras: 'lighteval-extras',
  TorchBackend: 'torch-backend',
  CacheLighteval: 'cache-lighteval',
  IndexUrl: 'index-url',
  ExtraIndexUrls: 'extra-index-urls',
  LightevalTimeoutMinutes: 'lighteval-timeout-minutes',
  MaxFailedRequests: 'max-failed-requests',
  Thresholds: 'thresholds',
  Baseline: 'baseline',
  BaselineTolerance: 'baseline-tolerance',
  Comment: 'comment',
  CommentKey: 'comment-key',
  GithubToken: 'github-token',
} as const;
export type InputName = (typeof Inputs)[keyof typeof Inputs];

export const Outputs = {
  ConfigPath: 'config-path',
  ConfigJson: 'config-json',
  LightevalConfigPath: 'lighteval-config-path',
  ModelName: 'model-name',
  SecretConfigPath: 'secret-config-path',
  ArtifactId: 'artifact-id',
  ArtifactUrl: 'artifact-url',
  Warnings: 'warnings',
  ResultsPath: 'results-path',
  Metrics: 'metrics',
  Passed: 'passed',
  Skipped: 'skipped',
  SummaryMarkdown: 'summary-markdown',
  BundlePath: 'bundle-path',
} as const;
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** The inputs of the compare action (compare/action.yml). */
export const CompareInputs = {
  ResultsDir: 'results-dir',
  Summary: 'summary',
  Comment: 'comment',
  CommentKey: 'comment-key',
  GithubToken: 'github-token',
} as const;

export const CompareOutputs = {
  SummaryMarkdown: 'summary-markdown',
} as const;

/** Saved by the main step for the post step. */
export const States = {
  /** The folder under RUNNER_TEMP holding this run's secret files; the post step deletes it. */
  SecretDir: 'secret-dir',
  /** The cache key and folder of a LightEval environment installed by the main step, for the post step to save. */
  EnvironmentCache: 'environment-cache',
} as const;

/** The variables uv reads package indexes from; they name a LightEval environment, and their credentials are masked. */
export const UV_INDEX_VARIABLES = ['UV_DEFAULT_INDEX', 'UV_INDEX', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL'] as const;
/** The same for pip, which installs uv when the runner has none. */
export const PIP_INDEX_VARIABLES = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL'] as const;

/** The prefix of the folder under RUNNER_TEMP that holds secret files; the post step deletes only such folders. */
export const SECRET_DIR_PREFIX = 'lighteval-action-';
