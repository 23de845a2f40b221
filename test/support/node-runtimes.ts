/**
 * The Node binaries the end-to-end suites run the built files with: the machine's own (the oldest the CLI supports is 20,
 * package.json's engines), and Node 24, the runtime action.yml's `runs.using` names and GitHub's runner starts the
 * action with. On a machine whose Node is already 24 the two would be the same run twice, so that one is left out.
 *
 * The path is looked up when a test starts a process, not when the suite is collected: a missing Node 24 fails
 * each test that needs it with the command that installs it (test-environments.ts), never skips it.
 *
 * action.test.ts, action-lighteval.test.ts, action-report.test.ts and cli.test.ts run whole under each runtime rather
 * than a sample under Node 24: on the 2-core machine the second runtime costs about 13 s of test time (some 15 s of
 * `vitest run`'s 60), and what could differ (child processes, timers, fetch, zlib, fs modes) runs through every test.
 */
import { node24Path } from './test-environments.js';

export interface NodeRuntime {
  /** For test names: `Node 20.19.0 (this machine)`, `Node 24 (runs.using)`. */
  readonly name: string;
  /** The expected major version. */
  readonly major: number;
  readonly path: () => string;
}

const MACHINE_MAJOR = Number(process.versions.node.split('.')[0]);

export const MACHINE_NODE: NodeRuntime = {
  name: `Node ${process.versions.node} (this machine)`,
  major: MACHINE_MAJOR,
  path: () => process.execPath,
};

export const NODE_24: NodeRuntime = { name: 'Node 24 (runs.using)', major: 24, path: node24Path };

/** Every runtime the end-to-end suites run under, the machine's first. */
export const NODE_RUNTIMES: readonly NodeRuntime[] = MACHINE_MAJOR === NODE_24.major ? [MACHINE_NODE] : [MACHINE_NODE, NODE_24];
