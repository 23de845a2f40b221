/**
 * Uploads the redacted files as a workflow artifact. The artifact client is imported here, on first use only:
 * a run that uploads nothing does not pay for loading it.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';

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
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

/**
 * `lighteval-<part>-…-<digest>`: readable, safe in an artifact name and a comment marker, and distinct for distinct
 * `texts` (8 hex digits of their SHA-256). Empty parts are left out.
 */
export async function digestName(parts: readonly (string | undefined)[], texts: readonly string[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha256');
  for (const text of texts) digest.update(text).update('\0');
  const slugs = ['lighteval', ...parts.map((part) => (part === undefined ? '' : slug(part))), digest.digest('hex').slice(0, 8)];
  return slugs.filter((part) => part !== '').join('-');
}

/**
 * `lighteval-<run id>-<model>-<digest>`: the digest of the redacted files tells matrix legs apart that share a
 * model (another run configuration, provider or LightEval version), so that their names never collide.
 */
export function defaultArtifactName(runId: string | undefined, modelName: string, texts: readonly string[]): Promise<string> {
  return digestName([runId, modelName], texts);
}

function artifactUrl(id: number): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  if (!repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

/** Characters the artifact service refuses in paths, which LightEval puts in its (`details_gsm8k|0_…`, `llama3:8b`). */
const UNUPLOADABLE = /[":<>|*?\r\n]/g;

/**
 * The files under one folder with names the service accepts: LightEval's own names have `|` and model names
 * `:`. Hard links where possible (details files can be large), copies otherwise.
 */
function stageFiles(files: readonly string[], rootDirectory: string): { root: string; files: string[] } {
  const root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'lighteval-artifact-'));
  const staged = files.map((file) => {
    const path = relative(rootDirectory, file).split(sep).map((part) => part.replace(UNUPLOADABLE, '_')).join(sep);
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
    return target;
  });
  return { root, files: staged };
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
    throw new ArtifactError(`Artifact "${request.name}" (${files}) was not uploaded: ${reason}`);
  } finally {
    if (stagingRoot !== undefined) rmSync(stagingRoot, { recursive: true, force: true });
  }
}
