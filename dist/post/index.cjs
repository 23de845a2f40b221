"use strict";

// src/action/post.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// src/action/names.ts
var States = {
  /** The folder under RUNNER_TEMP holding this run's secret files; the post step deletes it. */
  SecretDir: "secret-dir"
};
var SECRET_DIR_PREFIX = "lighteval-action-";

// src/action/runner.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var stdoutIsShared = false;
function writeStdout(text) {
  if (stdoutIsShared) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs.writeSync)(1, bytes, written);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EAGAIN")) throw error;
    stdoutIsShared = true;
    process.stdout.write(bytes.subarray(written));
  }
}
function getState(name, env = process.env) {
  return env[`STATE_${name}`] ?? "";
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function commandLine(command, message) {
  return `::${command}::${escapeData(message)}${import_node_os.EOL}`;
}
function issueCommand(command, message) {
  writeStdout(commandLine(command, message));
}
function info(message) {
  writeStdout(`${message}${import_node_os.EOL}`);
}
function warning(message) {
  issueCommand("warning", message);
}

// src/action/post.ts
function isOurSecretDir(directory, env) {
  const runnerTemp = env.RUNNER_TEMP;
  const inRunnerTemp = runnerTemp === void 0 || runnerTemp === "" || (0, import_node_path.dirname)((0, import_node_path.resolve)(directory)) === (0, import_node_path.resolve)(runnerTemp);
  return (0, import_node_path.basename)(directory).startsWith(SECRET_DIR_PREFIX) && inRunnerTemp;
}
function cleanup(env = process.env) {
  const directory = getState(States.SecretDir, env);
  if (directory === "") return;
  try {
    if (!isOurSecretDir(directory, env)) {
      warning(`Not removing ${directory}: it is not a folder this action made under RUNNER_TEMP`);
      return;
    }
    (0, import_node_fs2.rmSync)(directory, { recursive: true, force: true });
    info(`Removed the secret files in ${directory}`);
  } catch (error) {
    warning(`Could not remove the secret files in ${directory}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/post.ts
cleanup();
