/**
 * The files of an artifact, staged under one fresh folder with names the artifact service accepts: LightEval's own
 * names have `|` and model names `:`.
 */
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';

/** Characters the artifact service refuses in paths, which LightEval puts in its (`details_gsm8k|0_…`, `llama3:8b`). */
const UNUPLOADABLE = /[":<>|*?\r\n]/g;

export interface StagedFiles {
  readonly root: string;
  readonly files: string[];
}

/**
 * Hard links where possible (details files can be large), copies otherwise. Only regular files are staged: a symlink
 * would be uploaded as whatever it leads to. Two names that become one (`a|b` and `a_b`) stay two files, the second
 * numbered, rather than one overwriting the other.
 */
export function stageFiles(files: readonly string[], rootDirectory: string): StagedFiles {
  const root = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'lighteval-artifact-'));
  const taken = new Set<string>();
  try {
    return {
      root,
      files: files.map((file) => stageFile(file, join(root, uploadablePath(relative(rootDirectory, file))), taken)),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

function uploadablePath(path: string): string {
  return path
    .split(sep)
    .map((part) => part.replace(UNUPLOADABLE, '_'))
    .join(sep);
}

function stageFile(file: string, wanted: string, taken: Set<string>): string {
  if (!lstatSync(file).isFile()) throw new Error(`${file} is not a regular file`);
  const target = freeName(wanted, taken);
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(file, target);
  } catch {
    copyFileSync(file, target, constants.COPYFILE_EXCL);
  }
  return target;
}

/** `path`, or `name-2.ext`, `name-3.ext`… when an earlier file took it. */
function freeName(path: string, taken: Set<string>): string {
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  let candidate = path;
  for (let number = 2; taken.has(candidate); number += 1) candidate = `${stem}-${number}${extension}`;
  taken.add(candidate);
  return candidate;
}
