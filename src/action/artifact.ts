/**
 * Uploads the redacted files as a workflow artifact. The artifact client is imported here, on first use only:
 * a run that uploads nothing does not pay for loading it.
 */
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Environment } from '../config/environment.js';
import { stageFiles } from './artifact-staging.js';
import { Inputs } from './names.js';

export interface UploadRequest {
  readonly name: string;
  readonly files: readonly string[];
  readonly rootDirectory: string;
  readonly retentionDays: number | undefined;
}

export interface UploadedArtifact {
  readonly id: number;
  /** Where people download it; unknown outside a workflow run. */
  readonly url: string | undefined;
}

/** The artifact failed to upload: the message names it. */
export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
}

/** Letters, digits, `.`, `_` and `-` only: safe in an artifact name and readable. */
function slug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * `lighteval-<part>-…-<digest>`: readable, safe in an artifact name and a comment marker, and distinct for distinct
 * `texts` (8 hex digits of their SHA-256). Empty parts are left out.
 */
export async function digestName(parts: readonly (string | undefined)[], texts: readonly string[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha256');
  for (const text of texts) digest.update(text).update('\0');
  const slugs = [
    'lighteval',
    ...parts.map((part) => (part === undefined ? '' : slug(part))),
    digest.digest('hex').slice(0, 8),
  ];
  return slugs.filter((part) => part !== '').join('-');
}

/**
 * Inputs the default name's digest leaves out: the key and the token, `provider` and `base-url`, which may hold
 * credentials (what a run uses of them reaches the digest redacted, in the files), and the name itself.
 */
const UNDIGESTED_INPUTS: ReadonlySet<string> = new Set([
  Inputs.ApiKey,
  Inputs.GithubToken,
  Inputs.Provider,
  Inputs.BaseUrl,
  Inputs.ArtifactName,
]);

/** What the runner says of the job, the step and the machine: steps alike in every input still differ in these. */
const IDENTITY_VARIABLES = ['GITHUB_JOB', 'GITHUB_ACTION', 'RUNNER_OS', 'RUNNER_ARCH'] as const;

export interface ArtifactNameSource {
  readonly runId: string | undefined;
  readonly modelName: string;
  /** The redacted config.yaml and lighteval-model.yaml. */
  readonly files: readonly string[];
  /** The task specs of a run as read (a tasks file's lines, not its path); none without a run. */
  readonly tasks: readonly string[];
  /** Every input as given, by name, `''` when unset. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly env: Environment;
}

/**
 * `lighteval-<run id>-<model>-<digest>`. The digest covers what the step knows that tells the steps of a workflow
 * run apart, so that matrix legs do not collide: the redacted files, the task list, every input that is set but
 * those above, and the variables above. Unset inputs and variables count for nothing, so that a new input changes no
 * name. Steps alike in all of it (legs that differ only in their runner's image or environment) need artifact-name.
 */
export function defaultArtifactName(source: ArtifactNameSource): Promise<string> {
  const inputs = Object.entries(source.inputs)
    .filter(([name, value]) => value !== '' && !UNDIGESTED_INPUTS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const identity = IDENTITY_VARIABLES.flatMap((name) => (source.env[name] ? [[name, source.env[name]]] : []));
  // Sorted pairs: the same inputs give the same text whatever order they were read in.
  const leg = JSON.stringify({ inputs, identity, tasks: source.tasks });
  return digestName([source.runId, source.modelName], [...source.files, leg]);
}

function artifactUrl(id: number): string | undefined {
  const {
    GITHUB_SERVER_URL: server = 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId,
  } = process.env;
  if (!repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

export async function uploadArtifact(request: UploadRequest): Promise<UploadedArtifact> {
  let stagingRoot: string | undefined;
  try {
    const staged = stageFiles(request.files, request.rootDirectory);
    stagingRoot = staged.root;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id } = await new DefaultArtifactClient().uploadArtifact(request.name, staged.files, staged.root, {
      retentionDays: request.retentionDays,
    });
    if (id === undefined) throw new Error('the service returned no artifact id');
    return { id, url: artifactUrl(id) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const files = request.files.map((file) => basename(file)).join(', ');
    // The service's answer names no remedy: steps alike in every input, on like runners, get the same default name.
    const remedy = /\(409\)|already exists/i.test(reason)
      ? `. Another step of this workflow run uploaded an artifact of that name: give each step its own ${Inputs.ArtifactName} (matrix legs can add \${{ strategy.job-index }})`
      : '';
    throw new ArtifactError(`Artifact "${request.name}" (${files}) was not uploaded: ${reason}${remedy}`);
  } finally {
    if (stagingRoot !== undefined) rmSync(stagingRoot, { recursive: true, force: true });
  }
}
