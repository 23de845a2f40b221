/**
 * The Node binaries the end-to-end suites run the built files with: Node 22, the oldest package.json's engines allows
 * (the runtime dependencies need it), and Node 24, the runtime action.yml's `runs.using` names and GitHub's runner
 * starts the action with. Each is the machine's own Node when that is the same major, else the one
 * scripts/test-environments.sh installed. A machine's Node of another supported major (25 and later) is run as well,
 * first; one older than 22 is not, as engines excludes it.
 *
 * The path is looked up when a test starts a process, not when the suite is collected: a missing Node 22 or 24 fails
 * each test that needs it with the command that installs it (test-environments.ts), never skips it.
 *
 * action.test.ts, action-lighteval.test.ts, action-compare.test.ts and cli.test.ts run whole under each runtime
 * rather than a sample: on the 2-core machine a runtime costs about 13 s of test time (some 15 s of `vitest run`'s 60),
 * and what could differ (child processes, timers, fetch, zlib, fs modes) runs through every test.
 */
import { node22Path, node24Path } from './test-environments.js';

export interface NodeRuntime {
  /** For test names: `Node 22 (the oldest engines allows)`, `Node 24 (runs.using)`, `Node 25.1.0 (this machine)`. */
  readonly name: string;
  /** The expected major version. */
  readonly major: number;
  readonly path: () => string;
}

/** The oldest major package.json's engines allows. */
const OLDEST_SUPPORTED_MAJOR = 22;
const MACHINE_MAJOR = Number(process.versions.node.split('.')[0]);

/** The runtime of `major`: the machine's own Node when it is that major, else the installed one. */
function runtime(major: number, why: string, installedPath: () => string): NodeRuntime {
  const machine = MACHINE_MAJOR === major;
  return {
    name: `Node ${major} (${why}${machine ? ', this machine' : ''})`,
    major,
    path: machine ? () => process.execPath : installedPath,
  };
}

export const NODE_22 = runtime(OLDEST_SUPPORTED_MAJOR, 'the oldest engines allows', node22Path);
export const NODE_24 = runtime(24, 'runs.using', node24Path);

const MACHINE_NODE: NodeRuntime = {
  name: `Node ${process.versions.node} (this machine)`,
  major: MACHINE_MAJOR,
  path: () => process.execPath,
};

const machineRunsApart =
  MACHINE_MAJOR >= OLDEST_SUPPORTED_MAJOR && MACHINE_MAJOR !== NODE_22.major && MACHINE_MAJOR !== NODE_24.major;

/** Every runtime the end-to-end suites run under: the machine's first when it is another supported major, then 22 and 24. */
export const NODE_RUNTIMES: readonly NodeRuntime[] = machineRunsApart
  ? [MACHINE_NODE, NODE_22, NODE_24]
  : [NODE_22, NODE_24];
