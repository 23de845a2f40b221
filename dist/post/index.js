import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ cleanup)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/action/names.ts
/** The names action.yml declares, in one place (test/action/action-yml.test.ts holds the two together). */
const Inputs = {
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
};
const Outputs = {
    ConfigPath: 'config-path',
    ConfigJson: 'config-json',
    LightevalConfigPath: 'lighteval-config-path',
    ModelName: 'model-name',
    SecretConfigPath: 'secret-config-path',
    ArtifactId: 'artifact-id',
    ArtifactUrl: 'artifact-url',
    Warnings: 'warnings',
};
/** Saved by the main step for the post step. */
const States = {
    /** The folder under RUNNER_TEMP holding this run's secret files; the post step deletes it. */
    SecretDir: 'secret-dir',
};
/** The prefix of the folder under RUNNER_TEMP that holds secret files; the post step deletes only such folders. */
const SECRET_DIR_PREFIX = 'lighteval-action-';

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * This action's side of the runner protocol: inputs from `INPUT_*` variables, workflow commands on standard
 * output (`::add-mask::`, `::warning::`, `::error::`), and the environment files named by `GITHUB_OUTPUT`,
 * `GITHUB_STATE` and `GITHUB_STEP_SUMMARY`.
 *
 * Written here rather than imported from @actions/core because importing @actions/core also loads its HTTP
 * client (for OIDC tokens), which nearly doubles the start-up time of a run that only writes configuration.
 * test/action/runner.test.ts checks that this writes exactly what @actions/core writes for the same calls.
 */


/** The trimmed value of an input, `''` when unset, as the runner passes it (name upper-cased, hyphens kept). */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A value the post step reads back (`STATE_<name>`), `''` when unset. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, message, properties = {}) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = pairs.length > 0 ? `${command} ${pairs.join(',')}` : command;
    process.stdout.write(`::${head}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Asks the runner to hide `value` in every later log line. Register before anything else is printed. */
function setSecret(value) {
    issueCommand('add-mask', value);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
function debug(message) {
    issueCommand('debug', message);
}
function notice(message, properties) {
    issueCommand('notice', message, properties);
}
function warning(message, properties) {
    issueCommand('warning', message, properties);
}
function error(message, properties) {
    issueCommand('error', message, properties);
}
/** Reports `message` as an error and makes the step fail when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * `name<<DELIMITER` … `DELIMITER`, as the runner reads multi-line values. The delimiter is checked against the
 * value, so a value can never end the block early and smuggle in another output.
 */
function keyValueMessage(name, value) {
    let delimiter;
    do
        delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    while (value.includes(delimiter) || name.includes(delimiter));
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
function appendToFileCommand(variable, text) {
    const path = process.env[variable];
    if (path === undefined || path === '')
        throw new Error(`${variable} is not set: run this as a GitHub Actions step`);
    appendFileSync(path, `${text}${EOL}`, { encoding: 'utf8' });
}
function setOutput(name, value) {
    appendToFileCommand('GITHUB_OUTPUT', keyValueMessage(name, value));
}
/** Keeps `value` for the post step, which reads it with `getState`. */
function saveState(name, value) {
    appendToFileCommand('GITHUB_STATE', keyValueMessage(name, value));
}
/** True when the runner gave this step a summary file. */
function hasSummary() {
    return (process.env.GITHUB_STEP_SUMMARY ?? '') !== '';
}
/** Appends Markdown to the step summary. */
function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (path === undefined || path === '')
        throw new Error('GITHUB_STEP_SUMMARY is not set: run this as a GitHub Actions step');
    appendFileSync(path, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./src/action/post.ts
/** The post step: deletes the secret files the main step left under RUNNER_TEMP. It never fails the job. */




/** Only a folder this action made: named by its prefix, and directly under RUNNER_TEMP when that is known. */
function isOurSecretDir(directory, env) {
    const runnerTemp = env.RUNNER_TEMP;
    const inRunnerTemp = runnerTemp === undefined || runnerTemp === '' || (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(directory)) === (0,external_node_path_namespaceObject.resolve)(runnerTemp);
    return (0,external_node_path_namespaceObject.basename)(directory).startsWith(SECRET_DIR_PREFIX) && inRunnerTemp;
}
async function cleanup(env = process.env) {
    const directory = getState(States.SecretDir, env);
    if (directory === '')
        return;
    try {
        if (!isOurSecretDir(directory, env)) {
            warning(`Not removing ${directory}: it is not a folder this action made under RUNNER_TEMP`);
            return;
        }
        await (0,promises_namespaceObject.rm)(directory, { recursive: true, force: true });
        info(`Removed the secret files in ${directory}`);
    }
    catch (error) {
        warning(`Could not remove the secret files in ${directory}: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 661:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(685);

await (0,_action_post_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanup */ .t)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(661);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
