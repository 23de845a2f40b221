import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/config/errors.ts
function formatIssue(issue) {
  return issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
}
var ConfigError = class extends Error {
  name = "ConfigError";
  issues;
  constructor(issues) {
    const [first] = issues;
    if (first === void 0) throw new TypeError("ConfigError needs at least one issue");
    super(formatIssue(first));
    this.issues = issues;
  }
};
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
var SHOWN_STRING_LENGTH = 40;
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    return value.length > SHOWN_STRING_LENGTH ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function fieldIssuesFrom(error, root = []) {
  return error.issues.map((issue) => ({ path: formatPath([...root, ...issue.path]), message: issue.message }));
}
function scrubSecrets(text, secrets) {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret === "") continue;
    for (const form of /* @__PURE__ */ new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
      scrubbed = scrubbed.split(form).join("***");
    }
  }
  return scrubbed;
}

export {
  ConfigError,
  joinPath,
  describeValue,
  fieldIssuesFrom,
  scrubSecrets
};
