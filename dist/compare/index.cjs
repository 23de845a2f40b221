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

// src/config/errors.ts
function formatIssue(issue3) {
  return issue3.path === "" ? issue3.message : `${issue3.path}: ${issue3.message}`;
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
  const kept = Math.max(0, ...forms.map((form) => form.length - 1));
  const scrub = (text) => {
    const ends = occurrenceEnds(text, forms);
    return ends === void 0 ? text : masked(text, ends, text.length);
  };
  const settle = (text) => {
    const ends = occurrenceEnds(text, forms) ?? new Int32Array(text.length);
    let cut = 0;
    let reach = 0;
    for (let at = 0; at <= text.length - kept; at += 1) {
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
    var distance2 = function(a, b) {
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
    exports2.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
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
function $constructor(name, initializer2, proto, params) {
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
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
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
  Object.defineProperty(Definition, "name", { value: name });
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
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
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
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
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
    init_core();
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
    init_core();
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
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
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
    init_core();
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
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
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
    init_core2();
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
    init_core2();
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
    init_core2();
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
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
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
function didYouMean(name, known) {
  if (known.length === 0) return void 0;
  const candidate = (0, import_fastest_levenshtein.closest)(name, [...known]);
  const edits = (0, import_fastest_levenshtein.distance)(name, candidate);
  return edits <= Math.max(2, Math.floor(name.length / 3)) && edits < Math.min(name.length, candidate.length) ? candidate : void 0;
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

// src/lighteval/markdown.ts
function visibleControls(text) {
  return text.replace(INVISIBLE, (character) => {
    const short = SHORT_ESCAPES[character];
    if (short !== void 0) return short;
    const code = (character.codePointAt(0) ?? 0).toString(16);
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
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

// src/lighteval/results.ts
function stringEnd(text, start) {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
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
var MAX_RESULTS_DEPTH, TOO_DEEP, NON_FINITE, BACKSLASH, MetricValueSchema, TaskResultsSchema, ResultsMappingSchema, LightEvalResultsSchema, TaskConfigsSchema, STDERR_SUFFIX, MetricsOutputSchema;
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
    BACKSLASH = 92;
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
  }
});

// src/lighteval/gate.ts
var LIMIT_KEYS, LIMIT_EXPECTED, bound, limitShape, limitMapping, LimitSchema, TASK_LIMITS_EXPECTED, TaskLimitsSchema, ThresholdsSchema;
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
        refine((name) => MODEL_NAME.test(name) && !name.endsWith("/"), {
          error: expectation("a model name without spaces, such as gpt-4o-mini or openai/gpt-4o-mini")
        })
      ),
      // Never echoed: this is the secret.
      api_key: optional(string2({ error: "expected a string" })),
      // Never echoed: people paste the key itself where its variable's name belongs.
      api_key_env: optional(
        string2({ error: "expected an environment variable name" }).check(
          refine((name) => ENV_NAME.test(name), {
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

// src/action/compare.ts
var import_node_path2 = require("node:path");

// node_modules/@actions/core/lib/command.js
var os = __toESM(require("os"), 1);

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

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
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
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require("crypto"), 1);
var fs = __toESM(require("fs"), 1);
var os2 = __toESM(require("os"), 1);
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
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
var os4 = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter = function(thisArg, _arguments, P, generator) {
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
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
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
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
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
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
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
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require("os"), 1);
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
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
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/compare.ts
init_errors();
init_secrets();

// src/io/results-scan.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
init_errors();
init_fields();
init_markdown();
init_results();

// src/io/files.ts
init_errors();

// src/config/parse.ts
init_errors();
var MIB = 1024 * 1024;

// src/io/files.ts
var REASONS = {
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
function reasonOf(error2) {
  const code = error2 instanceof Error && "code" in error2 ? String(error2.code) : void 0;
  return code !== void 0 && REASONS[code] || (error2 instanceof Error ? error2.message : String(error2));
}
var MAX_TEXT_FILE_BYTES = 32 * MIB;

// src/io/results-scan.ts
var JSON_FILE = /\.json$/i;
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function isIgnoredFolder(name) {
  return name.startsWith(".") || name === "node_modules";
}
function displayPath(path, root) {
  const fromRoot = (0, import_node_path.relative)(root, path);
  if (fromRoot === "") return ".";
  if (fromRoot === ".." || fromRoot.startsWith(`..${import_node_path.sep}`) || (0, import_node_path.isAbsolute)(fromRoot)) return path;
  return fromRoot.split(import_node_path.sep).join("/");
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
var FileWalk = class {
  constructor(root) {
    this.root = root;
  }
  root;
  items = [];
  seen = /* @__PURE__ */ new Set();
  /** `named`: given as a path, so read whatever its name; otherwise only `*.json` files and unignored folders. */
  visit(path, named) {
    const pending = [];
    const enter = (children) => {
      for (const child of children.reverse()) pending.push(child);
    };
    enter(this.visitOne(path, named));
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) enter(this.visitOne(next, false));
  }
  skip(path, reason) {
    this.items.push({ skipped: { path: displayPath(path, this.root), reason } });
  }
  /** Records `path` when it is a file to read; returns the paths in it to visit next when it is a folder. */
  visitOne(path, named) {
    let stats;
    let realPath;
    try {
      stats = (0, import_node_fs.statSync)(path);
      realPath = (0, import_node_fs.realpathSync)(path);
    } catch (error2) {
      if (named || JSON_FILE.test(path)) this.skip(path, `cannot read (${reasonOf(error2)})`);
      return [];
    }
    if (stats.isDirectory()) {
      if (!named && isIgnoredFolder((0, import_node_path.basename)(path))) return [];
      if (this.seen.has(realPath)) return [];
      this.seen.add(realPath);
      return this.entriesOf(path);
    }
    if (stats.isFile()) {
      if (!named && !JSON_FILE.test(path)) return [];
      if (this.seen.has(realPath)) return [];
      this.seen.add(realPath);
      this.items.push({ file: path });
    } else if (named) {
      this.skip(path, "not a file or folder");
    }
    return [];
  }
  entriesOf(folder) {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(folder, { withFileTypes: true });
    } catch (error2) {
      this.skip(folder, `cannot list the folder (${reasonOf(error2)})`);
      return [];
    }
    return entries.sort(byName).map((entry) => (0, import_node_path.join)(folder, entry.name));
  }
};
function issueWhere(path) {
  const [section, ...rest] = path.map(String);
  if (section === void 0) return "";
  if (section === "results") return ["results", "<task>", "<metric>"].slice(0, rest.length + 1).join(".");
  return [section, ...rest].join(".");
}
var TOP_LEVEL_KEYS = ["config_general", "results"];
function layoutProblem(parsed, issues) {
  if (isRecord(parsed)) {
    const absent = TOP_LEVEL_KEYS.filter((key) => !Object.hasOwn(parsed, key));
    if (absent.length > 0) return `no ${absent.join(" or ")}`;
  }
  const [issue3] = issues;
  if (issue3 === void 0) return "unexpected layout";
  const where = issueWhere(issue3.path);
  return where === "" ? issue3.message : `${where}: ${issue3.message}`;
}
function readResultsFile(file, shownPath) {
  let text;
  try {
    if ((0, import_node_fs.statSync)(file).size > MAX_FILE_BYTES)
      return { reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not a results file` };
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch (error2) {
    return { reason: `cannot read (${reasonOf(error2)})` };
  }
  let parsed;
  try {
    parsed = parseResultsText(text, shownPath);
  } catch (error2) {
    if (error2 instanceof ConfigError) return { reason: error2.issues[0]?.message ?? "not valid JSON" };
    throw error2;
  }
  const checked = LightEvalResultsSchema.safeParse(parsed);
  if (!checked.success) return { reason: `not LightEval results (${layoutProblem(parsed, checked.error.issues)})` };
  const hasMetric = Object.values(taskMetricsOf(checked.data)).some((metrics) => Object.keys(metrics).length > 0);
  return hasMetric ? { results: checked.data } : { reason: "LightEval results without any metric" };
}
function scanResults(paths, root = process.cwd()) {
  const absoluteRoot = (0, import_node_path.resolve)(root);
  const missing = paths.flatMap((path) => {
    try {
      (0, import_node_fs.statSync)((0, import_node_path.resolve)(absoluteRoot, path));
      return [];
    } catch (error2) {
      const reason = reasonOf(error2);
      return [
        {
          path: visibleControls(path),
          message: reason === "no such file" ? "no such file or folder" : `cannot read (${reason})`
        }
      ];
    }
  });
  if (missing.length > 0) throw new ConfigError(missing);
  const walk = new FileWalk(absoluteRoot);
  for (const path of paths) walk.visit((0, import_node_path.resolve)(absoluteRoot, path), true);
  const found = [];
  const skipped = [];
  for (const item of walk.items) {
    if ("skipped" in item) {
      skipped.push(item.skipped);
      continue;
    }
    const shownPath = displayPath(item.file, absoluteRoot);
    const reading = readResultsFile(item.file, shownPath);
    if ("results" in reading) found.push({ path: shownPath, results: reading.results });
    else skipped.push({ path: shownPath, reason: reading.reason });
  }
  return { found, skipped };
}

// src/action/compare.ts
init_markdown();

// src/lighteval/matrix.ts
init_fields();
init_markdown();

// src/lighteval/report.ts
init_gate();
init_markdown();
var DECIMALS = 4;
function formatMetric(value) {
  if (value === null || Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -DECIMALS) return String(Number(value.toPrecision(DECIMALS)));
  const fixed = value.toFixed(DECIMALS);
  return fixed.includes("e") ? fixed : fixed.replace(/\.?0+$/, "");
}

// src/lighteval/matrix.ts
init_results();
var LOWER_IS_BETTER_WORDS = /* @__PURE__ */ new Set([
  "perplexity",
  "ppl",
  "bpb",
  "loss",
  "error",
  "errors",
  "ter",
  "wer",
  "cer",
  "distance"
]);
function isLowerBetter(metric) {
  const name = (metric.split(":")[0] ?? "").toLowerCase();
  return name.includes("bits_per_byte") || name.split(/[^\p{L}\p{N}]+/u).some((word) => LOWER_IS_BETTER_WORDS.has(word));
}
function bestOf(values, lowerIsBetter) {
  const numbers = values.filter((value) => typeof value === "number" && Number.isFinite(value));
  if (numbers.length < 2) return values.map(() => false);
  const best = numbers.reduce((a, b) => lowerIsBetter ? Math.min(a, b) : Math.max(a, b));
  return values.map((value) => value === best);
}
function nonEmptyString2(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function modelNameOf(results) {
  const general = results.config_general;
  const modelConfig = general.model_config;
  return nonEmptyString2(general["model_name"]) ?? (isRecord(modelConfig) ? nonEmptyString2(modelConfig["model_name"]) : void 0);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash);
}
function chosenFolderOf(path, modelName) {
  const folder = folderOf(path);
  if (modelName === void 0) return folder;
  const added = `results/${modelName}`;
  if (folder === added) return ".";
  return folder.endsWith(`/${added}`) ? folder.slice(0, -added.length - 1) : folder;
}
function distinctLabels(group) {
  const kinds = [
    group.map(({ path, modelName }) => chosenFolderOf(path, modelName)),
    group.map(({ path }) => folderOf(path))
  ];
  return kinds.find((labels) => new Set(labels).size === labels.length) ?? group.map(({ path }) => path);
}
function columnsOf(documents) {
  const named = documents.map((document) => ({ document, modelName: modelNameOf(document.results), path: document.path })).sort(
    (a, b) => Number(a.modelName === void 0) - Number(b.modelName === void 0) || compareText(a.modelName ?? "", b.modelName ?? "") || compareText(a.path, b.path)
  );
  const groups = /* @__PURE__ */ new Map();
  named.forEach(({ modelName, path }, index) => {
    const group = groups.get(modelName);
    if (group === void 0) groups.set(modelName, [{ index, path, modelName }]);
    else group.push({ index, path, modelName });
  });
  const labels = named.map(() => void 0);
  for (const [modelName, group] of groups) {
    if (group.length < 2 && modelName !== void 0) continue;
    const groupLabels = distinctLabels(group);
    group.forEach(({ index }, position) => {
      labels[index] = groupLabels[position];
    });
  }
  return {
    columns: named.map(({ modelName, path }, index) => ({ modelName, path, label: labels[index] })),
    documents: named.map(({ document }) => document)
  };
}
var OVERALL_TASK = "all";
function suitelessKey(key) {
  const parts = key.split("|");
  const [, task, fewshot] = parts;
  return parts.length === 3 && task !== void 0 && fewshot !== void 0 && /^\d+$/.test(fewshot) ? `${task}|${fewshot}` : key;
}
function rowTaskKeys(taskKeysByFile) {
  const clashing = /* @__PURE__ */ new Set();
  for (const keys of taskKeysByFile) {
    const seen = /* @__PURE__ */ new Set();
    for (const key of keys) {
      const row = suitelessKey(key);
      if (seen.has(row)) clashing.add(row);
      seen.add(row);
    }
  }
  const spellings = /* @__PURE__ */ new Map();
  for (const key of taskKeysByFile.flat()) {
    const row = suitelessKey(key);
    if (clashing.has(row)) continue;
    spellings.set(row, (spellings.get(row) ?? /* @__PURE__ */ new Set()).add(key));
  }
  return (key) => {
    const row = suitelessKey(key);
    if (clashing.has(row)) return key;
    return spellings.get(row)?.size === 1 ? key : row;
  };
}
function rowsOf(documents) {
  const metricsByColumn = documents.map(({ results }) => taskMetricsOf(results));
  const rowOf = rowTaskKeys(metricsByColumn.map((metrics) => Object.keys(metrics)));
  const table2 = /* @__PURE__ */ new Map();
  metricsByColumn.forEach((metrics, column) => {
    for (const [taskKey, taskMetrics] of Object.entries(metrics)) {
      const task = rowOf(taskKey);
      const rows = table2.get(task) ?? /* @__PURE__ */ new Map();
      table2.set(task, rows);
      for (const [metric, { value }] of Object.entries(taskMetrics)) {
        const values = rows.get(metric) ?? documents.map(() => void 0);
        values[column] = value;
        rows.set(metric, values);
      }
    }
  });
  const tasks = [...table2.keys()].sort((a, b) => Number(a === OVERALL_TASK) - Number(b === OVERALL_TASK));
  return tasks.flatMap(
    (task) => [...table2.get(task) ?? []].map(([metric, values]) => {
      const lowerIsBetter = isLowerBetter(metric);
      return { task, metric, lowerIsBetter, values, best: bestOf(values, lowerIsBetter) };
    })
  );
}
var MISSING = "\u2014";
var UNNAMED = "(no model name)";
function heading(columns) {
  if (columns.length === 0) return "## LightEval results: nothing to compare\n";
  if (columns.length === 1) return "## LightEval results: 1 model\n";
  const models = new Set(columns.map(({ modelName }) => modelName)).size;
  return models === columns.length ? `## LightEval results: ${models} models compared
` : `## LightEval results: ${columns.length} runs of ${plural(models, "model")} compared
`;
}
function headerCell({ modelName, label: label2 }) {
  const name = modelName === void 0 ? escapeCell(UNNAMED) : codeCell(modelName);
  return label2 === void 0 ? name : `${name}<br>${codeCell(label2)}`;
}
function valueCells(row) {
  const bestText = row.values.filter((value, column) => row.best[column] === true && typeof value === "number").map(formatMetric)[0];
  const roundingHidesBest = row.values.some(
    (value, column) => row.best[column] !== true && typeof value === "number" && formatMetric(value) === bestText
  );
  return row.values.map((value, column) => {
    if (value === void 0) return MISSING;
    const shown = formatMetric(value);
    const text = escapeCell(roundingHidesBest && value !== null && shown === bestText ? String(value) : shown);
    return row.best[column] === true ? `**${text}**` : text;
  });
}
function table(columns, rows) {
  if (rows.length === 0) return "_The results hold no metrics._\n";
  const lines = [
    `| task | metric | ${columns.map(headerCell).join(" | ")} |`,
    `|---|---|${columns.map(() => "--:|").join("")}`,
    ...rows.map((row) => `| ${[codeCell(row.task), codeCell(row.metric), ...valueCells(row)].join(" | ")} |`)
  ];
  return `${lines.join("\n")}
`;
}
var BEST_VALUE_RULE = `The best value of each row is in **bold** when at least two models have a number there (ties all bold): the highest, or the lowest for metrics named with perplexity, ppl, bpb, bits_per_byte, loss, error, ter, wer, cer or distance. ${MISSING} means the file has no such metric; NaN, that LightEval wrote NaN.`;
function skippedList(skipped) {
  const items = skipped.map(({ path, reason }) => `- ${codeCell(path)}: ${escapeCell(reason)}`);
  return `### Skipped

${items.join("\n")}
`;
}
function compareResults(documents, skipped = []) {
  const { columns, documents: sorted } = columnsOf(documents);
  const rows = rowsOf(sorted);
  const sections = [heading(columns)];
  if (columns.length === 0) sections.push("_No LightEval results were found._\n");
  else sections.push(table(columns, rows), `${BEST_VALUE_RULE}
`);
  if (skipped.length > 0) sections.push(skippedList(skipped));
  return { columns, rows, skipped, markdown: sections.join("\n") };
}

// src/action/names.ts
var Inputs = {
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
var CompareInputs = {
  ResultsDir: "results-dir",
  Summary: "summary",
  Comment: "comment",
  CommentKey: "comment-key",
  GithubToken: "github-token"
};
var CompareOutputs = {
  SummaryMarkdown: "summary-markdown"
};

// src/action/artifact.ts
function slug(text) {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
}
async function digestName(parts, texts) {
  const { createHash } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const digest = createHash("sha256");
  for (const text of texts) digest.update(text).update("\0");
  const slugs = [
    "lighteval",
    ...parts.map((part) => part === void 0 ? "" : slug(part)),
    digest.digest("hex").slice(0, 8)
  ];
  return slugs.filter((part) => part !== "").join("-");
}
var UNDIGESTED_INPUTS = /* @__PURE__ */ new Set([
  Inputs.ApiKey,
  Inputs.GithubToken,
  Inputs.Provider,
  Inputs.BaseUrl,
  Inputs.ArtifactName
]);

// src/action/inputs.ts
init_errors();
init_fields();
init_or_list();

// src/config/native.ts
var DEFAULT_LIGHTEVAL_VERSION = "0.13.0";
var [NEWEST_KNOWN_MAJOR = 0, NEWEST_KNOWN_MINOR = 0] = DEFAULT_LIGHTEVAL_VERSION.split(".").map(Number);

// src/action/inputs.ts
init_schemas3();

// src/lighteval/torch-backend.ts
var DEFAULT_TORCH_BACKEND = "cpu";

// src/action/inputs.ts
var InputError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
  }
  location;
  name = "InputError";
};
function inputMessage(input, message, field = "") {
  return field === "" ? `Input "${input}": ${message}` : `Input "${input}", field ${field}: ${message}`;
}
var INPUT_DEFAULTS = {
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
function optionalInput(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback) {
  const value = optionalInput(name);
  if (value === void 0) return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new InputError(inputMessage(name, `expected true or false, got ${describeValue(value)}`));
  }
}
var MAX_TIMEOUT_MINUTES = Math.floor((2 ** 31 - 1) / 6e4);
var PROVIDER_FIELD_INPUTS = {
  type: Inputs.ProviderType,
  id: Inputs.ProviderId,
  name: Inputs.ProviderName,
  base_url: Inputs.BaseUrl
};
function workspaceOf() {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}
var RUN_ONLY_INPUTS = [
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
var SCALAR_FIELD_INPUTS = {
  model: Inputs.Model,
  api_key: Inputs.ApiKey,
  api_key_env: Inputs.ApiKeyEnv,
  include_api_key: Inputs.IncludeApiKey,
  run_id: Inputs.RunId,
  dataset_id: Inputs.DatasetId,
  dataset_name: Inputs.DatasetName,
  lighteval_version: Inputs.LightevalVersion
};

// src/action/pull-request-comment.ts
init_secrets();

// src/action/comment.ts
init_fields();
init_secrets();
var MAX_COMMENT_LENGTH = 65536;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var REQUEST_TIMEOUT_MS = 3e4;
var MAX_KEY_LENGTH = 200;
var TRUNCATION_NOTE = "_\u2026 truncated: the full report is in the job summary._";
var MAX_REASON_LENGTH = 300;
var LONE_SURROGATE2 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(text) {
  return text.replace(LONE_SURROGATE2, "\uFFFD");
}
function safeKey(key) {
  const safe = wellFormed(key).replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ").replace(/[<>]/g, "-").replace(/-{2,}/g, "-").replace(/\s+/g, " ").trim();
  const cut = Array.from(safe).slice(0, MAX_KEY_LENGTH).join("").trim();
  return cut === "" ? "default" : cut;
}
function commentMarker(key) {
  return `<!-- lighteval-action:${safeKey(key)} -->`;
}
function openFence(lines) {
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

${TRUNCATION_NOTE}`.length + 1 + longestFence(markdown).length;
  const kept = cutAtLineBoundary(markdown, MAX_COMMENT_LENGTH - head.length - reserved).trimEnd();
  const fence = openFence(kept.split("\n"));
  const closing = fence === void 0 ? "" : `
${fence}`;
  return `${head}${kept}${closing}

${TRUNCATION_NOTE}`;
}
function longestFence(markdown) {
  let longest = "";
  for (const [fence] of markdown.matchAll(/`{3,}|~{3,}/g)) if (fence.length > longest.length) longest = fence;
  return longest;
}
var CommentError = class extends Error {
  name = "CommentError";
};
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
  const { getOctokit } = await Promise.resolve().then(() => __toESM(require("./../chunks/github.cjs"), 1));
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

// src/action/pull-request.ts
var import_node_fs2 = require("node:fs");
init_mini();
var repositorySchema = object({ full_name: string2() });
var pullRequestEventSchema = object({
  pull_request: object({
    number: int().check(_positive()),
    // null when the fork the pull request came from was deleted.
    head: object({ repo: nullable(repositorySchema) }),
    base: object({ repo: repositorySchema })
  }),
  repository: optional(repositorySchema)
});
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
    event = JSON.parse((0, import_node_fs2.readFileSync)(path, "utf8"));
  } catch {
    return void 0;
  }
  return pullRequestOf(event, process.env.GITHUB_REPOSITORY);
}

// src/io/output-lines.ts
var MAX_LINE = 64 * 1024;

// src/action/log.ts
var COMMAND_OPENER = /(^|\r)(\s*)(:(?=:)|#(?=#\[))/g;
function defuseCommands(line) {
  return line.replace(COMMAND_OPENER, "$1$2$3\u200B");
}
function logLine(message) {
  info(defuseCommands(message.replace(/\r/g, "\\r").replace(/\n/g, "\\n")));
}

// src/action/pull-request-comment.ts
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

// src/action/summary.ts
var import_node_fs3 = require("node:fs");
init_markdown();

// src/action/markdown-limits.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var OUTPUT_REPORT_LIMIT = 64 * 1024;
var JSON_OUTPUT_LIMIT = 256 * 1024;
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
var FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function openFence2(markdown) {
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
function longestFence2(markdown) {
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
  const longest = longestFence2(markdown);
  const room = maxBytes - utf8Length(ending) - (longest === 0 ? 0 : longest + 1);
  if (room < 0) return "";
  const kept = startWithin(markdown, room).trimEnd();
  const fence = openFence2(kept);
  return `${kept}${fence === void 0 ? "" : `
${fence}`}${ending}`;
}

// src/action/summary.ts
var SUMMARY_FULL_NOTE = "\u2702\uFE0F **Cut here**: GitHub keeps at most 1 MiB of summary per step.";
async function appendSummary(markdown) {
  const path = process.env.GITHUB_STEP_SUMMARY ?? "";
  if (path === "") return;
  const written = (0, import_node_fs3.statSync)(path, { throwIfNoEntry: false })?.size ?? 0;
  const fitted = fitMarkdown(markdown, STEP_SUMMARY_LIMIT - written, SUMMARY_FULL_NOTE);
  if (fitted === "") return;
  await summary.addRaw(fitted).write();
}

// src/action/failure.ts
init_secrets();
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

// src/action/compare.ts
function readCompareInputs() {
  const resultsDir = optionalInput(CompareInputs.ResultsDir);
  if (resultsDir === void 0) {
    throw new InputError(
      inputMessage(CompareInputs.ResultsDir, "required; expected the folder the results were downloaded into")
    );
  }
  return {
    resultsDir: (0, import_node_path2.resolve)(workspaceOf(), resultsDir),
    summary: booleanInput(CompareInputs.Summary, true),
    comment: booleanInput(CompareInputs.Comment, false),
    commentKey: optionalInput(CompareInputs.CommentKey),
    githubToken: getInput(CompareInputs.GithubToken)
  };
}
async function compare(request, secrets) {
  const scrub = (text) => scrubSecrets(text, secrets);
  let scan;
  try {
    scan = scanResults([request.resultsDir], request.resultsDir);
  } catch (error2) {
    if (error2 instanceof ConfigError)
      throw new InputError(inputMessage(CompareInputs.ResultsDir, error2.issues.map(formatIssue).join("; ")));
    throw error2;
  }
  for (const { path, reason } of scan.skipped) warning(scrub(`${visibleControls(path)}: skipped, ${reason}`));
  if (scan.found.length === 0) {
    const shown = (0, import_node_path2.relative)(workspaceOf(), request.resultsDir) || ".";
    throw new InputError(
      inputMessage(
        CompareInputs.ResultsDir,
        `no LightEval results found in ${shown}; expected the folder the legs' artifacts were downloaded into`
      )
    );
  }
  const { markdown } = compareResults(scan.found, scan.skipped);
  setOutput(CompareOutputs.SummaryMarkdown, markdown);
  if (request.summary) await appendSummary(markdown);
  if (request.comment) {
    const key = request.commentKey ?? await digestName(["compare", process.env.GITHUB_JOB], []);
    await postComment({
      githubToken: request.githubToken,
      tokenInput: CompareInputs.GithubToken,
      key,
      markdown,
      what: "comparison",
      secrets
    });
  }
}
async function run() {
  const token = getInput(CompareInputs.GithubToken);
  if (token !== "") setSecret(token);
  try {
    await compare(readCompareInputs(), [token]);
  } catch (error2) {
    reportFailure(error2, [token]);
  }
}

// src/compare.ts
void run();
