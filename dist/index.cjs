"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
var init_utils = __esm({
  "node_modules/@actions/core/lib/utils.js"() {
  }
});

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name2, message = "") {
  issueCommand(name2, {}, message);
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var os, CMD_STRING, Command;
var init_command = __esm({
  "node_modules/@actions/core/lib/command.js"() {
    os = __toESM(require("os"), 1);
    init_utils();
    CMD_STRING = "::";
    Command = class {
      constructor(command, properties, message) {
        if (!command) {
          command = "missing.command";
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
      }
      toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
          cmdStr += " ";
          let first = true;
          for (const key in this.properties) {
            if (this.properties.hasOwnProperty(key)) {
              const val = this.properties[key];
              if (val) {
                if (first) {
                  first = false;
                } else {
                  cmdStr += ",";
                }
                cmdStr += `${key}=${escapeProperty(val)}`;
              }
            }
          }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
      }
    };
  }
});

// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}
var crypto, fs, os2;
var init_file_command = __esm({
  "node_modules/@actions/core/lib/file-command.js"() {
    crypto = __toESM(require("crypto"), 1);
    fs = __toESM(require("fs"), 1);
    os2 = __toESM(require("os"), 1);
    init_utils();
  }
});

// node_modules/@actions/core/lib/oidc-utils.js
var init_oidc_utils = __esm({
  "node_modules/@actions/core/lib/oidc-utils.js"() {
    init_core();
  }
});

// node_modules/@actions/core/lib/summary.js
var import_os, import_fs, __awaiter, access, appendFile, writeFile, SUMMARY_ENV_VAR, Summary, _summary, summary;
var init_summary = __esm({
  "node_modules/@actions/core/lib/summary.js"() {
    import_os = require("os");
    import_fs = require("fs");
    __awaiter = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve3) {
          resolve3(value);
        });
      }
      return new (P || (P = Promise))(function(resolve3, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    ({ access, appendFile, writeFile } = import_fs.promises);
    SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
    Summary = class {
      constructor() {
        this._buffer = "";
      }
      /**
       * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
       * Also checks r/w permissions.
       *
       * @returns step summary file path
       */
      filePath() {
        return __awaiter(this, void 0, void 0, function* () {
          if (this._filePath) {
            return this._filePath;
          }
          const pathFromEnv = process.env[SUMMARY_ENV_VAR];
          if (!pathFromEnv) {
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
          }
          try {
            yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
          } catch (_a3) {
            throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
          }
          this._filePath = pathFromEnv;
          return this._filePath;
        });
      }
      /**
       * Wraps content in an HTML tag, adding any HTML attributes
       *
       * @param {string} tag HTML tag to wrap
       * @param {string | null} content content within the tag
       * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
       *
       * @returns {string} content wrapped in HTML element
       */
      wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
        if (!content) {
          return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
      }
      /**
       * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
       *
       * @param {SummaryWriteOptions} [options] (optional) options for write operation
       *
       * @returns {Promise<Summary>} summary instance
       */
      write(options) {
        return __awaiter(this, void 0, void 0, function* () {
          const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
          const filePath = yield this.filePath();
          const writeFunc = overwrite ? writeFile : appendFile;
          yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
          return this.emptyBuffer();
        });
      }
      /**
       * Clears the summary buffer and wipes the summary file
       *
       * @returns {Summary} summary instance
       */
      clear() {
        return __awaiter(this, void 0, void 0, function* () {
          return this.emptyBuffer().write({ overwrite: true });
        });
      }
      /**
       * Returns the current summary buffer as a string
       *
       * @returns {string} string of summary buffer
       */
      stringify() {
        return this._buffer;
      }
      /**
       * If the summary buffer is empty
       *
       * @returns {boolen} true if the buffer is empty
       */
      isEmptyBuffer() {
        return this._buffer.length === 0;
      }
      /**
       * Resets the summary buffer without writing to summary file
       *
       * @returns {Summary} summary instance
       */
      emptyBuffer() {
        this._buffer = "";
        return this;
      }
      /**
       * Adds raw text to the summary buffer
       *
       * @param {string} text content to add
       * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
       *
       * @returns {Summary} summary instance
       */
      addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
      }
      /**
       * Adds the operating system-specific end-of-line marker to the buffer
       *
       * @returns {Summary} summary instance
       */
      addEOL() {
        return this.addRaw(import_os.EOL);
      }
      /**
       * Adds an HTML codeblock to the summary buffer
       *
       * @param {string} code content to render within fenced code block
       * @param {string} lang (optional) language to syntax highlight code
       *
       * @returns {Summary} summary instance
       */
      addCodeBlock(code2, lang) {
        const attrs = Object.assign({}, lang && { lang });
        const element = this.wrap("pre", this.wrap("code", code2), attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML list to the summary buffer
       *
       * @param {string[]} items list of items to render
       * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
       *
       * @returns {Summary} summary instance
       */
      addList(items, ordered = false) {
        const tag = ordered ? "ol" : "ul";
        const listItems2 = items.map((item) => this.wrap("li", item)).join("");
        const element = this.wrap(tag, listItems2);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML table to the summary buffer
       *
       * @param {SummaryTableCell[]} rows table rows
       *
       * @returns {Summary} summary instance
       */
      addTable(rows) {
        const tableBody = rows.map((row) => {
          const cells = row.map((cell) => {
            if (typeof cell === "string") {
              return this.wrap("td", cell);
            }
            const { header, data, colspan, rowspan } = cell;
            const tag = header ? "th" : "td";
            const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
            return this.wrap(tag, data, attrs);
          }).join("");
          return this.wrap("tr", cells);
        }).join("");
        const element = this.wrap("table", tableBody);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds a collapsable HTML details element to the summary buffer
       *
       * @param {string} label text for the closed state
       * @param {string} content collapsable content
       *
       * @returns {Summary} summary instance
       */
      addDetails(label2, content) {
        const element = this.wrap("details", this.wrap("summary", label2) + content);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML image tag to the summary buffer
       *
       * @param {string} src path to the image you to embed
       * @param {string} alt text description of the image
       * @param {SummaryImageOptions} options (optional) addition image attributes
       *
       * @returns {Summary} summary instance
       */
      addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
        const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML section heading element
       *
       * @param {string} text heading text
       * @param {number | string} [level=1] (optional) the heading level, default: 1
       *
       * @returns {Summary} summary instance
       */
      addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML thematic break (<hr>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addSeparator() {
        const element = this.wrap("hr", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML line break (<br>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addBreak() {
        const element = this.wrap("br", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML blockquote to the summary buffer
       *
       * @param {string} text quote text
       * @param {string} cite (optional) citation url
       *
       * @returns {Summary} summary instance
       */
      addQuote(text, cite) {
        const attrs = Object.assign({}, cite && { cite });
        const element = this.wrap("blockquote", text, attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML anchor tag to the summary buffer
       *
       * @param {string} text link text/content
       * @param {string} href hyperlink
       *
       * @returns {Summary} summary instance
       */
      addLink(text, href) {
        const element = this.wrap("a", text, { href });
        return this.addRaw(element).addEOL();
      }
    };
    _summary = new Summary();
    summary = _summary;
  }
});

// node_modules/@actions/core/lib/path-utils.js
var init_path_utils = __esm({
  "node_modules/@actions/core/lib/path-utils.js"() {
  }
});

// node_modules/@actions/core/lib/platform.js
var import_os2, platform, arch;
var init_platform = __esm({
  "node_modules/@actions/core/lib/platform.js"() {
    import_os2 = __toESM(require("os"), 1);
    platform = import_os2.default.platform();
    arch = import_os2.default.arch();
  }
});

// node_modules/@actions/core/lib/core.js
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name2, options) {
  const val = process.env[`INPUT_${name2.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name2}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name2, options) {
  const inputs = getInput(name2, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name2, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name2, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name2}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name2, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name2, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name: name2 }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name2) {
  issue("group", name2);
}
function endGroup() {
  issue("endgroup");
}
function group(name2, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name2);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name2, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name2, value));
  }
  issueCommand("save-state", { name: name2 }, toCommandValue(value));
}
var os4, __awaiter2, ExitCode;
var init_core = __esm({
  "node_modules/@actions/core/lib/core.js"() {
    init_command();
    init_file_command();
    init_utils();
    os4 = __toESM(require("os"), 1);
    init_oidc_utils();
    init_summary();
    init_summary();
    init_path_utils();
    init_platform();
    __awaiter2 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve3) {
          resolve3(value);
        });
      }
      return new (P || (P = Promise))(function(resolve3, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    (function(ExitCode2) {
      ExitCode2[ExitCode2["Success"] = 0] = "Success";
      ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
    })(ExitCode || (ExitCode = {}));
  }
});

// src/config/errors.ts
function formatIssue(issue3) {
  return issue3.path === "" ? issue3.message : `${issue3.path}: ${issue3.message}`;
}
function formatPath(segments) {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}
function joinPath(parent, child) {
  if (parent === "") return child;
  return child === "" || child.startsWith("[") ? `${parent}${child}` : `${parent}.${child}`;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    return value.length > SHOWN_STRING_LENGTH ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeof value === "symbol" ? "a symbol" : "a function";
}
function fieldIssuesFrom(error2, root = []) {
  return error2.issues.map((issue3) => ({ path: formatPath([...root, ...issue3.path]), message: issue3.message }));
}
var ConfigError, SHOWN_STRING_LENGTH;
var init_errors = __esm({
  "src/config/errors.ts"() {
    "use strict";
    ConfigError = class extends Error {
      name = "ConfigError";
      issues;
      constructor(issues) {
        const [first] = issues;
        if (first === void 0) throw new TypeError("ConfigError needs at least one issue");
        super(formatIssue(first));
        this.issues = issues;
      }
    };
    SHOWN_STRING_LENGTH = 40;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.distance = exports2.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance3 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports2.distance = distance3;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance3(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports2.closest = closest2;
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue2(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, EVALUATING, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core2 = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name2) {
        super(`Encountered unidirectional transform during encode: ${name2}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core2();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core2();
    init_errors2();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number, boolean, _null;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
    _null = /^null$/i;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core2();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue2(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodNull, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodTuple, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodNullable, $ZodDefault, $ZodPipe, $ZodLazy, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core2();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = _null;
      inst._zod.values = /* @__PURE__ */ new Set([null]);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
          return payload;
        payload.issues.push({
          expected: "null",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload) => payload;
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
      $ZodType.init(inst, def);
      const items = def.items;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            input,
            inst,
            expected: "tuple",
            code: "invalid_type"
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
          if (input.length < optinStart) {
            payload.issues.push({
              code: "too_small",
              minimum: optinStart,
              inclusive: true,
              input,
              inst,
              origin: "array"
            });
            return payload;
          }
          if (input.length > items.length) {
            payload.issues.push({
              code: "too_big",
              maximum: items.length,
              inclusive: true,
              input,
              inst,
              origin: "array"
            });
          }
        }
        const itemResults = new Array(items.length);
        const abortEarly = def.rest ? ctx?.abortEarly : void 0;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
          const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((rr) => {
              itemResults[i] = rr;
            }));
          } else {
            itemResults[i] = r;
            if (abortEarly && !itemAborted && r.issues.length)
              itemAborted = aborted(r);
          }
        }
        if (def.rest && !itemAborted) {
          let i = items.length - 1;
          const rest = input.slice(items.length);
          let seen = payload.issues.length;
          for (const el of rest) {
            if (abortEarly && payload.issues.length !== seen) {
              if (aborted(payload, seen))
                break;
              seen = payload.issues.length;
            }
            i++;
            const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((r) => handleTupleResult(r, payload, i)));
            } else {
              handleTupleResult(result, payload, i);
            }
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result instanceof Promise) {
                proms.push(result.then((result2) => {
                  if (result2.issues.length) {
                    payload.issues.push(...prefixIssues(key, result2.issues));
                  }
                  payload.value[outKey] = result2.value;
                }));
              } else {
                if (result.issues.length) {
                  payload.issues.push(...prefixIssues(key, result.issues));
                }
                payload.value[outKey] = result.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result instanceof Promise) {
              proms.push(result.then((result2) => {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }));
            } else {
              if (result.issues.length) {
                payload.issues.push(...prefixIssues(key, result.issues));
              }
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === null)
          return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
          d._cachedInner = def.getter();
        return d._cachedInner;
      });
      defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
      defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
      defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
      inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class, params) {
  return new Class({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(issue2(issue3, payload.value, ch._zod.def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue2(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core3 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core2();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core3();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function _null3(params) {
  return _null2(ZodMiniNull, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return /* @__PURE__ */ _enum(Object.keys(shape));
}
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniNull, ZodMiniUnknown, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniTuple, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniTransform, ZodMiniOptional, ZodMiniNullable, ZodMiniDefault, ZodMiniPipe, ZodMiniLazy, ZodMiniCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core3();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNull = /* @__PURE__ */ $constructor("ZodMiniNull", (inst, def) => {
      $ZodNull.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
      $ZodTuple.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
      $ZodTransform.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
      $ZodLazy.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core3();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core3();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core3();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// src/config/or-list.ts
function orList(choices) {
  if (choices.length <= 1) return choices[0] ?? "";
  return `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1] ?? ""}`;
}
var init_or_list = __esm({
  "src/config/or-list.ts"() {
    "use strict";
  }
});

// src/config/schema-facts.ts
function withFacts(schema, facts) {
  jsonSchemaFacts.add(schema, { ...jsonSchemaFacts.get(schema), ...facts });
  return schema;
}
function described(schema, description) {
  return withFacts(schema, { description });
}
var jsonSchemaFacts;
var init_schema_facts = __esm({
  "src/config/schema-facts.ts"() {
    "use strict";
    init_mini();
    jsonSchemaFacts = registry();
  }
});

// src/config/fields.ts
function expectation(what) {
  return (issue3) => issue3.input === void 0 ? `required; expected ${what}` : `expected ${what}, got ${describeValue(issue3.input)}`;
}
function numberBetween(min, max) {
  const error2 = expectation(`a number from ${min} to ${max}`);
  return number2({ error: error2 }).check(_gte(min, { error: error2 }), _lte(max, { error: error2 }));
}
function positiveNumber() {
  const error2 = expectation("a number greater than 0");
  return number2({ error: error2 }).check(_gt(0, { error: error2 }));
}
function integerFrom(min) {
  const error2 = expectation(`an integer of ${min} or more`);
  return withFacts(
    number2({ error: error2 }).check(
      _gte(min, { error: error2 }),
      _lte(Number.MAX_SAFE_INTEGER, { error: error2 }),
      refine(Number.isInteger, { error: error2, ...afterOtherChecks })
    ),
    { type: "integer" }
  );
}
function booleanField() {
  return boolean2({ error: expectation("true or false") });
}
function nonEmptyString() {
  const error2 = expectation("a non-empty string");
  return string2({ error: error2 }).check(_regex(/\S/, { error: error2 }));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function withoutNulls(value) {
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== null);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
}
function didYouMean(name2, known) {
  if (known.length === 0) return void 0;
  const candidate = (0, import_fastest_levenshtein.closest)(name2, [...known]);
  const edits = (0, import_fastest_levenshtein.distance)(name2, candidate);
  return edits <= Math.max(2, Math.floor(name2.length / 3)) && edits < Math.min(name2.length, candidate.length) ? candidate : void 0;
}
function unknownFieldMessage(key, known) {
  const suggestion = didYouMean(key, known);
  return suggestion === void 0 ? `unknown field; expected one of ${orList(known)}` : `unknown field; did you mean ${suggestion}?`;
}
function closedObject(shape) {
  const known = Object.keys(shape);
  const closed = looseObject(shape, { error: expectation("a mapping") }).check(
    superRefine(
      (value, context) => {
        for (const key of Object.keys(value)) {
          if (!Object.hasOwn(shape, key)) {
            context.addIssue({
              code: "custom",
              path: [key],
              message: unknownFieldMessage(key, known),
              input: value[key]
            });
          }
        }
      },
      // Run even when a known field is invalid, so that every problem is reported at once.
      { when: ({ value }) => isRecord(value) }
    )
  );
  return withFacts(closed, { additionalProperties: false });
}
function likelyTypos(value, known) {
  const typos = [];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const suggestion = didYouMean(key, known);
    if (suggestion !== void 0) typos.push([key, suggestion]);
  }
  return typos;
}
var import_fastest_levenshtein, afterOtherChecks;
var init_fields = __esm({
  "src/config/fields.ts"() {
    "use strict";
    import_fastest_levenshtein = __toESM(require_mod(), 1);
    init_mini();
    init_errors();
    init_or_list();
    init_schema_facts();
    afterOtherChecks = { when: (payload) => payload.issues.length === 0 };
  }
});

// src/config/secrets.ts
function asciiEscaped(jsonEscaped) {
  return jsonEscaped.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function secretForms(secret) {
  if (secret.trim() === "") return [];
  const uriEncoded = encodeURIComponent(secret.replace(LONE_SURROGATE, "\uFFFD"));
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    ...secret.split(/\r?\n|\r/),
    uriEncoded,
    uriEncoded.replace(/%20/g, "+"),
    new URLSearchParams({ k: secret }).toString().slice("k=".length),
    jsonEscaped,
    asciiEscaped(jsonEscaped)
  ];
  return [...new Set(forms.filter((form) => form.trim() !== ""))];
}
function occurrenceEnds(text, forms) {
  let ends;
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      ends ??= new Int32Array(text.length);
      ends[at] = Math.max(ends[at] ?? 0, at + form.length);
    }
  }
  return ends;
}
function masked(text, ends, end) {
  const parts = [];
  let plainFrom = 0;
  let at = 0;
  while (at < end) {
    let runEnd = ends[at] ?? 0;
    if (runEnd <= at) {
      at += 1;
      continue;
    }
    for (let inside = at + 1; inside <= runEnd && inside < end; inside += 1)
      runEnd = Math.max(runEnd, ends[inside] ?? 0);
    parts.push(text.slice(plainFrom, at), MASK);
    plainFrom = at = runEnd;
  }
  parts.push(text.slice(plainFrom, end));
  return parts.join("");
}
function splitsPair(text, at) {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 55296 && before <= 56319 && after >= 56320 && after <= 57343;
}
function secretScrubber(secrets) {
  const forms = [...new Set(secrets.flatMap(secretForms))];
  const kept2 = Math.max(0, ...forms.map((form) => form.length - 1));
  const scrub = (text) => {
    const ends = occurrenceEnds(text, forms);
    return ends === void 0 ? text : masked(text, ends, text.length);
  };
  const settle = (text) => {
    const ends = occurrenceEnds(text, forms) ?? new Int32Array(text.length);
    let cut = 0;
    let reach = 0;
    for (let at = 0; at <= text.length - kept2; at += 1) {
      if (reach <= at && !splitsPair(text, at)) cut = at;
      reach = Math.max(reach, ends[at] ?? 0);
    }
    return { scrubbed: masked(text, ends, cut), rest: text.slice(cut) };
  };
  return { scrub, settle };
}
function scrubSecrets(text, secrets) {
  return secretScrubber(secrets).scrub(text);
}
var MASK, LONE_SURROGATE;
var init_secrets = __esm({
  "src/config/secrets.ts"() {
    "use strict";
    MASK = "***";
    LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  }
});

// src/lighteval/markdown.ts
function visibleControls(text) {
  return text.replace(INVISIBLE, (character) => {
    const short = SHORT_ESCAPES[character];
    if (short !== void 0) return short;
    const code2 = (character.codePointAt(0) ?? 0).toString(16);
    return code2.length > 4 ? `\\u{${code2}}` : `\\u${code2.padStart(4, "0")}`;
  });
}
function escapeLine(line) {
  return line.replace(ACTIVE, (match, offset) => {
    const entity = ENTITIES[match];
    if (entity === void 0) return `${match}${BREAK}`;
    return match === "#" && /\d/.test(line.charAt(offset + 1)) ? `${entity}${BREAK}` : entity;
  });
}
function escapeCell(text) {
  return text.split(/\r\n?|\n/).map((line) => escapeLine(visibleControls(line))).join("<br>");
}
function codeCell(text) {
  return `<code>${escapeCell(text)}</code>`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var INVISIBLE, SHORT_ESCAPES, ENTITIES, BREAK, ACTIVE;
var init_markdown = __esm({
  "src/lighteval/markdown.ts"() {
    "use strict";
    INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
    SHORT_ESCAPES = {
      "\b": "\\b",
      "	": "\\t",
      "\n": "\\n",
      "\f": "\\f",
      "\r": "\\r"
    };
    ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      "|": "&#124;",
      "`": "&#96;",
      "\\": "&#92;",
      "*": "&#42;",
      _: "&#95;",
      "[": "&#91;",
      "]": "&#93;",
      "~": "&#126;",
      $: "&#36;",
      "#": "&#35;"
    };
    BREAK = "<!-- -->";
    ACTIVE = /[&<>|`\\*[\]~$#@]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|:(?=\/\/|[\w+-]+:)|(?<![\p{L}\p{N}])(?:gh(?=-\d)|www(?=\.))/giu;
  }
});

// src/config/parse.ts
async function parseDocument(text, source) {
  checkSize(text, source);
  const json = parseJson(text, source);
  return json === void 0 ? await parseYaml(text, source) : json.value;
}
function mebibytes(bytes) {
  return `${bytes % MIB === 0 ? bytes / MIB : (Math.ceil(bytes / MIB * 10) / 10).toFixed(1)} MiB`;
}
function sizeOverLimit(bytes, limit) {
  return `is ${mebibytes(bytes)}; expected at most ${mebibytes(limit)}`;
}
function checkSize(text, source) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_DOCUMENT_BYTES)
    throw new ConfigError([{ path: source, message: sizeOverLimit(bytes, MAX_DOCUMENT_BYTES) }]);
}
async function parseYaml(text, source) {
  const { Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq } = await Promise.resolve().then(() => __toESM(require("./chunks/yaml.cjs"), 1));
  const tokens = readTokens(new Lexer(), new Parser(), text, source);
  const documents = composeDocuments(new Composer({ uniqueKeys: false, logLevel: "error" }), tokens);
  if (documents.length > 1) {
    throw new ConfigError([{ path: source, message: "expected one YAML or JSON document, found several" }]);
  }
  const [document] = documents;
  if (document === void 0) return null;
  const [error2] = document.errors;
  if (error2 !== void 0) {
    throw structureError(text, error2.pos[0], source, error2.message.charAt(0).toLowerCase() + error2.message.slice(1));
  }
  checkKeysAndAliases({ isAlias, isMap, isPair, isScalar, isSeq }, document, text, source);
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ConfigError([{ path: source, message: `unusable YAML: ${reason}` }]);
  }
}
function readTokens(lexer, parser, text, source) {
  const tokens = [];
  for (const lexeme of lexer.lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    checkDepth(parser.stack, text, source);
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}
function composeDocuments(composer, tokens) {
  const documents = [];
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 0;
  try {
    for (const document of composer.compose(tokens)) {
      if (documents.push(document) > 1) break;
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return documents;
}
function checkDepth(stack, text, source) {
  if (stack.length <= MAX_DOCUMENT_DEPTH) return;
  let depth = 0;
  for (const token of stack) {
    if (!COLLECTIONS.has(token.type)) continue;
    depth += 1;
    if (depth > MAX_DOCUMENT_DEPTH)
      throw structureError(text, token.offset, source, `nested more than ${MAX_DOCUMENT_DEPTH} levels deep`);
  }
}
function checkKeysAndAliases(yaml, document, text, source) {
  const steps = [{ node: document.contents }];
  const anchors = /* @__PURE__ */ new Map();
  let aliases = 0;
  let nestedAliases = 0;
  for (let step = steps.pop(); step !== void 0; step = steps.pop()) {
    if ("end" in step) {
      step.end.aliasesInside = aliases - step.end.aliasesBefore;
    } else if ("key" in step) {
      if (isRepeated(yaml, step.key, step.seen))
        throw structureError(text, step.key.range[0], source, "map keys must be unique");
    } else if (yaml.isAlias(step.node)) {
      const at = step.node.range[0];
      aliases += 1;
      if (aliases > MAX_ALIASES) throw structureError(text, at, source, `more than ${MAX_ALIASES} aliases`);
      const target = anchors.get(step.node.source);
      if (target === void 0 || target.referred) continue;
      if (target.aliasesInside === void 0)
        throw structureError(text, at, source, "an alias inside the node it refers to");
      target.referred = true;
      nestedAliases += target.aliasesInside;
      if (nestedAliases > MAX_NESTED_ALIASES) {
        throw structureError(
          text,
          at,
          source,
          `more than ${MAX_NESTED_ALIASES} aliases inside the nodes that aliases refer to`
        );
      }
    } else if (step.node !== null) {
      const { node } = step;
      if (node.anchor !== void 0) {
        const anchored = {
          aliasesBefore: aliases,
          aliasesInside: yaml.isScalar(node) ? 0 : void 0,
          referred: false
        };
        anchors.set(node.anchor, anchored);
        if (anchored.aliasesInside === void 0) steps.push({ end: anchored });
      }
      if (yaml.isMap(node)) {
        const seen = { scalars: /* @__PURE__ */ new Set(), others: /* @__PURE__ */ new Set() };
        for (const { key, value } of node.items.slice().reverse()) {
          if (node.flow) steps.push({ key, seen }, { node: value }, { node: key });
          else steps.push({ node: value }, { key, seen }, { node: key });
        }
      } else if (yaml.isSeq(node)) {
        const items = node.items;
        for (const item of items.slice().reverse()) {
          if (yaml.isPair(item)) steps.push({ node: item.value }, { node: item.key });
          else steps.push({ node: item });
        }
      }
    }
  }
}
function isRepeated(yaml, key, seen) {
  if (yaml.isScalar(key)) {
    if (seen.scalars.has(key.value)) return true;
    seen.scalars.add(key.value);
    return false;
  }
  const json = JSON.stringify(key.toJSON());
  if (seen.others.has(json)) return true;
  seen.others.add(json);
  return false;
}
function syntaxError(source, line, column, reason) {
  return new ConfigError([
    { path: source, message: `invalid YAML or JSON at line ${line}, column ${column}: ${reason}` }
  ]);
}
function parseJson(text, source) {
  if (!JSON_START.test(text)) return void 0;
  const start = text.charCodeAt(0) === 65279 ? 1 : 0;
  let value;
  try {
    value = JSON.parse(start === 0 ? text : text.slice(start));
  } catch {
    return void 0;
  }
  checkStructure(text, start, source);
  return { value };
}
function checkStructure(text, start, source) {
  const open = [];
  let expectingKey = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === QUOTE) {
      const end = closingQuote(text, index);
      const current = open[open.length - 1];
      if (expectingKey && current?.keys) {
        const key = keyAt(text, index, end);
        if (current.keys.has(key)) current.repeatedKey = index;
        current.keys.add(key);
        expectingKey = false;
      }
      index = end;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (open.length === MAX_DOCUMENT_DEPTH) {
        throw structureError(text, index, source, `nested more than ${MAX_DOCUMENT_DEPTH} levels deep`);
      }
      open.push({ keys: char === OPEN_BRACE ? /* @__PURE__ */ new Set() : null, repeatedKey: void 0 });
      expectingKey = char === OPEN_BRACE;
    } else if (char === COMMA || char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      const current = char === COMMA ? open[open.length - 1] : open.pop();
      if (current?.repeatedKey !== void 0) {
        throw structureError(text, current.repeatedKey, source, "map keys must be unique");
      }
      expectingKey = char === COMMA && current?.keys instanceof Set;
    }
  }
}
function closingQuote(text, index) {
  let end = index + 1;
  while (text.charCodeAt(end) !== QUOTE) end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
  return end;
}
function keyAt(text, open, close) {
  const raw = text.slice(open + 1, close);
  return raw.includes("\\") ? String(JSON.parse(text.slice(open, close + 1))) : raw;
}
function structureError(text, offset, source, reason) {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line += 1;
  return syntaxError(source, line, offset - text.lastIndexOf("\n", offset - 1), reason);
}
var MIB, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_DEPTH, MAX_ALIASES, MAX_NESTED_ALIASES, COLLECTIONS, JSON_START, QUOTE, BACKSLASH, COMMA, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET;
var init_parse3 = __esm({
  "src/config/parse.ts"() {
    "use strict";
    init_errors();
    MIB = 1024 * 1024;
    MAX_DOCUMENT_BYTES = MIB;
    MAX_DOCUMENT_DEPTH = 100;
    MAX_ALIASES = 100;
    MAX_NESTED_ALIASES = 10;
    COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
    JSON_START = /^\ufeff?[ \t\n\r]*[[{]/;
    QUOTE = 34;
    BACKSLASH = 92;
    COMMA = 44;
    OPEN_BRACE = 123;
    CLOSE_BRACE = 125;
    OPEN_BRACKET = 91;
    CLOSE_BRACKET = 93;
  }
});

// src/io/files.ts
function reasonOf(error2) {
  const code2 = error2 instanceof Error && "code" in error2 ? String(error2.code) : void 0;
  return code2 !== void 0 && REASONS[code2] || (error2 instanceof Error ? error2.message : String(error2));
}
function readTextFile(path, label2) {
  let bytes;
  try {
    bytes = readRegularFile(path, MAX_TEXT_FILE_BYTES);
  } catch (error2) {
    throw new ConfigError([{ path: label2, message: `cannot read ${path} (${reasonOf(error2)})` }]);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ConfigError([
      { path: label2, message: `cannot read ${path} (not valid UTF-8 at byte offset ${invalidUtf8At(bytes)})` }
    ]);
  }
}
function readRegularFile(path, limit) {
  const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  try {
    const stats = (0, import_node_fs.fstatSync)(fd);
    if (!stats.isFile()) throw new Error(notAFile(stats));
    if (stats.size > limit) throw new Error(sizeOverLimit(stats.size, limit));
    return readAtMost(fd, stats.size, limit);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function notAFile(stats) {
  if (stats.isDirectory()) return "is a directory";
  if (stats.isFIFO()) return "is a named pipe, not a file";
  return stats.isCharacterDevice() || stats.isBlockDevice() ? "is a device, not a file" : "is not a regular file";
}
function readAtMost(fd, sizeHint, limit) {
  const chunks = [];
  let total = 0;
  const chunkBytes = Math.max(sizeHint + 1, 64 * 1024);
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, limit + 1 - total));
    const read = (0, import_node_fs.readSync)(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  throw new Error(`holds more than ${mebibytes(limit)}`);
}
function invalidUtf8At(bytes) {
  let at = 0;
  for (let length = utf8SequenceLength(bytes, at); length > 0; length = utf8SequenceLength(bytes, at)) at += length;
  return at;
}
function utf8SequenceLength(bytes, at) {
  const lead = bytes[at];
  if (lead === void 0) return 0;
  if (lead < 128) return 1;
  const [length, low, high] = lead < 194 ? [0, 0, 0] : lead < 224 ? [2, 128, 191] : lead === 224 ? [3, 160, 191] : lead === 237 ? [3, 128, 159] : lead < 240 ? [3, 128, 191] : lead === 240 ? [4, 144, 191] : lead < 244 ? [4, 128, 191] : lead === 244 ? [4, 128, 143] : [0, 0, 0];
  for (let index = 1; index < length; index += 1) {
    const byte = bytes[at + index];
    if (byte === void 0 || byte < (index === 1 ? low : 128) || byte > (index === 1 ? high : 191)) return 0;
  }
  return length;
}
function makeStagingDir(directory) {
  return (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(directory, ".staging-"));
}
function createFile(path, data, mode) {
  (0, import_node_fs.writeFileSync)(path, data, { flag: "wx", mode });
}
function replaceFile(path, data, mode) {
  const staging = makeStagingDir((0, import_node_path.dirname)(path));
  try {
    const staged = (0, import_node_path.join)(staging, "staged");
    createFile(staged, data, mode);
    (0, import_node_fs.renameSync)(staged, path);
  } finally {
    (0, import_node_fs.rmSync)(staging, { recursive: true, force: true });
  }
}
function writeFiles(directory, files, label2) {
  const ordered = [...files].sort((a, b) => Number(a.secret) - Number(b.secret));
  const placedSecrets = [];
  let staging;
  try {
    (0, import_node_fs.mkdirSync)(directory, { recursive: true });
    staging = makeStagingDir(directory);
    for (const file of ordered) createFile((0, import_node_path.join)(staging, file.name), file.text, file.secret ? 384 : 438);
    for (const file of ordered) {
      (0, import_node_fs.renameSync)((0, import_node_path.join)(staging, file.name), (0, import_node_path.join)(directory, file.name));
      if (file.secret) placedSecrets.push((0, import_node_path.join)(directory, file.name));
    }
    (0, import_node_fs.rmdirSync)(staging);
    staging = void 0;
  } catch (error2) {
    for (const path of placedSecrets) (0, import_node_fs.rmSync)(path, { force: true });
    if (staging !== void 0) (0, import_node_fs.rmSync)(staging, { recursive: true, force: true });
    throw new ConfigError([{ path: label2, message: `cannot write ${directory} (${reasonOf(error2)})` }]);
  }
}
var import_node_fs, import_node_path, CONFIG_FILE, NATIVE_FILE, REASONS, MAX_TEXT_FILE_BYTES;
var init_files = __esm({
  "src/io/files.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_errors();
    init_parse3();
    CONFIG_FILE = "config.yaml";
    NATIVE_FILE = "lighteval-model.yaml";
    REASONS = {
      ENOENT: "no such file",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EROFS: "read-only file system",
      ENOSPC: "no space left on the device",
      EDQUOT: "disk quota exceeded",
      EISDIR: "is a directory",
      ENOTDIR: "a part of the path is not a folder",
      EEXIST: "a file is in the way",
      // What open(2) says of a socket, or of a device file whose device is not there.
      ENXIO: "is a socket or a missing device, not a file"
    };
    MAX_TEXT_FILE_BYTES = 32 * MIB;
  }
});

// src/action/artifact-staging.ts
function stageFiles(files, rootDirectory) {
  const root = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)(process.env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "lighteval-artifact-"));
  const taken = /* @__PURE__ */ new Set();
  try {
    return {
      root,
      files: files.map((file) => stageFile(file, (0, import_node_path2.join)(root, uploadablePath((0, import_node_path2.relative)(rootDirectory, file))), taken))
    };
  } catch (error2) {
    (0, import_node_fs2.rmSync)(root, { recursive: true, force: true });
    throw error2;
  }
}
function uploadablePath(path) {
  return path.split(import_node_path2.sep).map((part) => part.replace(UNUPLOADABLE, "_")).join(import_node_path2.sep);
}
function stageFile(file, wanted, taken) {
  if (!(0, import_node_fs2.lstatSync)(file).isFile()) throw new Error(`${file} is not a regular file`);
  const target = freeName(wanted, taken);
  (0, import_node_fs2.mkdirSync)((0, import_node_path2.dirname)(target), { recursive: true });
  try {
    (0, import_node_fs2.linkSync)(file, target);
  } catch {
    (0, import_node_fs2.copyFileSync)(file, target, import_node_fs2.constants.COPYFILE_EXCL);
  }
  return target;
}
function freeName(path, taken) {
  const extension = (0, import_node_path2.extname)(path);
  const stem = path.slice(0, path.length - extension.length);
  let candidate = path;
  for (let number3 = 2; taken.has(candidate); number3 += 1) candidate = `${stem}-${number3}${extension}`;
  taken.add(candidate);
  return candidate;
}
var import_node_fs2, import_node_os, import_node_path2, UNUPLOADABLE;
var init_artifact_staging = __esm({
  "src/action/artifact-staging.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path2 = require("node:path");
    UNUPLOADABLE = /[":<>|*?\r\n]/g;
  }
});

// src/action/names.ts
var Inputs, Outputs, States, UV_INDEX_VARIABLES, PIP_INDEX_VARIABLES, SECRET_DIR_PREFIX;
var init_names = __esm({
  "src/action/names.ts"() {
    "use strict";
    Inputs = {
      Provider: "provider",
      ProviderFile: "provider-file",
      ProviderType: "provider-type",
      ProviderId: "provider-id",
      ProviderName: "provider-name",
      BaseUrl: "base-url",
      Model: "model",
      ApiKey: "api-key",
      ApiKeyEnv: "api-key-env",
      IncludeApiKey: "include-api-key",
      RunConfig: "run-config",
      RunConfigFile: "run-config-file",
      RunId: "run-id",
      DatasetId: "dataset-id",
      DatasetName: "dataset-name",
      LightevalVersion: "lighteval-version",
      OutputDir: "output-dir",
      UploadArtifact: "upload-artifact",
      ArtifactName: "artifact-name",
      RetentionDays: "retention-days",
      Summary: "summary",
      ExportBundle: "export-bundle",
      RunLighteval: "run-lighteval",
      Tasks: "tasks",
      MaxSamples: "max-samples",
      CustomTasks: "custom-tasks",
      LightevalArgs: "lighteval-args",
      Install: "install",
      Python: "python",
      LightevalExtras: "lighteval-extras",
      TorchBackend: "torch-backend",
      CacheLighteval: "cache-lighteval",
      IndexUrl: "index-url",
      ExtraIndexUrls: "extra-index-urls",
      LightevalTimeoutMinutes: "lighteval-timeout-minutes",
      MaxFailedRequests: "max-failed-requests",
      Thresholds: "thresholds",
      Baseline: "baseline",
      BaselineTolerance: "baseline-tolerance",
      Comment: "comment",
      CommentKey: "comment-key",
      GithubToken: "github-token"
    };
    Outputs = {
      ConfigPath: "config-path",
      ConfigJson: "config-json",
      LightevalConfigPath: "lighteval-config-path",
      ModelName: "model-name",
      SecretConfigPath: "secret-config-path",
      ArtifactId: "artifact-id",
      ArtifactUrl: "artifact-url",
      Warnings: "warnings",
      ResultsPath: "results-path",
      Metrics: "metrics",
      Passed: "passed",
      Skipped: "skipped",
      SummaryMarkdown: "summary-markdown",
      BundlePath: "bundle-path"
    };
    States = {
      /** The folder under RUNNER_TEMP holding this run's secret files; the post step deletes it. */
      SecretDir: "secret-dir",
      /** The cache key and folder of a LightEval environment installed by the main step, for the post step to save. */
      EnvironmentCache: "environment-cache"
    };
    UV_INDEX_VARIABLES = ["UV_DEFAULT_INDEX", "UV_INDEX", "UV_INDEX_URL", "UV_EXTRA_INDEX_URL"];
    PIP_INDEX_VARIABLES = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"];
    SECRET_DIR_PREFIX = "lighteval-action-";
  }
});

// src/action/artifact.ts
function slug(text) {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
}
async function digestName(parts, texts) {
  const { createHash: createHash2 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const digest = createHash2("sha256");
  for (const text of texts) digest.update(text).update("\0");
  const slugs = [
    "lighteval",
    ...parts.map((part) => part === void 0 ? "" : slug(part)),
    digest.digest("hex").slice(0, 8)
  ];
  return slugs.filter((part) => part !== "").join("-");
}
function defaultArtifactName(source) {
  const inputs = Object.entries(source.inputs).filter(([name2, value]) => value !== "" && !UNDIGESTED_INPUTS.has(name2)).sort(([a], [b]) => a < b ? -1 : 1);
  const identity = IDENTITY_VARIABLES.flatMap((name2) => source.env[name2] ? [[name2, source.env[name2]]] : []);
  const leg = JSON.stringify({ inputs, identity, tasks: source.tasks });
  return digestName([source.runId, source.modelName], [...source.files, leg]);
}
function artifactUrl(id) {
  const {
    GITHUB_SERVER_URL: server = "https://github.com",
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId
  } = process.env;
  if (!repository || !runId) return void 0;
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}
async function uploadArtifact(request) {
  let stagingRoot;
  try {
    const staged = stageFiles(request.files, request.rootDirectory);
    stagingRoot = staged.root;
    const { DefaultArtifactClient } = await Promise.resolve().then(() => __toESM(require("./chunks/artifact.cjs"), 1));
    const { id } = await new DefaultArtifactClient().uploadArtifact(request.name, staged.files, staged.root, {
      retentionDays: request.retentionDays
    });
    if (id === void 0) throw new Error("the service returned no artifact id");
    return { id, url: artifactUrl(id) };
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    const files = request.files.map((file) => (0, import_node_path3.basename)(file)).join(", ");
    const remedy = /\(409\)|already exists/i.test(reason) ? `. Another step of this workflow run uploaded an artifact of that name: give each step its own ${Inputs.ArtifactName} (matrix legs can add \${{ strategy.job-index }})` : "";
    throw new ArtifactError(`Artifact "${request.name}" (${files}) was not uploaded: ${reason}${remedy}`);
  } finally {
    if (stagingRoot !== void 0) (0, import_node_fs3.rmSync)(stagingRoot, { recursive: true, force: true });
  }
}
var import_node_fs3, import_node_path3, ArtifactError, UNDIGESTED_INPUTS, IDENTITY_VARIABLES;
var init_artifact = __esm({
  "src/action/artifact.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_artifact_staging();
    init_names();
    ArtifactError = class extends Error {
      name = "ArtifactError";
    };
    UNDIGESTED_INPUTS = /* @__PURE__ */ new Set([
      Inputs.ApiKey,
      Inputs.GithubToken,
      Inputs.Provider,
      Inputs.BaseUrl,
      Inputs.ArtifactName
    ]);
    IDENTITY_VARIABLES = ["GITHUB_JOB", "GITHUB_ACTION", "RUNNER_OS", "RUNNER_ARCH"];
  }
});

// src/config/providers.ts
function normalizeProviderType(type) {
  return type.trim().toLowerCase().replace(/[-_\s]+/g, "_");
}
function knownProviderTypes() {
  return PROVIDERS.flatMap((entry) => entry.aliases);
}
function resolveProviderType(type) {
  const entry = BY_ALIAS.get(normalizeProviderType(type));
  if (entry !== void 0) {
    const keyEnv2 = entry.keyEnv ?? conventionalKeyEnv(entry.prefix);
    return {
      prefix: entry.prefix,
      prefixes: [entry.prefix, ...entry.family ?? []],
      keyEnv: keyEnv2,
      keyEnvDocumented: entry.keyEnv !== void 0,
      known: true,
      keyVariables: [...entry.keyEnvShadowedBy ?? [], keyEnv2],
      needsKey: entry.keyOptional !== true,
      ...entry.credentials === void 0 ? {} : { credentials: entry.credentials },
      needsBaseUrl: entry.needsBaseUrl === true
    };
  }
  const prefix = type.trim().toLowerCase();
  if (!UNKNOWN_PREFIX_PATTERN.test(prefix)) return void 0;
  const keyEnv = conventionalKeyEnv(prefix);
  return {
    prefix,
    prefixes: [prefix],
    keyEnv,
    keyEnvDocumented: false,
    known: false,
    keyVariables: [keyEnv],
    needsKey: true,
    needsBaseUrl: true
  };
}
function conventionalKeyEnv(prefix) {
  return `${prefix.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_API_KEY`;
}
var PROVIDERS, BY_ALIAS, UNKNOWN_PREFIX_PATTERN, PROVIDER_TYPE_PATTERN;
var init_providers = __esm({
  "src/config/providers.ts"() {
    "use strict";
    PROVIDERS = [
      { prefix: "openai", aliases: ["openai"], family: ["custom_openai"], keyEnv: "OPENAI_API_KEY" },
      // Servers that speak OpenAI's API: LiteLLM calls them as openai, at the address only the record knows.
      {
        prefix: "openai",
        aliases: ["openai_compatible", "generic", "llamacpp", "llama.cpp", "sglang", "tgi"],
        family: ["custom_openai"],
        keyEnv: "OPENAI_API_KEY",
        needsBaseUrl: true
      },
      {
        prefix: "azure",
        aliases: ["azure", "azure_openai"],
        family: ["azure_text"],
        keyEnv: "AZURE_API_KEY",
        keyEnvShadowedBy: ["AZURE_OPENAI_API_KEY"],
        needsBaseUrl: true
      },
      { prefix: "azure_ai", aliases: ["azure_ai", "foundry"], keyEnv: "AZURE_AI_API_KEY", needsBaseUrl: true },
      { prefix: "anthropic", aliases: ["anthropic", "claude"], family: ["anthropic_text"], keyEnv: "ANTHROPIC_API_KEY" },
      { prefix: "gemini", aliases: ["gemini", "google", "google_ai_studio"], keyEnv: "GEMINI_API_KEY" },
      {
        prefix: "vertex_ai",
        aliases: ["vertex", "vertexai", "vertex_ai", "gcp"],
        family: ["vertex_ai_beta"],
        // A key, when given, is a service account's JSON: LiteLLM reads it from this variable.
        keyEnv: "VERTEXAI_CREDENTIALS",
        keyOptional: true,
        credentials: "Google application default credentials (GOOGLE_APPLICATION_CREDENTIALS), with VERTEXAI_PROJECT and VERTEXAI_LOCATION"
      },
      { prefix: "together_ai", aliases: ["together", "togetherai", "together_ai"], keyEnv: "TOGETHERAI_API_KEY" },
      { prefix: "huggingface", aliases: ["huggingface", "hf"], keyEnv: "HF_TOKEN" },
      {
        prefix: "bedrock",
        aliases: ["bedrock", "aws"],
        // A key, when given, is a Bedrock API key (a bearer token).
        keyEnv: "AWS_BEARER_TOKEN_BEDROCK",
        keyOptional: true,
        credentials: "AWS credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) and AWS_REGION_NAME"
      },
      { prefix: "fireworks_ai", aliases: ["fireworks", "fireworks_ai"], keyEnv: "FIREWORKS_AI_API_KEY" },
      {
        prefix: "ollama_chat",
        aliases: ["ollama", "ollama_chat"],
        family: ["ollama"],
        keyEnv: "OLLAMA_API_KEY",
        keyOptional: true
      },
      {
        prefix: "lm_studio",
        aliases: ["lmstudio", "lm_studio"],
        keyEnv: "LM_STUDIO_API_KEY",
        keyOptional: true,
        needsBaseUrl: true
      },
      {
        prefix: "hosted_vllm",
        aliases: ["vllm", "hosted_vllm"],
        keyEnv: "HOSTED_VLLM_API_KEY",
        keyOptional: true,
        needsBaseUrl: true
      },
      { prefix: "mistral", aliases: ["mistral", "mistralai"], keyEnv: "MISTRAL_API_KEY" },
      { prefix: "groq", aliases: ["groq"], keyEnv: "GROQ_API_KEY" },
      { prefix: "deepseek", aliases: ["deepseek"], keyEnv: "DEEPSEEK_API_KEY" },
      { prefix: "openrouter", aliases: ["openrouter"], keyEnv: "OPENROUTER_API_KEY" },
      { prefix: "cohere", aliases: ["cohere"], family: ["cohere_chat"], keyEnv: "COHERE_API_KEY" },
      { prefix: "perplexity", aliases: ["perplexity"], keyEnv: "PERPLEXITYAI_API_KEY" },
      { prefix: "deepinfra", aliases: ["deepinfra"], keyEnv: "DEEPINFRA_API_KEY" },
      { prefix: "cerebras", aliases: ["cerebras"], keyEnv: "CEREBRAS_API_KEY" },
      { prefix: "sambanova", aliases: ["sambanova"], keyEnv: "SAMBANOVA_API_KEY" },
      { prefix: "xai", aliases: ["xai", "x-ai", "grok"], keyEnv: "XAI_API_KEY" },
      { prefix: "nvidia_nim", aliases: ["nvidia", "nim", "nvidia_nim"], keyEnv: "NVIDIA_NIM_API_KEY" },
      { prefix: "moonshot", aliases: ["kimi", "moonshot"], keyEnv: "MOONSHOT_API_KEY" },
      { prefix: "dashscope", aliases: ["qwen", "dashscope", "alibaba"], keyEnv: "DASHSCOPE_API_KEY" },
      { prefix: "watsonx", aliases: ["watsonx", "ibm"], needsBaseUrl: true }
    ];
    BY_ALIAS = new Map(
      PROVIDERS.flatMap((entry) => entry.aliases.map((alias) => [normalizeProviderType(alias), entry]))
    );
    UNKNOWN_PREFIX_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
    PROVIDER_TYPE_PATTERN = String.raw`^\s*[A-Za-z0-9\u212A][A-Za-z0-9\u212A_.\s-]*$`;
  }
});

// src/config/schemas.ts
function httpUrl() {
  const error2 = "expected an http(s) URL";
  return string2({ error: expectation("an http(s) URL") }).check(
    _regex(HTTP_URL, { error: error2 }),
    refine((value) => URL.canParse(value), { error: error2, ...afterOtherChecks })
  );
}
var HTTP_URL, providerType, RateLimitsSchema, CapabilitiesSchema, ProviderSchema, temperature, topP, topK, maxNewTokens, penalty, repetitionPenalty, seed, stopExpected, stopString, stopList, stopInput, generationInput, executionInput, GenerationSectionSchema, ExecutionSectionSchema, RunConfigSchema, label, ENV_NAME, MODEL_NAME, BuildScalarsSchema, versionExpected, LightEvalVersionSchema, stopOutput, GenerationParametersSchema, GENERATION_FIELDS, ConfigDictSchema, nonNegative, nonNegativeInteger, nativeGenerationParametersSchema, NativeModelFileSchema;
var init_schemas3 = __esm({
  "src/config/schemas.ts"() {
    "use strict";
    init_mini();
    init_fields();
    init_providers();
    init_schema_facts();
    HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/;
    providerType = withFacts(
      nonEmptyString().check(
        refine((type) => resolveProviderType(type) !== void 0, {
          error: expectation("a known provider type or a LiteLLM provider name (letters, digits, _ . -)")
        })
      ),
      {
        description: "The provider type, in any case, with -, _ and spaces equivalent: a known type (see the suggestions) or a LiteLLM provider name, then used lower-cased as the prefix.",
        pattern: PROVIDER_TYPE_PATTERN,
        examples: knownProviderTypes()
      }
    );
    RateLimitsSchema = described(
      closedObject({
        requests_per_minute: optional(
          described(positiveNumber(), "Requests a minute the provider allows; sets concurrent_requests if nothing does.")
        ),
        tokens_per_minute: optional(
          described(
            positiveNumber(),
            "Tokens a minute the provider allows; with the generation budget, sets concurrent_requests if nothing does."
          )
        ),
        max_concurrency: optional(
          described(integerFrom(1), "Requests in flight the provider allows: default and cap of concurrent_requests.")
        ),
        timeout: optional(described(positiveNumber(), "Seconds a request may take: the default timeout.")),
        max_retries: optional(described(integerFrom(0), "Retries of a failed request: the default max_retries."))
      }),
      "The provider's limits; each field is optional, and other keys are errors."
    );
    CapabilitiesSchema = described(
      looseObject(
        {
          chat: optional(described(booleanField(), "false: use_chat_template defaults to false.")),
          unsupported_parameters: optional(
            described(
              array(nonEmptyString(), { error: expectation("a list of field names") }),
              "Generation fields the provider rejects: dropped from the configuration, with a warning."
            )
          )
        },
        { error: expectation("a mapping") }
      ),
      "What the provider supports; other keys are kept and ignored."
    );
    ProviderSchema = described(
      looseObject(
        {
          id: described(
            pipe(
              union([nonEmptyString(), integerFrom(0)], { error: expectation("a non-empty string or an integer") }),
              transform(String)
            ),
            "The provider's id: a non-empty string or an integer, written to metadata.provider_id."
          ),
          name: described(nonEmptyString(), "The provider's name, written to metadata.provider_name."),
          type: providerType,
          base_url: optional(
            described(
              httpUrl(),
              "The provider's API base URL, http or https; written byte for byte. Optional where LiteLLM knows the provider's endpoint; required for Azure, OpenAI-compatible and self-hosted servers, and unknown types."
            )
          ),
          rate_limits: optional(RateLimitsSchema),
          capabilities: optional(CapabilitiesSchema)
        },
        { error: expectation("a provider record (a mapping with id, name, type and, for most types, base_url)") }
      ),
      "A provider record, as a provider table stores it. Other keys (a database row's created_at) are ignored; null means unset."
    );
    temperature = described(numberBetween(0, 2), "Sampling temperature, from 0 to 2.");
    topP = described(numberBetween(0, 1), "Nucleus sampling: the probability mass to sample from, from 0 to 1.");
    topK = described(integerFrom(0), "Sample from the k most likely tokens; an integer of 0 or more.");
    maxNewTokens = integerFrom(1);
    penalty = numberBetween(-2, 2);
    repetitionPenalty = described(positiveNumber(), "Repetition penalty, greater than 0.");
    seed = described(integerFrom(0), "Random seed; an integer of 0 or more.");
    stopExpected = expectation("a non-empty string");
    stopString = string2({ error: stopExpected }).check(_minLength(1, { error: stopExpected }));
    stopList = array(stopString, { error: expectation("a list of non-empty strings") });
    stopInput = described(
      pipe(
        union([stopString, stopList], { error: expectation("a non-empty string or a list of non-empty strings") }),
        transform((value) => typeof value === "string" ? [value] : value)
      ),
      "Where generation stops: a non-empty string or a list of them (written as a list)."
    );
    generationInput = {
      temperature: optional(temperature),
      top_p: optional(topP),
      top_k: optional(topK),
      max_new_tokens: optional(described(maxNewTokens, "Most tokens to generate; an integer of 1 or more.")),
      max_tokens: optional(described(maxNewTokens.clone(), "An alias of max_new_tokens; set one of them.")),
      stop: optional(stopInput),
      stop_sequences: optional(stopInput),
      presence_penalty: optional(
        described(penalty, "Presence penalty, from -2 to 2; the native LightEval file takes 0 to 2 only.")
      ),
      frequency_penalty: optional(
        described(penalty.clone(), "Frequency penalty, from -2 to 2; the native LightEval file takes 0 to 2 only.")
      ),
      repetition_penalty: optional(repetitionPenalty),
      seed: optional(seed)
    };
    executionInput = {
      concurrent_requests: optional(
        described(integerFrom(1), "Requests in flight; never more than the provider's max_concurrency, nor 1000.")
      ),
      timeout: optional(described(positiveNumber(), "Seconds a request may take (default: the provider's, else 120).")),
      max_retries: optional(
        described(integerFrom(0), "Retries of a failed request (default: the provider's, else 8, as LightEval).")
      ),
      expected_latency_seconds: optional(
        described(
          positiveNumber(),
          "Seconds a request is expected to take, to turn the rate limits into concurrent_requests (default: 0.5 + 0.02 \xD7 max_new_tokens, 256 when unset)."
        )
      ),
      use_chat_template: optional(
        described(booleanField(), "Apply the chat template (default: unless the provider's capabilities.chat is false).")
      )
    };
    GenerationSectionSchema = closedObject(generationInput);
    ExecutionSectionSchema = closedObject(executionInput);
    RunConfigSchema = described(
      object(
        {
          ...generationInput,
          ...executionInput,
          generation: optional(
            described(
              GenerationSectionSchema,
              "Generation fields; they win over sampling: and the top level. Every key must be known."
            )
          ),
          sampling: optional(
            described(
              GenerationSectionSchema.clone(),
              "Generation fields for those generation: does not set. Every key must be known."
            )
          ),
          execution: optional(
            described(ExecutionSectionSchema, "Execution fields; they win over the top level. Every key must be known.")
          ),
          system_prompt: optional(
            described(
              string2({ error: expectation("a string") }),
              "System prompt; native LightEval file only (LightEval 0.11 or later)."
            )
          ),
          max_model_length: optional(
            described(
              integerFrom(1),
              "The model's context length in tokens; native LightEval file only (LightEval 0.12 or later)."
            )
          )
        },
        { error: expectation("a mapping") }
      ),
      "A run configuration. Free-form: these keys are read, others ignored. Generation fields come from generation:, else sampling:, else the top level; execution fields from execution:, else the top level. null means unset."
    );
    label = pipe(
      optional(union([string2(), number2()], { error: expectation("a string or a number") })),
      transform((value) => value === void 0 ? null : String(value).trim() || null)
    );
    ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
    MODEL_NAME = /^[^\s/]\S*$/;
    BuildScalarsSchema = object({
      model: string2({ error: expectation("a model name") }).check(
        _trim(),
        refine((name2) => MODEL_NAME.test(name2) && !name2.endsWith("/"), {
          error: expectation("a model name without spaces, such as gpt-4o-mini or openai/gpt-4o-mini")
        })
      ),
      // Never echoed: this is the secret.
      api_key: optional(string2({ error: "expected a string" })),
      // Never echoed: people paste the key itself where its variable's name belongs.
      api_key_env: optional(
        string2({ error: "expected an environment variable name" }).check(
          refine((name2) => ENV_NAME.test(name2), {
            error: "expected an environment variable name (letters, digits and _, not starting with a digit)"
          })
        )
      ),
      include_api_key: _default(booleanField(), true),
      run_id: label,
      dataset_id: label,
      dataset_name: label
    });
    versionExpected = expectation("a LightEval version X.Y.Z, such as 0.13.0");
    LightEvalVersionSchema = pipe(
      string2({ error: versionExpected }).check(_regex(/^\d+\.\d+\.\d+$/, { error: versionExpected })),
      transform((version2) => {
        const [major = 0, minor = 0, patch = 0] = version2.split(".").map(Number);
        return { major, minor, patch, text: version2 };
      })
    );
    stopOutput = array(string2());
    GenerationParametersSchema = object({
      temperature: optional(temperature),
      top_p: optional(topP),
      top_k: optional(topK),
      max_new_tokens: optional(maxNewTokens),
      stop: optional(stopOutput),
      stop_sequences: optional(stopOutput),
      presence_penalty: optional(penalty),
      frequency_penalty: optional(penalty),
      repetition_penalty: optional(repetitionPenalty),
      seed: optional(seed)
    });
    GENERATION_FIELDS = keyof(GenerationParametersSchema).options;
    ConfigDictSchema = _lazy(
      () => object({
        metadata: object({
          provider_id: string2(),
          provider_name: string2(),
          provider_type: string2(),
          model_name: string2(),
          run_id: nullable(string2()),
          dataset_id: nullable(string2()),
          dataset_name: nullable(string2())
        }),
        model_parameters: tuple([
          object({
            model_name: string2(),
            provider_type: string2(),
            /** null: LiteLLM's own endpoint for the provider. */
            base_url: nullable(string2()),
            api_key: optional(string2()),
            api_key_env: optional(string2()),
            concurrent_requests: int(),
            timeout: number2(),
            max_retries: int()
          })
        ]),
        generation_parameters: GenerationParametersSchema,
        execution: object({ endpoint: literal("litellm"), use_chat_template: boolean2() })
      })
    );
    nonNegative = () => optional(number2().check(_nonnegative()));
    nonNegativeInteger = () => optional(int().check(_nonnegative()));
    nativeGenerationParametersSchema = () => strictObject({
      temperature: nonNegative(),
      top_p: nonNegative(),
      top_k: nonNegativeInteger(),
      max_new_tokens: nonNegativeInteger(),
      stop_tokens: optional(array(string2())),
      presence_penalty: nonNegative(),
      frequency_penalty: nonNegative(),
      repetition_penalty: nonNegative(),
      seed: nonNegativeInteger()
    });
    NativeModelFileSchema = _lazy(
      () => strictObject({
        model_parameters: strictObject({
          model_name: string2(),
          provider: string2(),
          base_url: optional(string2()),
          api_key: _null3(),
          concurrent_requests: optional(int()),
          timeout: optional(number2()),
          api_max_retry: optional(int()),
          system_prompt: optional(string2()),
          max_model_length: optional(int()),
          generation_parameters: nativeGenerationParametersSchema()
        })
      })
    );
  }
});

// src/config/serialize.ts
function toYamlText(value) {
  return `${render(value, "", []).text}
`;
}
function toJsonText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function render(value, indent, ancestors) {
  if (Array.isArray(value)) {
    if (value.length === 0) return { isBlock: false, text: "[]" };
    return { isBlock: true, text: sequence(value, indent, enter(value, ancestors)) };
  }
  if (isPlainObject2(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== void 0);
    if (entries.length === 0) return { isBlock: false, text: "{}" };
    return { isBlock: true, text: mapping(entries, indent, enter(value, ancestors)) };
  }
  return { isBlock: false, text: scalar(value) };
}
function enter(value, ancestors) {
  if (ancestors.includes(value)) throw new TypeError("toYamlText: cannot write a value that contains itself");
  return [...ancestors, value];
}
function sequence(items, indent, ancestors) {
  const itemIndent = indent + INDENT;
  return Array.from(items, (item) => `- ${render(item, itemIndent, ancestors).text}`).join(`
${indent}`);
}
function mapping(entries, indent, ancestors) {
  const valueIndent = indent + INDENT;
  return entries.map(([key, item]) => {
    const { isBlock, text } = render(item, valueIndent, ancestors);
    return `${mappingKey(key)}:${isBlock ? `
${valueIndent}` : " "}${text}`;
  }).join(`
${indent}`);
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
function mappingKey(key) {
  const text = PLAIN_KEY.test(key) && !SPECIAL_WORD.test(key) ? key : doubleQuoted(key);
  if (text.length > MAX_KEY_LENGTH) {
    throw new TypeError(`toYamlText: cannot write a key longer than ${MAX_KEY_LENGTH} characters`);
  }
  return text;
}
function scalar(value) {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return doubleQuoted(value);
  if (typeof value === "number" && Number.isFinite(value)) return Object.is(value, -0) ? "-0" : String(value);
  const supported = "plain objects, arrays, strings, finite numbers, booleans and null";
  throw new TypeError(`toYamlText: cannot write ${describe2(value)}, only ${supported}`);
}
function describe2(value) {
  if (typeof value === "number") return `the number ${value}`;
  return `a value of type ${Object.prototype.toString.call(value).slice(8, -1)}`;
}
function doubleQuoted(text) {
  return `"${text.replace(NEEDS_ESCAPE, escape)}"`;
}
function escape(char) {
  const code2 = char.charCodeAt(0);
  return NAMED_ESCAPES[char] ?? (code2 <= 255 ? `\\x${hex(code2, 2)}` : `\\u${hex(code2, 4)}`);
}
function hex(code2, digits) {
  return code2.toString(16).padStart(digits, "0");
}
var INDENT, PLAIN_KEY, SPECIAL_WORD, MAX_KEY_LENGTH, NAMED_ESCAPES, NEEDS_ESCAPE;
var init_serialize = __esm({
  "src/config/serialize.ts"() {
    "use strict";
    INDENT = "  ";
    PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
    SPECIAL_WORD = /^(?:y|n|yes|no|true|false|on|off|null|e[0-9]+)$/i;
    MAX_KEY_LENGTH = 1024;
    NAMED_ESCAPES = {
      "\0": "\\0",
      "\x07": "\\a",
      "\b": "\\b",
      "	": "\\t",
      "\n": "\\n",
      "\v": "\\v",
      "\f": "\\f",
      "\r": "\\r",
      "\x1B": "\\e",
      '"': '\\"',
      "\\": "\\\\",
      "\x85": "\\N",
      "\u2028": "\\L",
      "\u2029": "\\P"
    };
    NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/gu;
  }
});

// src/config/native.ts
function atLeast(version2, major, minor) {
  return version2.major !== major ? version2.major > major : version2.minor >= minor;
}
function nativeGeneration(source, warnings, issues) {
  const generation = source.dict.generation_parameters;
  const pathOf = (field) => source.sources[field] ?? field;
  for (const field of SIGNED_FIELDS) {
    const value = generation[field];
    if (value !== void 0 && value < 0) {
      issues.push({
        path: pathOf(field),
        message: `LightEval rejects negative generation parameters; expected a number from 0 to 2, got ${value}`
      });
    }
  }
  for (const field of NEVER_SENT) {
    if (generation[field] !== void 0) {
      warnings.push(
        `${pathOf(field)}: LightEval accepts ${field} but its litellm backend never sends it to the provider`
      );
    }
  }
  const { stop = [], stop_sequences: stopSequences = [] } = generation;
  const stopTokens = [.../* @__PURE__ */ new Set([...stop, ...stopSequences])];
  return {
    temperature: generation.temperature,
    top_p: generation.top_p,
    top_k: generation.top_k,
    max_new_tokens: generation.max_new_tokens,
    stop_tokens: generation.stop === void 0 && generation.stop_sequences === void 0 ? void 0 : stopTokens,
    presence_penalty: generation.presence_penalty,
    frequency_penalty: generation.frequency_penalty,
    repetition_penalty: generation.repetition_penalty,
    seed: generation.seed
  };
}
function defined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== void 0));
}
function buildNativeModelFile(source, version2) {
  const warnings = [];
  const issues = [];
  if (!atLeast(version2, 0, 9)) {
    issues.push({
      path: "lighteval_version",
      message: `expected 0.9.0 or later (LightEval before 0.9 reads another format), got "${version2.text}"`
    });
  } else if (atLeast(version2, NEWEST_KNOWN_MAJOR, NEWEST_KNOWN_MINOR + 1)) {
    warnings.push(
      `lighteval_version: ${version2.text} is newer than ${DEFAULT_LIGHTEVAL_VERSION}, the newest version this file format was checked against; the ${DEFAULT_LIGHTEVAL_VERSION} format is used`
    );
  }
  const parameters = source.dict.model_parameters[0];
  const { execution } = source.dict;
  if (!execution.use_chat_template) {
    warnings.push(
      `${source.sources.use_chat_template ?? "use_chat_template"}: use_chat_template false has no effect; LightEval's litellm endpoint always applies the chat template`
    );
  }
  const keptSince = (field, name2, minor, value) => {
    if (atLeast(version2, 0, minor)) return value;
    const path = source.sources[field];
    if (path !== void 0) {
      warnings.push(
        `${path}: not written to the LightEval file; LightEval ${version2.text} has no ${name2} (added in 0.${minor})`
      );
    }
    return void 0;
  };
  const refusedBefore = (path, minor, value) => {
    if (value === void 0 || atLeast(version2, 0, minor)) return value;
    issues.push({ path, message: `needs LightEval 0.${minor} or later; lighteval_version is ${version2.text}` });
    return void 0;
  };
  const modelParameters = defined({
    model_name: parameters.model_name,
    provider: parameters.provider_type,
    // Absent: LiteLLM's own endpoint for the provider.
    base_url: parameters.base_url ?? void 0,
    // Never a literal key: LightEval copies the whole model config, key included, into its results files.
    api_key: null,
    concurrent_requests: keptSince("concurrent_requests", "concurrent_requests", 11, parameters.concurrent_requests),
    timeout: keptSince("timeout", "timeout", 12, parameters.timeout),
    api_max_retry: keptSince("max_retries", "api_max_retry", 12, parameters.max_retries),
    system_prompt: refusedBefore("system_prompt", 11, source.systemPrompt),
    max_model_length: refusedBefore("max_model_length", 12, source.maxModelLength),
    generation_parameters: defined(nativeGeneration(source, warnings, issues))
  });
  return { file: { model_parameters: modelParameters }, warnings, issues };
}
function nativeFileHeader(lightevalVersion) {
  return `# lighteval-model.yaml for LightEval ${lightevalVersion}, written by lighteval-action (api_key is null: the key travels in the environment)
`;
}
function nativeFileText(file, lightevalVersion) {
  return `${nativeFileHeader(lightevalVersion)}${toYamlText(file)}`;
}
function lightevalVersionOfNativeText(text) {
  return HEADER.exec(text.replace(/^\uFEFF/, ""))?.[1];
}
var DEFAULT_LIGHTEVAL_VERSION, NEWEST_KNOWN_MAJOR, NEWEST_KNOWN_MINOR, NEVER_SENT, SIGNED_FIELDS, HEADER;
var init_native = __esm({
  "src/config/native.ts"() {
    "use strict";
    init_serialize();
    DEFAULT_LIGHTEVAL_VERSION = "0.13.0";
    [NEWEST_KNOWN_MAJOR = 0, NEWEST_KNOWN_MINOR = 0] = DEFAULT_LIGHTEVAL_VERSION.split(".").map(Number);
    NEVER_SENT = ["top_k", "presence_penalty"];
    SIGNED_FIELDS = ["presence_penalty", "frequency_penalty"];
    HEADER = /^# lighteval-model\.yaml for LightEval (\d+\.\d+\.\d+),/;
  }
});

// src/config/redact.ts
function redactApiKey(key) {
  const prefix = VENDOR_PREFIX.exec(key)?.[0];
  return prefix !== void 0 && key.length >= MIN_KEY_LENGTH_FOR_PREFIX ? `${prefix}${REDACTED}` : REDACTED;
}
function isRedactedApiKey(value) {
  return REDACTED_KEY.test(value);
}
function decodedName(name2) {
  try {
    return decodeURIComponent(name2.replace(/\+/g, " ")).toLowerCase();
  } catch {
    return name2.toLowerCase();
  }
}
function decodedForms(text) {
  try {
    return [text, decodeURIComponent(text.replace(/\+/g, " ")), decodeURIComponent(text)];
  } catch {
    return [text];
  }
}
function parameterPieces(list) {
  return list.split(/([&;])/).flatMap((parameter, index) => {
    if (index % 2 === 1) return [kept(parameter)];
    const equals = parameter.indexOf("=");
    if (equals < 0) return [hidden(parameter)];
    if (PUBLIC_PARAMETERS.has(decodedName(parameter.slice(0, equals)))) return [kept(parameter)];
    return [kept(parameter.slice(0, equals + 1)), hidden(parameter.slice(equals + 1))];
  });
}
function pathPieces(path) {
  return path.split(/(\/)/).flatMap((segment) => {
    const semicolon = segment.indexOf(";");
    if (semicolon < 0) return [kept(segment)];
    return [kept(segment.slice(0, semicolon + 1)), ...parameterPieces(segment.slice(semicolon + 1))];
  });
}
function fragmentPiece(fragment) {
  return hidden(fragment, ...parameterPieces(fragment).flatMap((piece) => piece.credentials ?? []));
}
function urlPieces(url) {
  const parts = URL_PARTS.exec(url);
  if (parts === null) return void 0;
  const [, scheme = "", authority = "", path = "", query, fragment] = parts;
  const at = authority.lastIndexOf("@");
  const userInfo = authority.slice(0, Math.max(at, 0));
  const colon = userInfo.indexOf(":");
  return [
    kept(scheme),
    ...at < 0 ? [] : [hidden(userInfo, ...colon < 0 ? [] : [userInfo.slice(colon + 1)]), kept("@")],
    kept(authority.slice(at + 1)),
    ...pathPieces(path),
    ...query === void 0 ? [] : [kept("?"), ...parameterPieces(query.slice(1))],
    ...fragment === void 0 ? [] : [kept("#"), fragmentPiece(fragment.slice(1))]
  ];
}
function withoutCredentials(url) {
  const pieces = urlPieces(url);
  if (pieces === void 0) return url;
  return pieces.map(({ text, credentials }) => credentials === void 0 || text === "" ? text : REDACTED).join("");
}
function baseUrlCredentials(url) {
  if (url === null || url === void 0) return [];
  const credentials = (urlPieces(url) ?? []).flatMap((piece) => piece.credentials ?? []).flatMap(decodedForms).filter((value) => value.length >= MIN_MASKED_LENGTH);
  return [...new Set(credentials)];
}
function redactBaseUrl(url, secrets = []) {
  if (url === null || url === void 0) return url;
  return withoutCredentials(scrubSecrets(withoutCredentials(url), secrets));
}
function redactConfigDict(dict, secrets = []) {
  const redacted = structuredClone(dict);
  const [parameters] = redacted.model_parameters;
  const key = parameters.api_key;
  const isKey = key !== void 0 && key !== "" && !isRedactedApiKey(key);
  if (key !== void 0 && isKey) parameters.api_key = redactApiKey(key);
  parameters.base_url = redactBaseUrl(parameters.base_url, isKey ? [key, ...secrets] : secrets);
  return redacted;
}
var VENDOR_PREFIX, MIN_KEY_LENGTH_FOR_PREFIX, REDACTED, REDACTED_KEY, PUBLIC_PARAMETERS, MIN_MASKED_LENGTH, URL_PARTS, kept, hidden;
var init_redact = __esm({
  "src/config/redact.ts"() {
    "use strict";
    init_secrets();
    VENDOR_PREFIX = /^[A-Za-z]{2,4}[-_]/;
    MIN_KEY_LENGTH_FOR_PREFIX = 16;
    REDACTED = "***";
    REDACTED_KEY = /^(?:[A-Za-z]{2,4}[-_])?\*\*\*$/;
    PUBLIC_PARAMETERS = /* @__PURE__ */ new Set(["api-version", "model", "region"]);
    MIN_MASKED_LENGTH = 8;
    URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
    kept = (text) => ({ text });
    hidden = (text, ...parts) => ({ text, credentials: [text, ...parts] });
  }
});

// src/lighteval/torch-backend.ts
function isTorchBackend(value) {
  return TORCH_BACKEND.test(value);
}
var DEFAULT_TORCH_BACKEND, TORCH_BACKEND;
var init_torch_backend = __esm({
  "src/lighteval/torch-backend.ts"() {
    "use strict";
    DEFAULT_TORCH_BACKEND = "cpu";
    TORCH_BACKEND = /^(cpu|auto|pypi|xpu|cu\d{2,3}|rocm\d+(\.\d+){1,2})$/;
  }
});

// src/lighteval/requirements.ts
function taskNameOf(spec) {
  const parts = spec.split("|");
  return (parts.length >= 3 ? parts[1] : parts[0]) ?? "";
}
function packagesForTasks(specs) {
  const names = new Set(specs.map(taskNameOf));
  return [...new Set(Object.entries(TASK_PACKAGES).flatMap(([task, packages]) => names.has(task) ? packages : []))];
}
function dependencyTooNewHint(lastLines) {
  const text = lastLines.join("\n").replace(/\x1b\[[\d;]*m/g, "");
  if (/AttributeError:\s*DISK\b/.test(text)) {
    return `The installed LiteLLM is too new for this LightEval (LiteLLM 1.109 removed the disk cache LightEval turns on): install ${JSON.stringify(LITELLM_REQUIREMENT)} beside it.`;
  }
  if (/Strings must be encoded before hashing/.test(text)) {
    return 'The installed xxhash is too new for this LightEval (xxhash 4 refuses the text LightEval hashes): install "xxhash<4" beside it.';
  }
  if (/pyarrow requires NumPy 2\.0 or newer/.test(text)) {
    return 'The installed pyarrow is too new for the NumPy this LightEval pins (pyarrow 26 needs NumPy 2): install "pyarrow<26" beside it.';
  }
  return void 0;
}
function versionExtras(version2) {
  if (BEFORE_0_11.test(version2)) return ["math"];
  return /^0\.11\./.test(version2) ? ["extended_tasks"] : [];
}
function versionRequirements(version2) {
  return BEFORE_0_11.test(version2) ? ["huggingface_hub<1", "datasets<4"] : [];
}
function pipRequirements(requirements) {
  const extras = [.../* @__PURE__ */ new Set(["litellm", ...versionExtras(requirements.version), ...requirements.extras])];
  return [
    `lighteval[${extras.join(",")}]==${requirements.version}`,
    ...COMPATIBILITY_REQUIREMENTS,
    ...versionRequirements(requirements.version),
    ...packagesForTasks(requirements.tasks)
  ];
}
var TASK_PACKAGES, LITELLM_REQUIREMENT, COMPATIBILITY_REQUIREMENTS, BEFORE_0_11;
var init_requirements = __esm({
  "src/lighteval/requirements.ts"() {
    "use strict";
    TASK_PACKAGES = {
      ifeval: ["langdetect"]
    };
    LITELLM_REQUIREMENT = "litellm<1.109";
    COMPATIBILITY_REQUIREMENTS = [LITELLM_REQUIREMENT, "xxhash<4", "pyarrow<26"];
    BEFORE_0_11 = /^0\.(9|10)\./;
  }
});

// src/lighteval/tasks.ts
var tasks_exports = {};
__export(tasks_exports, {
  normalizeTaskList: () => normalizeTaskList,
  normalizeTaskSpec: () => normalizeTaskSpec,
  splitTaskList: () => splitTaskList
});
function splitTaskList(text, options = {}) {
  const lines = text.split(/\r\n|\r|\n/);
  const uncommented = options.comments === true ? lines.map((line) => line.replace(/#.*/, "")) : lines;
  return uncommented.flatMap((line) => line.split(",")).map((spec) => spec.trim()).filter((spec) => spec !== "");
}
function rejection(spec, reason) {
  return { path: "", message: `task ${JSON.stringify(spec)}: ${reason}` };
}
function parseTaskSpec(spec) {
  if (spec === "") return rejection(spec, `empty; ${EXPECTED}`);
  if (WHITESPACE.test(spec)) return rejection(spec, `contains whitespace; ${EXPECTED}`);
  if (spec.includes(",")) return rejection(spec, `contains a comma, which separates tasks; ${EXPECTED}`);
  const parts = spec.split("|");
  if (parts.length > 4) return rejection(spec, `has ${parts.length} |-separated parts, at most 4; ${EXPECTED}`);
  if (parts.some((part) => part === "")) return rejection(spec, `has an empty part; ${EXPECTED}`);
  const hasSuite = parts.length >= 3;
  const suite = hasSuite ? parts[0] : void 0;
  const [task = "", fewshot = "0", truncate] = hasSuite ? parts.slice(1) : parts;
  if (!WHOLE_NUMBER.test(fewshot)) {
    const suiteHint = parts.length === 2 ? " (to name a suite, write suite|task|fewshot, such as lighteval|gsm8k|0)" : "";
    return rejection(
      spec,
      `the few-shot count ${JSON.stringify(fewshot)} is not a whole number${suiteHint}; ${EXPECTED}`
    );
  }
  if (WHOLE_NUMBER.test(task)) {
    const truncateHint = parts.length === 3 ? " (a truncate flag needs all four parts, such as lighteval|gsm8k|0|0)" : "";
    return rejection(spec, `the task name ${JSON.stringify(task)} is a number${truncateHint}; ${EXPECTED}`);
  }
  if (!isTruncateFlag(truncate)) {
    return rejection(spec, `the truncate flag ${JSON.stringify(truncate)} is not 0 or 1; ${EXPECTED}`);
  }
  return { suite, task, fewshot: fewshot.replace(/^0+(?=\d)/, ""), truncate };
}
function isTruncateFlag(part) {
  return part === void 0 || part === "0" || part === "1";
}
function isIssue(value) {
  return "message" in value;
}
function parseVersion(lightevalVersion) {
  const parsed = LightEvalVersionSchema.safeParse(lightevalVersion, { reportInput: true });
  if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ["lighteval_version"]));
  return parsed.data;
}
function isBefore(version2, major, minor, patch) {
  if (version2.major !== major) return version2.major < major;
  if (version2.minor !== minor) return version2.minor < minor;
  return version2.patch < patch;
}
function suiteRank(suite) {
  const rank = SUITE_PREFERENCE.indexOf(suite);
  return rank === -1 ? SUITE_PREFERENCE.length : rank;
}
function closeNames(name2, known) {
  const limit = Math.max(2, Math.floor(name2.length / 3));
  const scored = [];
  for (const candidate of known) {
    const edits = candidate.startsWith(name2) || name2.startsWith(candidate) ? 0.5 : (0, import_fastest_levenshtein2.distance)(name2, candidate);
    if (edits <= limit) scored.push([candidate, edits]);
  }
  return scored.sort(([a, x], [b, y]) => x - y || a.localeCompare(b)).slice(0, 3).map(([candidate]) => candidate);
}
function indexRegistry(registry2) {
  const suitesOf = /* @__PURE__ */ new Map();
  for (const key of registry2.tasks) {
    const bar = registry2.keyedBy === "suite|task" ? key.indexOf("|") : -1;
    const task = key.slice(bar + 1);
    const suites = suitesOf.get(task) ?? [];
    if (bar !== -1) suites.push(key.slice(0, bar));
    suitesOf.set(task, suites);
  }
  for (const suites of suitesOf.values()) suites.sort((a, b) => suiteRank(a) - suiteRank(b) || a.localeCompare(b));
  return { keyedBySuite: registry2.keyedBy === "suite|task", suitesOf };
}
function lookUp(original, parts, index, versionText) {
  const suites = index.suitesOf.get(parts.task);
  if (suites === void 0) {
    const packages = TASK_PACKAGES[parts.task];
    if (packages !== void 0) {
      return rejection(
        original,
        `the installed LightEval ${versionText} has no task ${JSON.stringify(parts.task)}: it needs ${packages.join(", ")}, which is not installed beside it (pip install ${packages.join(" ")}, or let the action install LightEval)`
      );
    }
    const close = closeNames(parts.task, index.suitesOf.keys());
    const hint2 = close.length === 0 ? "" : `; did you mean ${orList(close)}?`;
    return rejection(original, `LightEval ${versionText} has no task ${JSON.stringify(parts.task)}${hint2}`);
  }
  if (!index.keyedBySuite) return { suite: parts.suite ?? DEFAULT_SUITE };
  if (parts.suite !== void 0) {
    if (suites.includes(parts.suite)) return { suite: parts.suite };
    return rejection(
      original,
      `LightEval ${versionText} has no ${JSON.stringify(parts.task)} in the suite ${JSON.stringify(parts.suite)}; it is in ${suites.map((suite2) => JSON.stringify(suite2)).join(", ")}`
    );
  }
  const [suite = DEFAULT_SUITE, ...others] = suites;
  if (others.length === 0) return { suite };
  return {
    suite,
    note: `task ${JSON.stringify(original)} is taken from the suite ${JSON.stringify(suite)}; LightEval ${versionText} also has it in ${others.map((other) => JSON.stringify(other)).join(", ")} (write suite|task|fewshot to choose)`
  };
}
function writeSpec(original, parts, version2, suiteFound) {
  const suite = suiteFound ?? parts.suite ?? DEFAULT_SUITE;
  if (isBefore(version2, 0, 11, 0)) return { spec: `${suite}|${parts.task}|${parts.fewshot}|${parts.truncate ?? "0"}` };
  const keepsSuite = isBefore(version2, 0, 12, 1);
  const spec = keepsSuite ? `${suite}|${parts.task}|${parts.fewshot}` : `${parts.task}|${parts.fewshot}`;
  const dropped = [];
  if (!keepsSuite && suite !== DEFAULT_SUITE) {
    dropped.push(
      `the suite ${JSON.stringify(suite)} is dropped (LightEval ${version2.text} looks tasks up by name alone)`
    );
  }
  if (parts.truncate === "1") {
    dropped.push(`the truncate flag 1 is dropped (LightEval ${version2.text}'s task syntax has none)`);
  }
  if (dropped.length === 0) return { spec };
  return {
    spec,
    warning: `task ${JSON.stringify(original)} is written ${JSON.stringify(spec)}: ${dropped.join("; ")}`
  };
}
function normalizeTaskSpec(spec, lightevalVersion) {
  const version2 = parseVersion(lightevalVersion);
  const trimmed = spec.trim();
  const parsed = parseTaskSpec(trimmed);
  if (isIssue(parsed)) throw new ConfigError([parsed]);
  return writeSpec(trimmed, parsed, version2);
}
function normalizeTaskList(specs, lightevalVersion, registry2) {
  const version2 = parseVersion(lightevalVersion);
  const index = registry2 === void 0 ? void 0 : indexRegistry(registry2);
  const issues = [];
  const normalized = /* @__PURE__ */ new Set();
  const warnings = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const trimmed = spec.trim();
    const parsed = parseTaskSpec(trimmed);
    if (isIssue(parsed)) {
      issues.push(parsed);
      continue;
    }
    const found = index === void 0 ? void 0 : lookUp(trimmed, parsed, index, version2.text);
    if (found !== void 0 && isIssue(found)) {
      issues.push(found);
      continue;
    }
    if (found?.note !== void 0) warnings.add(found.note);
    const written = writeSpec(trimmed, parsed, version2, found?.suite);
    normalized.add(written.spec);
    if (written.warning !== void 0) warnings.add(written.warning);
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { specs: [...normalized], warnings: [...warnings] };
}
var import_fastest_levenshtein2, DEFAULT_SUITE, EXPECTED, WHOLE_NUMBER, WHITESPACE, SUITE_PREFERENCE;
var init_tasks = __esm({
  "src/lighteval/tasks.ts"() {
    "use strict";
    import_fastest_levenshtein2 = __toESM(require_mod(), 1);
    init_errors();
    init_or_list();
    init_schemas3();
    init_requirements();
    DEFAULT_SUITE = "lighteval";
    EXPECTED = "expected task, task|fewshot, suite|task|fewshot or suite|task|fewshot|truncate (fewshot a whole number, truncate 0 or 1), such as gsm8k|0";
    WHOLE_NUMBER = /^\d+$/;
    WHITESPACE = /\s/;
    SUITE_PREFERENCE = [DEFAULT_SUITE, "leaderboard", "extended", "helm", "original"];
  }
});

// src/lighteval/arguments.ts
var arguments_exports = {};
__export(arguments_exports, {
  checkExtraArguments: () => checkExtraArguments
});
function textIssue(arg, number3) {
  if (arg === "") return `argument ${number3} is empty (a line of only spaces); expected text, or no line at all`;
  if (arg.length > MAX_ARGUMENT_LENGTH) {
    return `argument ${number3} has ${arg.length} characters; expected at most ${MAX_ARGUMENT_LENGTH}`;
  }
  const control = CONTROL_CHARACTER.exec(arg);
  if (control === null) return void 0;
  const code2 = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return `argument ${number3} holds the control character ${code2} at character ${control.index + 1}; expected text without control characters (tabs aside)`;
}
function isFlag(name2) {
  return FLAGS.has(name2) || name2.startsWith("--no-");
}
function shownAsWritten(text) {
  return describeValue(text) === JSON.stringify(text) ? text : void 0;
}
function spaceIssue(arg, name2) {
  const problem = `${describeValue(arg)} holds a space after the option name; lighteval-args takes one argument per line`;
  const shownName2 = shownAsWritten(name2) ?? "the option";
  if (isFlag(name2)) return `${problem}: ${shownName2} takes no value, so put what follows it on the next line`;
  if (!name2.startsWith("--")) return `${problem}: put what follows ${shownName2} on the next line`;
  const joined = shownAsWritten(`${name2}=${arg.slice(name2.length).trim()}`) ?? `${shownName2}=<value>`;
  return `${problem}: write ${joined}, or the value on the next line`;
}
function optionIssue(arg) {
  if (arg === "--")
    return { issue: `-- would make every later argument positional; ${POSITIONALS_ARE_SET}`, takesValue: false };
  if (arg === "-") return { issue: `"-" is a positional argument; ${POSITIONALS_ARE_SET}`, takesValue: false };
  const nameEnd = arg.search(NAME_END);
  const name2 = nameEnd === -1 ? arg : arg.slice(0, nameEnd);
  const reason = RESERVED_OPTIONS.get(name2);
  if (reason !== void 0) return { issue: `${name2} ${reason}`, takesValue: nameEnd === -1 && !isFlag(name2) };
  if (nameEnd !== -1 && arg.charAt(nameEnd) !== "=") return { issue: spaceIssue(arg, name2), takesValue: false };
  return { issue: void 0, takesValue: nameEnd === -1 && name2.startsWith("--") && !isFlag(name2) };
}
function checkExtraArguments(args) {
  if (args.length > MAX_ARGUMENTS) {
    throw new ConfigError([
      { path: "", message: `holds ${args.length} arguments; expected at most ${MAX_ARGUMENTS}, one per line` }
    ]);
  }
  const issues = [];
  let nextIsValue = false;
  args.forEach((arg, index) => {
    const text = textIssue(arg, index + 1);
    if (text !== void 0) issues.push({ path: "", message: text });
    const isValue = nextIsValue;
    nextIsValue = false;
    if (text !== void 0 || isValue) return;
    if (arg.startsWith("-")) {
      const option = optionIssue(arg);
      if (option.issue !== void 0) issues.push({ path: "", message: option.issue });
      nextIsValue = option.takesValue;
    } else {
      issues.push({ path: "", message: `${describeValue(arg)} is a positional argument; ${POSITIONALS_ARE_SET}` });
    }
  });
  if (issues.length > 0) throw new ConfigError(issues);
}
var MAX_ARGUMENTS, MAX_ARGUMENT_LENGTH, CONTROL_CHARACTER, NAME_END, setByInput, RESERVED_OPTIONS, FLAGS, POSITIONALS_ARE_SET;
var init_arguments = __esm({
  "src/lighteval/arguments.ts"() {
    "use strict";
    init_errors();
    MAX_ARGUMENTS = 100;
    MAX_ARGUMENT_LENGTH = 8 * 1024;
    CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
    NAME_END = /[=\s]/;
    setByInput = (input) => `is set by the action; use the ${input} input instead`;
    RESERVED_OPTIONS = new Map([
      ["--output-dir", setByInput("output-dir")],
      ["--max-samples", setByInput("max-samples")],
      ["--custom-tasks", setByInput("custom-tasks")],
      // The results file must be where the action looks for it, to scrub the key from it and check it.
      [
        "--results-path-template",
        "would move the results file where the action does not look for it (to scrub the key from it and check it)"
      ],
      // LightEval publishes before it exits, so before the action scrubs anything; from 0.11 its results hold the model
      // config with the real base URL, which may carry credentials.
      ...["--push-to-hub", "--push-to-tensorboard", "--public-run", "--wandb"].map(
        (option) => [
          option,
          "would publish the results before the action scrubs secrets from them; publish the scrubbed files in a later step"
        ]
      )
    ]);
    FLAGS = /* @__PURE__ */ new Set([
      "--load-tasks-multilingual",
      "--save-details",
      "--push-to-hub",
      "--push-to-tensorboard",
      "--public-run",
      "--wandb",
      "--remove-reasoning-tags",
      "--use-chat-template",
      "--free-endpoint",
      "--help"
    ]);
    POSITIONALS_ARE_SET = "the action passes the positional arguments (the model file and the tasks) itself; use the tasks input for tasks";
  }
});

// src/lighteval/gate.ts
var gate_exports = {};
__export(gate_exports, {
  ThresholdsSchema: () => ThresholdsSchema,
  describeMiss: () => describeMiss,
  describeProblem: () => describeProblem,
  evaluateGate: () => evaluateGate,
  findTaskKey: () => findTaskKey,
  formatGateFailures: () => formatGateFailures,
  parseThresholds: () => parseThresholds
});
function parseThresholds(value) {
  const result = safeParse(ThresholdsSchema, value);
  if (!result.success) throw new ConfigError(fieldIssuesFrom(result.error));
  return result.data;
}
function taskKeyParts(key) {
  const parts = key.split("|");
  const last = parts.at(-1) ?? "";
  const fewshot = parts.length > 1 && /^\d+$/.test(last) ? last : void 0;
  const named = fewshot === void 0 ? parts : parts.slice(0, -1);
  if (named.length === 2 && named[0] !== void 0 && named[1] !== void 0) {
    return { suite: named[0], task: named[1], fewshot };
  }
  return { suite: void 0, task: named.join("|"), fewshot };
}
function namesTask(wanted, candidate) {
  return wanted.task === candidate.task && (wanted.fewshot === void 0 || wanted.fewshot === candidate.fewshot) && (wanted.suite === void 0 || candidate.suite === void 0 || wanted.suite === candidate.suite);
}
function findTaskKey(wanted, available) {
  if (available.includes(wanted)) return { kind: "found", key: wanted };
  const wantedParts = taskKeyParts(wanted);
  const keys = available.filter((key) => namesTask(wantedParts, taskKeyParts(key)));
  const [only] = keys;
  if (only !== void 0 && keys.length === 1) return { kind: "found", key: only };
  if (keys.length > 1) return { kind: "ambiguous", keys };
  return { kind: "missing", suggestion: suggestTaskKey(wantedParts, available) };
}
function suggestTaskKey(wanted, available) {
  const average = available.find((key) => {
    const parts = taskKeyParts(key);
    const sameFewshot = wanted.fewshot === void 0 || wanted.fewshot === parts.fewshot;
    return sameFewshot && parts.task === `${wanted.task}:_average`;
  });
  if (average !== void 0) return average;
  const shape = (parts) => wanted.fewshot === void 0 ? parts.task : `${parts.task}|${parts.fewshot ?? ""}`;
  const byShape = /* @__PURE__ */ new Map();
  for (const key of available) {
    const shaped = shape(taskKeyParts(key));
    if (!byShape.has(shaped)) byShape.set(shaped, key);
  }
  const nearest = didYouMean(shape(wanted), [...byShape.keys()]);
  return nearest === void 0 ? void 0 : byShape.get(nearest);
}
function meets(value, limit) {
  const slack = EPSILON * Math.max(1, Math.abs(limit.bound));
  return limit.kind === "max" ? value <= limit.bound + slack : value >= limit.bound - slack;
}
function thresholdLimits(limit) {
  const limits = [];
  if (limit.min !== void 0) limits.push({ kind: "min", bound: limit.min });
  if (limit.max !== void 0) limits.push({ kind: "max", bound: limit.max });
  return limits;
}
function evaluateGate({ metrics, thresholds, baseline, baselineTolerance }) {
  if (!Number.isFinite(baselineTolerance) || baselineTolerance < 0) {
    const message = `expected a number of 0 or more, got ${describeValue(baselineTolerance)}`;
    throw new ConfigError([{ path: "baseline-tolerance", message }]);
  }
  const checks = [];
  const problems = [];
  const taskKeys = Object.keys(metrics);
  const checkTask = (source, wantedTask, limitsByMetric) => {
    const match = findTaskKey(wantedTask, taskKeys);
    if (match.kind === "missing") {
      const { suggestion } = match;
      problems.push({ kind: "no-such-task", source, task: wantedTask, suggestion, available: taskKeys });
      return;
    }
    if (match.kind === "ambiguous") {
      problems.push({ kind: "ambiguous-task", source, task: wantedTask, matches: match.keys });
      return;
    }
    const task = match.key;
    const taskMetrics = metrics[task] ?? {};
    for (const [metric, limits] of limitsByMetric) {
      const measured = taskMetrics[metric];
      if (measured === void 0) {
        const available = Object.keys(taskMetrics);
        const suggestion = didYouMean(metric, available);
        problems.push({ kind: "no-such-metric", source, task, metric, suggestion, available });
        continue;
      }
      const { value } = measured;
      for (const limit of limits) {
        if (value === null || !Number.isFinite(value)) problems.push({ kind: "not-a-number", task, metric, limit });
        else checks.push({ task, metric, value, limit, passed: meets(value, limit) });
      }
    }
  };
  for (const [task, limits] of Object.entries(thresholds ?? {})) {
    const limitsByMetric = new Map(Object.entries(limits).map(([metric, limit]) => [metric, thresholdLimits(limit)]));
    checkTask("threshold", task, limitsByMetric);
  }
  for (const [task, values] of Object.entries(baseline ?? {})) {
    const limitsByMetric = /* @__PURE__ */ new Map();
    for (const [metric, value] of Object.entries(values)) {
      if (Number.isFinite(value)) {
        const bound2 = value - baselineTolerance;
        limitsByMetric.set(metric, [{ kind: "baseline", bound: bound2, baseline: value, tolerance: baselineTolerance }]);
      } else {
        problems.push({ kind: "invalid-baseline", task, metric, baseline: value });
      }
    }
    checkTask("baseline", task, limitsByMetric);
  }
  return { passed: problems.length === 0 && checks.every((check) => check.passed), checks, problems };
}
function shownName(name2) {
  return /^[^\s"\p{C}]+$/u.test(name2) ? name2 : quoted(name2);
}
function quoted(name2) {
  return `"${visibleControls(name2.replace(/["\\]/g, "\\$&"))}"`;
}
function listNames(names) {
  const shown = names.slice(0, LISTED_NAMES).map(shownName).join(", ");
  return names.length > LISTED_NAMES ? `${shown} and ${names.length - LISTED_NAMES} more` : shown;
}
function alternatives(suggestion, available, what) {
  if (suggestion !== void 0) return `did you mean ${shownName(suggestion)}?`;
  return available.length === 0 ? `they have no ${what}` : `they have ${listNames(available)}`;
}
function limitPhrase(limit) {
  switch (limit.kind) {
    case "min":
      return `the threshold ${limit.bound}`;
    case "max":
      return `the maximum ${limit.bound}`;
    case "baseline":
      return limit.tolerance === 0 ? `the baseline ${limit.baseline}` : `the baseline ${limit.baseline} (tolerance ${limit.tolerance})`;
  }
}
function describeMiss(check) {
  const { limit } = check;
  const subject = `${shownName(check.task)} ${shownName(check.metric)} = ${check.value}`;
  switch (limit.kind) {
    case "min":
      return `${subject}, below the threshold ${limit.bound}`;
    case "max":
      return `${subject}, above the maximum ${limit.bound}`;
    case "baseline":
      return limit.tolerance === 0 ? `${subject}, below the baseline ${limit.baseline}` : `${subject}, more than ${limit.tolerance} below the baseline ${limit.baseline}`;
  }
}
function describeProblem(problem) {
  const task = shownName(problem.task);
  switch (problem.kind) {
    case "no-such-task": {
      const others = alternatives(problem.suggestion, problem.available, "task");
      return `${problem.source} on ${task}: the results have no such task (${others})`;
    }
    case "ambiguous-task":
      return `${problem.source} on ${task}: several tasks of the results match (${listNames(problem.matches)}); name one of them in full`;
    case "no-such-metric": {
      const others = alternatives(problem.suggestion, problem.available, "metric");
      const metric = quoted(problem.metric);
      return `${problem.source} on ${task} metric ${metric}: the results have no such metric (${others})`;
    }
    case "not-a-number":
      return `${task} ${shownName(problem.metric)} = NaN, cannot be compared with ${limitPhrase(problem.limit)}`;
    case "invalid-baseline":
      return `baseline on ${task} metric ${quoted(problem.metric)}: the baseline value is ${problem.baseline}, not a number to compare with`;
  }
}
function formatGateFailures(result) {
  return [...result.checks.filter((check) => !check.passed).map(describeMiss), ...result.problems.map(describeProblem)];
}
var LIMIT_KEYS, LIMIT_EXPECTED, bound, limitShape, limitMapping, LimitSchema, TASK_LIMITS_EXPECTED, TaskLimitsSchema, ThresholdsSchema, EPSILON, LISTED_NAMES;
var init_gate = __esm({
  "src/lighteval/gate.ts"() {
    "use strict";
    init_mini();
    init_errors();
    init_fields();
    init_or_list();
    init_markdown();
    LIMIT_KEYS = ["min", "max"];
    LIMIT_EXPECTED = "a number (the minimum) or a mapping with min and/or max";
    bound = number2({ error: expectation("a finite number") });
    limitShape = { min: optional(bound), max: optional(bound) };
    limitMapping = looseObject(limitShape, { error: expectation(LIMIT_EXPECTED) }).check(
      superRefine(
        (limit, context) => {
          const unknownKeys = Object.keys(limit).filter((key) => !LIMIT_KEYS.includes(key));
          const suggestions = new Map(likelyTypos(limit, LIMIT_KEYS));
          for (const key of unknownKeys) {
            const suggestion = suggestions.get(key);
            const message = suggestion === void 0 ? `unknown field; expected ${orList(LIMIT_KEYS)}` : `unknown field; did you mean ${suggestion}?`;
            context.addIssue({ code: "custom", path: [key], message, input: limit[key] });
          }
          const { min, max } = limit;
          if (min === void 0 && max === void 0 && unknownKeys.length === 0) {
            const message = "expected min, max or both, got an empty mapping";
            context.addIssue({ code: "custom", message, input: limit });
          }
          if (typeof min === "number" && typeof max === "number" && min > max) {
            context.addIssue({
              code: "custom",
              message: `expected min no greater than max, got min ${describeValue(min)} and max ${describeValue(max)}`,
              input: limit
            });
          }
        },
        // Run even when min or max is invalid, so that every problem is reported at once.
        { when: ({ value }) => isRecord(value) }
      )
    );
    LimitSchema = pipe(
      // A bare number is a minimum. Non-finite numbers fall through to the mapping schema, which rejects them.
      transform((input) => typeof input === "number" && Number.isFinite(input) ? { min: input } : input),
      pipe(
        limitMapping,
        transform(({ min, max }) => ({
          ...min !== void 0 && { min },
          ...max !== void 0 && { max }
        }))
      )
    );
    TASK_LIMITS_EXPECTED = "a mapping of metric names to limits";
    TaskLimitsSchema = record(string2(), LimitSchema, { error: expectation(TASK_LIMITS_EXPECTED) }).check(
      // An empty mapping checks nothing: most likely a mistake in the YAML's indentation.
      refine((limits) => Object.keys(limits).length > 0, {
        error: `expected ${TASK_LIMITS_EXPECTED}, got an empty mapping`
      })
    );
    ThresholdsSchema = record(string2(), TaskLimitsSchema, {
      error: expectation("a mapping of task keys (such as gsm8k|0 or all) to metric limits")
    });
    EPSILON = 1e-9;
    LISTED_NAMES = 8;
  }
});

// src/lighteval/results.ts
var results_exports = {};
__export(results_exports, {
  LightEvalResultsSchema: () => LightEvalResultsSchema,
  MAX_RESULTS_DEPTH: () => MAX_RESULTS_DEPTH,
  evaluatedSamplesOf: () => evaluatedSamplesOf,
  metricValuesOf: () => metricValuesOf,
  parseBaseline: () => parseBaseline,
  parseResultsText: () => parseResultsText,
  scrubResults: () => scrubResults,
  serializeResults: () => serializeResults,
  taskMetricsOf: () => taskMetricsOf
});
function stringEnd(text, start) {
  let quote2 = text.indexOf('"', start + 1);
  while (quote2 !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote2 - 1 - backslashes) === BACKSLASH2) backslashes += 1;
    if (backslashes % 2 === 0) return quote2 + 1;
    quote2 = text.indexOf('"', quote2 + 1);
  }
  return text.length;
}
function jsonOf(text, source) {
  const parts = [];
  let copiedFrom = text.charCodeAt(0) === 65279 ? 1 : 0;
  let depth = 0;
  for (let at = copiedFrom; at < text.length; ) {
    const char = text[at];
    if (char === '"') {
      at = stringEnd(text, at);
      continue;
    }
    if (char === "{" || char === "[") {
      depth += 1;
      if (depth > MAX_RESULTS_DEPTH) throw new ConfigError([{ path: source, message: TOO_DEEP }]);
    } else if (char === "}" || char === "]") {
      depth -= 1;
    } else if (char === "N" || char === "I" || char === "-") {
      const token = NON_FINITE.find((candidate) => text.startsWith(candidate, at));
      if (token !== void 0) {
        parts.push(text.slice(copiedFrom, at), "null");
        at += token.length;
        copiedFrom = at;
        continue;
      }
    }
    at += 1;
  }
  if (parts.length === 0) return copiedFrom === 0 ? text : text.slice(copiedFrom);
  parts.push(text.slice(copiedFrom));
  return parts.join("");
}
function positionIn(text, message) {
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset === void 0) return "";
  const before = text.slice(0, Number(offset));
  return ` at line ${before.split("\n").length}, column ${Number(offset) - before.lastIndexOf("\n")}`;
}
function parseResultsText(text, source) {
  const json = jsonOf(text, source);
  try {
    return JSON.parse(json);
  } catch (error2) {
    const where = positionIn(json, error2 instanceof Error ? error2.message : "");
    throw new ConfigError([{ path: source, message: `not valid JSON${where}` }]);
  }
}
function evaluatedSamplesOf(results) {
  const parsed = TaskConfigsSchema.safeParse(results.config_tasks);
  if (!parsed.success || Object.keys(parsed.data).length === 0) return void 0;
  const counts = Object.values(parsed.data).map((task) => task.effective_num_docs);
  return counts.every((count) => count >= 0) ? counts.reduce((sum, count) => sum + count, 0) : void 0;
}
function scrubValue(value, scrub) {
  const unfilled = [];
  const copyOf = (item) => {
    if (typeof item === "string") return scrub(item);
    if (Array.isArray(item)) {
      const source = item;
      const target = [];
      unfilled.push(() => {
        for (const child of source) target.push(copyOf(child));
      });
      return target;
    }
    if (isRecord(item)) {
      const target = {};
      unfilled.push(() => {
        for (const [key, child] of Object.entries(item)) {
          const property = { value: copyOf(child), enumerable: true, writable: true, configurable: true };
          Object.defineProperty(target, scrub(key), property);
        }
      });
      return target;
    }
    return item;
  };
  const copy = copyOf(value);
  for (let fill = unfilled.pop(); fill !== void 0; fill = unfilled.pop()) fill();
  return copy;
}
function withoutApiKey(raw) {
  if (!isRecord(raw) || !isRecord(raw.config_general)) return raw;
  const modelConfig = raw.config_general.model_config;
  if (!isRecord(modelConfig) || !Object.hasOwn(modelConfig, "api_key")) return raw;
  return { ...raw, config_general: { ...raw.config_general, model_config: { ...modelConfig, api_key: null } } };
}
function scrubResults(raw, secrets) {
  return scrubValue(withoutApiKey(raw), secretScrubber(secrets).scrub);
}
function serializeResults(scrubbed) {
  const text = JSON.stringify(scrubbed, null, 4);
  if (text === void 0) throw new TypeError("a results document must be a JSON value");
  return `${text}
`;
}
function stderrFolds(values) {
  const folds = /* @__PURE__ */ new Map();
  const metricOf = (key) => {
    const base = key.endsWith(STDERR_SUFFIX) ? key.slice(0, -STDERR_SUFFIX.length) : void 0;
    return base !== void 0 && Object.hasOwn(values, base) ? base : void 0;
  };
  for (const key of Object.keys(values)) {
    const unsettled = [];
    let at = key;
    let base = metricOf(at);
    while (!folds.has(at) && base !== void 0) {
      unsettled.push(at);
      at = base;
      base = metricOf(at);
    }
    let folded = folds.get(at) ?? false;
    folds.set(at, folded);
    for (const above of unsettled.reverse()) {
      folded = !folded;
      folds.set(above, folded);
    }
  }
  return folds;
}
function metricsOfTask(values) {
  const folds = stderrFolds(values);
  const stderrs = /* @__PURE__ */ new Map();
  const metrics = [];
  for (const [key, value] of Object.entries(values)) {
    if (folds.get(key) === true) stderrs.set(key.slice(0, -STDERR_SUFFIX.length), value);
    else metrics.push([key, value]);
  }
  return Object.fromEntries(
    metrics.map(([metric, value]) => [
      metric,
      { value, stderr: stderrs.get(metric) ?? void 0 }
    ])
  );
}
function taskMetricsOf(results) {
  return Object.fromEntries(Object.entries(results.results).map(([task, values]) => [task, metricsOfTask(values)]));
}
function metricValuesOf(metrics) {
  return Object.fromEntries(
    Object.entries(metrics).map(([task, values]) => [
      task,
      Object.fromEntries(Object.entries(values).map(([metric, { value }]) => [metric, value]))
    ])
  );
}
function baselineFrom(results) {
  return Object.fromEntries(
    Object.entries(taskMetricsOf({ results })).map(([task, metrics]) => [
      task,
      Object.fromEntries(
        Object.entries(metrics).flatMap(([metric, { value }]) => value === null ? [] : [[metric, value]])
      )
    ])
  );
}
function parseBaseline(value, source) {
  if (isRecord(value) && Object.hasOwn(value, "results")) {
    const parsed2 = ResultsMappingSchema.safeParse(value.results);
    if (!parsed2.success) {
      throw new ConfigError(
        parsed2.error.issues.map((issue3) => ({
          path: source,
          message: `${formatPath(["results", ...issue3.path])}: ${issue3.message}`
        }))
      );
    }
    return baselineFrom(parsed2.data);
  }
  const parsed = MetricsOutputSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError([{ path: source, message: BASELINE_SHAPES }]);
  return baselineFrom(parsed.data);
}
var MAX_RESULTS_DEPTH, TOO_DEEP, NON_FINITE, BACKSLASH2, MetricValueSchema, TaskResultsSchema, ResultsMappingSchema, LightEvalResultsSchema, TaskConfigsSchema, STDERR_SUFFIX, MetricsOutputSchema, BASELINE_SHAPES;
var init_results = __esm({
  "src/lighteval/results.ts"() {
    "use strict";
    init_mini();
    init_errors();
    init_fields();
    init_secrets();
    MAX_RESULTS_DEPTH = 64;
    TOO_DEEP = `not LightEval results (nested deeper than ${MAX_RESULTS_DEPTH} levels)`;
    NON_FINITE = ["NaN", "-Infinity", "Infinity"];
    BACKSLASH2 = 92;
    MetricValueSchema = nullable(number2({ error: "expected a number or null" }));
    TaskResultsSchema = record(string2(), MetricValueSchema, {
      error: "expected a mapping of metric names to numbers"
    });
    ResultsMappingSchema = record(string2(), TaskResultsSchema, {
      error: "expected a mapping of task keys to mappings of metrics"
    });
    LightEvalResultsSchema = looseObject(
      {
        config_general: looseObject(
          { model_config: optional(nullable(looseObject({}, { error: "expected a mapping" }))) },
          { error: "expected a mapping" }
        ),
        results: ResultsMappingSchema
      },
      { error: "expected a mapping with config_general and results" }
    );
    TaskConfigsSchema = record(string2(), looseObject({ effective_num_docs: int() }));
    STDERR_SUFFIX = "_stderr";
    MetricsOutputSchema = record(string2(), record(string2(), MetricValueSchema));
    BASELINE_SHAPES = `expected LightEval's results JSON (a mapping with "results": {task: {metric: number}}) or the action's metrics output ({task: {metric: number}})`;
  }
});

// src/action/inputs.ts
function inputMessage(input, message, field = "") {
  return field === "" ? `Input "${input}": ${message}` : `Input "${input}", field ${field}: ${message}`;
}
function asInputError(error2, input) {
  return error2 instanceof ConfigError ? new InputError(inputMessage(input, error2.issues[0]?.message ?? error2.message)) : error2;
}
function optionalInput(name2) {
  const value = getInput(name2);
  return value === "" ? void 0 : value;
}
function defaultedInput(name2) {
  return optionalInput(name2) ?? INPUT_DEFAULTS[name2];
}
function booleanInput(name2, fallback) {
  const value = optionalInput(name2);
  if (value === void 0) return fallback;
  try {
    return getBooleanInput(name2);
  } catch {
    throw new InputError(inputMessage(name2, `expected true or false, got ${describeValue(value)}`));
  }
}
function flagInput(name2) {
  return booleanInput(name2, INPUT_DEFAULTS[name2] === "true");
}
function choiceInput(name2, choices) {
  const value = defaultedInput(name2);
  const choice = choices.find((candidate) => candidate === value.toLowerCase());
  if (choice === void 0)
    throw new InputError(inputMessage(name2, `expected ${orList(choices)}, got ${describeValue(value)}`));
  return choice;
}
function parseNumber(name2, value, spec) {
  const pattern = spec.whole === true ? /^\d{1,15}$/ : /^\d{1,15}(\.\d{1,15})?$|^\.\d{1,15}$/;
  if (pattern.test(value) && spec.test(Number(value))) return Number(value);
  throw new InputError(inputMessage(name2, `expected ${spec.expected}, got ${describeValue(value)}`));
}
function numberInput(name2, spec) {
  const value = optionalInput(name2);
  return value === void 0 ? void 0 : parseNumber(name2, value, spec);
}
function defaultedNumberInput(name2, spec) {
  return parseNumber(name2, defaultedInput(name2), spec);
}
function readApiKey() {
  return getInput(Inputs.ApiKey);
}
function refuseMisplacedKey(key) {
  if (key.length < MIN_SPOTTED_KEY_LENGTH) return;
  const holder = Object.values(Inputs).find((name2) => name2 !== Inputs.ApiKey && getInput(name2).includes(key));
  if (holder !== void 0)
    throw new InputError(inputMessage(holder, `holds the API key; pass the key in ${Inputs.ApiKey} only`));
}
function readWorkspaceFile(path, input, context) {
  let text;
  try {
    text = readTextFile((0, import_node_path4.resolve)(context.workspace, path), input);
  } catch (error2) {
    throw asInputError(error2, input);
  }
  if (context.apiKey.length >= MIN_SPOTTED_KEY_LENGTH && text.includes(context.apiKey)) {
    throw new InputError(inputMessage(input, `${path} holds the API key; pass the key in ${Inputs.ApiKey} only`));
  }
  return text;
}
function parseErrorLocation(error2, file) {
  const position = /at line (\d+), column (\d+)/.exec(error2.issues[0]?.message ?? "");
  return file === void 0 || position === null ? void 0 : { file, line: Number(position[1]), column: Number(position[2]) };
}
async function parseInputDocument(text, input, file) {
  try {
    return await parseDocument(text, file ?? input);
  } catch (error2) {
    if (!(error2 instanceof ConfigError)) throw error2;
    throw new InputError(
      inputMessage(input, error2.issues[0]?.message ?? error2.message),
      parseErrorLocation(error2, file)
    );
  }
}
async function readDocumentInput(inline, file, context) {
  const text = optionalInput(inline);
  const path = optionalInput(file);
  if (text !== void 0 && path !== void 0)
    throw new InputError(inputMessage(file, `set either ${inline} or ${file}, not both`));
  if (text !== void 0)
    return {
      source: { input: inline, text, file: void 0 },
      value: await parseInputDocument(text, inline, void 0)
    };
  if (path === void 0) return void 0;
  const contents = readWorkspaceFile(path, file, context);
  return { source: { input: file, text: contents, file: path }, value: await parseInputDocument(contents, file, path) };
}
function readArtifactName() {
  const name2 = optionalInput(Inputs.ArtifactName);
  if (name2 !== void 0 && ARTIFACT_NAME_FORBIDDEN.test(name2)) {
    throw new InputError(
      inputMessage(
        Inputs.ArtifactName,
        `expected an artifact name without " ' : < > | * ? \\ / or line breaks, got ${describeValue(name2)}`
      )
    );
  }
  return name2;
}
function readLightevalVersion() {
  const parsed = LightEvalVersionSchema.safeParse(defaultedInput(Inputs.LightevalVersion));
  if (!parsed.success)
    throw new InputError(inputMessage(Inputs.LightevalVersion, parsed.error.issues[0]?.message ?? "invalid"));
  return parsed.data.text;
}
function mergeProvider(record2) {
  const fields = Object.keys(PROVIDER_FIELD_INPUTS).flatMap((field) => {
    const value = optionalInput(PROVIDER_FIELD_INPUTS[field]);
    return value === void 0 ? [] : [[field, value]];
  });
  if (record2 !== void 0 && !isRecord(record2)) return { provider: record2, fieldInputs: [] };
  const merged = { ...record2, ...Object.fromEntries(fields) };
  merged.id ??= merged.type;
  merged.name ??= merged.type;
  return { provider: merged, fieldInputs: fields.map(([field]) => field) };
}
async function readInputs() {
  const apiKey = readApiKey();
  refuseMisplacedKey(apiKey);
  const workspace = workspaceOf();
  const files = { workspace, apiKey };
  const model = optionalInput(Inputs.Model);
  if (model === void 0)
    throw new InputError(inputMessage(Inputs.Model, "required; expected a model name such as gpt-4o-mini"));
  const record2 = await readDocumentInput(Inputs.Provider, Inputs.ProviderFile, files);
  if (record2 === void 0 && optionalInput(Inputs.ProviderType) === void 0) {
    throw new InputError(
      inputMessage(
        Inputs.Provider,
        `required; set ${Inputs.Provider}, ${Inputs.ProviderFile} or ${Inputs.ProviderType}`
      )
    );
  }
  const runConfig = await readDocumentInput(Inputs.RunConfig, Inputs.RunConfigFile, files);
  const { provider, fieldInputs } = mergeProvider(record2?.value);
  const lightevalVersion = readLightevalVersion();
  const runLighteval = flagInput(Inputs.RunLighteval);
  const evaluation = runLighteval ? await readEvaluationInputs(lightevalVersion, files) : void 0;
  return {
    provider,
    providerSource: record2?.source,
    providerFieldInputs: fieldInputs,
    model,
    apiKey,
    apiKeyEnv: optionalInput(Inputs.ApiKeyEnv),
    includeApiKey: flagInput(Inputs.IncludeApiKey),
    // An empty document, like an absent one, is an empty run configuration.
    runConfig: runConfig?.value ?? {},
    runConfigSource: runConfig?.source,
    runId: optionalInput(Inputs.RunId) ?? defaultRunId(),
    datasetId: optionalInput(Inputs.DatasetId),
    datasetName: optionalInput(Inputs.DatasetName),
    lightevalVersion,
    outputDir: readOutputDir(workspace),
    uploadArtifact: flagInput(Inputs.UploadArtifact),
    artifactName: readArtifactName(),
    retentionDays: numberInput(Inputs.RetentionDays, {
      whole: true,
      test: (days) => days >= 1,
      expected: "a whole number of days (1 or more)"
    }),
    summary: flagInput(Inputs.Summary),
    exportBundle: flagInput(Inputs.ExportBundle),
    evaluation,
    warnings: runLighteval ? evaluation?.warnings ?? [] : ignoredRunInputs()
  };
}
function readOutputDir(workspace) {
  const given = defaultedInput(Inputs.OutputDir);
  const absolute = (0, import_node_path4.resolve)(workspace, given);
  const inside = (0, import_node_path4.relative)(workspace, absolute);
  if (!(0, import_node_path4.isAbsolute)(given) && (inside === ".." || inside.startsWith(`..${import_node_path4.sep}`))) {
    throw new InputError(
      inputMessage(
        Inputs.OutputDir,
        `${describeValue(given)} is outside the workspace; expected a folder inside it, or an absolute path`
      )
    );
  }
  return absolute;
}
function workspaceOf() {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}
function defaultRunId() {
  const runId = process.env.GITHUB_RUN_ID;
  if (runId === void 0 || runId === "") return void 0;
  return `${runId}-${process.env.GITHUB_RUN_ATTEMPT || "1"}`;
}
function ignoredRunInputs() {
  const set = RUN_ONLY_INPUTS.filter((input) => optionalInput(input) !== void 0);
  if (booleanInput(Inputs.Comment, false)) set.push(Inputs.Comment);
  return set.map((input) => inputMessage(input, `ignored, since ${Inputs.RunLighteval} is not true`));
}
function rethrowForInput(error2, input) {
  if (error2 instanceof ConfigError && error2.issues[0] !== void 0) {
    const [issue3] = error2.issues;
    throw new InputError(inputMessage(input, issue3.message, issue3.path === input ? "" : issue3.path));
  }
  throw error2;
}
async function readTasks(lightevalVersion, files) {
  const text = optionalInput(Inputs.Tasks);
  if (text === void 0) {
    throw new InputError(
      inputMessage(
        Inputs.Tasks,
        `required when ${Inputs.RunLighteval} is true; expected task specs such as gsm8k|0, comma- or newline-separated, or the path of a .txt file of them`
      )
    );
  }
  const { normalizeTaskList: normalizeTaskList2, splitTaskList: splitTaskList2 } = await Promise.resolve().then(() => (init_tasks(), tasks_exports));
  const isFile = !/[,\n]/.test(text) && /\.txt$/i.test(text);
  const specs = isFile ? splitTaskList2(readWorkspaceFile(text, Inputs.Tasks, files), { comments: true }) : splitTaskList2(text);
  if (specs.length === 0)
    throw new InputError(
      inputMessage(Inputs.Tasks, isFile ? `${text} lists no task` : "expected at least one task spec")
    );
  try {
    const normalized = normalizeTaskList2(specs, lightevalVersion);
    return {
      written: specs,
      specs: normalized.specs,
      warnings: normalized.warnings.map((warning2) => inputMessage(Inputs.Tasks, warning2))
    };
  } catch (error2) {
    return rethrowForInput(error2, Inputs.Tasks);
  }
}
async function readExtraArguments() {
  const args = getMultilineInput(Inputs.LightevalArgs);
  if (args.length === 0) return [];
  const { checkExtraArguments: checkExtraArguments2 } = await Promise.resolve().then(() => (init_arguments(), arguments_exports));
  try {
    checkExtraArguments2(args);
    return args;
  } catch (error2) {
    return rethrowForInput(error2, Inputs.LightevalArgs);
  }
}
async function readThresholds() {
  const text = optionalInput(Inputs.Thresholds);
  if (text === void 0) return void 0;
  const { parseThresholds: parseThresholds2 } = await Promise.resolve().then(() => (init_gate(), gate_exports));
  try {
    return parseThresholds2(await parseDocument(text, Inputs.Thresholds));
  } catch (error2) {
    return rethrowForInput(error2, Inputs.Thresholds);
  }
}
async function readBaseline(files) {
  const path = optionalInput(Inputs.Baseline);
  if (path === void 0) return void 0;
  const text = readWorkspaceFile(path, Inputs.Baseline, files);
  const { parseBaseline: parseBaseline2, parseResultsText: parseResultsText2 } = await Promise.resolve().then(() => (init_results(), results_exports));
  try {
    return parseBaseline2(parseResultsText2(text, Inputs.Baseline), Inputs.Baseline);
  } catch (error2) {
    return rethrowForInput(error2, Inputs.Baseline);
  }
}
function readExtras() {
  const text = optionalInput(Inputs.LightevalExtras);
  if (text === void 0) return [];
  const names = text.split(/[\s,]+/).filter((name2) => name2 !== "");
  const bad = names.find((name2) => !EXTRA_NAME.test(name2));
  if (bad !== void 0) {
    throw new InputError(
      inputMessage(
        Inputs.LightevalExtras,
        `${describeValue(bad)} is not an extra's name; expected names such as multilingual, math, comma-separated`
      )
    );
  }
  if (names.length > MAX_EXTRAS)
    throw new InputError(
      inputMessage(Inputs.LightevalExtras, `expected at most ${MAX_EXTRAS} extras, got ${names.length}`)
    );
  return [...new Set(names.map((name2) => name2.toLowerCase().replace(/[-_.]+/g, "_")))].filter(
    (name2) => name2 !== "litellm"
  );
}
function readTorchBackend() {
  const value = defaultedInput(Inputs.TorchBackend);
  if (isTorchBackend(value)) return value;
  throw new InputError(
    inputMessage(
      Inputs.TorchBackend,
      `expected ${orList(["cpu", "auto", "pypi", "a build such as cu128 or rocm6.4"])}, got ${describeValue(value)}`
    )
  );
}
function checkedIndexUrl(input, url) {
  let parsed;
  try {
    parsed = url.length <= MAX_INDEX_URL_LENGTH ? new URL(url) : void 0;
  } catch {
    parsed = void 0;
  }
  if (parsed === void 0 || !["http:", "https:"].includes(parsed.protocol)) {
    throw new InputError(
      inputMessage(
        input,
        `expected an http or https URL of at most ${MAX_INDEX_URL_LENGTH} characters, got ${describeValue(url)}`
      )
    );
  }
  return url;
}
function readIndexUrl() {
  const url = optionalInput(Inputs.IndexUrl)?.trim();
  return url === void 0 || url === "" ? void 0 : checkedIndexUrl(Inputs.IndexUrl, url);
}
function readExtraIndexUrls() {
  const urls = (optionalInput(Inputs.ExtraIndexUrls) ?? "").split(/\s+/).filter((url) => url !== "");
  if (urls.length > MAX_EXTRA_INDEXES) {
    throw new InputError(
      inputMessage(Inputs.ExtraIndexUrls, `expected at most ${MAX_EXTRA_INDEXES} URLs, got ${urls.length}`)
    );
  }
  return urls.map((url) => checkedIndexUrl(Inputs.ExtraIndexUrls, url));
}
function readCustomTasks(files) {
  const path = optionalInput(Inputs.CustomTasks);
  if (path === void 0) return void 0;
  readWorkspaceFile(path, Inputs.CustomTasks, files);
  return (0, import_node_path4.resolve)(files.workspace, path);
}
async function readEvaluationInputs(lightevalVersion, files) {
  const tasks = await readTasks(lightevalVersion, files);
  return {
    taskSpecs: tasks.written,
    tasks: tasks.specs,
    maxSamples: numberInput(Inputs.MaxSamples, {
      whole: true,
      test: (count) => count >= 1,
      expected: "a whole number of samples (1 or more)"
    }),
    customTasks: readCustomTasks(files),
    extraArguments: await readExtraArguments(),
    install: choiceInput(Inputs.Install, INSTALL_MODES),
    python: defaultedInput(Inputs.Python),
    extras: readExtras(),
    torchBackend: readTorchBackend(),
    cacheLighteval: flagInput(Inputs.CacheLighteval),
    indexUrl: readIndexUrl(),
    extraIndexUrls: readExtraIndexUrls(),
    timeoutMinutes: numberInput(Inputs.LightevalTimeoutMinutes, {
      test: (minutes) => minutes > 0 && minutes <= MAX_TIMEOUT_MINUTES,
      expected: `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (Node's longest timer)`
    }),
    maxFailedShare: defaultedNumberInput(Inputs.MaxFailedRequests, {
      test: (share) => share <= 1,
      expected: "a share of requests from 0 to 1, such as 0.05"
    }),
    thresholds: await readThresholds(),
    baseline: await readBaseline(files),
    baselineTolerance: defaultedNumberInput(Inputs.BaselineTolerance, {
      test: (tolerance) => tolerance >= 0,
      expected: "a number of 0 or more, such as 0.02"
    }),
    comment: flagInput(Inputs.Comment),
    commentKey: optionalInput(Inputs.CommentKey),
    githubToken: getInput(Inputs.GithubToken),
    warnings: tasks.warnings
  };
}
function issueSource(issue3, inputs) {
  const [head = "", ...rest] = issue3.path.split(".");
  const scalarInput = SCALAR_FIELD_INPUTS[issue3.path];
  if (scalarInput !== void 0) return { input: scalarInput, field: "", document: void 0 };
  if (head === "provider" || head.startsWith("provider[")) {
    const [fieldHead = ""] = rest;
    if (fieldHead in PROVIDER_FIELD_INPUTS) {
      const fieldInput = PROVIDER_FIELD_INPUTS[fieldHead];
      if (inputs.providerFieldInputs.includes(fieldHead) || inputs.providerSource === void 0) {
        return { input: fieldInput, field: "", document: void 0 };
      }
    }
    return {
      input: inputs.providerSource?.input ?? Inputs.Provider,
      field: rest.join("."),
      document: inputs.providerSource
    };
  }
  return {
    input: inputs.runConfigSource?.input ?? Inputs.RunConfig,
    field: issue3.path,
    document: inputs.runConfigSource
  };
}
var import_node_path4, InputError, INPUT_DEFAULTS, MAX_TIMEOUT_MINUTES, MIN_SPOTTED_KEY_LENGTH, ARTIFACT_NAME_FORBIDDEN, PROVIDER_FIELD_INPUTS, INSTALL_MODES, RUN_ONLY_INPUTS, EXTRA_NAME, MAX_EXTRAS, MAX_INDEX_URL_LENGTH, MAX_EXTRA_INDEXES, SCALAR_FIELD_INPUTS;
var init_inputs = __esm({
  "src/action/inputs.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    init_core();
    init_errors();
    init_fields();
    init_or_list();
    init_parse3();
    init_native();
    init_schemas3();
    init_files();
    init_torch_backend();
    init_names();
    InputError = class extends Error {
      constructor(message, location) {
        super(message);
        this.location = location;
      }
      location;
      name = "InputError";
    };
    INPUT_DEFAULTS = {
      [Inputs.IncludeApiKey]: "false",
      [Inputs.LightevalVersion]: DEFAULT_LIGHTEVAL_VERSION,
      [Inputs.OutputDir]: "lighteval-output",
      [Inputs.UploadArtifact]: "true",
      [Inputs.Summary]: "true",
      [Inputs.ExportBundle]: "false",
      [Inputs.RunLighteval]: "false",
      [Inputs.Install]: "auto",
      [Inputs.Python]: "python3",
      [Inputs.TorchBackend]: DEFAULT_TORCH_BACKEND,
      [Inputs.CacheLighteval]: "true",
      [Inputs.BaselineTolerance]: "0.02",
      [Inputs.MaxFailedRequests]: "0.05",
      [Inputs.Comment]: "false"
    };
    MAX_TIMEOUT_MINUTES = Math.floor((2 ** 31 - 1) / 6e4);
    MIN_SPOTTED_KEY_LENGTH = 8;
    ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;
    PROVIDER_FIELD_INPUTS = {
      type: Inputs.ProviderType,
      id: Inputs.ProviderId,
      name: Inputs.ProviderName,
      base_url: Inputs.BaseUrl
    };
    INSTALL_MODES = ["auto", "true", "false"];
    RUN_ONLY_INPUTS = [
      Inputs.Tasks,
      Inputs.MaxSamples,
      Inputs.CustomTasks,
      Inputs.LightevalArgs,
      Inputs.LightevalExtras,
      Inputs.IndexUrl,
      Inputs.ExtraIndexUrls,
      Inputs.LightevalTimeoutMinutes,
      Inputs.Thresholds,
      Inputs.Baseline
    ];
    EXTRA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
    MAX_EXTRAS = 20;
    MAX_INDEX_URL_LENGTH = 2048;
    MAX_EXTRA_INDEXES = 10;
    SCALAR_FIELD_INPUTS = {
      model: Inputs.Model,
      api_key: Inputs.ApiKey,
      api_key_env: Inputs.ApiKeyEnv,
      include_api_key: Inputs.IncludeApiKey,
      run_id: Inputs.RunId,
      dataset_id: Inputs.DatasetId,
      dataset_name: Inputs.DatasetName,
      lighteval_version: Inputs.LightevalVersion
    };
  }
});

// src/io/output-lines.ts
function lineReader(onLine) {
  const held = /* @__PURE__ */ new Map();
  return {
    write(stream, text) {
      const lines = ((held.get(stream) ?? "") + text).split("\n");
      let rest = lines.pop() ?? "";
      for (const line of lines) onLine(line);
      while (rest.length > MAX_LINE) {
        onLine(rest.slice(0, MAX_LINE));
        rest = rest.slice(MAX_LINE);
      }
      held.set(stream, rest);
    },
    flush() {
      for (const rest of held.values()) if (rest !== "") onLine(rest);
      held.clear();
    }
  };
}
var MAX_LINE;
var init_output_lines = __esm({
  "src/io/output-lines.ts"() {
    "use strict";
    MAX_LINE = 64 * 1024;
  }
});

// src/action/log.ts
function defuseCommands(line) {
  return line.replace(COMMAND_OPENER, "$1$2$3\u200B");
}
function logLine(message) {
  info(defuseCommands(message.replace(/\r/g, "\\r").replace(/\n/g, "\\n")));
}
function programLog(watch = () => void 0) {
  return lineReader((line) => {
    watch(line);
    info(defuseCommands(line));
  });
}
var COMMAND_OPENER;
var init_log = __esm({
  "src/action/log.ts"() {
    "use strict";
    init_core();
    init_output_lines();
    COMMAND_OPENER = /(^|\r)(\s*)(:(?=:)|#(?=#\[))/g;
  }
});

// src/action/secrets.ts
function maskSecrets(secrets, baseUrls = []) {
  const values = [...secrets, ...baseUrls.flatMap(baseUrlCredentials)].filter((value) => value.trim() !== "");
  for (const form of new Set(values.flatMap(secretForms))) setSecret(form);
  return values;
}
var init_secrets2 = __esm({
  "src/action/secrets.ts"() {
    "use strict";
    init_core();
    init_redact();
    init_secrets();
  }
});

// src/config/provider-key.ts
function providerKeyOf(config2) {
  const [parameters] = config2.model_parameters;
  const litellm = resolveProviderType(config2.metadata.provider_type);
  if (litellm === void 0) {
    throw new ConfigError([
      { path: "config.yaml", message: "metadata.provider_type: not a provider type LiteLLM can route to" }
    ]);
  }
  return {
    variable: parameters.api_key_env ?? litellm.keyEnv,
    litellmVariable: litellm.keyEnv,
    litellmVariables: litellm.keyVariables,
    needsKey: litellm.needsKey,
    credentials: litellm.credentials,
    prefix: litellm.prefix
  };
}
function keysInEnvironment(key, env) {
  const names = /* @__PURE__ */ new Set([key.variable, ...key.litellmVariables]);
  return [...names].map((name2) => env[name2]).filter((value) => value !== void 0 && value !== "");
}
var init_provider_key = __esm({
  "src/config/provider-key.ts"() {
    "use strict";
    init_errors();
    init_providers();
  }
});

// src/lighteval/command.ts
function needsChatTemplateFlag(lightevalVersion) {
  return /^0\.9\./.test(lightevalVersion);
}
function lightevalArguments(command) {
  return [
    "endpoint",
    "litellm",
    command.modelFile,
    command.tasks.join(","),
    "--output-dir",
    command.outputDir,
    ...command.maxSamples === void 0 ? [] : ["--max-samples", String(command.maxSamples)],
    ...command.customTasks === void 0 ? [] : ["--custom-tasks", command.customTasks],
    // Without it LightEval 0.9 sends LiteLLM a bare string as messages: every request fails, every answer is empty.
    ...needsChatTemplateFlag(command.lightevalVersion) && !(command.extraArguments ?? []).includes("--use-chat-template") ? ["--use-chat-template"] : [],
    ...command.extraArguments ?? []
  ];
}
function inheritableEnvironment(env) {
  const withheld = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/;
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry) => entry[1] !== void 0 && !withheld.test(entry[0])
    )
  );
}
function lightevalEnvironment(env, keyVariables, apiKey) {
  return {
    ...inheritableEnvironment(env),
    // Output as it comes, not in blocks when the program finds itself writing to a pipe.
    PYTHONUNBUFFERED: "1",
    ...apiKey === "" ? {} : Object.fromEntries(keyVariables.map((name2) => [name2, apiKey]))
  };
}
function savesDetails(extraArguments) {
  return extraArguments.includes("--save-details");
}
var init_command2 = __esm({
  "src/lighteval/command.ts"() {
    "use strict";
  }
});

// src/lighteval/report.ts
function formatMetric(value) {
  if (value === null || Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -DECIMALS) return String(Number(value.toPrecision(DECIMALS)));
  const fixed = value.toFixed(DECIMALS);
  return fixed.includes("e") ? fixed : fixed.replace(/\.?0+$/, "");
}
function verdict(status, gate) {
  if (status === "no-gate") return "**Not gated**: no thresholds or baseline were given.";
  if (gate === void 0) return status === "passed" ? "\u2705 **Passed**." : "\u274C **Failed**.";
  const checked = gate.checks.length;
  const missed = gate.checks.filter((check) => !check.passed).length;
  if (status === "passed") return `\u2705 **Passed**: ${checked - missed} of ${plural(checked, "check")} met.`;
  const reasons = [
    ...missed > 0 ? [`${missed} of ${plural(checked, "check")} missed`] : [],
    ...gate.problems.length > 0 ? [`${plural(gate.problems.length, "limit")} could not be checked (below)`] : []
  ];
  return reasons.length === 0 ? "\u274C **Failed**." : `\u274C **Failed**: ${reasons.join("; ")}.`;
}
function limitText(limit) {
  switch (limit.kind) {
    case "min":
      return `\u2265 ${formatMetric(limit.bound)}`;
    case "max":
      return `\u2264 ${formatMetric(limit.bound)}`;
    case "baseline":
      return limit.tolerance === 0 ? `baseline ${formatMetric(limit.baseline)}` : `baseline ${formatMetric(limit.baseline)} \u2212 ${formatMetric(limit.tolerance)}`;
  }
}
function rowKey(task, metric) {
  return JSON.stringify([task, metric]);
}
function gateByRow(gate) {
  const rows = /* @__PURE__ */ new Map();
  const rowOf = (task, metric) => {
    const key = rowKey(task, metric);
    const existing = rows.get(key);
    if (existing !== void 0) return existing;
    const created = { limits: [], failedChecks: [] };
    rows.set(key, created);
    return created;
  };
  for (const check of gate?.checks ?? []) {
    const row = rowOf(check.task, check.metric);
    row.limits.push({ limit: check.limit, passed: check.passed });
    if (!check.passed) row.failedChecks.push(check);
  }
  for (const problem of gate?.problems ?? []) {
    if (problem.kind !== "not-a-number") continue;
    rowOf(problem.task, problem.metric).limits.push({ limit: problem.limit, passed: void 0 });
  }
  return rows;
}
function valueText(measured, row) {
  const shown = formatMetric(measured.value);
  const hidesMiss = row?.failedChecks.some((check) => formatMetric(check.limit.bound) === shown) ?? false;
  return hidesMiss && measured.value !== null ? String(measured.value) : shown;
}
function tableRow(task, metric, measured, row) {
  const limits = [...row?.limits ?? []].sort((a, b) => LIMIT_ORDER[a.limit.kind] - LIMIT_ORDER[b.limit.kind]);
  const limitCell = [...new Set(limits.map(({ limit }) => limitText(limit)))].join(", ");
  const resultCell = limits.length === 0 ? "" : limits.every(({ passed }) => passed === true) ? "\u2705" : "\u274C";
  const cells = [
    codeCell(task),
    codeCell(metric),
    escapeCell(valueText(measured, row)),
    measured.stderr === void 0 ? "" : escapeCell(formatMetric(measured.stderr)),
    escapeCell(limitCell),
    resultCell
  ];
  return `| ${cells.join(" | ")} |`;
}
function metricsTable(metrics, gate) {
  const rowsGate = gateByRow(gate);
  const tasks = Object.keys(metrics).sort((a, b) => Number(a === "all") - Number(b === "all"));
  const lines = [];
  for (const task of tasks) {
    for (const [metric, measured] of Object.entries(metrics[task] ?? {})) {
      lines.push(tableRow(task, metric, measured, rowsGate.get(rowKey(task, metric))));
    }
  }
  if (lines.length === 0) return "_The results hold no metrics._\n";
  const header = ["| task | metric | value | \xB1 stderr | threshold / baseline | result |", "|---|---|--:|--:|---|:-:|"];
  return [...header, ...lines, ""].join("\n");
}
function listItems(items) {
  return `${items.map((item) => `- ${escapeCell(item)}`).join("\n")}
`;
}
function runFacts({ lightevalVersion, tasks, maxSamples, resultsFile }) {
  const facts = [`LightEval ${codeCell(lightevalVersion)}`];
  if (tasks.length > 0) facts.push(`${tasks.length === 1 ? "task" : "tasks"} ${tasks.map(codeCell).join(", ")}`);
  if (maxSamples !== void 0) facts.push(`at most ${plural(maxSamples, "sample")} per task`);
  if (resultsFile !== void 0) facts.push(`results in ${codeCell(resultsFile)}`);
  return `${facts.join(" \xB7 ")}
`;
}
function heading(modelName) {
  return `## LightEval results for ${codeCell(modelName)}
`;
}
function noResultsReport(modelName, verdictMarkdown) {
  return [heading(modelName), `${verdictMarkdown}
`].join("\n");
}
function reportMarkdown(content) {
  const { modelName, metrics, gate, status, notes = [] } = content;
  const sections = [heading(modelName), `${verdict(status, gate)}
`, metricsTable(metrics, gate)];
  const problems = gate?.problems ?? [];
  if (problems.length > 0) {
    sections.push("### Limits that could not be checked\n", listItems(problems.map(describeProblem)));
  }
  sections.push(runFacts(content));
  if (notes.length > 0) sections.push("### Notes\n", listItems(notes));
  return sections.join("\n");
}
var DECIMALS, LIMIT_ORDER;
var init_report = __esm({
  "src/lighteval/report.ts"() {
    "use strict";
    init_gate();
    init_markdown();
    DECIMALS = 4;
    LIMIT_ORDER = { min: 0, max: 1, baseline: 2 };
  }
});

// src/lighteval/request-failures.ts
function describeCause(cause) {
  return CAUSE_TEXT[cause];
}
function causeOf(errorClass, message = "", status) {
  if (status === 401 || status === 403) return "authentication";
  if (status === 404) return "model not found";
  if (status === 429) return "rate limited";
  if (/APIConnectionError|Timeout/.test(errorClass) || /Connection error|Connection refused|Name or service not known/i.test(message)) {
    return "unreachable";
  }
  if (/AuthenticationError|PermissionDeniedError/.test(errorClass) || /Missing credentials|api_key client option must be set/i.test(message)) {
    return "authentication";
  }
  if (/NotFoundError/.test(errorClass)) return "model not found";
  if (/RateLimitError/.test(errorClass)) return "rate limited";
  if (/BadRequestError|UnprocessableEntityError|ContextWindowExceededError|ContentPolicyViolationError/.test(errorClass))
    return "bad request";
  return "provider error";
}
function fatalPreflightFailure(outcome) {
  if (outcome.ok) return void 0;
  const cause = causeOf(outcome.error, outcome.message, outcome.status);
  return FATAL_CAUSES.has(cause) ? { cause, detail: outcome.message } : void 0;
}
function judgeRequestFailures(failed, total, cause, limit) {
  if (failed === 0) return { level: "none", message: "" };
  if (total === void 0 || total === 0) {
    return {
      level: "warn",
      message: `${failed} request${failed === 1 ? "" : "s"} to the provider failed and were scored as wrong answers: ${describeCause(cause)}`
    };
  }
  const share = Math.min(failed, total) / total;
  const percent = `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
  if (failed >= total) {
    return {
      level: "fail",
      message: `Every request to the provider failed (${total} of ${total}), so LightEval's scores mean nothing: ${describeCause(cause)}.`
    };
  }
  const what = `${failed} of ${total} requests to the provider (${percent}) failed and were scored as wrong answers: ${describeCause(cause)}`;
  if (share > limit.maxShare)
    return { level: "fail", message: `${what}; more than ${limit.name} (${limit.maxShare}) allows.` };
  return { level: "warn", message: `${what}.` };
}
var CAUSE_TEXT, PreflightOutcomeSchema, FATAL_CAUSES, FAILED_ATTEMPT, GIVEN_UP, SAMPLES_REQUESTED, RequestFailureCounter;
var init_request_failures = __esm({
  "src/lighteval/request-failures.ts"() {
    "use strict";
    init_mini();
    CAUSE_TEXT = {
      authentication: "authentication failed: check the api-key (and api-key-env)",
      "model not found": "the model or the route was not found: check the model name and base_url",
      unreachable: "the provider could not be reached: check base_url and the network",
      "rate limited": "the provider's rate limit refused them: lower concurrent_requests, or raise the limit",
      "provider error": "the provider answered with server errors",
      "bad request": "the provider refused them as bad requests"
    };
    PreflightOutcomeSchema = union([
      object({ ok: literal(true) }),
      object({
        ok: literal(false),
        error: string2().check(_maxLength(200)),
        status: nullable(optional(number2())),
        message: string2().check(_maxLength(1e4))
      })
    ]);
    FATAL_CAUSES = /* @__PURE__ */ new Set(["authentication", "model not found", "unreachable"]);
    FAILED_ATTEMPT = /Error in API call: (?:litellm\.)?(\w+)(?::|\b)(.*?), waiting [\d.]+ seconds before retry \d+\/\d+/;
    GIVEN_UP = /API call failed after \d+ attempts, returning empty response/;
    SAMPLES_REQUESTED = /Starting to process (\d+)\/\d+ samples/;
    RequestFailureCounter = class {
      givenUp = 0;
      /** The samples LightEval said it requests (0.12 and later; it answers the others from its cache). */
      requested = 0;
      causes = /* @__PURE__ */ new Map();
      line(text) {
        if (GIVEN_UP.test(text)) {
          this.givenUp += 1;
          return;
        }
        const requested = SAMPLES_REQUESTED.exec(text);
        if (requested !== null) {
          this.requested += Number(requested[1]);
          return;
        }
        const attempt2 = FAILED_ATTEMPT.exec(text);
        if (attempt2 !== null) {
          const cause = causeOf(attempt2[1] ?? "", attempt2[2] ?? "");
          this.causes.set(cause, (this.causes.get(cause) ?? 0) + 1);
        }
      }
      /** The cause seen most often; LightEval logs none for a bad request (it retries those silently). */
      mainCause() {
        let main = "bad request";
        let most = 0;
        for (const [cause, count] of this.causes) {
          if (count > most) [main, most] = [cause, count];
        }
        return main;
      }
    };
  }
});

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports2, module2) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module2.exports = function quote2(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports2, module2) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape2) {
      var kind = escape2.charAt(0);
      if (kind === "c") {
        var ctrl = escape2.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape2.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape2, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape2);
      return letter < 0 ? escape2 : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string3, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string3, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote2 = false;
        var esc2 = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote2 && (c === "*" || c === "?");
          if (esc2) {
            out += c;
            esc2 = false;
          } else if (quote2) {
            if (c === quote2) {
              quote2 = false;
            } else if (quote2 == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote2 = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string3.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc2 = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module2.exports = function parse2(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports2) {
    "use strict";
    exports2.quote = require_quote();
    exports2.parse = require_parse();
  }
});

// src/io/child-process.ts
function pendingOutput() {
  return process.stdout.writableLength + process.stderr.writableLength;
}
function passThrough(stream, text) {
  (stream === "stdout" ? process.stdout : process.stderr).write(text);
}
function afterRedraw(text) {
  return text.slice(text.lastIndexOf("\r", text.length - 2) + 1);
}
function shownLine(line) {
  const shown = afterRedraw(line).replace(/\r$/, "");
  return shown.length > MAX_TAIL_LINE_LENGTH ? `${shown.slice(0, MAX_TAIL_LINE_LENGTH)} \u2026` : shown;
}
function shownSoFar(text) {
  const shown = afterRedraw(text);
  if (shown.length <= MAX_TAIL_LINE_LENGTH + 1) return shown;
  return shown.slice(0, MAX_TAIL_LINE_LENGTH + 1) + (shown.endsWith("\r") ? "\r" : "");
}
function runChildProcess(request) {
  const tail = new Tail(secretScrubber(request.secrets ?? []));
  return new Promise((resolve3) => {
    const child = (0, import_node_child_process.spawn)(request.command, [...request.args], {
      env: request.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so that stopping it also stops what it started.
      detached: !IS_WINDOWS,
      windowsHide: true
    });
    let timedOut = false;
    let startError;
    let watch;
    const signalGroup = (signal) => {
      if (child.pid === void 0) return false;
      if (IS_WINDOWS) return child.kill(signal);
      try {
        process.kill(-child.pid, signal);
        return true;
      } catch {
        return false;
      }
    };
    const stop = (signal) => {
      if (!signalGroup(signal) || watch !== void 0) return;
      const killAt = Date.now() + STOP_GRACE_MS;
      watch = setInterval(() => {
        if (!signalGroup(0)) clearInterval(watch);
        else if (Date.now() >= killAt) {
          signalGroup("SIGKILL");
          clearInterval(watch);
        }
      }, STOP_POLL_MS);
    };
    const timeout = request.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      stop("SIGTERM");
    }, request.timeoutMs);
    const onSignal = (signal) => stop(signal);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const output = request.output ?? passThrough;
    const streams = [
      ["stdout", child.stdout],
      ["stderr", child.stderr]
    ];
    let paused = false;
    const resumeWhenDrained = () => {
      if (pendingOutput() > MAX_PENDING_OUTPUT / 2) {
        setTimeout(resumeWhenDrained, DRAIN_POLL_MS);
        return;
      }
      paused = false;
      for (const [, stream] of streams) stream.resume();
    };
    for (const [name2, stream] of streams) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        output(name2, chunk);
        tail.add(name2, chunk);
        if (!paused && pendingOutput() > MAX_PENDING_OUTPUT) {
          paused = true;
          for (const [, each] of streams) each.pause();
          setTimeout(resumeWhenDrained, DRAIN_POLL_MS);
        }
      });
    }
    child.on("error", (error2) => {
      startError = error2;
    });
    child.on("exit", () => {
      clearTimeout(timeout);
      if (watch === void 0) stop("SIGTERM");
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timeout);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve3({
        exitCode: startError === void 0 ? exitCode : null,
        signal,
        timedOut,
        tail: tail.read(),
        startError
      });
    });
  });
}
function isExecutableFile(path) {
  try {
    if (!(0, import_node_fs6.statSync)(path).isFile()) return false;
    (0, import_node_fs6.accessSync)(path, import_node_fs6.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findOnPath(name2, env) {
  const extensions = IS_WINDOWS ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const directory of (env.PATH ?? "").split(import_node_path6.delimiter)) {
    if (directory === "") continue;
    for (const extension of extensions) {
      const candidate = (0, import_node_path6.join)(directory, name2 + extension);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return void 0;
}
var import_node_child_process, import_node_fs6, import_node_path6, TAIL_LINES, STOP_GRACE_MS, STOP_POLL_MS, IS_WINDOWS, MAX_PENDING_OUTPUT, DRAIN_POLL_MS, MAX_TAIL_LINE_LENGTH, MAX_HELD, Tail;
var init_child_process = __esm({
  "src/io/child-process.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    init_secrets();
    TAIL_LINES = 20;
    STOP_GRACE_MS = 5e3;
    STOP_POLL_MS = 100;
    IS_WINDOWS = process.platform === "win32";
    MAX_PENDING_OUTPUT = 8 * 1024 * 1024;
    DRAIN_POLL_MS = 20;
    MAX_TAIL_LINE_LENGTH = 500;
    MAX_HELD = 64 * 1024;
    Tail = class {
      constructor(scrubber) {
        this.scrubber = scrubber;
      }
      scrubber;
      lines = [];
      /** Each stream's unfinished line: its settled start, scrubbed and cut (`shown`), and the raw rest (`held`). */
      unfinished = /* @__PURE__ */ new Map();
      add(stream, chunk) {
        const { scrub, settle } = this.scrubber;
        const before = this.unfinished.get(stream) ?? { shown: "", held: "" };
        const parts = (before.held + chunk).split("\n");
        const last = parts.pop() ?? "";
        let shown = before.shown;
        for (const part of parts) {
          this.lines.push(shownLine(shown + scrub(part)));
          shown = "";
        }
        if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
        if (last.length <= MAX_HELD) {
          this.unfinished.set(stream, { shown, held: last });
          return;
        }
        const settled = settle(last);
        this.unfinished.set(stream, { shown: shownSoFar(shown + settled.scrubbed), held: settled.rest });
      }
      read() {
        const unfinished = [...this.unfinished.values()].map(({ shown, held }) => shownLine(shown + this.scrubber.scrub(held))).filter((line) => line !== "");
        return [...this.lines, ...unfinished].slice(-TAIL_LINES);
      }
    };
  }
});

// src/io/results-files.ts
function filesUnder(directory) {
  let names;
  try {
    names = (0, import_node_fs7.readdirSync)(directory, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.flatMap((name2) => {
    const path = (0, import_node_path7.join)(directory, name2);
    const stats = (0, import_node_fs7.lstatSync)(path, { throwIfNoEntry: false });
    return stats?.isFile() === true ? [[path, stats.mtimeMs]] : [];
  });
}
function snapshotRunFiles(outputDir) {
  return new Map([RESULTS_DIR, DETAILS_DIR].flatMap((folder) => filesUnder((0, import_node_path7.join)(outputDir, folder))));
}
function runFilesSince(outputDir, before) {
  const written = [...snapshotRunFiles(outputDir)].filter(([path, mtime]) => before.get(path) !== mtime);
  const newestFirst = written.sort((a, b) => b[1] - a[1]).map(([path]) => path);
  const resultsRoot = (0, import_node_path7.join)(outputDir, RESULTS_DIR);
  return {
    results: newestFirst.filter((path) => path.startsWith(resultsRoot) && RESULTS_FILE.test((0, import_node_path7.basename)(path))),
    details: newestFirst.filter((path) => path.startsWith((0, import_node_path7.join)(outputDir, DETAILS_DIR)))
  };
}
function rewriteFile(path, text) {
  replaceFile(path, text, (0, import_node_fs7.statSync)(path).mode & 4095);
}
function scrubResultsFile(path, secrets) {
  const text = scrubSecrets((0, import_node_fs7.readFileSync)(path, "utf8"), secrets);
  let document;
  let scrubbed;
  try {
    document = scrubResults(parseResultsText(text, path), secrets);
    scrubbed = serializeResults(document);
  } catch (error2) {
    rewriteFile(path, text);
    throw error2;
  }
  rewriteFile(path, scrubbed);
  return document;
}
var import_node_fs7, import_node_path7, RESULTS_DIR, DETAILS_DIR, RESULTS_FILE;
var init_results_files = __esm({
  "src/io/results-files.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path7 = require("node:path");
    init_secrets();
    init_results();
    init_files();
    RESULTS_DIR = "results";
    DETAILS_DIR = "details";
    RESULTS_FILE = /^results_.*\.json$/;
  }
});

// src/io/lighteval-run.ts
function shownCommand(words) {
  return (0, import_shell_quote.quote)([...words]);
}
function failureHeadline(what, outcome, limit) {
  if (outcome.timedOut && limit !== void 0) {
    const minutes = `${limit.minutes} minute${limit.minutes === 1 ? "" : "s"}`;
    return `${what} did not finish within ${minutes} (${limit.setting}) and was stopped.`;
  }
  if (outcome.exitCode !== null) return `${what} exited with code ${outcome.exitCode}.`;
  return `${what} was stopped by ${outcome.signal ?? "a signal"}.`;
}
function failureMessage(headline, tail) {
  return tail.length === 0 ? `${headline} It printed nothing.` : `${headline} Its last lines:
${tail.join("\n")}`;
}
function scrubResultsFiles(paths, secrets) {
  return paths.map((path) => {
    try {
      return { path, document: scrubResultsFile(path, secrets) };
    } catch (error2) {
      if (error2 instanceof ConfigError) return { path, unreadable: error2.message };
      (0, import_node_fs8.rmSync)(path, { force: true });
      const reason = error2 instanceof Error ? error2.message : String(error2);
      return { path, unreadable: `${path} could not be scrubbed of secrets (${reason}), so it was removed` };
    }
  });
}
async function runLightEval(request) {
  const { program, outputDir, secrets } = request;
  const scrub = (text) => scrubSecrets(text, secrets);
  const before = snapshotRunFiles(outputDir);
  const outcome = await runChildProcess({
    command: program,
    args: request.args,
    env: request.env,
    timeoutMs: request.timeLimit === void 0 ? void 0 : request.timeLimit.minutes * 6e4,
    output: request.output,
    // Scrubbed before the tail cuts its lines: scrubbing after a cut would leave part of a secret at the cut.
    secrets
  });
  const written = runFilesSince(outputDir, before);
  const [newest] = scrubResultsFiles(written.results, secrets);
  const files = { ...written, results: written.results.filter((path) => (0, import_node_fs8.existsSync)(path)) };
  const failed = (failure2, headline = failure2) => ({
    ok: false,
    failure: scrub(failure2),
    headline: scrub(headline),
    files
  });
  if (outcome.startError !== void 0)
    return failed(`LightEval could not start (${program}): ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) {
    const hint2 = dependencyTooNewHint(outcome.tail);
    const headline = failureHeadline("LightEval", outcome, request.timeLimit);
    const message = failureMessage(headline, outcome.tail);
    return hint2 === void 0 ? failed(message, headline) : failed(`${hint2}
${message}`, `${headline} ${hint2}`);
  }
  if (newest === void 0)
    return failed(`LightEval exited with code 0 but wrote no results_*.json under ${outputDir}`);
  if ("unreadable" in newest) return failed(`LightEval's results are unreadable: ${newest.unreadable}`);
  const parsed = LightEvalResultsSchema.safeParse(newest.document);
  if (!parsed.success) {
    return failed(
      `LightEval's results file ${newest.path} does not have LightEval's layout: ${parsed.error.issues[0]?.message ?? ""}`
    );
  }
  return { ok: true, resultsPath: newest.path, results: parsed.data, files };
}
var import_node_fs8, import_shell_quote;
var init_lighteval_run = __esm({
  "src/io/lighteval-run.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_shell_quote = __toESM(require_shell_quote(), 1);
    init_errors();
    init_secrets();
    init_results();
    init_requirements();
    init_child_process();
    init_results_files();
  }
});

// src/lighteval/python/preflight.py
var preflight_default;
var init_preflight = __esm({
  "src/lighteval/python/preflight.py"() {
    preflight_default = `"""Sends one short chat request the way LightEval's litellm backend does, and prints its outcome as one JSON object.

Usage: python preflight.py MODEL_FILE.yaml

{"ok": true} or {"ok": false, "error": "AuthenticationError", "status": 401, "message": "..."}

A wrong key, an unknown model, a wrong route or an unreachable server make LightEval retry every sample, record
empty answers and exit 0 with zero scores; asked once before the run, the same call says why in seconds. The call
uses the installed LiteLLM, the model file LightEval loads and LightEval's environment, so it meets what LightEval
would meet. No retries: the caller decides what a failure means.
"""

import json
import os
import sys

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

# A reply long enough for any provider's minimum, short enough to cost nothing.
MAX_TOKENS = 16
DEFAULT_TIMEOUT_SECONDS = 60
MAX_MESSAGE = 2000


def main():
    if len(sys.argv) != 2:
        print("usage: preflight.py MODEL_FILE.yaml", file=sys.stderr)
        return 2
    import yaml

    with open(sys.argv[1], encoding="utf-8") as file:
        parameters = yaml.safe_load(file)["model_parameters"]
    generation = parameters.get("generation_parameters") or {}

    # LiteLLM prints to standard output; only the JSON may go there.
    stdout = os.dup(1)
    os.dup2(2, 1)
    try:
        import litellm

        try:
            litellm.completion(
                model=parameters["model_name"],
                messages=[{"role": "user", "content": "Reply with OK."}],
                base_url=parameters.get("base_url"),
                api_key=parameters.get("api_key"),
                max_tokens=max(MAX_TOKENS, generation.get("max_new_tokens") or 0),
                timeout=parameters.get("timeout") or DEFAULT_TIMEOUT_SECONDS,
                num_retries=0,
                max_retries=0,
            )
            outcome = {"ok": True}
        except Exception as error:
            outcome = {
                "ok": False,
                "error": type(error).__name__,
                "status": getattr(error, "status_code", None),
                "message": str(error)[:MAX_MESSAGE],
            }
    finally:
        sys.stdout.flush()
        os.dup2(stdout, 1)
        os.close(stdout)
    json.dump(outcome, sys.stdout)
    sys.stdout.write("\\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
`;
  }
});

// src/io/lighteval-python.ts
function firstLine(path) {
  const buffer = Buffer.alloc(SHEBANG_BYTES);
  const fd = (0, import_node_fs9.openSync)(path, "r");
  try {
    const read = (0, import_node_fs9.readSync)(fd, buffer, 0, SHEBANG_BYTES, 0);
    return buffer.subarray(0, read).toString("utf8").split("\n", 1)[0] ?? "";
  } finally {
    (0, import_node_fs9.closeSync)(fd);
  }
}
function pythonOfProgram(program) {
  const shebang = /^#!\s*(\S+)\s*$/.exec(firstLine(program).trim())?.[1];
  if (shebang !== void 0 && /^python[\d.]*(\.exe)?$/i.test((0, import_node_path8.basename)(shebang)) && (0, import_node_fs9.existsSync)(shebang)) return shebang;
  const beside = (0, import_node_path8.join)((0, import_node_path8.dirname)(program), IS_WINDOWS2 ? "python.exe" : "python");
  return (0, import_node_fs9.existsSync)(beside) ? beside : void 0;
}
async function runPythonScript(script) {
  let stdout = "";
  const outcome = await runChildProcess({
    command: script.python,
    args: ["-c", script.source, ...script.args],
    env: script.env,
    secrets: script.secrets,
    output: (stream, text) => {
      if (stream === "stderr") script.onError?.(text);
      else if (stdout.length < MAX_STDOUT) stdout += text;
    }
  });
  return { outcome, stdout };
}
var import_node_fs9, import_node_path8, IS_WINDOWS2, SHEBANG_BYTES, MAX_STDOUT;
var init_lighteval_python = __esm({
  "src/io/lighteval-python.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path8 = require("node:path");
    init_child_process();
    IS_WINDOWS2 = process.platform === "win32";
    SHEBANG_BYTES = 1024;
    MAX_STDOUT = 32 * 1024 * 1024;
  }
});

// src/io/preflight-request.ts
async function sendPreflightRequest(program, modelFile, env) {
  const python = pythonOfProgram(program);
  if (python === void 0) return { unavailable: `found no Python interpreter for ${program}` };
  const { outcome, stdout } = await runPythonScript({ python, source: preflight_default, args: [modelFile], env });
  if (outcome.startError !== void 0)
    return { unavailable: `${python} could not start: ${outcome.startError.message}` };
  if (outcome.exitCode !== 0) return { unavailable: `it exited with code ${outcome.exitCode ?? outcome.signal}` };
  try {
    const parsed = PreflightOutcomeSchema.safeParse(JSON.parse(stdout));
    return parsed.success ? { outcome: parsed.data } : { unavailable: "it printed an unexpected answer" };
  } catch {
    return { unavailable: "it printed no JSON" };
  }
}
var init_preflight_request = __esm({
  "src/io/preflight-request.ts"() {
    "use strict";
    init_request_failures();
    init_preflight();
    init_lighteval_python();
  }
});

// src/lighteval/task-registry.ts
function parseTaskRegistry(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError([{ path: "task registry", message: "the task registry query printed no JSON" }]);
  }
  const parsed = TaskRegistrySchema.safeParse(document);
  if (!parsed.success) {
    throw new ConfigError([
      { path: "task registry", message: `unexpected task registry: ${parsed.error.issues[0]?.message ?? ""}` }
    ]);
  }
  const { lighteval_version: lightevalVersion, keyed_by: keyedBy, tasks, requires } = parsed.data;
  return { lightevalVersion, keyedBy, tasks, requires };
}
var MAX_TASKS, MAX_NAME_LENGTH, name, TaskRegistrySchema;
var init_task_registry = __esm({
  "src/lighteval/task-registry.ts"() {
    "use strict";
    init_mini();
    init_errors();
    MAX_TASKS = 1e5;
    MAX_NAME_LENGTH = 300;
    name = () => string2().check(_minLength(1), _maxLength(MAX_NAME_LENGTH));
    TaskRegistrySchema = object({
      lighteval_version: string2().check(_maxLength(50)),
      keyed_by: _enum(["suite|task", "task"]),
      tasks: array(name()).check(_maxLength(MAX_TASKS)),
      requires: record(name(), array(name()).check(_maxLength(50)))
    });
  }
});

// src/lighteval/python/task_registry.py
var task_registry_default;
var init_task_registry2 = __esm({
  "src/lighteval/python/task_registry.py"() {
    task_registry_default = '"""Prints the installed LightEval\'s task registry as one JSON object on standard output.\n\nUsage: python task_registry.py [--custom-tasks PATH] [--multilingual]\n\n{"lighteval_version": "0.13.0", "keyed_by": "task", "tasks": ["aime24", ...], "requires": {"ifeval": ["langdetect"]}}\n\nThe registry is built with LightEval\'s own Registry, as `lighteval endpoint litellm` builds it, so that task names are\nresolved as the installed version resolves them. Three registry APIs exist:\n- 0.12+: `Registry.load_all_task_configs`; keys are `suite|task` in 0.12.0 (first suite only), the task alone from 0.12.1.\n- 0.11: `Registry(load_extended=...)`; keys are `suite|task`, one per suite a task is in; the `extended` suite is loaded\n  only when a task spec names it, so it is loaded here (the caller then writes `extended|ifeval|0`).\n- 0.9, 0.10: `Registry().task_registry`; keys are `suite|task`; the `extended` suite is there only when langdetect and\n  openai are installed (`can_load_extended_tasks`).\n`requires` lists the packages that a task\'s own functions declare with `@requires(...)` (0.11+); up to 0.10 nothing is\ndeclared per task, and the whole `extended` suite needs what `can_load_extended_tasks` checks.\n"""\n\nimport argparse\nimport json\nimport logging\nimport os\nimport sys\nimport traceback\n\n# Building the registry needs no network: keep the hub libraries and LiteLLM (its cost map) from reaching for it.\nos.environ.update(HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", LITELLM_LOCAL_MODEL_COST_MAP="True")\n\n# LightEval logs warnings that are not ours to show ("You passed no task name...").\nlogging.disable(logging.WARNING)\n\n# Version 0.9/0.10 gates the whole extended suite on these packages (lighteval/utils/imports.py).\nEXTENDED_SUITE_PACKAGES = ["langdetect", "openai"]\n\n\ndef without_downloads():\n    """Some task modules fetch files when imported (tinyBenchmarks.pkl with requests.get, nltk data): the registry\n    needs neither, and without network they would fail or wait. LightEval fetches them itself when it runs."""\n    import nltk\n    import requests\n\n    def unavailable(*args, **kwargs):\n        response = requests.Response()\n        response.status_code = 503\n        response._content = b""\n        return response\n\n    requests.get = unavailable\n    nltk.download = lambda *args, **kwargs: False\n\n\ndef registry_configs(custom_tasks, multilingual):\n    """{lookup key: LightevalTaskConfig}, as the CLI\'s Registry has it."""\n    from lighteval.tasks.registry import Registry\n\n    if hasattr(Registry, "load_all_task_configs"):  # 0.12+\n        return Registry.load_all_task_configs(custom_tasks=custom_tasks, load_multilingual=multilingual)\n    if multilingual:\n        print("task_registry: --multilingual needs LightEval 0.12 or later; ignored", file=sys.stderr)\n    if hasattr(Registry, "_load_full_registry"):  # 0.11\n        try:\n            return Registry(tasks=None, custom_tasks=custom_tasks, load_extended=True)._task_registry\n        except ImportError as error:  # the extended suite needs the extended_tasks extra (emoji, spacy, ...)\n            print(f"task_registry: the extended suite cannot load ({error}); listed without it", file=sys.stderr)\n            return Registry(tasks=None, custom_tasks=custom_tasks, load_extended=False)._task_registry\n    # 0.9, 0.10: lazy tasks, functools.partial(LightevalTask, key, config, ...)\n    return {key: lazy.args[1] for key, lazy in Registry(custom_tasks=custom_tasks).task_registry.items()}\n\n\ndef declared_packages(config):\n    """Packages declared with @requires on the task\'s prompt function and metric functions (0.11+)."""\n    parts = [config.prompt_function, getattr(config, "sample_fields", None)]\n    for metric in config.metrics:\n        metric = getattr(metric, "value", metric)  # a Metrics enum member holds its Metric\n        corpus = getattr(metric, "corpus_level_fn", None)\n        parts += [getattr(metric, "sample_level_fn", None), *(corpus.values() if isinstance(corpus, dict) else [corpus])]\n    names = []\n    for part in parts:\n        # @requires sets _backends on functions and classes; an instance finds it on its class.\n        for backend in getattr(part, "_backends", None) or []:\n            name = getattr(backend, "name", None) or f"lighteval[{backend.value}]"  # a Requirement, or an Extra\n            if name not in names:\n                names.append(name)\n    return names\n\n\ndef one_line(error):\n    return f"{type(error).__name__}: {\' \'.join(str(error).split())}"\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog="task_registry.py", description="Print LightEval\'s task registry as JSON.")\n    parser.add_argument("--custom-tasks", help="a custom tasks file, as given to `lighteval --custom-tasks`")\n    parser.add_argument("--multilingual", action="store_true", help="include multilingual tasks (0.12+)")\n    args = parser.parse_args()\n\n    # LightEval and task modules may print: only the JSON goes to standard output (descriptor 1, for C code too).\n    stdout = os.dup(1)\n    os.dup2(2, 1)\n    try:\n        try:\n            import lighteval\n        except Exception as error:  # not installed, or broken\n            print(f"task_registry: cannot import lighteval with {sys.executable}: {one_line(error)}", file=sys.stderr)\n            return 2\n        try:\n            without_downloads()\n            configs = registry_configs(args.custom_tasks, args.multilingual)\n            from lighteval.utils import imports\n\n            if hasattr(imports, "can_load_extended_tasks"):  # 0.9, 0.10: needs are declared by suite, not by task\n                requires = {key: EXTENDED_SUITE_PACKAGES for key in configs if key.startswith("extended|")}\n            else:\n                requires = {key: declared_packages(config) for key, config in configs.items()}\n        except Exception as error:  # the CLI would fail the same way: say why, in the last line\n            traceback.print_exc()\n            message = f"LightEval {lighteval.__version__} could not build its task registry: {one_line(error)}"\n            print(f"task_registry: {message}", file=sys.stderr)\n            return 1\n    finally:\n        sys.stdout.flush()\n        os.dup2(stdout, 1)\n        os.close(stdout)\n\n    # Keys are `suite|task` up to 0.12.0 and bare task names (which hold no "|") from 0.12.1.\n    keyed_by = "suite|task" if any("|" in key for key in configs) else "task"\n    document = {\n        "lighteval_version": lighteval.__version__,\n        "keyed_by": keyed_by,\n        "tasks": sorted(configs),\n        "requires": {key: packages for key, packages in sorted(requires.items()) if packages},\n    }\n    json.dump(document, sys.stdout, separators=(",", ":"))\n    sys.stdout.write("\\n")\n    return 0\n\n\nif __name__ == "__main__":\n    sys.exit(main())\n';
  }
});

// src/io/task-registry-query.ts
async function queryTaskRegistry(query) {
  const python = pythonOfProgram(query.program);
  if (python === void 0) return { unavailable: `found no Python interpreter for ${query.program}` };
  const args = [
    ...query.customTasks === void 0 ? [] : ["--custom-tasks", query.customTasks],
    ...query.multilingual === true ? ["--multilingual"] : []
  ];
  const { outcome, stdout } = await runPythonScript({
    python,
    source: task_registry_default,
    args,
    env: query.env,
    secrets: query.secrets
  });
  if (outcome.startError !== void 0)
    return { unavailable: `${python} could not start: ${outcome.startError.message}` };
  if (outcome.exitCode !== 0) {
    const last = outcome.tail.slice(-Math.min(TAIL_LINES, 3)).join(" / ");
    return {
      unavailable: `the query exited with code ${outcome.exitCode ?? outcome.signal}${last === "" ? "" : `: ${last}`}`
    };
  }
  try {
    return { registry: parseTaskRegistry(stdout) };
  } catch (error2) {
    return { unavailable: error2 instanceof Error ? error2.message : String(error2) };
  }
}
var init_task_registry_query = __esm({
  "src/io/task-registry-query.ts"() {
    "use strict";
    init_task_registry();
    init_task_registry2();
    init_child_process();
    init_lighteval_python();
  }
});

// src/lighteval/environment-plan.ts
function packagesOf(plan) {
  return pipRequirements(plan.requirements);
}
function uvInstallArguments(plan, python) {
  const backend = plan.torchBackend === "pypi" ? [] : ["--torch-backend", plan.torchBackend];
  return ["pip", "install", "--python", python, "--no-python-downloads", ...backend, ...packagesOf(plan)];
}
function environmentName(plan, interpreter, platform2, arch2) {
  const digest = (0, import_node_crypto.createHash)("sha256").update(JSON.stringify({ packages: packagesOf(plan), torch: plan.torchBackend, indexes: plan.shownIndexes })).digest("hex").slice(0, 16);
  const key = `lighteval-${plan.requirements.version}-${platform2}-${arch2}-python${interpreter.version}-torch-${plan.torchBackend}-${digest}`;
  return { key, folder: `lighteval-env-${(0, import_node_crypto.createHash)("sha256").update(key).digest("hex").slice(0, 16)}` };
}
var import_node_crypto;
var init_environment_plan = __esm({
  "src/lighteval/environment-plan.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_requirements();
  }
});

// src/action/lighteval-install.ts
function scriptsDir(venv) {
  return IS_WINDOWS3 ? (0, import_node_path9.join)(venv, "Scripts") : (0, import_node_path9.join)(venv, "bin");
}
function pythonIn(venv) {
  return (0, import_node_path9.join)(scriptsDir(venv), IS_WINDOWS3 ? "python.exe" : "python");
}
function lightevalIn(venv) {
  return findOnPath("lighteval", { PATH: scriptsDir(venv), PATHEXT: process.env.PATHEXT });
}
async function installStep(what, command, args, env, secrets) {
  const log = programLog();
  const outcome = await runChildProcess({
    command,
    args,
    env: inheritableEnvironment(env),
    output: log.write,
    secrets
  });
  log.flush();
  if (outcome.startError !== void 0)
    throw new LightEvalError(`${what} could not start: ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) throw new LightEvalError(failureMessage(failureHeadline(what, outcome), outcome.tail));
}
async function describeInterpreter(python, secrets) {
  const executable = python.includes("/") || python.includes("\\") ? (0, import_node_path9.resolve)(python) : findOnPath(python, process.env);
  if (executable === void 0) {
    throw new InputError(
      inputMessage(Inputs.Python, `cannot run ${JSON.stringify(python)}: not found; expected a Python 3 interpreter`)
    );
  }
  let printed = "";
  const outcome = await runChildProcess({
    command: executable,
    args: ["--version"],
    env: inheritableEnvironment(process.env),
    secrets,
    output: (_stream, text) => {
      printed += text;
    }
  });
  if (outcome.startError?.code === "ENOENT") {
    throw new InputError(
      inputMessage(Inputs.Python, `cannot run ${JSON.stringify(python)}: not found; expected a Python 3 interpreter`)
    );
  }
  if (outcome.startError !== void 0)
    throw new LightEvalError(`Running ${executable} --version could not start: ${outcome.startError.message}`);
  const version2 = /^Python (3\.\d+\.\d+)\S*\s*$/.exec(printed.trim())?.[1];
  if (outcome.exitCode !== 0 || version2 === void 0) {
    throw new InputError(
      inputMessage(
        Inputs.Python,
        `${JSON.stringify(python)} is not a Python 3 interpreter (${executable} --version printed ${JSON.stringify(printed.trim().slice(0, 200))})`
      )
    );
  }
  return { executable, version: version2 };
}
async function lightevalVersionOf(python, secrets) {
  const { outcome, stdout } = await runPythonScript({
    python,
    source: VERSION_SCRIPT,
    args: [],
    env: inheritableEnvironment(process.env),
    secrets
  });
  if (outcome.startError !== void 0) return { problem: `${python} cannot start: ${outcome.startError.message}` };
  const version2 = stdout.trim();
  if (outcome.exitCode !== 0 || !/^\d+(\.\d+)*\S*$/.test(version2))
    return { problem: `${python} finds no LightEval package` };
  return { version: version2 };
}
function indexEnvironment(settings) {
  return {
    ...settings.indexUrl === void 0 ? {} : { UV_DEFAULT_INDEX: settings.indexUrl, PIP_INDEX_URL: settings.indexUrl },
    ...settings.extraIndexUrls.length === 0 ? {} : { UV_INDEX: settings.extraIndexUrls.join(" "), PIP_EXTRA_INDEX_URL: settings.extraIndexUrls.join(" ") }
  };
}
function shownIndexes(env) {
  return UV_INDEX_VARIABLES.flatMap(
    (name2) => (env[name2] ?? "").split(/\s+/).filter((url) => url !== "").map((url) => `${name2}=${redactBaseUrl(url)}`)
  );
}
async function locateUv(interpreter, toolRoot, env, secrets) {
  const onPath = findOnPath("uv", env);
  if (onPath !== void 0) return onPath;
  const tools = (0, import_node_path9.join)(toolRoot, `lighteval-uv-${UV_VERSION}`);
  const installed = findOnPath("uv", { PATH: scriptsDir(tools), PATHEXT: env.PATHEXT });
  if (installed !== void 0) return installed;
  await installStep(
    `Creating an environment for uv with ${interpreter.executable}`,
    interpreter.executable,
    ["-m", "venv", tools],
    env,
    secrets
  );
  await installStep(
    `Installing uv ${UV_VERSION}`,
    pythonIn(tools),
    ["-m", "pip", "install", "--disable-pip-version-check", `uv==${UV_VERSION}`],
    env,
    secrets
  );
  const uv = findOnPath("uv", { PATH: scriptsDir(tools), PATHEXT: env.PATHEXT });
  if (uv === void 0)
    throw new LightEvalError(`Installing uv ${UV_VERSION} left no uv program in ${scriptsDir(tools)}`);
  return uv;
}
async function installEnvironment(venv, plan, interpreter, env, secrets) {
  const toolRoot = (0, import_node_path9.resolve)(venv, "..");
  const uv = await locateUv(interpreter, toolRoot, env, secrets);
  logLine(`Installing with ${uv} into ${venv}, torch for ${plan.torchBackend}`);
  (0, import_node_fs10.rmSync)(venv, { recursive: true, force: true });
  await installStep(
    "Creating a virtual environment",
    uv,
    ["venv", "--no-python-downloads", "--python", interpreter.executable, venv],
    env,
    secrets
  );
  try {
    await installStep(
      `Installing ${packagesOf(plan).join(" ")}`,
      uv,
      uvInstallArguments(plan, pythonIn(venv)),
      env,
      secrets
    );
  } catch (error2) {
    if (error2 instanceof LightEvalError && plan.torchBackend !== "pypi" && error2.message.includes("download.pytorch.org")) {
      throw new LightEvalError(
        `${error2.message}
${Inputs.TorchBackend} ${plan.torchBackend} takes torch from PyTorch's index (download.pytorch.org): where that is out of reach, set ${Inputs.TorchBackend} to pypi, or ${Inputs.IndexUrl} to a mirror that serves torch.`
      );
    }
    throw error2;
  }
}
async function restoreEnvironment(venv, key) {
  const { isFeatureAvailable, restoreCache } = await Promise.resolve().then(() => __toESM(require("./chunks/cache.cjs"), 1));
  if (!isFeatureAvailable()) return false;
  try {
    return await restoreCache([venv], key) === key;
  } catch (error2) {
    warning(
      `Could not restore the LightEval environment from the cache (${error2 instanceof Error ? error2.message : String(error2)}); installing it`
    );
    return false;
  }
}
async function environmentProblem(venv, version2, secrets) {
  if (lightevalIn(venv) === void 0) return `no lighteval program in ${scriptsDir(venv)}`;
  const found = await lightevalVersionOf(pythonIn(venv), secrets);
  if ("problem" in found) return found.problem;
  return found.version === version2 ? void 0 : `it holds LightEval ${found.version}`;
}
function installedProgram(venv, version2) {
  const program = lightevalIn(venv);
  if (program === void 0)
    throw new LightEvalError(`Installing LightEval ${version2} left no lighteval program in ${scriptsDir(venv)}`);
  return program;
}
async function prepareEnvironment(settings, secrets) {
  const interpreter = await describeInterpreter(settings.python, secrets);
  const env = { ...process.env, ...indexEnvironment(settings) };
  const plan = {
    requirements: settings.requirements,
    torchBackend: settings.torchBackend,
    shownIndexes: shownIndexes(env)
  };
  const name2 = environmentName(plan, interpreter, process.platform, process.arch);
  const venv = (0, import_node_path9.join)(process.env.RUNNER_TEMP || (0, import_node_os3.tmpdir)(), name2.folder);
  const version2 = settings.requirements.version;
  return group(`Preparing LightEval ${version2} with Python ${interpreter.version}`, async () => {
    if ((0, import_node_fs10.existsSync)(venv) && await environmentProblem(venv, version2, secrets) === void 0) {
      logLine(`Using the LightEval environment an earlier step made at ${venv}`);
      return lightevalIn(venv);
    }
    if (settings.cache && await restoreEnvironment(venv, name2.key)) {
      const problem = await environmentProblem(venv, version2, secrets);
      if (problem === void 0) {
        logLine(`Restored the LightEval environment from the cache (${name2.key}) at ${venv}`);
        return lightevalIn(venv);
      }
      warning(
        `The cached LightEval environment ${name2.key} does not run (${problem}): installing it again. Delete that cache entry to stop restoring it.`
      );
      await installEnvironment(venv, plan, interpreter, env, secrets);
      return installedProgram(venv, version2);
    }
    await installEnvironment(venv, plan, interpreter, env, secrets);
    const program = installedProgram(venv, version2);
    if (settings.cache)
      saveState(States.EnvironmentCache, JSON.stringify({ key: name2.key, path: venv }));
    return program;
  });
}
async function lightevalOnPath(settings, secrets) {
  if (settings.mode === "true") return void 0;
  const program = findOnPath("lighteval", process.env);
  if (program === void 0) return void 0;
  const python = pythonOfProgram(program);
  const found = python === void 0 ? { problem: "it is not a Python script" } : await lightevalVersionOf(python, secrets);
  const wanted = settings.requirements.version;
  if ("version" in found && found.version === wanted) {
    logLine(`Using LightEval ${wanted} from PATH: ${program}`);
    return program;
  }
  const what = "version" in found ? `is LightEval ${found.version}` : `is of a version this action cannot tell (${found.problem})`;
  if (settings.mode === "false") {
    warning(
      `The lighteval on PATH (${program}) ${what}, not ${Inputs.LightevalVersion} ${wanted}; using it, since ${Inputs.Install} is false`
    );
    return program;
  }
  logLine(`The lighteval on PATH (${program}) ${what}, not ${wanted}: installing LightEval ${wanted}`);
  return void 0;
}
async function locateLightEval(settings, secrets = []) {
  const onPath = await lightevalOnPath(settings, secrets);
  if (onPath !== void 0) return onPath;
  if (settings.mode === "false") {
    throw new LightEvalError(
      `LightEval is not installed: no lighteval program on PATH, and ${Inputs.Install} is false. Install it in an earlier step, or set ${Inputs.Install} to auto or true.`
    );
  }
  return prepareEnvironment(settings, secrets);
}
var import_node_fs10, import_node_os3, import_node_path9, IS_WINDOWS3, UV_VERSION, LightEvalError, VERSION_SCRIPT;
var init_lighteval_install = __esm({
  "src/action/lighteval-install.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_os3 = require("node:os");
    import_node_path9 = require("node:path");
    init_core();
    init_redact();
    init_child_process();
    init_lighteval_python();
    init_lighteval_run();
    init_command2();
    init_environment_plan();
    init_inputs();
    init_log();
    init_names();
    IS_WINDOWS3 = process.platform === "win32";
    UV_VERSION = "0.13.9";
    LightEvalError = class extends Error {
      name = "LightEvalError";
    };
    VERSION_SCRIPT = 'import importlib.metadata as m; print(m.version("lighteval"))';
  }
});

// src/action/pull-request.ts
function splitFullName(fullName) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName?.trim() ?? "");
  return match?.[1] === void 0 || match[2] === void 0 ? void 0 : { owner: match[1], repo: match[2] };
}
function pullRequestOf(event, repository) {
  const parsed = pullRequestEventSchema.safeParse(event);
  if (!parsed.success) return void 0;
  const { pull_request: pullRequest, repository: eventRepository } = parsed.data;
  const target = splitFullName(eventRepository?.full_name) ?? splitFullName(repository) ?? splitFullName(pullRequest.base.repo.full_name);
  if (target === void 0) return void 0;
  const head = pullRequest.head.repo?.full_name.toLowerCase();
  const fromFork = head === void 0 || head !== pullRequest.base.repo.full_name.toLowerCase();
  return { ...target, number: pullRequest.number, fromFork };
}
function currentPullRequest() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (path === void 0 || path === "") return void 0;
  let event;
  try {
    event = JSON.parse((0, import_node_fs11.readFileSync)(path, "utf8"));
  } catch {
    return void 0;
  }
  return pullRequestOf(event, process.env.GITHUB_REPOSITORY);
}
function isForkPullRequest() {
  return FORK_RESTRICTED_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? "") && currentPullRequest()?.fromFork === true;
}
var import_node_fs11, repositorySchema, pullRequestEventSchema, FORK_RESTRICTED_EVENTS;
var init_pull_request = __esm({
  "src/action/pull-request.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    init_mini();
    repositorySchema = object({ full_name: string2() });
    pullRequestEventSchema = object({
      pull_request: object({
        number: int().check(_positive()),
        // null when the fork the pull request came from was deleted.
        head: object({ repo: nullable(repositorySchema) }),
        base: object({ repo: repositorySchema })
      }),
      repository: optional(repositorySchema)
    });
    FORK_RESTRICTED_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
  }
});

// src/action/evaluation.ts
var evaluation_exports = {};
__export(evaluation_exports, {
  evaluate: () => evaluate
});
function modelNameOf(built) {
  return built.redacted.toDict().metadata.model_name;
}
function skippedOutcome(built, why) {
  notice(why);
  return {
    skipped: true,
    report: noResultsReport(modelNameOf(built), `**Skipped**: ${escapeCell(why)}`),
    passed: false,
    resultsPath: void 0,
    metrics: void 0,
    artifactFiles: [],
    misses: [],
    failure: void 0,
    command: void 0,
    tasks: []
  };
}
function failedOutcome(built, failure2, {
  artifactFiles = [],
  headline = failure2,
  command,
  tasks = []
} = {}) {
  return {
    skipped: false,
    report: noResultsReport(
      modelNameOf(built),
      `\u274C **Failed**: ${escapeCell(headline)} The step's log has the details.`
    ),
    passed: false,
    resultsPath: void 0,
    metrics: void 0,
    artifactFiles,
    misses: [],
    failure: failure2,
    command,
    tasks
  };
}
async function lookUpTasks(evaluation, lightevalVersion, program, secrets) {
  const answer = await queryTaskRegistry({
    program,
    customTasks: evaluation.customTasks,
    multilingual: evaluation.extraArguments.includes("--load-tasks-multilingual"),
    env: inheritableEnvironment(process.env),
    secrets
  });
  if ("unavailable" in answer) {
    return {
      tasks: evaluation.tasks,
      warnings: [
        `${Inputs.Tasks}: the installed LightEval's task registry could not be read (${answer.unavailable}); the tasks go to LightEval unchecked`
      ]
    };
  }
  const { registry: registry2 } = answer;
  const versionNote = registry2.lightevalVersion === lightevalVersion ? [] : [
    `${Inputs.LightevalVersion} is ${lightevalVersion}, but the LightEval that runs is ${registry2.lightevalVersion}`
  ];
  try {
    const looked = normalizeTaskList(evaluation.taskSpecs, lightevalVersion, registry2);
    return {
      tasks: looked.specs,
      warnings: [...versionNote, ...looked.warnings.map((note) => inputMessage(Inputs.Tasks, note))]
    };
  } catch (error2) {
    if (!(error2 instanceof ConfigError)) throw error2;
    return { failure: error2.issues.map((issue3) => inputMessage(Inputs.Tasks, issue3.message)).join("\n") };
  }
}
function preflightNotes(answer) {
  if ("unavailable" in answer)
    return [`no test request could be sent to the provider before the run (${answer.unavailable})`];
  const { outcome } = answer;
  if (outcome.ok || fatalPreflightFailure(outcome) !== void 0) return [];
  return [
    `a test request to the provider before the run failed (${outcome.error}): ${describeCause(causeOf(outcome.error, outcome.message, outcome.status))}; LightEval runs all the same, and retries`
  ];
}
function judgeResults(request, resultsPath, results, ran) {
  const { inputs, evaluation, built } = request;
  const metrics = taskMetricsOf(results);
  const gated = evaluation.thresholds !== void 0 || evaluation.baseline !== void 0;
  const gate = gated ? evaluateGate({
    metrics,
    thresholds: evaluation.thresholds,
    baseline: evaluation.baseline,
    baselineTolerance: evaluation.baselineTolerance
  }) : void 0;
  const total = ran.failures.requested > 0 ? ran.failures.requested : evaluatedSamplesOf(results);
  const requests = judgeRequestFailures(ran.failures.givenUp, total, ran.failures.mainCause(), {
    maxShare: evaluation.maxFailedShare,
    name: Inputs.MaxFailedRequests
  });
  if (requests.level === "warn") warning(requests.message);
  const report = reportMarkdown({
    modelName: modelNameOf(built),
    lightevalVersion: inputs.lightevalVersion,
    tasks: ran.tasks,
    maxSamples: evaluation.maxSamples,
    metrics,
    gate,
    status: requests.level === "fail" || gate?.passed === false ? "failed" : gate === void 0 ? "no-gate" : "passed",
    resultsFile: (0, import_node_path10.relative)(workspaceOf(), resultsPath),
    notes: [...evaluation.warnings, ...ran.notes, ...requests.level === "none" ? [] : [requests.message]]
  });
  return {
    skipped: false,
    report,
    passed: requests.level !== "fail" && (gate?.passed ?? true),
    resultsPath,
    metrics: metricValuesOf(metrics),
    artifactFiles: ran.artifactFiles,
    misses: gate === void 0 ? [] : formatGateFailures(gate),
    failure: requests.level === "fail" ? requests.message : void 0,
    command: ran.command,
    tasks: ran.tasks
  };
}
async function evaluate(request) {
  const { inputs, evaluation, built, written } = request;
  const key = providerKeyOf(built.config.toDict());
  const inheritedKeys = key.litellmVariables.map((name2) => process.env[name2] ?? "").filter((value) => value !== "");
  const keyGiven = inputs.apiKey !== "" || inheritedKeys.length > 0;
  if (key.needsKey && !keyGiven) {
    if (isForkPullRequest()) {
      return skippedOutcome(
        built,
        "this pull request comes from a fork, and workflows of fork pull requests get no secrets, so there is no API key. The configuration was built; LightEval did not run."
      );
    }
    throw new InputError(
      inputMessage(
        Inputs.ApiKey,
        `required to run LightEval with ${key.prefix} (LiteLLM reads its key from ${key.litellmVariable}); pass the key from a secret`
      )
    );
  }
  const secrets = [...request.secrets, ...maskSecrets(inputs.apiKey === "" ? inheritedKeys : [])];
  const scrub = (text) => scrubSecrets(text, secrets);
  let program;
  try {
    program = await locateLightEval(
      {
        mode: evaluation.install,
        python: evaluation.python,
        requirements: { version: inputs.lightevalVersion, extras: evaluation.extras, tasks: evaluation.taskSpecs },
        torchBackend: evaluation.torchBackend,
        cache: evaluation.cacheLighteval,
        indexUrl: evaluation.indexUrl,
        extraIndexUrls: evaluation.extraIndexUrls
      },
      secrets
    );
  } catch (error2) {
    if (error2 instanceof LightEvalError || error2 instanceof InputError)
      return failedOutcome(built, scrub(error2.message));
    throw error2;
  }
  const modelFile = written.secretNativePath ?? written.nativePath;
  const lightevalEnv = lightevalEnvironment(process.env, key.litellmVariables, inputs.apiKey);
  const [lookup, preflight] = await Promise.all([
    lookUpTasks(evaluation, inputs.lightevalVersion, program, secrets),
    sendPreflightRequest(program, modelFile, lightevalEnv)
  ]);
  if ("failure" in lookup) return failedOutcome(built, scrub(lookup.failure));
  const notes = [...lookup.warnings, ...preflightNotes(preflight)].map(scrub);
  const fatal = "outcome" in preflight ? fatalPreflightFailure(preflight.outcome) : void 0;
  if (fatal !== void 0) {
    const headline = `LightEval did not run: a test request to the provider failed, and every request of the run would: ${describeCause(fatal.cause)}.`;
    return failedOutcome(built, scrub(`${headline} The provider's answer: ${fatal.detail}`), {
      headline: scrub(headline)
    });
  }
  for (const note of notes) warning(note);
  const args = lightevalArguments({
    ...evaluation,
    modelFile,
    outputDir: inputs.outputDir,
    tasks: lookup.tasks,
    lightevalVersion: inputs.lightevalVersion
  });
  const command = [program, ...args];
  logLine(`Running ${shownCommand(command)}`);
  const failures = new RequestFailureCounter();
  const log = programLog((line) => failures.line(line));
  const run2 = await group("LightEval's output", async () => {
    const result = await runLightEval({
      program,
      args,
      env: lightevalEnv,
      outputDir: inputs.outputDir,
      timeLimit: evaluation.timeoutMinutes === void 0 ? void 0 : { minutes: evaluation.timeoutMinutes, setting: Inputs.LightevalTimeoutMinutes },
      secrets,
      output: log.write
    });
    log.flush();
    return result;
  });
  const artifactFiles = [...run2.files.results, ...savesDetails(evaluation.extraArguments) ? run2.files.details : []];
  const ran = { artifactFiles, command, tasks: lookup.tasks, notes, failures };
  if (!run2.ok) return failedOutcome(built, run2.failure, { ...ran, headline: run2.headline });
  return judgeResults(request, run2.resultsPath, run2.results, ran);
}
var import_node_path10;
var init_evaluation = __esm({
  "src/action/evaluation.ts"() {
    "use strict";
    import_node_path10 = require("node:path");
    init_core();
    init_errors();
    init_provider_key();
    init_secrets();
    init_command2();
    init_gate();
    init_markdown();
    init_report();
    init_request_failures();
    init_results();
    init_tasks();
    init_lighteval_run();
    init_preflight_request();
    init_task_registry_query();
    init_inputs();
    init_lighteval_install();
    init_names();
    init_log();
    init_pull_request();
    init_secrets2();
  }
});

// src/bundle/manifest.ts
function formatCreatedAt(date2) {
  return date2.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function isCreatedAt(text) {
  if (!CREATED_AT.test(text)) return false;
  const date2 = new Date(text);
  return !Number.isNaN(date2.getTime()) && formatCreatedAt(date2) === text;
}
function defaultBundleName(modelName) {
  const slug2 = modelName.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\./, "_").slice(0, 200);
  return `${slug2 === "" ? "model" : slug2}${BUNDLE_EXTENSION}`;
}
var BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_EXTENSION, CREATED_AT, nonEmpty, ManifestSchema;
var init_manifest = __esm({
  "src/bundle/manifest.ts"() {
    "use strict";
    init_mini();
    BUNDLE_FORMAT = "eval752-export";
    BUNDLE_FORMAT_VERSION = 1;
    BUNDLE_EXTENSION = ".eval752.zip";
    CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    nonEmpty = (what) => string2().check(_minLength(1, { error: `expected ${what}` }));
    ManifestSchema = _lazy(
      () => object({
        format: literal(BUNDLE_FORMAT),
        format_version: literal(BUNDLE_FORMAT_VERSION),
        created_at: string2().check(
          refine(isCreatedAt, { error: "expected an ISO-8601 UTC time to the second, such as 2026-01-02T03:04:05Z" })
        ),
        run_id: nullable(string2()),
        model_name: nonEmpty("a model name"),
        lighteval_version: string2().check(_regex(/^\d+\.\d+\.\d+$/, { error: "expected a LightEval version X.Y.Z" })),
        tasks: array(nonEmpty("a task spec")),
        max_samples: nullable(int().check(_gte(1, { error: "expected a whole number of at least 1" }))),
        /** The LightEval command line that ran (program first), never with the key; null when unknown. */
        command: nullable(array(string2())),
        /** Every entry but the manifest itself, in the bundle's order. */
        files: array(
          strictObject({
            path: nonEmpty("a path"),
            size: int().check(_gte(0)),
            sha256: string2().check(_regex(/^[0-9a-f]{64}$/, { error: "expected 64 lower-case hex digits" }))
          })
        )
      })
    );
  }
});

// src/bundle/paths.ts
function entryPathProblem(path) {
  if (path === "") return "an empty path";
  if (path.includes("\0")) return "a NUL character in the path";
  if (/[\u0001-\u001f\u007f]/.test(path)) return "a control character in the path";
  if (path.includes("\\")) return "a backslash in the path (entries are separated by /)";
  if (path.startsWith("/")) return "an absolute path";
  if (/^[A-Za-z]:/.test(path)) return "a drive letter";
  const segments = path.split("/");
  if (segments.includes("..")) return "a .. segment, which leads out of the bundle";
  if (segments.includes(".")) return "a . segment";
  if (segments.includes("")) return "an empty segment (// or a trailing /)";
  return void 0;
}
function isResultsEntry(path) {
  return RESULTS_ENTRY.test(path) && entryPathProblem(path) === void 0;
}
var MANIFEST_ENTRY, CONFIG_ENTRY, NATIVE_ENTRY, RESULTS_ENTRY, RESULTS_ENTRY_EXPECTED;
var init_paths = __esm({
  "src/bundle/paths.ts"() {
    "use strict";
    MANIFEST_ENTRY = "manifest.json";
    CONFIG_ENTRY = "config.yaml";
    NATIVE_ENTRY = "lighteval-model.yaml";
    RESULTS_ENTRY = /^results\/(?:[^/]+\/)*results_[^/]*\.json$/;
    RESULTS_ENTRY_EXPECTED = "results/<model path>/results_<time>.json, as LightEval laid it out";
  }
});

// src/bundle/contents.ts
function taskKeysOf(results) {
  return Object.keys(results.results).filter((key) => key !== "all" && !key.includes("_average"));
}
function lightevalVersionFor(nativeYaml, given) {
  const written = lightevalVersionOfNativeText(nativeYaml);
  if (given !== void 0) {
    const parsed = LightEvalVersionSchema.safeParse(given);
    if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ["lighteval_version"]));
    if (written !== void 0 && written !== given) {
      throw new ConfigError([
        {
          path: "lighteval_version",
          message: `${given} was given, but ${NATIVE_ENTRY} was written for LightEval ${written} (its first line says so); leave the version out, or rebuild the file for ${given}`
        }
      ]);
    }
    return given;
  }
  if (written === void 0) {
    throw new ConfigError([
      {
        path: "lighteval_version",
        message: `${NATIVE_ENTRY} does not name the LightEval version it was written for (files written before its first line did); give the version it targets`
      }
    ]);
  }
  return written;
}
function schemaIssue(entry, error2) {
  const [issue3] = fieldIssuesFrom(error2);
  return new ConfigError([{ path: entry, message: issue3 === void 0 ? "unexpected layout" : formatIssue(issue3) }]);
}
async function parseConfig(text) {
  const parsed = ConfigDictSchema.safeParse(await parseDocument(text, CONFIG_ENTRY));
  if (!parsed.success) throw schemaIssue(CONFIG_ENTRY, parsed.error);
  return parsed.data;
}
function literalNativeKey(raw) {
  const parameters = isRecord(raw) ? raw.model_parameters : void 0;
  const key = isRecord(parameters) ? parameters.api_key : void 0;
  return typeof key === "string" && key !== "" ? key : void 0;
}
function nativeBaseUrl(raw) {
  const parameters = isRecord(raw) ? raw.model_parameters : void 0;
  const url = isRecord(parameters) ? parameters.base_url : void 0;
  return typeof url === "string" ? url : void 0;
}
function redactedNative(raw, secrets) {
  const withoutKey = isRecord(raw) && isRecord(raw.model_parameters) ? { ...raw, model_parameters: { ...raw.model_parameters, api_key: null } } : raw;
  const parsed = NativeModelFileSchema.safeParse(withoutKey);
  if (!parsed.success) throw schemaIssue(NATIVE_ENTRY, parsed.error);
  const file = parsed.data;
  file.model_parameters.base_url = redactBaseUrl(file.model_parameters.base_url, secrets);
  return file;
}
function preparedResults(results, secrets) {
  if (!isResultsEntry(results.path)) {
    const problem = entryPathProblem(results.path);
    throw new ConfigError([
      {
        path: "results.path",
        message: problem === void 0 ? `expected ${RESULTS_ENTRY_EXPECTED}` : `unsafe path: ${problem}`
      }
    ]);
  }
  const raw = parseResultsText(scrubSecrets(results.text, secrets), results.path);
  const scrubbed = scrubResults(raw, secrets);
  const parsed = LightEvalResultsSchema.safeParse(scrubbed);
  if (!parsed.success) throw schemaIssue(results.path, parsed.error);
  return { bundled: { path: results.path, text: serializeResults(scrubbed) }, document: parsed.data };
}
function withoutPrefix(name2, prefixes) {
  const slash = name2.indexOf("/");
  return slash > 0 && prefixes.includes(name2.slice(0, slash)) ? name2.slice(slash + 1) : name2;
}
function resultsModelMismatch(config2, results) {
  const model = config2.metadata.model_name;
  const prefixes = resolveProviderType(config2.metadata.provider_type)?.prefixes ?? [];
  const general = results.config_general;
  const recorded = [
    ["config_general.model_name", general.model_name],
    [
      "config_general.model_config.model_name",
      isRecord(general.model_config) ? general.model_config.model_name : void 0
    ]
  ];
  for (const [field, name2] of recorded) {
    if (typeof name2 === "string" && withoutPrefix(name2, prefixes) !== withoutPrefix(model, prefixes)) {
      return `${field} is ${JSON.stringify(name2)}, but ${CONFIG_ENTRY} is for ${JSON.stringify(model)}: the results are another model's`;
    }
  }
  return void 0;
}
function tasksFromResults(results, lightevalVersion, warnings) {
  const specs = /* @__PURE__ */ new Set();
  for (const key of taskKeysOf(results)) {
    try {
      const normalized = normalizeTaskSpec(key, lightevalVersion);
      specs.add(normalized.spec);
      if (normalized.warning !== void 0) warnings.push(`tasks: ${normalized.warning}`);
    } catch (error2) {
      if (!(error2 instanceof ConfigError)) throw error2;
      warnings.push(
        `tasks: the results' task key ${JSON.stringify(key)} is not a task spec; it is left out of the manifest`
      );
    }
  }
  return [...specs];
}
function givenTasks(tasks, lightevalVersion, warnings) {
  try {
    const normalized = normalizeTaskList(tasks, lightevalVersion);
    warnings.push(...normalized.warnings.map((warning2) => `tasks: ${warning2}`));
    return normalized.specs;
  } catch (error2) {
    if (error2 instanceof ConfigError)
      throw new ConfigError(error2.issues.map((issue3) => ({ path: "tasks", message: issue3.message })));
    throw error2;
  }
}
function isSampleCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}
function maxSamplesOf(given, results) {
  if (given !== void 0) {
    if (given !== null && !isSampleCount(given)) {
      throw new ConfigError([
        { path: "max_samples", message: `expected a whole number of at least 1, got ${String(given)}` }
      ]);
    }
    return given;
  }
  const recorded = results?.config_general.max_samples;
  return isSampleCount(recorded) ? recorded : null;
}
function uniqueSecrets(secrets) {
  return [...new Set(secrets.filter((secret) => secret !== void 0 && secret !== ""))];
}
async function prepare(source, knownSecrets) {
  const warnings = [];
  const config2 = await parseConfig(source.configYaml);
  const [parameters] = config2.model_parameters;
  const key = providerKeyOf(config2);
  const nativeRaw = await parseDocument(source.nativeYaml, NATIVE_ENTRY);
  const nativeKey = literalNativeKey(nativeRaw);
  const configKey = parameters.api_key !== void 0 && !isRedactedApiKey(parameters.api_key) ? parameters.api_key : void 0;
  const nativeUrl = nativeBaseUrl(nativeRaw);
  const secrets = uniqueSecrets([
    ...source.secrets ?? [],
    ...source.env === void 0 ? [] : keysInEnvironment(key, source.env),
    configKey,
    nativeKey,
    ...baseUrlCredentials(parameters.base_url),
    ...nativeUrl === void 0 ? [] : baseUrlCredentials(nativeUrl)
  ]);
  knownSecrets.push(...secrets);
  if (nativeKey !== void 0)
    warnings.push(`${NATIVE_ENTRY}: held a literal api_key; the bundled file has api_key: null`);
  const lightevalVersion = lightevalVersionFor(source.nativeYaml, source.lightevalVersion);
  const results = source.results === void 0 ? void 0 : preparedResults(source.results, secrets);
  if (results !== void 0) {
    const mismatch = resultsModelMismatch(config2, results.document);
    if (mismatch !== void 0) throw new ConfigError([{ path: results.bundled.path, message: mismatch }]);
  }
  const tasks = source.tasks !== void 0 ? givenTasks(source.tasks, lightevalVersion, warnings) : results === void 0 ? [] : tasksFromResults(results.document, lightevalVersion, warnings);
  if (Number.isNaN(source.createdAt.getTime()))
    throw new ConfigError([{ path: "created_at", message: "not a valid time" }]);
  const native = redactedNative(nativeRaw, secrets);
  if (native.model_parameters.model_name !== config2.metadata.model_name) {
    const names = `model_name is ${JSON.stringify(native.model_parameters.model_name)}, but ${CONFIG_ENTRY} is for ${JSON.stringify(config2.metadata.model_name)}`;
    throw new ConfigError([{ path: NATIVE_ENTRY, message: `${names}: the two files come from different builds` }]);
  }
  return {
    contents: {
      metadata: {
        created_at: formatCreatedAt(source.createdAt),
        run_id: config2.metadata.run_id,
        model_name: config2.metadata.model_name,
        lighteval_version: lightevalVersion,
        tasks,
        max_samples: maxSamplesOf(source.maxSamples, results?.document),
        command: source.command === void 0 || source.command === null ? null : source.command.map((arg) => scrubSecrets(arg, secrets))
      },
      files: {
        configYaml: toYamlText(redactConfigDict(config2, secrets)),
        nativeYaml: nativeFileText(native, lightevalVersion),
        results: results?.bundled
      }
    },
    warnings: warnings.map((warning2) => scrubSecrets(warning2, secrets))
  };
}
async function bundleContentsFrom(source) {
  const secrets = [...source.secrets ?? []];
  try {
    return await prepare(source, secrets);
  } catch (error2) {
    if (!(error2 instanceof ConfigError)) throw error2;
    const scrub = (text) => scrubSecrets(text, secrets);
    throw new ConfigError(
      error2.issues.map((issue3) => ({ path: scrub(issue3.path), message: scrub(issue3.message) }))
    );
  }
}
var init_contents = __esm({
  "src/bundle/contents.ts"() {
    "use strict";
    init_errors();
    init_fields();
    init_native();
    init_parse3();
    init_redact();
    init_schemas3();
    init_secrets();
    init_serialize();
    init_results();
    init_tasks();
    init_provider_key();
    init_providers();
    init_manifest();
    init_paths();
  }
});

// src/bundle/digest.ts
async function sha256Hex(bytes) {
  const { createHash: createHash2 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  return createHash2("sha256").update(bytes).digest("hex");
}
var init_digest = __esm({
  "src/bundle/digest.ts"() {
    "use strict";
  }
});

// src/bundle/create.ts
function bundleEntries(files) {
  return [
    [CONFIG_ENTRY, files.configYaml],
    [NATIVE_ENTRY, files.nativeYaml],
    ...files.results === void 0 ? [] : [[files.results.path, files.results.text]]
  ];
}
function entryTime() {
  return new Date(1980, 0, 1, 0, 0, 0);
}
function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 2)}
`;
}
async function createBundle(contents) {
  const { files, metadata } = contents;
  if (files.results !== void 0 && !isResultsEntry(files.results.path)) {
    const problem = entryPathProblem(files.results.path);
    throw new ConfigError([
      {
        path: "results.path",
        message: problem === void 0 ? `expected ${RESULTS_ENTRY_EXPECTED}` : `unsafe path: ${problem}`
      }
    ]);
  }
  const encoder = new TextEncoder();
  const entries = bundleEntries(files).map(([path, text]) => [path, encoder.encode(text)]);
  const listed = await Promise.all(
    entries.map(async ([path, bytes]) => ({ path, size: bytes.length, sha256: await sha256Hex(bytes) }))
  );
  const parsed = ManifestSchema.safeParse({
    format: BUNDLE_FORMAT,
    format_version: BUNDLE_FORMAT_VERSION,
    created_at: metadata.created_at,
    run_id: metadata.run_id,
    model_name: metadata.model_name,
    lighteval_version: metadata.lighteval_version,
    tasks: metadata.tasks,
    max_samples: metadata.max_samples,
    command: metadata.command,
    files: listed
  });
  if (!parsed.success) throw new ConfigError(fieldIssuesFrom(parsed.error, ["manifest"]));
  const { zipSync } = await Promise.resolve().then(() => __toESM(require("./chunks/zip.cjs"), 1));
  const options = {
    level: COMPRESSION_LEVEL,
    mtime: entryTime(),
    os: ZIP_OS_UNIX,
    attrs: REGULAR_FILE_ATTRIBUTES
  };
  const zippable = {
    [MANIFEST_ENTRY]: [encoder.encode(manifestText(parsed.data)), options]
  };
  for (const [path, bytes] of entries) zippable[path] = [bytes, options];
  return zipSync(zippable);
}
var ZIP_OS_UNIX, REGULAR_FILE_ATTRIBUTES, COMPRESSION_LEVEL;
var init_create = __esm({
  "src/bundle/create.ts"() {
    "use strict";
    init_errors();
    init_digest();
    init_manifest();
    init_paths();
    ZIP_OS_UNIX = 3;
    REGULAR_FILE_ATTRIBUTES = 33188 << 16 >>> 0;
    COMPRESSION_LEVEL = 9;
  }
});

// src/bundle/errors.ts
var init_errors3 = __esm({
  "src/bundle/errors.ts"() {
    "use strict";
    init_errors();
    init_paths();
  }
});

// src/bundle/read.ts
var MIB2, BUNDLE_LIMITS;
var init_read = __esm({
  "src/bundle/read.ts"() {
    "use strict";
    init_errors();
    init_fields();
    init_or_list();
    init_digest();
    init_errors3();
    init_manifest();
    init_paths();
    MIB2 = 1024 * 1024;
    BUNDLE_LIMITS = {
      /** The bundle file itself. */
      bundleBytes: 64 * MIB2,
      /** The manifest, config, native file and one results file. */
      entries: 16,
      entryBytes: 32 * MIB2,
      manifestBytes: 1 * MIB2,
      /** All entries together, as declared. */
      totalBytes: 64 * MIB2
    };
  }
});

// src/io/bundle-file.ts
function writeBundleFile(path, bytes, label2) {
  try {
    (0, import_node_fs12.mkdirSync)((0, import_node_path11.dirname)(path), { recursive: true });
    replaceFile(path, bytes, 438);
  } catch (error2) {
    throw new ConfigError([{ path: label2, message: `cannot write ${path} (${reasonOf(error2)})` }]);
  }
}
var import_node_fs12, import_node_path11;
var init_bundle_file = __esm({
  "src/io/bundle-file.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path11 = require("node:path");
    init_read();
    init_errors();
    init_files();
  }
});

// src/io/export-directory.ts
function creationTime(env, paths) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== void 0 && epoch !== "") {
    if (!/^\d+$/.test(epoch)) {
      throw new ConfigError([
        { path: "SOURCE_DATE_EPOCH", message: "expected whole seconds since 1970-01-01 UTC, such as 1767225600" }
      ]);
    }
    return new Date(Number(epoch) * 1e3);
  }
  const newest = Math.max(...paths.map((path) => (0, import_node_fs13.statSync)(path).mtimeMs));
  return new Date(Math.floor(newest / 1e3) * 1e3);
}
var import_node_fs13;
var init_export_directory = __esm({
  "src/io/export-directory.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    init_create();
    init_contents();
    init_errors();
    init_files();
  }
});

// src/action/export-bundle.ts
var export_bundle_exports = {};
__export(export_bundle_exports, {
  exportBundle: () => exportBundle
});
async function exportBundle({
  inputs,
  built,
  written,
  outcome,
  secrets
}) {
  const resultsPath = outcome?.resultsPath;
  const { contents, warnings } = await bundleContentsFrom({
    configYaml: built.redacted.toYaml(),
    nativeYaml: built.redactedNative.toYaml(),
    // The results file was scrubbed in place when the run ended.
    results: resultsPath === void 0 ? void 0 : {
      path: (0, import_node_path12.relative)(inputs.outputDir, resultsPath).split(import_node_path12.sep).join("/"),
      text: (0, import_node_fs14.readFileSync)(resultsPath, "utf8")
    },
    // The tasks LightEval ran, as its registry names them; before a run, as the inputs wrote them.
    tasks: outcome?.command === void 0 ? inputs.evaluation?.tasks : outcome.tasks,
    maxSamples: inputs.evaluation?.maxSamples ?? null,
    command: outcome?.command ?? null,
    createdAt: creationTime(process.env, [
      written.configPath,
      written.nativePath,
      ...resultsPath === void 0 ? [] : [resultsPath]
    ]),
    secrets,
    env: process.env
  });
  const path = (0, import_node_path12.join)(inputs.outputDir, defaultBundleName(built.redacted.toDict().metadata.model_name));
  try {
    writeBundleFile(path, await createBundle(contents), Inputs.OutputDir);
  } catch (error2) {
    throw asInputError(error2, Inputs.OutputDir);
  }
  return { path, warnings: warnings.map((message) => `${Inputs.ExportBundle}: ${message}`) };
}
var import_node_fs14, import_node_path12;
var init_export_bundle = __esm({
  "src/action/export-bundle.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs");
    import_node_path12 = require("node:path");
    init_contents();
    init_create();
    init_manifest();
    init_bundle_file();
    init_export_directory();
    init_inputs();
    init_names();
  }
});

// src/action/comment.ts
function wellFormed(text) {
  return text.replace(LONE_SURROGATE2, "\uFFFD");
}
function safeKey(key) {
  const safe = wellFormed(key).replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ").replace(/[<>]/g, "-").replace(/-{2,}/g, "-").replace(/\s+/g, " ").trim();
  const cut = Array.from(safe).slice(0, MAX_KEY_LENGTH2).join("").trim();
  return cut === "" ? "default" : cut;
}
function commentMarker(key) {
  return `<!-- lighteval-action:${safeKey(key)} -->`;
}
function openFence2(lines) {
  let open;
  for (const line of lines) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === void 0) continue;
    if (open === void 0) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = void 0;
  }
  return open;
}
function cutAtLineBoundary(text, length) {
  const head = text.slice(0, length);
  const lastBreak = head.lastIndexOf("\n");
  if (lastBreak > 0) return head.slice(0, lastBreak);
  const last = head.charCodeAt(head.length - 1);
  return last >= 55296 && last <= 56319 ? head.slice(0, -1) : head;
}
function commentBody(key, report) {
  const head = `${commentMarker(key)}
`;
  const markdown = wellFormed(report);
  if (head.length + markdown.length <= MAX_COMMENT_LENGTH) return head + markdown;
  const reserved = `

${TRUNCATION_NOTE}`.length + 1 + longestFence2(markdown).length;
  const kept2 = cutAtLineBoundary(markdown, MAX_COMMENT_LENGTH - head.length - reserved).trimEnd();
  const fence = openFence2(kept2.split("\n"));
  const closing = fence === void 0 ? "" : `
${fence}`;
  return `${head}${kept2}${closing}

${TRUNCATION_NOTE}`;
}
function longestFence2(markdown) {
  let longest = "";
  for (const [fence] of markdown.matchAll(/`{3,}|~{3,}/g)) if (fence.length > longest.length) longest = fence;
  return longest;
}
async function authorLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}
async function findComment(client, request, marker, author) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100
  });
  for await (const { data: comments } of pages) {
    const found = comments.find((comment) => comment.user?.login === author && (comment.body ?? "").includes(marker));
    if (found !== void 0) return { id: found.id, body: found.body ?? "", url: found.html_url };
  }
  return void 0;
}
function serverMessage(data) {
  if (typeof data === "string") return data.trim() === "" ? void 0 : data.trim();
  if (!isRecord(data) || typeof data.message !== "string") return void 0;
  const details = Array.isArray(data.errors) ? data.errors.flatMap(
    (detail) => isRecord(detail) && typeof detail.message === "string" ? [detail.message] : []
  ) : [];
  return details.length === 0 ? data.message : `${data.message}: ${details.join("; ")}`;
}
function hint(status, message) {
  if (status === 401) return " (the token is invalid or has expired)";
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return ' (the token is read-only; fork pull requests get such tokens, other workflows need "permissions: pull-requests: write")';
  }
  if (status === 404) return " (no such repository or pull request, or the token cannot see it)";
  return "";
}
function failureReason(error2, apiUrl) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  if (!isRecord(error2) || typeof error2.status !== "number") return message;
  if (!isRecord(error2.response)) return `no answer from ${apiUrl}: ${message}`;
  const reason = (serverMessage(error2.response.data) ?? "no reason given").replace(/\.+$/, "");
  return `${error2.status} ${reason.slice(0, MAX_REASON_LENGTH)}${hint(error2.status, reason)}`;
}
async function attempt(what, request, call) {
  try {
    return await call();
  } catch (error2) {
    const message = `${what}: ${failureReason(error2, request.apiUrl)}`;
    throw new CommentError(scrubSecrets(message, [request.token]));
  }
}
async function createClient(request) {
  const { getOctokit } = await Promise.resolve().then(() => __toESM(require("./chunks/github.cjs"), 1));
  const client = getOctokit(request.token, {
    baseUrl: request.apiUrl.replace(/\/+$/, ""),
    userAgent: "lighteval-action"
  });
  const timeoutMs = request.timeoutMs ?? REQUEST_TIMEOUT_MS;
  client.hook.before("request", (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return client;
}
async function upsertStickyComment(request) {
  const where = `${request.owner}/${request.repo}#${request.issueNumber}`;
  const client = await attempt(`Pull request comment not posted on ${where}`, request, () => createClient(request));
  const marker = commentMarker(request.key);
  const body = commentBody(request.key, request.markdown);
  const author = await authorLogin(client);
  const existing = await attempt(
    `Pull request comments of ${where} not read`,
    request,
    () => findComment(client, request, marker, author)
  );
  if (existing !== void 0 && existing.body === body)
    return { action: "unchanged", id: existing.id, url: existing.url };
  if (existing !== void 0) {
    const { data: data2 } = await attempt(
      `Pull request comment ${existing.id} on ${where} not updated`,
      request,
      () => client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body })
    );
    return { action: "updated", id: data2.id, url: data2.html_url };
  }
  const { data } = await attempt(
    `Pull request comment not posted on ${where}`,
    request,
    () => client.rest.issues.createComment({
      owner: request.owner,
      repo: request.repo,
      issue_number: request.issueNumber,
      body
    })
  );
  return { action: "created", id: data.id, url: data.html_url };
}
var MAX_COMMENT_LENGTH, ACTIONS_BOT_LOGIN, REQUEST_TIMEOUT_MS, MAX_KEY_LENGTH2, TRUNCATION_NOTE, MAX_REASON_LENGTH, LONE_SURROGATE2, CommentError;
var init_comment = __esm({
  "src/action/comment.ts"() {
    "use strict";
    init_fields();
    init_secrets();
    MAX_COMMENT_LENGTH = 65536;
    ACTIONS_BOT_LOGIN = "github-actions[bot]";
    REQUEST_TIMEOUT_MS = 3e4;
    MAX_KEY_LENGTH2 = 200;
    TRUNCATION_NOTE = "_\u2026 truncated: the full report is in the job summary._";
    MAX_REASON_LENGTH = 300;
    LONE_SURROGATE2 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    CommentError = class extends Error {
      name = "CommentError";
    };
  }
});

// src/action/pull-request-comment.ts
var pull_request_comment_exports = {};
__export(pull_request_comment_exports, {
  defaultCommentKey: () => defaultCommentKey,
  postComment: () => postComment
});
function defaultCommentKey(modelName, texts) {
  return digestName([process.env.GITHUB_JOB, modelName], texts);
}
async function postComment({
  githubToken,
  tokenInput,
  key,
  markdown,
  what,
  secrets
}) {
  const pullRequest = currentPullRequest();
  if (pullRequest === void 0) {
    logLine(`Not a pull request: no comment posted; the ${what} is in the step summary.`);
    return;
  }
  if (githubToken === "") {
    warning(`No pull request comment: ${tokenInput} is empty; the ${what} is in the step summary.`);
    return;
  }
  try {
    const posted = await upsertStickyComment({
      token: githubToken,
      apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
      owner: pullRequest.owner,
      repo: pullRequest.repo,
      issueNumber: pullRequest.number,
      key,
      markdown
    });
    logLine(`Pull request comment ${posted.action}: ${posted.url}`);
  } catch (error2) {
    const reason = error2 instanceof CommentError ? error2.message : `Pull request comment not posted: ${String(error2)}`;
    warning(`${scrubSecrets(reason, [...secrets, githubToken])}. The ${what} is in the step summary.`);
  }
}
var init_pull_request_comment = __esm({
  "src/action/pull-request-comment.ts"() {
    "use strict";
    init_core();
    init_secrets();
    init_artifact();
    init_comment();
    init_pull_request();
    init_log();
  }
});

// src/action/main.ts
var import_node_fs15 = require("node:fs");
var import_node_path13 = require("node:path");
init_core();
init_errors();
init_fields();
init_secrets();
init_markdown();
init_files();
init_artifact();

// src/action/configuration.ts
var import_node_fs4 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path5 = require("node:path");
init_core();
init_errors();

// src/config/locate.ts
function pathSegments(path) {
  const segments = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === void 0 ? match[1] ?? "" : Number(match[2]));
  }
  return segments;
}
async function locateField(text, path) {
  const { isNode, LineCounter, parseDocument: parseDocument2 } = await Promise.resolve().then(() => __toESM(require("./chunks/yaml.cjs"), 1));
  const lineCounter = new LineCounter();
  const document = parseDocument2(text, { lineCounter, prettyErrors: false, logLevel: "error", uniqueKeys: false });
  if (document.errors.length > 0) return void 0;
  const segments = pathSegments(path);
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? document.contents : document.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range !== void 0 && node.range !== null) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return void 0;
}

// src/config/service.ts
init_errors();

// src/config/execution.ts
init_errors();
var MAX_USEFUL_CONCURRENCY = 1e3;
var DEFAULT_CONCURRENCY = 10;
var DEFAULT_TIMEOUT_SECONDS = 120;
var DEFAULT_MAX_RETRIES = 8;
var REQUEST_ASSUMPTIONS = {
  firstTokenSeconds: 0.5,
  secondsPerToken: 0.02,
  budgetTokens: 256,
  promptTokens: 500
};
function fromRunConfig(runConfig, key) {
  const nested = runConfig.execution?.[key];
  if (nested !== void 0) return { value: nested, path: joinPath("execution", key) };
  const topLevel = runConfig[key];
  return topLevel === void 0 ? void 0 : { value: topLevel, path: key };
}
function requestRate(limits, budgetTokens) {
  const rates = [
    ...limits.requests_per_minute === void 0 ? [] : [limits.requests_per_minute / 60],
    ...limits.tokens_per_minute === void 0 ? [] : [limits.tokens_per_minute / 60 / (REQUEST_ASSUMPTIONS.promptTokens + budgetTokens)]
  ];
  return rates.length === 0 ? void 0 : Math.min(...rates);
}
function expectedLatency(runConfig, maxNewTokens2) {
  const stated = fromRunConfig(runConfig, "expected_latency_seconds")?.value;
  if (stated !== void 0) return stated;
  const { firstTokenSeconds, secondsPerToken, budgetTokens } = REQUEST_ASSUMPTIONS;
  return firstTokenSeconds + (maxNewTokens2 ?? budgetTokens) * secondsPerToken;
}
function resolveExecution(runConfig, provider, maxNewTokens2) {
  const limits = provider.rate_limits ?? {};
  const sources = {};
  const warnings = [];
  const requested = fromRunConfig(runConfig, "concurrent_requests");
  const rate = requestRate(limits, maxNewTokens2 ?? REQUEST_ASSUMPTIONS.budgetTokens);
  let concurrency = DEFAULT_CONCURRENCY;
  if (requested !== void 0) {
    concurrency = requested.value;
    sources.concurrent_requests = requested.path;
  } else if (limits.max_concurrency !== void 0) {
    concurrency = limits.max_concurrency;
    sources.concurrent_requests = "provider.rate_limits.max_concurrency";
  } else if (rate !== void 0) {
    concurrency = Math.max(1, Math.ceil(rate * expectedLatency(runConfig, maxNewTokens2) - 1e-9));
    sources.concurrent_requests = limits.requests_per_minute !== void 0 ? "provider.rate_limits.requests_per_minute" : "provider.rate_limits.tokens_per_minute";
  }
  const [cap, reason] = limits.max_concurrency !== void 0 && limits.max_concurrency < MAX_USEFUL_CONCURRENCY ? [limits.max_concurrency, "the provider allows no more (provider.rate_limits.max_concurrency)"] : [MAX_USEFUL_CONCURRENCY, `LightEval's HTTP client holds at most ${MAX_USEFUL_CONCURRENCY} connections`];
  if (concurrency > cap) {
    if (requested !== void 0) warnings.push(`${requested.path}: lowered from ${concurrency} to ${cap}; ${reason}`);
    concurrency = cap;
  }
  const timeout = fromRunConfig(runConfig, "timeout");
  const maxRetries = fromRunConfig(runConfig, "max_retries");
  const chatTemplate = fromRunConfig(runConfig, "use_chat_template");
  if (timeout) sources.timeout = timeout.path;
  else if (limits.timeout !== void 0) sources.timeout = "provider.rate_limits.timeout";
  if (maxRetries) sources.max_retries = maxRetries.path;
  else if (limits.max_retries !== void 0) sources.max_retries = "provider.rate_limits.max_retries";
  if (chatTemplate) sources.use_chat_template = chatTemplate.path;
  else if (provider.capabilities?.chat === false) sources.use_chat_template = "provider.capabilities.chat";
  return {
    settings: {
      concurrent_requests: concurrency,
      timeout: timeout?.value ?? limits.timeout ?? DEFAULT_TIMEOUT_SECONDS,
      max_retries: maxRetries?.value ?? limits.max_retries ?? DEFAULT_MAX_RETRIES,
      use_chat_template: chatTemplate?.value ?? provider.capabilities?.chat !== false
    },
    sources,
    warnings
  };
}

// src/config/service.ts
init_fields();

// src/config/generation.ts
init_errors();
init_schemas3();
function placeOf(name2, input, issues) {
  const hasMaxTokens = input.max_tokens !== void 0;
  if (input.max_new_tokens !== void 0 && hasMaxTokens) {
    issues.push({
      path: joinPath(name2, "max_tokens"),
      message: "an alias of max_new_tokens, which is also set here; keep one"
    });
  }
  return {
    name: name2,
    usesMaxTokensAlias: hasMaxTokens && input.max_new_tokens === void 0,
    values: {
      temperature: input.temperature,
      top_p: input.top_p,
      top_k: input.top_k,
      max_new_tokens: input.max_new_tokens ?? input.max_tokens,
      stop: input.stop,
      stop_sequences: input.stop_sequences,
      presence_penalty: input.presence_penalty,
      frequency_penalty: input.frequency_penalty,
      repetition_penalty: input.repetition_penalty,
      seed: input.seed
    }
  };
}
function placesInOrder(runConfig, issues) {
  const places = [];
  if (runConfig.generation) places.push(placeOf("generation", runConfig.generation, issues));
  if (runConfig.sampling) places.push(placeOf("sampling", runConfig.sampling, issues));
  places.push(placeOf("", runConfig, issues));
  return places;
}
function copyField(target, source, field) {
  target[field] = source[field];
}
function resolveGeneration(runConfig, unsupported) {
  const issues = [];
  const places = placesInOrder(runConfig, issues);
  const rejected = new Set(unsupported.map((name2) => name2 === "max_tokens" ? "max_new_tokens" : name2));
  const parameters = {};
  const sources = {};
  const warnings = [];
  for (const field of GENERATION_FIELDS) {
    const place = places.find((candidate) => candidate.values[field] !== void 0);
    if (place === void 0) continue;
    const key = field === "max_new_tokens" && place.usesMaxTokensAlias ? "max_tokens" : field;
    const path = joinPath(place.name, key);
    if (rejected.has(field)) {
      warnings.push(`${path}: dropped; the provider does not accept ${field} (capabilities.unsupported_parameters)`);
      continue;
    }
    copyField(parameters, place.values, field);
    sources[field] = path;
  }
  return { parameters, sources, warnings, issues };
}

// src/config/model-name.ts
function prefixModelName(model, provider) {
  const slash = model.indexOf("/");
  const firstSegment = slash > 0 ? model.slice(0, slash) : void 0;
  if (firstSegment !== void 0 && provider.prefixes.includes(firstSegment)) {
    return `${provider.prefix}/${model.slice(slash + 1)}`;
  }
  return `${provider.prefix}/${model}`;
}

// src/config/service.ts
init_native();
init_providers();
init_redact();
init_schemas3();
init_secrets();
init_serialize();
var LightEvalModelConfig = class {
  warnings;
  /** True when the base URL carries credentials: write the file where only its owner can read it. */
  hasSecrets;
  /** The LightEval version the file targets, `X.Y.Z`: its first line says so. */
  lightevalVersion;
  #file;
  constructor(file, warnings, hasSecrets, lightevalVersion) {
    this.#file = file;
    this.warnings = warnings;
    this.hasSecrets = hasSecrets;
    this.lightevalVersion = lightevalVersion;
  }
  toDict() {
    return structuredClone(this.#file);
  }
  /** The YAML LightEval loads, after a comment line naming the LightEval version it targets. */
  toYaml() {
    return nativeFileText(this.#file, this.lightevalVersion);
  }
};
var LightEvalConfig = class _LightEvalConfig {
  warnings;
  #state;
  constructor(state) {
    this.#state = state;
    this.warnings = state.warnings;
  }
  toDict() {
    return structuredClone(this.#state.dict);
  }
  toYaml() {
    return toYamlText(this.#state.dict);
  }
  toJson() {
    return toJsonText(this.#state.dict);
  }
  /** True when the configuration holds the key or credentials in its base URL. */
  get hasSecrets() {
    const [parameters] = this.#state.dict.model_parameters;
    return !this.#state.isRedacted && (parameters.api_key !== void 0 || this.#baseUrlHasSecrets());
  }
  #baseUrlHasSecrets() {
    const { base_url: baseUrl } = this.#state.dict.model_parameters[0];
    return redactBaseUrl(baseUrl, this.#state.secrets) !== baseUrl;
  }
  /** A copy whose key shows only its vendor prefix (`sk-***`) and whose base URL hides its credentials. */
  redacted() {
    const dict = redactConfigDict(this.#state.dict, this.#state.secrets);
    return new _LightEvalConfig({ ...this.#state, dict, isRedacted: true });
  }
  /**
   * The native file for `lightevalVersion`. Its `api_key` is always null: the key travels in the provider's
   * environment variable. Throws a ConfigError for values LightEval would reject.
   */
  toLightEvalModelConfig(options = {}) {
    const parsed = LightEvalVersionSchema.safeParse(options.lightevalVersion ?? DEFAULT_LIGHTEVAL_VERSION, {
      reportInput: true
    });
    if (!parsed.success) throw this.#error(fieldIssuesFrom(parsed.error, ["lighteval_version"]));
    const { file, warnings, issues } = buildNativeModelFile(this.#state, parsed.data);
    if (issues.length > 0) throw this.#error(issues);
    return new LightEvalModelConfig(
      file,
      warnings.map((warning2) => scrubSecrets(warning2, this.#state.secrets)),
      !this.#state.isRedacted && this.#baseUrlHasSecrets(),
      parsed.data.text
    );
  }
  #error(issues) {
    return scrubbedError(issues, this.#state.secrets);
  }
};
function scrubIssues(issues, secrets) {
  return issues.map(({ path, message }) => ({
    path: scrubSecrets(path, secrets),
    message: scrubSecrets(message, secrets)
  }));
}
function scrubbedError(issues, secrets) {
  return new ConfigError(scrubIssues(issues, secrets));
}
function parseInto(schema, input, root, issues) {
  const result = schema.safeParse(withoutNulls(input), { reportInput: true });
  if (result.success) return result.data;
  issues.push(...fieldIssuesFrom(result.error, root));
  return void 0;
}
function typoWarnings(provider, runConfig) {
  const places = [
    ["provider.", provider, Object.keys(ProviderSchema.shape)],
    [
      "provider.capabilities.",
      isRecord(provider) ? provider.capabilities : void 0,
      Object.keys(CapabilitiesSchema.shape)
    ],
    ["", runConfig, Object.keys(RunConfigSchema.shape)]
  ];
  return places.flatMap(
    ([prefix, value, known]) => isRecord(value) ? likelyTypos(value, known).map(
      ([key, guess]) => `${prefix}${key}: unknown field, ignored; did you mean ${guess}?`
    ) : []
  );
}
function providerWarnings(type, litellm, namesKeyVariableByGuess) {
  if (!litellm.known) {
    return [
      `provider.type: "${type}" is not a known provider type; using "${litellm.prefix}/" as the LiteLLM prefix and ${litellm.keyEnv} as its key variable`
    ];
  }
  if (namesKeyVariableByGuess) {
    return [
      `provider.type: LiteLLM documents no single key variable for ${litellm.prefix}; api_key_env ${litellm.keyEnv} is a guess (set api_key_env to name the variable)`
    ];
  }
  return [];
}
function parseRequest(request) {
  const issues = [];
  const provider = parseInto(ProviderSchema, request.provider, ["provider"], issues);
  const runConfig = parseInto(RunConfigSchema, request.runConfig ?? {}, [], issues);
  const scalars = parseInto(
    BuildScalarsSchema,
    {
      model: request.modelName,
      api_key: request.apiKey,
      api_key_env: request.apiKeyEnv,
      include_api_key: request.includeApiKey,
      run_id: request.runId,
      dataset_id: request.datasetId,
      dataset_name: request.datasetName
    },
    [],
    issues
  );
  const litellm = provider === void 0 ? void 0 : resolveProviderType(provider.type);
  if (provider !== void 0 && litellm?.needsBaseUrl === true && provider.base_url === void 0) {
    issues.push({
      path: "provider.base_url",
      message: `required for provider type "${provider.type}": LiteLLM knows no endpoint for it; expected an http(s) URL`
    });
  }
  const inputs = provider === void 0 || runConfig === void 0 || scalars === void 0 || litellm === void 0 || issues.length > 0 ? void 0 : { provider, litellm, runConfig, scalars };
  return { inputs, provider, runConfig, issues };
}
function generationOf(runConfig, provider) {
  return resolveGeneration(runConfig, provider?.capabilities?.unsupported_parameters ?? []);
}
function assemble(request, { provider, litellm, runConfig, scalars }, generation, secrets) {
  const execution = resolveExecution(runConfig, provider, generation.parameters.max_new_tokens);
  const apiKey = scalars.api_key ?? "";
  const writesKey = scalars.include_api_key && apiKey !== "";
  const keyField = writesKey ? { api_key: apiKey } : { api_key_env: scalars.api_key_env ?? litellm.keyEnv };
  const warnings = [
    ...typoWarnings(request.provider, request.runConfig),
    ...providerWarnings(
      provider.type,
      litellm,
      !writesKey && scalars.api_key_env === void 0 && !litellm.keyEnvDocumented
    ),
    ...generation.warnings,
    ...execution.warnings
  ];
  const modelName = prefixModelName(scalars.model, litellm);
  const { settings } = execution;
  return new LightEvalConfig({
    dict: {
      metadata: {
        provider_id: provider.id,
        provider_name: provider.name,
        provider_type: provider.type,
        model_name: modelName,
        run_id: scalars.run_id,
        dataset_id: scalars.dataset_id,
        dataset_name: scalars.dataset_name
      },
      model_parameters: [
        {
          model_name: modelName,
          provider_type: litellm.prefix,
          base_url: provider.base_url ?? null,
          ...keyField,
          concurrent_requests: settings.concurrent_requests,
          timeout: settings.timeout,
          max_retries: settings.max_retries
        }
      ],
      generation_parameters: generation.parameters,
      execution: { endpoint: "litellm", use_chat_template: settings.use_chat_template }
    },
    systemPrompt: runConfig.system_prompt,
    maxModelLength: runConfig.max_model_length,
    sources: { ...generation.sources, ...execution.sources },
    secrets,
    warnings: warnings.map((warning2) => scrubSecrets(warning2, secrets)),
    isRedacted: false
  });
}
function secretsOf(request) {
  return typeof request.apiKey === "string" && request.apiKey !== "" ? [request.apiKey] : [];
}
var LightEvalConfigService = class {
  /** Throws a ConfigError naming the first invalid field; its message never contains the key. */
  build(request) {
    const secrets = secretsOf(request);
    const parsed = parseRequest(request);
    if (parsed.inputs === void 0) throw scrubbedError(parsed.issues, secrets);
    const generation = generationOf(parsed.inputs.runConfig, parsed.inputs.provider);
    if (generation.issues.length > 0) throw scrubbedError(generation.issues, secrets);
    return assemble(request, parsed.inputs, generation, secrets);
  }
  /**
   * The checks of `build` and of the native file for `options.lightevalVersion`, building nothing, and listing
   * every problem rather than the first: the schema issues of every input (the LightEval version's with them);
   * then the run config's generation issues, when it parsed; then the native file's, when the build succeeds.
   * Never throws for bad input; no message contains the key.
   */
  validate(request, options = {}) {
    const secrets = secretsOf(request);
    const parsed = parseRequest(request);
    const issues = [...parsed.issues];
    const versionText = options.lightevalVersion ?? DEFAULT_LIGHTEVAL_VERSION;
    const version2 = parseInto(LightEvalVersionSchema, versionText, ["lighteval_version"], issues);
    const generation = parsed.runConfig === void 0 ? void 0 : generationOf(parsed.runConfig, parsed.provider);
    issues.push(...generation?.issues ?? []);
    if (parsed.inputs === void 0 || generation === void 0 || version2 === void 0 || issues.length > 0) {
      const warnings = [...typoWarnings(request.provider, request.runConfig), ...generation?.warnings ?? []];
      return {
        issues: scrubIssues(issues, secrets),
        warnings: warnings.map((warning2) => scrubSecrets(warning2, secrets))
      };
    }
    const config2 = assemble(request, parsed.inputs, generation, secrets);
    try {
      const native = config2.toLightEvalModelConfig(options);
      return { issues: [], warnings: [...config2.warnings, ...native.warnings] };
    } catch (error2) {
      if (error2 instanceof ConfigError) return { issues: error2.issues, warnings: config2.warnings };
      throw error2;
    }
  }
};

// src/action/configuration.ts
init_files();
init_inputs();
init_names();
async function fieldError(issue3, inputs) {
  const { input, field, document } = issueSource(issue3, inputs);
  const message = inputMessage(input, issue3.message, field);
  if (document?.file === void 0) return new InputError(message);
  const position = await locateField(document.text, field);
  return new InputError(message, position === void 0 ? void 0 : { file: document.file, ...position });
}
async function buildConfiguration(inputs) {
  try {
    const config2 = new LightEvalConfigService().build({
      provider: inputs.provider,
      modelName: inputs.model,
      apiKey: inputs.apiKey,
      runConfig: inputs.runConfig,
      runId: inputs.runId,
      datasetId: inputs.datasetId,
      datasetName: inputs.datasetName,
      includeApiKey: inputs.includeApiKey,
      apiKeyEnv: inputs.apiKeyEnv
    });
    const options = { lightevalVersion: inputs.lightevalVersion };
    const native = config2.toLightEvalModelConfig(options);
    const redacted = config2.redacted();
    const warnings = [...inputs.warnings, ...config2.warnings, ...native.warnings];
    if (inputs.includeApiKey && inputs.apiKey === "") {
      warnings.push(
        inputMessage(
          Inputs.IncludeApiKey,
          `${Inputs.ApiKey} is empty; the file names the key variable (api_key_env) instead`
        )
      );
    }
    return { config: config2, native, redacted, redactedNative: redacted.toLightEvalModelConfig(options), warnings };
  } catch (error2) {
    if (error2 instanceof ConfigError && error2.issues[0] !== void 0) throw await fieldError(error2.issues[0], inputs);
    throw error2;
  }
}
function makeSecretDir() {
  const directory = (0, import_node_fs4.mkdtempSync)((0, import_node_path5.join)(process.env.RUNNER_TEMP || (0, import_node_os2.tmpdir)(), SECRET_DIR_PREFIX));
  saveState(States.SecretDir, directory);
  return directory;
}
function writeRedactedFiles(inputs, built) {
  try {
    writeFiles(
      inputs.outputDir,
      [
        { name: CONFIG_FILE, text: built.redacted.toYaml(), secret: false },
        { name: NATIVE_FILE, text: built.redactedNative.toYaml(), secret: false }
      ],
      Inputs.OutputDir
    );
  } catch (error2) {
    throw asInputError(error2, Inputs.OutputDir);
  }
}
function writeConfiguration(inputs, built) {
  writeRedactedFiles(inputs, built);
  const secretFiles = [
    ...inputs.includeApiKey ? [{ name: CONFIG_FILE, text: built.config.toYaml(), secret: true }] : [],
    ...built.native.hasSecrets ? [{ name: NATIVE_FILE, text: built.native.toYaml(), secret: true }] : []
  ];
  let secretDir;
  if (secretFiles.length > 0) {
    secretDir = makeSecretDir();
    writeFiles(secretDir, secretFiles, "RUNNER_TEMP");
  }
  const secretPath = (name2) => secretDir !== void 0 && secretFiles.some((file) => file.name === name2) ? (0, import_node_path5.join)(secretDir, name2) : void 0;
  return {
    configPath: (0, import_node_path5.join)(inputs.outputDir, CONFIG_FILE),
    nativePath: (0, import_node_path5.join)(inputs.outputDir, NATIVE_FILE),
    secretConfigPath: secretPath(CONFIG_FILE),
    secretNativePath: secretPath(NATIVE_FILE)
  };
}

// src/action/failure.ts
init_core();
init_secrets();
init_inputs();
function fail(message, location) {
  process.exitCode = 1;
  error(
    message,
    location === void 0 ? {} : { file: location.file, startLine: location.line, startColumn: location.column }
  );
}
function reportFailure(error2, secrets) {
  const scrub = (text) => scrubSecrets(text, secrets);
  if (error2 instanceof InputError) {
    fail(scrub(error2.message), error2.location);
    return;
  }
  if (error2 instanceof Error && error2.stack !== void 0) debug(scrub(error2.stack));
  fail(scrub(error2 instanceof Error ? error2.message : String(error2)));
}

// src/action/main.ts
init_inputs();
init_log();

// src/action/markdown-limits.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var OUTPUT_REPORT_LIMIT = 64 * 1024;
var JSON_OUTPUT_LIMIT = 256 * 1024;
function oversizedJsonOutput(name2, json, whereInstead) {
  if (json.length <= JSON_OUTPUT_LIMIT) return void 0;
  const count = (value) => value.toLocaleString("en-US");
  return `Output "${name2}" is not set: its JSON has ${count(json.length)} characters, more than the ${count(JSON_OUTPUT_LIMIT)} an output may have (GitHub allows 1 MB for all of a job's outputs); ${whereInstead}.`;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
var FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function openFence(markdown) {
  let open;
  for (const line of markdown.split("\n")) {
    const [, fence, rest = ""] = FENCE_LINE.exec(line) ?? [];
    if (fence === void 0) continue;
    if (open === void 0) {
      if (!(fence.startsWith("`") && rest.includes("`"))) open = fence;
    } else if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === "") {
      open = void 0;
    }
  }
  return open;
}
function longestFence(markdown) {
  let longest = 0;
  for (const [, fence = ""] of markdown.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) longest = Math.max(longest, fence.length);
  return longest;
}
function startWithin(markdown, maxBytes) {
  const bytes = Buffer.from(markdown, "utf8");
  const head = bytes.subarray(0, maxBytes);
  const lastBreak = head.lastIndexOf(10);
  if (lastBreak >= 0) return head.subarray(0, lastBreak).toString("utf8");
  let end = head.length;
  while (end > 0 && ((bytes[end] ?? 0) & 192) === 128) end -= 1;
  return head.subarray(0, end).toString("utf8").replace(/[<&][^<>&;]*$/, "");
}
function fitMarkdown(markdown, maxBytes, note) {
  if (utf8Length(markdown) <= maxBytes) return markdown;
  const ending = `

${note}
`;
  const longest = longestFence(markdown);
  const room = maxBytes - utf8Length(ending) - (longest === 0 ? 0 : longest + 1);
  if (room < 0) return "";
  const kept2 = startWithin(markdown, room).trimEnd();
  const fence = openFence(kept2);
  return `${kept2}${fence === void 0 ? "" : `
${fence}`}${ending}`;
}

// src/action/main.ts
init_names();
init_secrets2();

// src/action/summary.ts
var import_node_fs5 = require("node:fs");
init_core();
init_markdown();
function code(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return codeCell(text ?? "null");
}
function table(rows) {
  const lines = Object.entries(rows).filter(([, value]) => value !== void 0).map(([name2, value]) => `| ${escapeCell(name2)} | ${code(value)} |`);
  if (lines.length === 0) return "_none set_\n";
  return ["| parameter | value |", "|---|---|", ...lines, ""].join("\n");
}
function configurationSummary({ config: config2, lightevalVersion, files, warnings }) {
  const { metadata } = config2;
  const [parameters] = config2.model_parameters;
  const sections = [
    "## LightEval configuration\n",
    `**Model** ${code(metadata.model_name)} \xB7 **Provider** ${escapeCell(metadata.provider_name)} (${code(metadata.provider_type)}, id ${code(metadata.provider_id)}) \xB7 **LightEval** ${code(lightevalVersion)}
`,
    "### Model parameters\n",
    table(parameters),
    "### Generation parameters\n",
    table(config2.generation_parameters),
    `Files: ${files.map(code).join(", ")}
`
  ];
  if (warnings.length > 0) {
    sections.push("### Warnings\n", warnings.map((warning2) => `- ${escapeCell(warning2)}`).join("\n") + "\n");
  }
  return `${sections.join("\n")}
`;
}
var SUMMARY_FULL_NOTE = "\u2702\uFE0F **Cut here**: GitHub keeps at most 1 MiB of summary per step.";
async function appendSummary(markdown) {
  const path = process.env.GITHUB_STEP_SUMMARY ?? "";
  if (path === "") return;
  const written = (0, import_node_fs5.statSync)(path, { throwIfNoEntry: false })?.size ?? 0;
  const fitted = fitMarkdown(markdown, STEP_SUMMARY_LIMIT - written, SUMMARY_FULL_NOTE);
  if (fitted === "") return;
  await summary.addRaw(fitted).write();
}

// src/action/main.ts
function recordBaseUrl(provider) {
  return isRecord(provider) && typeof provider.base_url === "string" ? [provider.base_url] : [];
}
function setOutputs(values) {
  for (const [name2, value] of Object.entries(values)) if (value !== void 0) setOutput(name2, value);
}
function jsonOutput(name2, value, whereInstead) {
  const json = JSON.stringify(value);
  const refusal = oversizedJsonOutput(name2, json, whereInstead);
  if (refusal === void 0) return json;
  warning(refusal);
  return void 0;
}
function setConfigurationOutputs(built, written, warnings) {
  const config2 = built.redacted.toDict();
  setOutputs({
    [Outputs.ConfigPath]: written.configPath,
    [Outputs.ConfigJson]: jsonOutput(Outputs.ConfigJson, config2, `${Outputs.ConfigPath} names the file`),
    [Outputs.LightevalConfigPath]: written.nativePath,
    [Outputs.ModelName]: config2.metadata.model_name,
    [Outputs.SecretConfigPath]: written.secretConfigPath,
    [Outputs.Warnings]: jsonOutput(Outputs.Warnings, warnings, "the log shows each warning")
  });
}
var OUTPUT_CUT_NOTE = "\u2702\uFE0F **Cut here** to fit GitHub's limits on outputs: the step summary and the results file in the artifact have the rest.";
function setEvaluationOutputs(outcome) {
  setOutputs({
    [Outputs.ResultsPath]: outcome.resultsPath,
    [Outputs.Metrics]: outcome.metrics === void 0 ? void 0 : jsonOutput(Outputs.Metrics, outcome.metrics, `${Outputs.ResultsPath} names the results file`),
    [Outputs.Passed]: String(outcome.passed),
    [Outputs.Skipped]: String(outcome.skipped),
    [Outputs.SummaryMarkdown]: fitMarkdown(outcome.report, OUTPUT_REPORT_LIMIT, OUTPUT_CUT_NOTE)
  });
}
function modelNameOf2(built) {
  return built.redacted.toDict().metadata.model_name;
}
async function artifactNameOf(inputs, built) {
  return inputs.artifactName ?? defaultArtifactName({
    runId: inputs.runId,
    modelName: modelNameOf2(built),
    files: [built.redacted.toYaml(), built.redactedNative.toYaml()],
    tasks: inputs.evaluation?.taskSpecs ?? [],
    inputs: Object.fromEntries(Object.values(Inputs).map((name2) => [name2, getInput(name2)])),
    env: process.env
  });
}
function textIfAny(path) {
  try {
    return (0, import_node_fs15.readFileSync)(path, "utf8");
  } catch {
    return void 0;
  }
}
var RUN_ID_LINE = /^ {2}run_id: .*$/m;
function refuseFolderInUse(inputs, built) {
  const comparable = (text) => text.replace(RUN_ID_LINE, "  run_id:");
  const ours = [
    [CONFIG_FILE, built.redacted.toYaml()],
    [NATIVE_FILE, built.redactedNative.toYaml()]
  ];
  const others = ours.filter(([name2, text]) => comparable(textIfAny((0, import_node_path13.join)(inputs.outputDir, name2)) ?? text) !== comparable(text)).map(([name2]) => name2);
  if (others.length === 0) return;
  throw new InputError(
    inputMessage(
      Inputs.OutputDir,
      `${inputs.outputDir} already holds ${others.join(" and ")} of another configuration (another step's, or an earlier job's in a reused workspace); give each step its own ${Inputs.OutputDir}, or empty it first`
    )
  );
}
function artifactLine(name2, url) {
  return `Artifact: ${url === void 0 ? codeCell(name2) : `[${escapeCell(name2)}](${url})`}
`;
}
async function upload(inputs, name2, files) {
  const artifact = await uploadArtifact({
    name: name2,
    files,
    rootDirectory: inputs.outputDir,
    retentionDays: inputs.retentionDays
  });
  setOutputs({ [Outputs.ArtifactId]: String(artifact.id), [Outputs.ArtifactUrl]: artifact.url });
  if (inputs.summary) await appendSummary(artifactLine(name2, artifact.url));
  return artifact;
}
async function buildAndRun(inputs, secrets) {
  const scrub = (text) => scrubSecrets(text, secrets);
  const built = await buildConfiguration(inputs);
  refuseFolderInUse(inputs, built);
  const written = writeConfiguration(inputs, built);
  const warnings = built.warnings.map(scrub);
  setConfigurationOutputs(built, written, warnings);
  const shownFiles = [written.configPath, written.nativePath].map((path) => (0, import_node_path13.relative)(workspaceOf(), path));
  logLine(`Wrote ${shownFiles.join(" and ")}`);
  for (const message of warnings) warning(message);
  if (inputs.summary) {
    await appendSummary(
      configurationSummary({
        config: built.redacted.toDict(),
        lightevalVersion: inputs.lightevalVersion,
        files: shownFiles,
        warnings
      })
    );
  }
  const outcome = inputs.evaluation === void 0 ? void 0 : await (await Promise.resolve().then(() => (init_evaluation(), evaluation_exports))).evaluate({ inputs, evaluation: inputs.evaluation, built, written, secrets });
  if (outcome !== void 0) {
    setEvaluationOutputs(outcome);
    if (inputs.summary) await appendSummary(outcome.report);
  }
  let bundle;
  let exportFailure;
  if (inputs.exportBundle) {
    try {
      bundle = await (await Promise.resolve().then(() => (init_export_bundle(), export_bundle_exports))).exportBundle({ inputs, built, written, outcome, secrets });
      setOutputs({ [Outputs.BundlePath]: bundle.path });
      logLine(`Wrote ${(0, import_node_path13.relative)(workspaceOf(), bundle.path)}`);
      for (const message of bundle.warnings) warning(scrub(message));
    } catch (error2) {
      if (!(error2 instanceof InputError || error2 instanceof ConfigError)) throw error2;
      exportFailure = error2 instanceof InputError ? error2.message : inputMessage(Inputs.ExportBundle, error2.message);
    }
  }
  const name2 = inputs.uploadArtifact ? await artifactNameOf(inputs, built) : "";
  let uploadFailure;
  let artifact;
  if (inputs.uploadArtifact) {
    try {
      const files = [
        written.configPath,
        written.nativePath,
        ...outcome?.artifactFiles ?? [],
        ...bundle === void 0 ? [] : [bundle.path]
      ];
      artifact = await upload(inputs, name2, files);
    } catch (error2) {
      if (!(error2 instanceof ArtifactError)) throw error2;
      uploadFailure = error2.message;
    }
  }
  if (outcome !== void 0 && inputs.evaluation?.comment === true) {
    const { defaultCommentKey: defaultCommentKey2, postComment: postComment2 } = await Promise.resolve().then(() => (init_pull_request_comment(), pull_request_comment_exports));
    const key = inputs.evaluation.commentKey ?? inputs.artifactName ?? await defaultCommentKey2(modelNameOf2(built), [built.redactedNative.toYaml(), inputs.evaluation.tasks.join(",")]);
    const markdown = artifact === void 0 ? outcome.report : `${outcome.report}
${artifactLine(name2, artifact.url)}`;
    await postComment2({
      githubToken: inputs.evaluation.githubToken,
      tokenInput: Inputs.GithubToken,
      key,
      markdown,
      what: "report",
      secrets
    });
  }
  for (const miss of outcome?.misses ?? []) fail(scrub(miss));
  if (outcome?.failure !== void 0) fail(scrub(outcome.failure));
  if (exportFailure !== void 0) fail(scrub(exportFailure));
  if (uploadFailure !== void 0) fail(scrub(uploadFailure));
}
async function run() {
  let secrets = [readApiKey()];
  try {
    const baseUrlInput = getInput(Inputs.BaseUrl);
    const indexUrls = [
      getInput(Inputs.IndexUrl),
      getInput(Inputs.ExtraIndexUrls),
      ...[...UV_INDEX_VARIABLES, ...PIP_INDEX_VARIABLES].map((name2) => process.env[name2] ?? "")
    ].flatMap((urls) => urls.split(/\s+/)).filter((url) => url !== "");
    secrets = maskSecrets([...secrets, getInput(Inputs.GithubToken)], [baseUrlInput, ...indexUrls]);
    const inputs = await readInputs();
    secrets = [
      ...secrets,
      ...maskSecrets(
        [],
        recordBaseUrl(inputs.provider).filter((url) => url !== baseUrlInput)
      )
    ];
    await buildAndRun(inputs, secrets);
  } catch (error2) {
    reportFailure(error2, secrets);
  }
}

// src/index.ts
void run();
