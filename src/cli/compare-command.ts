import { scanResults } from '../io/results-scan.js';
import { visibleControls } from '../lighteval/markdown.js';
import { compareResults } from '../lighteval/matrix.js';
import { type CliCommand, EXIT_FAILURE, EXIT_OK, parseCommandLine } from './command.js';

/** `lighteval-action compare PATH...`: one Markdown table comparing every results file found. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare the models of several LightEval results files in one Markdown table',
  usage: `Usage: lighteval-action compare PATH...

Reads every LightEval results JSON in the given files and folders (searched recursively) and prints one
Markdown table comparing the models: a row per task and metric, a column per results file, the best value
in bold. Files that are not LightEval results are listed and skipped. Folders named node_modules or
starting with a dot are searched only when given as a PATH.

Options:
  -h, --help   show this help

Exit status: 0 table printed, 1 no usable results or a PATH that does not exist, 2 bad usage.
`,
  run: (args, io) => {
    const { positionals: paths } = parseCommandLine(args, {
      command: 'compare',
      options: {},
      positionals: { name: 'PATH', min: 1, max: Infinity },
    });
    // Paths are shown as the user wrote them: relative to the current folder.
    const { found, skipped } = scanResults(paths, process.cwd());
    for (const { path, reason } of skipped) io.stderr(`warning: ${visibleControls(path)}: ${reason}\n`);
    if (found.length === 0) {
      io.stderr(`error: no LightEval results found in ${paths.map(visibleControls).join(', ')}\n`);
      return EXIT_FAILURE;
    }
    io.stdout(compareResults(found, skipped).markdown);
    return EXIT_OK;
  },
};
