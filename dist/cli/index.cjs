#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/config/fields.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

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
var Cached = class {
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
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
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
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
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
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
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
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
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
  const schemaError2 = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError2?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
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
var highSurrogate = /[\uD800-\uDBFF]/;
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
function issue(...args) {
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
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
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

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
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
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
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
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
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
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
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
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
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
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
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
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
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
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
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
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
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
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
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
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
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
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
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
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
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
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
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
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
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
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
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
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
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
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
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
var NO_SYMBOL_KEYS = [];
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
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
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
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
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
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
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
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
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
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
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
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
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
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
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
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
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
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
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
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
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
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
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
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
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
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

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
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
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

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNull = /* @__PURE__ */ $constructor("ZodMiniNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _null3(params) {
  return _null2(ZodMiniNull, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
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
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
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
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/config/errors.ts
function formatIssue(issue2) {
  return issue2.path === "" ? issue2.message : `${issue2.path}: ${issue2.message}`;
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
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeof value === "symbol" ? "a symbol" : "a function";
}
function fieldIssuesFrom(error, root = []) {
  return error.issues.map((issue2) => ({ path: formatPath([...root, ...issue2.path]), message: issue2.message }));
}

// src/config/or-list.ts
function orList(choices) {
  if (choices.length <= 1) return choices[0] ?? "";
  return `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1] ?? ""}`;
}

// src/config/schema-facts.ts
var jsonSchemaFacts = registry();
function withFacts(schema, facts) {
  jsonSchemaFacts.add(schema, { ...jsonSchemaFacts.get(schema), ...facts });
  return schema;
}
function described(schema, description) {
  return withFacts(schema, { description });
}

// src/config/fields.ts
function expectation(what) {
  return (issue2) => issue2.input === void 0 ? `required; expected ${what}` : `expected ${what}, got ${describeValue(issue2.input)}`;
}
function numberBetween(min, max) {
  const error = expectation(`a number from ${min} to ${max}`);
  return number2({ error }).check(_gte(min, { error }), _lte(max, { error }));
}
function positiveNumber() {
  const error = expectation("a number greater than 0");
  return number2({ error }).check(_gt(0, { error }));
}
var afterOtherChecks = { when: (payload) => payload.issues.length === 0 };
function integerFrom(min) {
  const error = expectation(`an integer of ${min} or more`);
  return withFacts(
    number2({ error }).check(
      _gte(min, { error }),
      _lte(Number.MAX_SAFE_INTEGER, { error }),
      refine(Number.isInteger, { error, ...afterOtherChecks })
    ),
    { type: "integer" }
  );
}
function booleanField() {
  return boolean2({ error: expectation("true or false") });
}
function nonEmptyString() {
  const error = expectation("a non-empty string");
  return string2({ error }).check(_regex(/\S/, { error }));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function withoutNulls(value) {
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== null);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
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

// src/cli/build-command.ts
var import_node_path2 = require("node:path");

// src/config/parse.ts
var MIB = 1024 * 1024;
var MAX_DOCUMENT_BYTES = MIB;
var MAX_DOCUMENT_DEPTH = 100;
var MAX_ALIASES = 100;
var MAX_NESTED_ALIASES = 10;
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
  const { Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq } = await Promise.resolve().then(() => __toESM(require("./../chunks/yaml.cjs"), 1));
  const tokens = readTokens(new Lexer(), new Parser(), text, source);
  const documents = composeDocuments(new Composer({ uniqueKeys: false, logLevel: "error" }), tokens);
  if (documents.length > 1) {
    throw new ConfigError([{ path: source, message: "expected one YAML or JSON document, found several" }]);
  }
  const [document] = documents;
  if (document === void 0) return null;
  const [error] = document.errors;
  if (error !== void 0) {
    throw structureError(text, error.pos[0], source, error.message.charAt(0).toLowerCase() + error.message.slice(1));
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
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
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
var JSON_START = /^\ufeff?[ \t\n\r]*[[{]/;
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
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
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

// src/config/providers.ts
var PROVIDERS = [
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
function normalizeProviderType(type) {
  return type.trim().toLowerCase().replace(/[-_\s]+/g, "_");
}
var BY_ALIAS = new Map(
  PROVIDERS.flatMap((entry) => entry.aliases.map((alias) => [normalizeProviderType(alias), entry]))
);
var UNKNOWN_PREFIX_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
var PROVIDER_TYPE_PATTERN = String.raw`^\s*[A-Za-z0-9\u212A][A-Za-z0-9\u212A_.\s-]*$`;
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

// src/config/secrets.ts
var MASK = "***";
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
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

// src/config/redact.ts
var VENDOR_PREFIX = /^[A-Za-z]{2,4}[-_]/;
var MIN_KEY_LENGTH_FOR_PREFIX = 16;
var REDACTED = "***";
function redactApiKey(key) {
  const prefix = VENDOR_PREFIX.exec(key)?.[0];
  return prefix !== void 0 && key.length >= MIN_KEY_LENGTH_FOR_PREFIX ? `${prefix}${REDACTED}` : REDACTED;
}
var REDACTED_KEY = /^(?:[A-Za-z]{2,4}[-_])?\*\*\*$/;
function isRedactedApiKey(value) {
  return REDACTED_KEY.test(value);
}
var PUBLIC_PARAMETERS = /* @__PURE__ */ new Set(["api-version", "model", "region"]);
var MIN_MASKED_LENGTH = 8;
var URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
function decodedName(name) {
  try {
    return decodeURIComponent(name.replace(/\+/g, " ")).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}
function decodedForms(text) {
  try {
    return [text, decodeURIComponent(text.replace(/\+/g, " ")), decodeURIComponent(text)];
  } catch {
    return [text];
  }
}
var kept = (text) => ({ text });
var hidden = (text, ...parts) => ({ text, credentials: [text, ...parts] });
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

// src/config/schemas.ts
var HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/;
function httpUrl() {
  const error = "expected an http(s) URL";
  return string2({ error: expectation("an http(s) URL") }).check(
    _regex(HTTP_URL, { error }),
    refine((value) => URL.canParse(value), { error, ...afterOtherChecks })
  );
}
var providerType = withFacts(
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
var RateLimitsSchema = described(
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
var CapabilitiesSchema = described(
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
var ProviderSchema = described(
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
var temperature = described(numberBetween(0, 2), "Sampling temperature, from 0 to 2.");
var topP = described(numberBetween(0, 1), "Nucleus sampling: the probability mass to sample from, from 0 to 1.");
var topK = described(integerFrom(0), "Sample from the k most likely tokens; an integer of 0 or more.");
var maxNewTokens = integerFrom(1);
var penalty = numberBetween(-2, 2);
var repetitionPenalty = described(positiveNumber(), "Repetition penalty, greater than 0.");
var seed = described(integerFrom(0), "Random seed; an integer of 0 or more.");
var stopExpected = expectation("a non-empty string");
var stopString = string2({ error: stopExpected }).check(_minLength(1, { error: stopExpected }));
var stopList = array(stopString, { error: expectation("a list of non-empty strings") });
var stopInput = described(
  pipe(
    union([stopString, stopList], { error: expectation("a non-empty string or a list of non-empty strings") }),
    transform((value) => typeof value === "string" ? [value] : value)
  ),
  "Where generation stops: a non-empty string or a list of them (written as a list)."
);
var generationInput = {
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
var executionInput = {
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
var GenerationSectionSchema = closedObject(generationInput);
var ExecutionSectionSchema = closedObject(executionInput);
var RunConfigSchema = described(
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
var label = pipe(
  optional(union([string2(), number2()], { error: expectation("a string or a number") })),
  transform((value) => value === void 0 ? null : String(value).trim() || null)
);
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MODEL_NAME = /^[^\s/]\S*$/;
var BuildScalarsSchema = object({
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
var versionExpected = expectation("a LightEval version X.Y.Z, such as 0.13.0");
var LightEvalVersionSchema = pipe(
  string2({ error: versionExpected }).check(_regex(/^\d+\.\d+\.\d+$/, { error: versionExpected })),
  transform((version2) => {
    const [major = 0, minor = 0, patch = 0] = version2.split(".").map(Number);
    return { major, minor, patch, text: version2 };
  })
);
var stopOutput = array(string2());
var GenerationParametersSchema = object({
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
var GENERATION_FIELDS = keyof(GenerationParametersSchema).options;
var ConfigDictSchema = _lazy(
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
var nonNegative = () => optional(number2().check(_nonnegative()));
var nonNegativeInteger = () => optional(int().check(_nonnegative()));
var nativeGenerationParametersSchema = () => strictObject({
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
var NativeModelFileSchema = _lazy(
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

// src/config/execution.ts
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

// src/config/generation.ts
function placeOf(name, input, issues) {
  const hasMaxTokens = input.max_tokens !== void 0;
  if (input.max_new_tokens !== void 0 && hasMaxTokens) {
    issues.push({
      path: joinPath(name, "max_tokens"),
      message: "an alias of max_new_tokens, which is also set here; keep one"
    });
  }
  return {
    name,
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
  const rejected = new Set(unsupported.map((name) => name === "max_tokens" ? "max_new_tokens" : name));
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

// src/config/serialize.ts
function toYamlText(value) {
  return `${render(value, "", []).text}
`;
}
function toJsonText(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
var INDENT = "  ";
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
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
var SPECIAL_WORD = /^(?:y|n|yes|no|true|false|on|off|null|e[0-9]+)$/i;
var MAX_KEY_LENGTH = 1024;
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
var NAMED_ESCAPES = {
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
var NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/gu;
function doubleQuoted(text) {
  return `"${text.replace(NEEDS_ESCAPE, escape)}"`;
}
function escape(char) {
  const code = char.charCodeAt(0);
  return NAMED_ESCAPES[char] ?? (code <= 255 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}
function hex(code, digits) {
  return code.toString(16).padStart(digits, "0");
}

// src/config/native.ts
var DEFAULT_LIGHTEVAL_VERSION = "0.13.0";
var [NEWEST_KNOWN_MAJOR = 0, NEWEST_KNOWN_MINOR = 0] = DEFAULT_LIGHTEVAL_VERSION.split(".").map(Number);
function atLeast(version2, major, minor) {
  return version2.major !== major ? version2.major > major : version2.minor >= minor;
}
var NEVER_SENT = ["top_k", "presence_penalty"];
var SIGNED_FIELDS = ["presence_penalty", "frequency_penalty"];
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
  const keptSince = (field, name, minor, value) => {
    if (atLeast(version2, 0, minor)) return value;
    const path = source.sources[field];
    if (path !== void 0) {
      warnings.push(
        `${path}: not written to the LightEval file; LightEval ${version2.text} has no ${name} (added in 0.${minor})`
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
var HEADER = /^# lighteval-model\.yaml for LightEval (\d+\.\d+\.\d+),/;
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

// src/config/service.ts
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
      warnings.map((warning) => scrubSecrets(warning, this.#state.secrets)),
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
    warnings: warnings.map((warning) => scrubSecrets(warning, secrets)),
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
        warnings: warnings.map((warning) => scrubSecrets(warning, secrets))
      };
    }
    const config2 = assemble(request, parsed.inputs, generation, secrets);
    try {
      const native = config2.toLightEvalModelConfig(options);
      return { issues: [], warnings: [...config2.warnings, ...native.warnings] };
    } catch (error) {
      if (error instanceof ConfigError) return { issues: error.issues, warnings: config2.warnings };
      throw error;
    }
  }
};
function apiKeyEnvFor(providerType2) {
  return resolveProviderType(providerType2)?.keyEnv;
}

// src/io/files.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CONFIG_FILE = "config.yaml";
var NATIVE_FILE = "lighteval-model.yaml";
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
function reasonOf(error) {
  const code = error instanceof Error && "code" in error ? String(error.code) : void 0;
  return code !== void 0 && REASONS[code] || (error instanceof Error ? error.message : String(error));
}
var MAX_TEXT_FILE_BYTES = 32 * MIB;
function readTextFile(path, label2) {
  let bytes;
  try {
    bytes = readRegularFile(path, MAX_TEXT_FILE_BYTES);
  } catch (error) {
    throw new ConfigError([{ path: label2, message: `cannot read ${path} (${reasonOf(error)})` }]);
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
  } catch (error) {
    for (const path of placedSecrets) (0, import_node_fs.rmSync)(path, { force: true });
    if (staging !== void 0) (0, import_node_fs.rmSync)(staging, { recursive: true, force: true });
    throw new ConfigError([{ path: label2, message: `cannot write ${directory} (${reasonOf(error)})` }]);
  }
}

// src/cli/command.ts
var import_node_util2 = require("node:util");

// src/cli/option-problem.ts
var import_node_util = require("node:util");
var PLAIN_OPTION = /^--?[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
function shownOption(arg) {
  const name = arg.slice(0, arg.includes("=") ? arg.indexOf("=") : arg.length);
  return PLAIN_OPTION.test(name) ? name : describeValue(name);
}
function unknownOptionMessage(arg, known, otherwise) {
  const typed = arg.replace(/^-+/, "").split("=", 1)[0] ?? "";
  const suggestion = didYouMean(typed, known);
  return `${shownOption(arg)}: unknown option; ${suggestion === void 0 ? otherwise : `did you mean --${suggestion}?`}`;
}
var optionOf = (options, name) => Object.hasOwn(options, name) ? options[name] : void 0;
var looksLikeOption = (value) => value.length > 1 && value.startsWith("-");
function optionProblem(args, options) {
  const { tokens } = (0, import_node_util.parseArgs)({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const known = [...Object.keys(options), "help"];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = optionOf(options, token.name);
    if (option === void 0) {
      const negated = token.name.startsWith("no-") ? token.name.slice("no-".length) : "";
      if (optionOf(options, negated)?.type === "boolean")
        return `--${token.name}: unknown option; --${negated} is off unless given`;
      return unknownOptionMessage(args[token.index] ?? token.rawName, known, "see the options below");
    }
    const name = `--${token.name}`;
    if (option.type === "boolean" && token.value !== void 0) return `${name}: takes no value`;
    if (option.type === "string" && token.value === void 0) return `${name}: expected a value`;
    if (option.type === "string" && token.inlineValue === false && token.value !== void 0 && looksLikeOption(token.value)) {
      return `${name}: expected a value, got what looks like an option; for a value starting with -, write ${name}=VALUE`;
    }
  }
  return void 0;
}

// src/cli/command.ts
var EXIT_OK = 0;
var EXIT_FAILURE = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  name = "UsageError";
};
function countText(min, max, name) {
  if (min === max) return min === 1 ? `one ${name}` : `${min} ${name} arguments`;
  return max === Infinity ? `at least ${min} ${name}` : `${min} to ${max} ${name} arguments`;
}
function positionalProblem(command, count, positionals) {
  const { min = 0, max = 0, name = "" } = positionals ?? {};
  if (count >= min && count <= max) return void 0;
  if (max === 0)
    return `${command} takes options only, got ${count === 1 ? "1 other argument" : `${count} other arguments`}; see below`;
  return `${command} takes ${countText(min, max, name)}, got ${count === 0 ? "none" : count}; see below`;
}
function parseCommandLine(args, spec) {
  if (args.some((arg) => arg === "--api-key" || arg.startsWith("--api-key="))) {
    throw new UsageError("--api-key: the key is read from the environment, never from the command line");
  }
  const problem = optionProblem(args, spec.options);
  if (problem !== void 0) throw new UsageError(problem);
  const parsed = (0, import_node_util2.parseArgs)({ args: [...args], options: spec.options, strict: true, allowPositionals: true });
  const positional = positionalProblem(spec.command, parsed.positionals.length, spec.positionals);
  if (positional !== void 0) throw new UsageError(positional);
  return parsed;
}

// src/lighteval/markdown.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
var SHORT_ESCAPES = {
  "\b": "\\b",
  "	": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r"
};
function visibleControls(text) {
  return text.replace(INVISIBLE, (character) => {
    const short = SHORT_ESCAPES[character];
    if (short !== void 0) return short;
    const code = (character.codePointAt(0) ?? 0).toString(16);
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
  });
}
var ENTITIES = {
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
var BREAK = "<!-- -->";
var ACTIVE = /[&<>|`\\*[\]~$#@]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|:(?=\/\/|[\w+-]+:)|(?<![\p{L}\p{N}])(?:gh(?=-\d)|www(?=\.))/giu;
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

// src/cli/build-command.ts
var FORMATS = ["yaml", "json"];
var isFormat = (text) => FORMATS.includes(text);
var DEFAULT_OUT_DIR = "lighteval-output";
var BUILD_OPTIONS = {
  provider: { type: "string" },
  model: { type: "string" },
  "run-config": { type: "string" },
  "run-id": { type: "string" },
  "dataset-id": { type: "string" },
  "dataset-name": { type: "string" },
  "include-api-key": { type: "boolean" },
  "api-key-env": { type: "string" },
  "lighteval-version": { type: "string" },
  "out-dir": { type: "string" },
  format: { type: "string" }
};
function parseBuildArgs(args) {
  const { values } = parseCommandLine(args, { command: "build", options: BUILD_OPTIONS });
  const { provider, model, format = "yaml" } = values;
  if (provider === void 0) throw new UsageError("--provider FILE is required");
  if (model === void 0) throw new UsageError("--model NAME is required");
  if (!isFormat(format)) throw new UsageError(`--format: expected ${orList(FORMATS)}, got ${describeValue(format)}`);
  return {
    providerFile: provider,
    model,
    runConfigFile: values["run-config"],
    runId: values["run-id"],
    datasetId: values["dataset-id"],
    datasetName: values["dataset-name"],
    includeApiKey: values["include-api-key"] ?? false,
    apiKeyEnv: values["api-key-env"],
    lightevalVersion: values["lighteval-version"],
    outDir: values["out-dir"] ?? DEFAULT_OUT_DIR,
    format
  };
}
async function readDocument(path, option) {
  return parseDocument(readTextFile(path, option), path);
}
function providerTypeOf(provider) {
  const type = typeof provider === "object" && provider !== null && "type" in provider ? provider.type : void 0;
  return typeof type === "string" ? type : void 0;
}
async function runBuild(args, io) {
  const provider = await readDocument(args.providerFile, "--provider");
  const runConfig = args.runConfigFile === void 0 ? {} : await readDocument(args.runConfigFile, "--run-config");
  const providerType2 = providerTypeOf(provider);
  const keyEnv = args.apiKeyEnv ?? (providerType2 === void 0 ? void 0 : apiKeyEnvFor(providerType2));
  const apiKey = keyEnv === void 0 ? "" : io.env[keyEnv] ?? "";
  const config2 = new LightEvalConfigService().build({
    provider,
    modelName: args.model,
    apiKey,
    runConfig: runConfig ?? {},
    runId: args.runId,
    datasetId: args.datasetId,
    datasetName: args.datasetName,
    includeApiKey: args.includeApiKey,
    apiKeyEnv: args.apiKeyEnv
  });
  const native = config2.toLightEvalModelConfig({ lightevalVersion: args.lightevalVersion });
  const warnings = [...config2.warnings, ...native.warnings];
  if (args.includeApiKey && apiKey === "") {
    warnings.push(
      `--include-api-key: ${keyEnv ?? "the key variable"} is not set; config.yaml names it as api_key_env instead`
    );
  }
  writeFiles(
    args.outDir,
    [
      { name: CONFIG_FILE, text: config2.toYaml(), secret: config2.hasSecrets },
      { name: NATIVE_FILE, text: native.toYaml(), secret: native.hasSecrets }
    ],
    "--out-dir"
  );
  const redacted = config2.redacted();
  io.stdout(args.format === "json" ? redacted.toJson() : redacted.toYaml());
  for (const warning of warnings) io.stderr(`warning: ${warning}
`);
  io.stderr(
    `wrote ${visibleControls((0, import_node_path2.join)(args.outDir, CONFIG_FILE))} and ${visibleControls((0, import_node_path2.join)(args.outDir, NATIVE_FILE))}
`
  );
}
var buildCommand = {
  name: "build",
  summary: "build LightEval configuration from a provider record, a model and a run configuration",
  usage: `Usage: lighteval-action build --provider FILE --model NAME [options]

Builds LightEval configuration from a provider record, a model and a run configuration.
Writes DIR/config.yaml and DIR/lighteval-model.yaml, prints the redacted config.

Options:
  --provider FILE            provider record, YAML or JSON (required)
  --model NAME               model name, with or without the LiteLLM prefix (required)
  --run-config FILE          run configuration, YAML or JSON
  --run-id ID                run id written to metadata
  --dataset-id ID            dataset id written to metadata
  --dataset-name NAME        dataset name written to metadata
  --include-api-key          write the key into config.yaml (then mode 0600)
  --api-key-env NAME         variable the key is read from, written as api_key_env
                             (default: the variable LiteLLM reads for the provider)
  --lighteval-version X.Y.Z  LightEval version lighteval-model.yaml targets (default ${DEFAULT_LIGHTEVAL_VERSION})
  --out-dir DIR              where the files go (default lighteval-output)
  --format yaml|json         format of the printed config (default yaml)
  -h, --help                 show this help

The key is read from the environment, never from the command line.
Exit status: 0 done, 1 invalid input, 2 bad usage.
`,
  run: async (args, io) => {
    await runBuild(parseBuildArgs(args), io);
    return EXIT_OK;
  }
};

// src/io/results-scan.ts
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");

// src/lighteval/results.ts
var MAX_RESULTS_DEPTH = 64;
var TOO_DEEP = `not LightEval results (nested deeper than ${MAX_RESULTS_DEPTH} levels)`;
var NON_FINITE = ["NaN", "-Infinity", "Infinity"];
var BACKSLASH2 = 92;
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
  } catch (error) {
    const where = positionIn(json, error instanceof Error ? error.message : "");
    throw new ConfigError([{ path: source, message: `not valid JSON${where}` }]);
  }
}
var MetricValueSchema = nullable(number2({ error: "expected a number or null" }));
var TaskResultsSchema = record(string2(), MetricValueSchema, {
  error: "expected a mapping of metric names to numbers"
});
var ResultsMappingSchema = record(string2(), TaskResultsSchema, {
  error: "expected a mapping of task keys to mappings of metrics"
});
var LightEvalResultsSchema = looseObject(
  {
    config_general: looseObject(
      { model_config: optional(nullable(looseObject({}, { error: "expected a mapping" }))) },
      { error: "expected a mapping" }
    ),
    results: ResultsMappingSchema
  },
  { error: "expected a mapping with config_general and results" }
);
var TaskConfigsSchema = record(string2(), looseObject({ effective_num_docs: int() }));
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
var STDERR_SUFFIX = "_stderr";
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
var MetricsOutputSchema = record(string2(), record(string2(), MetricValueSchema));

// src/io/results-scan.ts
var JSON_FILE = /\.json$/i;
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function isIgnoredFolder(name) {
  return name.startsWith(".") || name === "node_modules";
}
function displayPath(path, root) {
  const fromRoot = (0, import_node_path3.relative)(root, path);
  if (fromRoot === "") return ".";
  if (fromRoot === ".." || fromRoot.startsWith(`..${import_node_path3.sep}`) || (0, import_node_path3.isAbsolute)(fromRoot)) return path;
  return fromRoot.split(import_node_path3.sep).join("/");
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
    const enter2 = (children) => {
      for (const child of children.reverse()) pending.push(child);
    };
    enter2(this.visitOne(path, named));
    for (let next = pending.pop(); next !== void 0; next = pending.pop()) enter2(this.visitOne(next, false));
  }
  skip(path, reason) {
    this.items.push({ skipped: { path: displayPath(path, this.root), reason } });
  }
  /** Records `path` when it is a file to read; returns the paths in it to visit next when it is a folder. */
  visitOne(path, named) {
    let stats;
    let realPath;
    try {
      stats = (0, import_node_fs2.statSync)(path);
      realPath = (0, import_node_fs2.realpathSync)(path);
    } catch (error) {
      if (named || JSON_FILE.test(path)) this.skip(path, `cannot read (${reasonOf(error)})`);
      return [];
    }
    if (stats.isDirectory()) {
      if (!named && isIgnoredFolder((0, import_node_path3.basename)(path))) return [];
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
      entries = (0, import_node_fs2.readdirSync)(folder, { withFileTypes: true });
    } catch (error) {
      this.skip(folder, `cannot list the folder (${reasonOf(error)})`);
      return [];
    }
    return entries.sort(byName).map((entry) => (0, import_node_path3.join)(folder, entry.name));
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
  const [issue2] = issues;
  if (issue2 === void 0) return "unexpected layout";
  const where = issueWhere(issue2.path);
  return where === "" ? issue2.message : `${where}: ${issue2.message}`;
}
function readResultsFile(file, shownPath) {
  let text;
  try {
    if ((0, import_node_fs2.statSync)(file).size > MAX_FILE_BYTES)
      return { reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not a results file` };
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (error) {
    return { reason: `cannot read (${reasonOf(error)})` };
  }
  let parsed;
  try {
    parsed = parseResultsText(text, shownPath);
  } catch (error) {
    if (error instanceof ConfigError) return { reason: error.issues[0]?.message ?? "not valid JSON" };
    throw error;
  }
  const checked = LightEvalResultsSchema.safeParse(parsed);
  if (!checked.success) return { reason: `not LightEval results (${layoutProblem(parsed, checked.error.issues)})` };
  const hasMetric = Object.values(taskMetricsOf(checked.data)).some((metrics) => Object.keys(metrics).length > 0);
  return hasMetric ? { results: checked.data } : { reason: "LightEval results without any metric" };
}
function scanResults(paths, root = process.cwd()) {
  const absoluteRoot = (0, import_node_path3.resolve)(root);
  const missing = paths.flatMap((path) => {
    try {
      (0, import_node_fs2.statSync)((0, import_node_path3.resolve)(absoluteRoot, path));
      return [];
    } catch (error) {
      const reason = reasonOf(error);
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
  for (const path of paths) walk.visit((0, import_node_path3.resolve)(absoluteRoot, path), true);
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

// src/lighteval/gate.ts
var LIMIT_KEYS = ["min", "max"];
var LIMIT_EXPECTED = "a number (the minimum) or a mapping with min and/or max";
var bound = number2({ error: expectation("a finite number") });
var limitShape = { min: optional(bound), max: optional(bound) };
var limitMapping = looseObject(limitShape, { error: expectation(LIMIT_EXPECTED) }).check(
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
var LimitSchema = pipe(
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
var TASK_LIMITS_EXPECTED = "a mapping of metric names to limits";
var TaskLimitsSchema = record(string2(), LimitSchema, { error: expectation(TASK_LIMITS_EXPECTED) }).check(
  // An empty mapping checks nothing: most likely a mistake in the YAML's indentation.
  refine((limits) => Object.keys(limits).length > 0, {
    error: `expected ${TASK_LIMITS_EXPECTED}, got an empty mapping`
  })
);
var ThresholdsSchema = record(string2(), TaskLimitsSchema, {
  error: expectation("a mapping of task keys (such as gsm8k|0 or all) to metric limits")
});

// src/lighteval/report.ts
var DECIMALS = 4;
function formatMetric(value) {
  if (value === null || Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -DECIMALS) return String(Number(value.toPrecision(DECIMALS)));
  const fixed = value.toFixed(DECIMALS);
  return fixed.includes("e") ? fixed : fixed.replace(/\.?0+$/, "");
}

// src/lighteval/matrix.ts
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

// src/cli/compare-command.ts
var compareCommand = {
  name: "compare",
  summary: "compare the models of several LightEval results files in one Markdown table",
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
      command: "compare",
      options: {},
      positionals: { name: "PATH", min: 1, max: Infinity }
    });
    const { found, skipped } = scanResults(paths, process.cwd());
    for (const { path, reason } of skipped) io.stderr(`warning: ${visibleControls(path)}: ${reason}
`);
    if (found.length === 0) {
      io.stderr(`error: no LightEval results found in ${paths.map(visibleControls).join(", ")}
`);
      return EXIT_FAILURE;
    }
    io.stdout(compareResults(found, skipped).markdown);
    return EXIT_OK;
  }
};

// src/cli/export-command.ts
var import_node_path6 = require("node:path");

// src/bundle/manifest.ts
var BUNDLE_FORMAT = "eval752-export";
var BUNDLE_FORMAT_VERSION = 1;
var READABLE_FORMAT_VERSIONS = [BUNDLE_FORMAT_VERSION];
var BUNDLE_EXTENSION = ".eval752.zip";
var CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
function formatCreatedAt(date2) {
  return date2.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function isCreatedAt(text) {
  if (!CREATED_AT.test(text)) return false;
  const date2 = new Date(text);
  return !Number.isNaN(date2.getTime()) && formatCreatedAt(date2) === text;
}
var nonEmpty = (what) => string2().check(_minLength(1, { error: `expected ${what}` }));
var ManifestSchema = _lazy(
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
function defaultBundleName(modelName) {
  const slug = modelName.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\./, "_").slice(0, 200);
  return `${slug === "" ? "model" : slug}${BUNDLE_EXTENSION}`;
}

// src/bundle/paths.ts
var MANIFEST_ENTRY = "manifest.json";
var CONFIG_ENTRY = "config.yaml";
var NATIVE_ENTRY = "lighteval-model.yaml";
var RESULTS_ENTRY = /^results\/(?:[^/]+\/)*results_[^/]*\.json$/;
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
var RESULTS_ENTRY_EXPECTED = "results/<model path>/results_<time>.json, as LightEval laid it out";

// src/io/export-directory.ts
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");

// src/bundle/digest.ts
async function sha256Hex(bytes) {
  const { createHash } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  return createHash("sha256").update(bytes).digest("hex");
}

// src/bundle/create.ts
function bundleEntries(files) {
  return [
    [CONFIG_ENTRY, files.configYaml],
    [NATIVE_ENTRY, files.nativeYaml],
    ...files.results === void 0 ? [] : [[files.results.path, files.results.text]]
  ];
}
var ZIP_OS_UNIX = 3;
var REGULAR_FILE_ATTRIBUTES = 33188 << 16 >>> 0;
var COMPRESSION_LEVEL = 9;
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
  const { zipSync } = await Promise.resolve().then(() => __toESM(require("./../chunks/zip.cjs"), 1));
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

// src/lighteval/tasks.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);

// src/lighteval/requirements.ts
var TASK_PACKAGES = {
  ifeval: ["langdetect"]
};
var LITELLM_REQUIREMENT = "litellm<1.109";
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

// src/lighteval/tasks.ts
var DEFAULT_SUITE = "lighteval";
var EXPECTED = "expected task, task|fewshot, suite|task|fewshot or suite|task|fewshot|truncate (fewshot a whole number, truncate 0 or 1), such as gsm8k|0";
var WHOLE_NUMBER = /^\d+$/;
var WHITESPACE = /\s/;
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
var SUITE_PREFERENCE = [DEFAULT_SUITE, "leaderboard", "extended", "helm", "original"];
function suiteRank(suite) {
  const rank = SUITE_PREFERENCE.indexOf(suite);
  return rank === -1 ? SUITE_PREFERENCE.length : rank;
}
function closeNames(name, known) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored = [];
  for (const candidate of known) {
    const edits = candidate.startsWith(name) || name.startsWith(candidate) ? 0.5 : (0, import_fastest_levenshtein2.distance)(name, candidate);
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
    const hint = close.length === 0 ? "" : `; did you mean ${orList(close)}?`;
    return rejection(original, `LightEval ${versionText} has no task ${JSON.stringify(parts.task)}${hint}`);
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
  return [...names].map((name) => env[name]).filter((value) => value !== void 0 && value !== "");
}

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
function schemaIssue(entry, error) {
  const [issue2] = fieldIssuesFrom(error);
  return new ConfigError([{ path: entry, message: issue2 === void 0 ? "unexpected layout" : formatIssue(issue2) }]);
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
function withoutPrefix(name, prefixes) {
  const slash = name.indexOf("/");
  return slash > 0 && prefixes.includes(name.slice(0, slash)) ? name.slice(slash + 1) : name;
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
  for (const [field, name] of recorded) {
    if (typeof name === "string" && withoutPrefix(name, prefixes) !== withoutPrefix(model, prefixes)) {
      return `${field} is ${JSON.stringify(name)}, but ${CONFIG_ENTRY} is for ${JSON.stringify(model)}: the results are another model's`;
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
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
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
    warnings.push(...normalized.warnings.map((warning) => `tasks: ${warning}`));
    return normalized.specs;
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.issues.map((issue2) => ({ path: "tasks", message: issue2.message })));
    throw error;
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
    warnings: warnings.map((warning) => scrubSecrets(warning, secrets))
  };
}
async function bundleContentsFrom(source) {
  const secrets = [...source.secrets ?? []];
  try {
    return await prepare(source, secrets);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const scrub = (text) => scrubSecrets(text, secrets);
    throw new ConfigError(
      error.issues.map((issue2) => ({ path: scrub(issue2.path), message: scrub(issue2.message) }))
    );
  }
}

// src/io/export-directory.ts
var RESULTS_DIR = "results";
var RESULTS_FILE = /^results_.*\.json$/;
function resultsFilesUnder(directory) {
  const root = (0, import_node_path4.join)(directory, RESULTS_DIR);
  let names;
  try {
    names = (0, import_node_fs3.readdirSync)(root, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  const found = names.flatMap((name) => {
    const path = (0, import_node_path4.join)(root, name);
    if (!RESULTS_FILE.test((0, import_node_path4.basename)(path))) return [];
    const stats = (0, import_node_fs3.statSync)(path);
    if (!stats.isFile()) return [];
    return [{ path, entry: [RESULTS_DIR, ...(0, import_node_path4.relative)(root, path).split(import_node_path4.sep)].join("/"), mtimeMs: stats.mtimeMs }];
  });
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.entry < b.entry ? 1 : a.entry > b.entry ? -1 : 0));
}
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
  const newest = Math.max(...paths.map((path) => (0, import_node_fs3.statSync)(path).mtimeMs));
  return new Date(Math.floor(newest / 1e3) * 1e3);
}
async function exportDirectory(request) {
  const { directory, label: label2 } = request;
  const configPath = (0, import_node_path4.join)(directory, CONFIG_FILE);
  const nativePath = (0, import_node_path4.join)(directory, NATIVE_FILE);
  const configYaml = readTextFile(configPath, label2);
  const nativeYaml = readTextFile(nativePath, label2);
  const [newest, ...older] = resultsFilesUnder(directory);
  const results = newest === void 0 ? void 0 : { path: newest.entry, text: readTextFile(newest.path, label2) };
  const prepared = await bundleContentsFrom({
    configYaml,
    nativeYaml,
    results,
    lightevalVersion: request.lightevalVersion,
    tasks: request.tasks,
    maxSamples: request.maxSamples,
    command: null,
    createdAt: creationTime(request.env, [configPath, nativePath, ...newest === void 0 ? [] : [newest.path]]),
    env: request.env
  });
  const warnings = [...prepared.warnings];
  if (newest !== void 0 && older.length > 0) {
    warnings.push(
      `${label2}: ${older.length + 1} results files under ${(0, import_node_path4.join)(directory, RESULTS_DIR)}; exported the newest, ${newest.path}`
    );
  }
  return {
    bytes: await createBundle(prepared.contents),
    contents: prepared.contents,
    resultsFile: newest?.path,
    warnings
  };
}

// src/io/bundle-file.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");

// src/bundle/errors.ts
function bundleError(source, entry, message) {
  return new ConfigError([{ path: source, message: entry === void 0 ? message : `${entry}: ${message}` }]);
}
var SHOWN_NAME_LENGTH = 120;
function shownEntryName(name) {
  if (entryPathProblem(name) === void 0 && name.length <= SHOWN_NAME_LENGTH) return name;
  const cut = name.length > SHOWN_NAME_LENGTH ? `${name.slice(0, SHOWN_NAME_LENGTH)}\u2026` : name;
  return JSON.stringify(cut);
}

// src/bundle/read.ts
var MIB2 = 1024 * 1024;
var BUNDLE_LIMITS = {
  /** The bundle file itself. */
  bundleBytes: 64 * MIB2,
  /** The manifest, config, native file and one results file. */
  entries: 16,
  entryBytes: 32 * MIB2,
  manifestBytes: 1 * MIB2,
  /** All entries together, as declared. */
  totalBytes: 64 * MIB2
};
var STORED = 0;
var DEFLATED = 8;
function reasonOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function listEntries(unzip, bytes, source) {
  const entries = [];
  const record2 = (file) => {
    if (entries.length === BUNDLE_LIMITS.entries) {
      throw bundleError(source, void 0, `has more than ${BUNDLE_LIMITS.entries} entries; a bundle has at most 4`);
    }
    entries.push({
      name: file.name,
      compressedSize: file.size,
      size: file.originalSize,
      compression: file.compression
    });
    return false;
  };
  try {
    unzip(bytes, { filter: record2 });
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw bundleError(source, void 0, `not a zip file, or a damaged or truncated one (${reasonOf2(error)})`);
  }
  return entries;
}
function checkListing(entries, bytes, source) {
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for (const entry of entries) {
    const name = shownEntryName(entry.name);
    const problem = entryPathProblem(entry.name);
    if (problem !== void 0) throw bundleError(source, name, `unsafe path: ${problem}`);
    if (seen.has(entry.name)) throw bundleError(source, name, "appears more than once");
    seen.add(entry.name);
    if (entry.compression !== STORED && entry.compression !== DEFLATED) {
      throw bundleError(
        source,
        name,
        `compressed with method ${entry.compression}; bundles use deflate (8) or none (0)`
      );
    }
    const limit = entry.name === MANIFEST_ENTRY ? BUNDLE_LIMITS.manifestBytes : BUNDLE_LIMITS.entryBytes;
    if (entry.size > limit) {
      throw bundleError(source, name, `declares ${entry.size} bytes, more than the ${limit} a bundle entry may hold`);
    }
    if (entry.compressedSize > bytes.length)
      throw bundleError(source, name, "its data runs past the end of the file (truncated?)");
    if (entry.compression === STORED && entry.compressedSize !== entry.size) {
      throw bundleError(source, name, "stored uncompressed, yet its two declared sizes differ");
    }
    total += entry.size;
    if (total > BUNDLE_LIMITS.totalBytes) {
      throw bundleError(source, void 0, `its entries declare more than ${BUNDLE_LIMITS.totalBytes} bytes in all`);
    }
  }
}
function extract(unzip, bytes, entry, source) {
  let inflated;
  try {
    inflated = unzip(bytes, { filter: (file) => file.name === entry.name })[entry.name];
  } catch (error) {
    throw bundleError(source, entry.name, `cannot be decompressed (${reasonOf2(error)})`);
  }
  if (inflated === void 0) throw bundleError(source, entry.name, "cannot be decompressed");
  return inflated;
}
function decodeText(bytes, source, entry) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw bundleError(source, entry, "not UTF-8 text");
  }
}
function parseManifest(text, source) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bundleError(source, MANIFEST_ENTRY, "not valid JSON");
  }
  const format = isRecord(raw) ? raw.format : void 0;
  if (format !== BUNDLE_FORMAT) {
    throw bundleError(
      source,
      MANIFEST_ENTRY,
      `format is ${describeValue(format)}, not "${BUNDLE_FORMAT}": not an eval752 export`
    );
  }
  const version2 = isRecord(raw) ? raw.format_version : void 0;
  if (typeof version2 !== "number" || !READABLE_FORMAT_VERSIONS.includes(version2)) {
    throw bundleError(
      source,
      MANIFEST_ENTRY,
      `format_version ${describeValue(version2)} is not one this lighteval-action reads (it reads format_version ${orList(READABLE_FORMAT_VERSIONS.map(String))}); a newer lighteval-action may read it`
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue2] = fieldIssuesFrom(parsed.error);
    throw bundleError(source, MANIFEST_ENTRY, issue2 === void 0 ? "not a valid manifest" : formatIssue(issue2));
  }
  return parsed.data;
}
function checkManifestFiles(manifest, entries, source) {
  const listed = /* @__PURE__ */ new Set();
  let results = 0;
  for (const file of manifest.files) {
    const name = shownEntryName(file.path);
    const problem = entryPathProblem(file.path);
    if (problem !== void 0) throw bundleError(source, MANIFEST_ENTRY, `lists ${name}: unsafe path: ${problem}`);
    if (listed.has(file.path)) throw bundleError(source, MANIFEST_ENTRY, `lists ${name} more than once`);
    listed.add(file.path);
    if (file.path === MANIFEST_ENTRY) throw bundleError(source, MANIFEST_ENTRY, "lists itself");
    if (isResultsEntry(file.path)) results += 1;
    else if (file.path !== CONFIG_ENTRY && file.path !== NATIVE_ENTRY) {
      throw bundleError(
        source,
        name,
        `not part of format version 1, which holds ${CONFIG_ENTRY}, ${NATIVE_ENTRY} and at most one ${RESULTS_ENTRY_EXPECTED}`
      );
    }
    const entry = entries.get(file.path);
    if (entry === void 0) throw bundleError(source, name, "listed in the manifest, but not in the bundle");
    if (entry.size !== file.size) {
      throw bundleError(source, name, `the zip declares ${entry.size} bytes, the manifest ${file.size}`);
    }
  }
  for (const required2 of [CONFIG_ENTRY, NATIVE_ENTRY]) {
    if (!listed.has(required2)) throw bundleError(source, required2, "missing: every bundle has it");
  }
  if (results > 1)
    throw bundleError(source, MANIFEST_ENTRY, `lists ${results} results files; a bundle holds at most one`);
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      throw bundleError(source, shownEntryName(name), "not listed in the manifest");
  }
}
async function readBundle(bytes, source) {
  if (bytes.length > BUNDLE_LIMITS.bundleBytes) {
    throw bundleError(
      source,
      void 0,
      `is ${bytes.length} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}`
    );
  }
  const { unzipSync } = await Promise.resolve().then(() => __toESM(require("./../chunks/zip.cjs"), 1));
  const listing = listEntries(unzipSync, bytes, source);
  checkListing(listing, bytes, source);
  const entries = new Map(listing.map((entry) => [entry.name, entry]));
  const manifestEntry = entries.get(MANIFEST_ENTRY);
  if (manifestEntry === void 0) {
    throw bundleError(source, void 0, `has no ${MANIFEST_ENTRY}: not an eval752 export (a zip of something else?)`);
  }
  const manifest = parseManifest(
    decodeText(extract(unzipSync, bytes, manifestEntry, source), source, MANIFEST_ENTRY),
    source
  );
  checkManifestFiles(manifest, entries, source);
  const texts = /* @__PURE__ */ new Map();
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (entry === void 0) throw bundleError(source, file.path, "listed in the manifest, but not in the bundle");
    const data = extract(unzipSync, bytes, entry, source);
    if (data.length !== file.size) {
      throw bundleError(source, file.path, `holds ${data.length} bytes, the manifest says ${file.size}`);
    }
    if (await sha256Hex(data) !== file.sha256)
      throw bundleError(source, file.path, "sha256 does not match the manifest");
    texts.set(file.path, decodeText(data, source, file.path));
  }
  const resultsPath = manifest.files.map((file) => file.path).find(isResultsEntry);
  const results = resultsPath === void 0 ? void 0 : { path: resultsPath, text: texts.get(resultsPath) ?? "" };
  return {
    manifest,
    files: { configYaml: texts.get(CONFIG_ENTRY) ?? "", nativeYaml: texts.get(NATIVE_ENTRY) ?? "", results }
  };
}

// src/io/bundle-file.ts
function readBundleFile(path, label2) {
  try {
    const { size } = (0, import_node_fs4.statSync)(path);
    if (size > BUNDLE_LIMITS.bundleBytes) {
      throw new ConfigError([
        { path: label2, message: `${path} is ${size} bytes; a bundle may be at most ${BUNDLE_LIMITS.bundleBytes}` }
      ]);
    }
    const buffer = (0, import_node_fs4.readFileSync)(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([{ path: label2, message: `cannot read ${path} (${reasonOf(error)})` }]);
  }
}
function writeBundleFile(path, bytes, label2) {
  try {
    (0, import_node_fs4.mkdirSync)((0, import_node_path5.dirname)(path), { recursive: true });
    replaceFile(path, bytes, 438);
  } catch (error) {
    throw new ConfigError([{ path: label2, message: `cannot write ${path} (${reasonOf(error)})` }]);
  }
}

// src/cli/run-options.ts
function parseTasksOption(text) {
  if (text === void 0) return void 0;
  const specs = splitTaskList(text);
  if (specs.length === 0) throw new UsageError("--tasks: expected task specs such as gsm8k|0, comma-separated");
  return specs;
}
function parseMaxSamplesOption(text) {
  if (text === void 0) return void 0;
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UsageError("--max-samples: expected a whole number of at least 1");
  }
  return Number(text);
}
var OPTION_OF_FIELD = {
  tasks: "--tasks",
  max_samples: "--max-samples",
  lighteval_version: "--lighteval-version"
};
function withOptionNames(error) {
  return new ConfigError(error.issues.map((issue2) => ({ ...issue2, path: OPTION_OF_FIELD[issue2.path] ?? issue2.path })));
}

// src/cli/export-command.ts
var EXPORT_OPTIONS = {
  output: { type: "string" },
  tasks: { type: "string" },
  "max-samples": { type: "string" },
  "lighteval-version": { type: "string" }
};
function parseExportArgs(args) {
  const { values, positionals } = parseCommandLine(args, {
    command: "export",
    options: EXPORT_OPTIONS,
    positionals: { name: "DIR", min: 1, max: 1 }
  });
  const [directory = ""] = positionals;
  if (values.output === "") throw new UsageError("--output: expected a file name");
  return {
    directory,
    output: values.output,
    tasks: parseTasksOption(values.tasks),
    maxSamples: parseMaxSamplesOption(values["max-samples"]),
    lightevalVersion: values["lighteval-version"]
  };
}
async function runExport(args, io) {
  const exported = await exportDirectory({
    directory: args.directory,
    tasks: args.tasks,
    maxSamples: args.maxSamples,
    lightevalVersion: args.lightevalVersion,
    env: io.env,
    label: "DIR"
  }).catch((error) => {
    throw error instanceof ConfigError ? withOptionNames(error) : error;
  });
  const { metadata, files } = exported.contents;
  const output = args.output ?? (0, import_node_path6.join)(args.directory, defaultBundleName(metadata.model_name));
  writeBundleFile(output, exported.bytes, "--output");
  for (const warning of exported.warnings) io.stderr(`warning: ${warning}
`);
  const entries = [
    MANIFEST_ENTRY,
    CONFIG_ENTRY,
    NATIVE_ENTRY,
    ...files.results === void 0 ? [] : [files.results.path]
  ];
  const tasks = metadata.tasks.length === 0 ? "no tasks" : `tasks ${metadata.tasks.join(", ")}`;
  const samples = metadata.max_samples === null ? "" : `, at most ${metadata.max_samples} samples per task`;
  io.stdout(
    `wrote ${visibleControls(output)}
  ${metadata.model_name}, LightEval ${metadata.lighteval_version}, ${tasks}${samples}, created ${metadata.created_at}
` + entries.map((entry) => `  ${entry}
`).join("")
  );
}
var exportCommand = {
  name: "export",
  summary: "package a build folder (and its LightEval results) as a .eval752.zip bundle",
  usage: `Usage: lighteval-action export DIR [options]

Packages the build in DIR (config.yaml, lighteval-model.yaml and the newest
results/**/results_*.json, if LightEval ran there) as a .eval752.zip bundle.
config.yaml is redacted, the results are scrubbed of the key; prints what it wrote.

Options:
  --output FILE              the bundle to write (default DIR/<model>.eval752.zip)
  --tasks SPEC               task specs to record, comma-separated
                             (default: the tasks of the results)
  --max-samples N            samples per task to record (default: the results')
  --lighteval-version X.Y.Z  LightEval version, for a lighteval-model.yaml whose
                             first line does not name it
  -h, --help                 show this help

SOURCE_DATE_EPOCH, when set, is the bundle's creation time; otherwise the newest
modification time of the files exported, so the same folder gives the same bytes.
Exit status: 0 done, 1 invalid input, 2 bad usage.
`,
  run: async (args, io) => {
    await runExport(parseExportArgs(args), io);
    return EXIT_OK;
  }
};

// src/bundle/open.ts
function schemaError(source, entry, error) {
  const [issue2] = fieldIssuesFrom(error);
  return bundleError(source, entry, issue2 === void 0 ? "unexpected layout" : formatIssue(issue2));
}
var CREDENTIALS = "base_url holds credentials; a bundle carries them redacted only";
async function checkedConfig(text, source) {
  const parsed = ConfigDictSchema.safeParse(await parseDocument(text, `${source}: ${CONFIG_ENTRY}`));
  if (!parsed.success) throw schemaError(source, CONFIG_ENTRY, parsed.error);
  const [parameters] = parsed.data.model_parameters;
  if (parameters.api_key !== void 0 && !isRedactedApiKey(parameters.api_key)) {
    throw bundleError(source, CONFIG_ENTRY, "holds an API key; a bundle carries redacted configuration only");
  }
  if (redactBaseUrl(parameters.base_url) !== parameters.base_url) throw bundleError(source, CONFIG_ENTRY, CREDENTIALS);
  return parsed.data;
}
async function checkedNative(text, source, lightevalVersion) {
  const parsed = NativeModelFileSchema.safeParse(await parseDocument(text, `${source}: ${NATIVE_ENTRY}`));
  if (!parsed.success) throw schemaError(source, NATIVE_ENTRY, parsed.error);
  const { base_url: baseUrl } = parsed.data.model_parameters;
  if (redactBaseUrl(baseUrl) !== baseUrl) throw bundleError(source, NATIVE_ENTRY, CREDENTIALS);
  const written = lightevalVersionOfNativeText(text);
  if (written !== lightevalVersion) {
    const says = written === void 0 ? "does not name its LightEval version on its first line" : `was written for LightEval ${written}`;
    throw bundleError(source, NATIVE_ENTRY, `${says}, but the manifest says ${lightevalVersion}`);
  }
  return parsed.data;
}
function checkedResults(text, path, source, config2) {
  const parsed = LightEvalResultsSchema.safeParse(parseResultsText(text, `${source}: ${path}`));
  if (!parsed.success) throw schemaError(source, path, parsed.error);
  const modelConfig = parsed.data.config_general.model_config;
  if (isRecord(modelConfig) && modelConfig.api_key !== void 0 && modelConfig.api_key !== null) {
    throw bundleError(
      source,
      path,
      "holds an API key (config_general.model_config.api_key); bundled results are scrubbed"
    );
  }
  const mismatch = resultsModelMismatch(config2, parsed.data);
  if (mismatch !== void 0) throw bundleError(source, path, mismatch);
  return parsed.data;
}
async function openBundle(bytes, source) {
  const bundle = await readBundle(bytes, source);
  const { manifest, files } = bundle;
  const config2 = await checkedConfig(files.configYaml, source);
  const native = await checkedNative(files.nativeYaml, source, manifest.lighteval_version);
  const results = files.results === void 0 ? void 0 : checkedResults(files.results.text, files.results.path, source, config2);
  for (const [entry, name] of [
    [CONFIG_ENTRY, config2.metadata.model_name],
    [NATIVE_ENTRY, native.model_parameters.model_name]
  ]) {
    if (name !== manifest.model_name) {
      throw bundleError(
        source,
        MANIFEST_ENTRY,
        `model_name ${JSON.stringify(manifest.model_name)} differs from ${entry}'s ${JSON.stringify(name)}`
      );
    }
  }
  return { ...bundle, config: config2, native, results };
}

// src/cli/inspect-command.ts
function trustNotes(bundle) {
  const key = providerKeyOf(bundle.config);
  const named = bundle.config.model_parameters[0].api_key_env;
  const url = bundle.native.model_parameters.base_url;
  return [
    ...named === void 0 || key.litellmVariables.includes(named) ? [] : [
      `warning: config.yaml names ${named} as the key variable, not the provider's ${key.litellmVariable}; replay never reads ${named} unless told to (--api-key-env)`
    ],
    ...url === void 0 ? [] : [
      `note: the bundle calls ${redactBaseUrl(url)}; replay calls a base URL only when it is named with --base-url`
    ]
  ];
}
async function runInspect(file, io) {
  const bundle = await openBundle(readBundleFile(file, "FILE"), file);
  io.stdout(
    `==> manifest.json <==
${JSON.stringify(bundle.manifest, null, 2)}

==> config.yaml <==
${bundle.files.configYaml}`
  );
  for (const note of trustNotes(bundle)) io.stderr(`${note}
`);
}
var inspectCommand = {
  name: "inspect",
  summary: "verify a .eval752.zip bundle and print its manifest and config.yaml",
  usage: `Usage: lighteval-action inspect FILE.eval752.zip

Verifies the bundle (every entry's size and SHA-256, its paths, its format
version), then prints its manifest and its redacted config.yaml, and on standard
error the base URL and key variable a replay would be asked to trust. The checks
show the bundle is whole, not who made it.

Options:
  -h, --help                 show this help

Exit status: 0 a valid bundle, 1 an invalid one, 2 bad usage.
`,
  run: async (args, io) => {
    const { positionals } = parseCommandLine(args, {
      command: "inspect",
      options: {},
      positionals: { name: "FILE", min: 1, max: 1 }
    });
    await runInspect(positionals[0] ?? "", io);
    return EXIT_OK;
  }
};

// src/cli/replay-command.ts
var import_node_path9 = require("node:path");

// src/bundle/replay-table.ts
var MISSING2 = "\u2014";
var NOISE = 1e-12;
function codeSpan(name) {
  const text = visibleControls(name).replace(/\|/g, "\\|");
  const longestRun = Array.from(text.matchAll(/`+/g), ([run]) => run.length).reduce((a, b) => Math.max(a, b), 0);
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${spanContent(text)}${fence}`;
}
function spanContent(text) {
  if (/^ *$/.test(text)) return text || " ";
  return /^[ `]|[ `]$/.test(text) ? ` ${text} ` : text;
}
function valueText(metric) {
  return metric === void 0 ? MISSING2 : formatMetric(metric.value);
}
function differenceText(bundled, fresh) {
  if (bundled === null || bundled === void 0 || fresh === null || fresh === void 0) return MISSING2;
  const difference = fresh - bundled;
  if (Math.abs(difference) < NOISE) return "0";
  return `${difference > 0 ? "+" : "-"}${formatMetric(Math.abs(difference))}`;
}
function union2(first, second) {
  return [.../* @__PURE__ */ new Set([...first, ...second])];
}
function tasksInOrder(tasks) {
  return [...tasks].sort((a, b) => Number(a === "all") - Number(b === "all"));
}
function replayTable(bundled, fresh) {
  const before = bundled ?? {};
  const rows = [];
  for (const task of tasksInOrder(union2(Object.keys(fresh), Object.keys(before)))) {
    const freshMetrics = fresh[task] ?? {};
    const bundledMetrics = before[task] ?? {};
    for (const metric of union2(Object.keys(freshMetrics), Object.keys(bundledMetrics))) {
      const was = bundledMetrics[metric];
      const is = freshMetrics[metric];
      const cells = [
        codeSpan(task),
        codeSpan(metric),
        valueText(was),
        valueText(is),
        differenceText(was?.value, is?.value)
      ];
      rows.push(`| ${cells.join(" | ")} |`);
    }
  }
  if (rows.length === 0) return "The results hold no metrics.\n";
  return ["| task | metric | bundled | new | difference |", "|---|---|--:|--:|--:|", ...rows, ""].join("\n");
}

// src/io/child-process.ts
var import_node_child_process = require("node:child_process");
var import_node_fs5 = require("node:fs");
var import_node_path7 = require("node:path");
var TAIL_LINES = 20;
var STOP_GRACE_MS = 5e3;
var STOP_POLL_MS = 100;
var IS_WINDOWS = process.platform === "win32";
var MAX_PENDING_OUTPUT = 8 * 1024 * 1024;
var DRAIN_POLL_MS = 20;
function pendingOutput() {
  return process.stdout.writableLength + process.stderr.writableLength;
}
function passThrough(stream, text) {
  (stream === "stdout" ? process.stdout : process.stderr).write(text);
}
var MAX_TAIL_LINE_LENGTH = 500;
var MAX_HELD = 64 * 1024;
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
var Tail = class {
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
function runChildProcess(request) {
  const tail = new Tail(secretScrubber(request.secrets ?? []));
  return new Promise((resolve2) => {
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
    for (const [name, stream] of streams) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        output(name, chunk);
        tail.add(name, chunk);
        if (!paused && pendingOutput() > MAX_PENDING_OUTPUT) {
          paused = true;
          for (const [, each] of streams) each.pause();
          setTimeout(resumeWhenDrained, DRAIN_POLL_MS);
        }
      });
    }
    child.on("error", (error) => {
      startError = error;
    });
    child.on("exit", () => {
      clearTimeout(timeout);
      if (watch === void 0) stop("SIGTERM");
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timeout);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve2({
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
    if (!(0, import_node_fs5.statSync)(path).isFile()) return false;
    (0, import_node_fs5.accessSync)(path, import_node_fs5.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findOnPath(name, env) {
  const extensions = IS_WINDOWS ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const directory of (env.PATH ?? "").split(import_node_path7.delimiter)) {
    if (directory === "") continue;
    for (const extension of extensions) {
      const candidate = (0, import_node_path7.join)(directory, name + extension);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return void 0;
}

// src/io/lighteval-run.ts
var import_node_fs7 = require("node:fs");
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/io/results-files.ts
var import_node_fs6 = require("node:fs");
var import_node_path8 = require("node:path");
var RESULTS_DIR2 = "results";
var DETAILS_DIR = "details";
var RESULTS_FILE2 = /^results_.*\.json$/;
function filesUnder(directory) {
  let names;
  try {
    names = (0, import_node_fs6.readdirSync)(directory, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = (0, import_node_path8.join)(directory, name);
    const stats = (0, import_node_fs6.lstatSync)(path, { throwIfNoEntry: false });
    return stats?.isFile() === true ? [[path, stats.mtimeMs]] : [];
  });
}
function snapshotRunFiles(outputDir) {
  return new Map([RESULTS_DIR2, DETAILS_DIR].flatMap((folder) => filesUnder((0, import_node_path8.join)(outputDir, folder))));
}
function runFilesSince(outputDir, before) {
  const written = [...snapshotRunFiles(outputDir)].filter(([path, mtime]) => before.get(path) !== mtime);
  const newestFirst = written.sort((a, b) => b[1] - a[1]).map(([path]) => path);
  const resultsRoot = (0, import_node_path8.join)(outputDir, RESULTS_DIR2);
  return {
    results: newestFirst.filter((path) => path.startsWith(resultsRoot) && RESULTS_FILE2.test((0, import_node_path8.basename)(path))),
    details: newestFirst.filter((path) => path.startsWith((0, import_node_path8.join)(outputDir, DETAILS_DIR)))
  };
}
function rewriteFile(path, text) {
  replaceFile(path, text, (0, import_node_fs6.statSync)(path).mode & 4095);
}
function scrubResultsFile(path, secrets) {
  const text = scrubSecrets((0, import_node_fs6.readFileSync)(path, "utf8"), secrets);
  let document;
  let scrubbed;
  try {
    document = scrubResults(parseResultsText(text, path), secrets);
    scrubbed = serializeResults(document);
  } catch (error) {
    rewriteFile(path, text);
    throw error;
  }
  rewriteFile(path, scrubbed);
  return document;
}

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
    } catch (error) {
      if (error instanceof ConfigError) return { path, unreadable: error.message };
      (0, import_node_fs7.rmSync)(path, { force: true });
      const reason = error instanceof Error ? error.message : String(error);
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
  const files = { ...written, results: written.results.filter((path) => (0, import_node_fs7.existsSync)(path)) };
  const failed = (failure2, headline = failure2) => ({
    ok: false,
    failure: scrub(failure2),
    headline: scrub(headline),
    files
  });
  if (outcome.startError !== void 0)
    return failed(`LightEval could not start (${program}): ${outcome.startError.message}`);
  if (outcome.exitCode !== 0) {
    const hint = dependencyTooNewHint(outcome.tail);
    const headline = failureHeadline("LightEval", outcome, request.timeLimit);
    const message = failureMessage(headline, outcome.tail);
    return hint === void 0 ? failed(message, headline) : failed(`${hint}
${message}`, `${headline} ${hint}`);
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

// src/io/scrubbed-output.ts
var MAX_HELD2 = 64 * 1024;
function scrubbedOutput(sink, secrets) {
  const { scrub, settle } = secretScrubber(secrets);
  const pass = (text) => {
    if (text !== "") sink(text);
  };
  const held = /* @__PURE__ */ new Map();
  return {
    write(stream, text) {
      const lineEnd = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r")) + 1;
      const before = held.get(stream) ?? "";
      let scrubbed = lineEnd === 0 ? "" : scrub(before + text.slice(0, lineEnd));
      let rest = lineEnd === 0 ? before + text : text.slice(lineEnd);
      if (rest.length > MAX_HELD2) {
        const settled = settle(rest);
        scrubbed += settled.scrubbed;
        rest = settled.rest;
      }
      pass(scrubbed);
      held.set(stream, rest);
    },
    flush() {
      for (const rest of held.values()) pass(scrub(rest));
      held.clear();
    }
  };
}

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
    ...apiKey === "" ? {} : Object.fromEntries(keyVariables.map((name) => [name, apiKey]))
  };
}

// src/cli/replay-command.ts
var DEFAULT_OUTPUT_DIR = "lighteval-replay";
var REPLAY_OPTIONS = {
  tasks: { type: "string" },
  "max-samples": { type: "string" },
  "custom-tasks": { type: "string" },
  "output-dir": { type: "string" },
  "api-key-env": { type: "string" },
  "base-url": { type: "string" }
};
var ENV_NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseReplayArgs(args) {
  const { values, positionals } = parseCommandLine(args, {
    command: "replay",
    options: REPLAY_OPTIONS,
    positionals: { name: "FILE", min: 1, max: 1 }
  });
  return {
    file: positionals[0] ?? "",
    tasks: parseTasksOption(values.tasks),
    maxSamples: parseMaxSamplesOption(values["max-samples"]),
    customTasks: values["custom-tasks"] || void 0,
    outputDir: values["output-dir"] || DEFAULT_OUTPUT_DIR,
    apiKeyEnv: parseApiKeyEnv(values["api-key-env"]),
    baseUrl: parseBaseUrl(values["base-url"])
  };
}
function parseApiKeyEnv(name) {
  if (name !== void 0 && !ENV_NAME2.test(name))
    throw new UsageError("--api-key-env: expected a variable name such as OPENAI_API_KEY");
  return name;
}
function parseBaseUrl(url) {
  if (url === void 0) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  if (parsed === void 0 || parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UsageError("--base-url: expected an http(s) URL");
  }
  return url;
}
function replayBaseUrl(args, bundle) {
  const bundled = bundle.native.model_parameters.base_url ?? void 0;
  if (bundled === void 0 || args.baseUrl !== void 0) return args.baseUrl;
  const shown = redactBaseUrl(bundled);
  throw new ConfigError([
    {
      path: "--base-url",
      message: `the bundle calls ${shown}; replay sends your key only to a base URL you name: pass --base-url with the URL to call (the bundle's, if you trust where the bundle came from)`
    }
  ]);
}
function replayTasks(given, bundle) {
  const { manifest } = bundle;
  const specs = given ?? manifest.tasks;
  if (specs.length === 0) {
    throw new ConfigError([
      { path: "--tasks", message: 'the bundle records no tasks; name them, such as --tasks "gsm8k|0"' }
    ]);
  }
  try {
    return normalizeTaskList(specs, manifest.lighteval_version);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw withOptionNames(new ConfigError(error.issues.map((issue2) => ({ path: "tasks", message: issue2.message }))));
  }
}
async function runReplay(args, io) {
  const bundle = await openBundle(readBundleFile(args.file, "FILE"), args.file);
  const { manifest } = bundle;
  const tasks = replayTasks(args.tasks, bundle);
  const maxSamples = args.maxSamples ?? manifest.max_samples ?? void 0;
  const key = providerKeyOf(bundle.config);
  const keyVariables = args.apiKeyEnv === void 0 ? key.litellmVariables : [args.apiKeyEnv];
  const apiKey = keyVariables.map((name) => io.env[name] ?? "").find((value) => value !== "") ?? "";
  if (key.needsKey && apiKey === "") {
    const variable = args.apiKeyEnv ?? key.litellmVariable;
    throw new ConfigError([
      { path: variable, message: `not set; replaying ${manifest.model_name} needs the ${key.prefix} key in it` }
    ]);
  }
  const baseUrl = replayBaseUrl(args, bundle);
  const program = findOnPath("lighteval", io.env);
  if (program === void 0) {
    throw new ConfigError([
      {
        path: "lighteval",
        message: `not found on PATH; install it with pip install "lighteval[litellm]==${manifest.lighteval_version}"`
      }
    ]);
  }
  const native = { ...bundle.native, model_parameters: { ...bundle.native.model_parameters, base_url: baseUrl } };
  const baseUrlSecrets = baseUrl === void 0 ? [] : baseUrlCredentials(baseUrl);
  const nativeText = nativeFileText(native, manifest.lighteval_version);
  writeFiles(
    args.outputDir,
    [{ name: NATIVE_FILE, text: nativeText, secret: baseUrlSecrets.length > 0 }],
    "--output-dir"
  );
  const lightevalArgs = lightevalArguments({
    modelFile: (0, import_node_path9.join)(args.outputDir, NATIVE_FILE),
    outputDir: args.outputDir,
    tasks: tasks.specs,
    maxSamples,
    customTasks: args.customTasks,
    lightevalVersion: manifest.lighteval_version
  });
  for (const warning of tasks.warnings) io.stderr(`warning: ${warning}
`);
  const endpoint = baseUrl === void 0 ? "the provider's own endpoint" : redactBaseUrl(baseUrl);
  io.stderr(`replaying ${manifest.model_name} at ${endpoint}, the key from ${args.apiKeyEnv ?? key.litellmVariable}
`);
  io.stderr(`running ${shownCommand([program, ...lightevalArgs])}
`);
  const secrets = [...apiKey === "" ? [] : [apiKey], ...baseUrlSecrets];
  const output = scrubbedOutput(io.stderr, secrets);
  const run = await runLightEval({
    program,
    args: lightevalArgs,
    env: lightevalEnvironment(io.env, key.litellmVariables, apiKey),
    outputDir: args.outputDir,
    secrets,
    output: output.write
  });
  output.flush();
  if (!run.ok) throw new Error(run.failure);
  io.stdout(
    replayTable(bundle.results === void 0 ? void 0 : taskMetricsOf(bundle.results), taskMetricsOf(run.results))
  );
  io.stderr(
    `wrote ${visibleControls((0, import_node_path9.join)(args.outputDir, NATIVE_FILE))}; results in ${visibleControls(run.resultsPath)}
`
  );
}
var replayCommand = {
  name: "replay",
  summary: "run LightEval again on a .eval752.zip bundle and compare the metrics",
  usage: `Usage: lighteval-action replay FILE.eval752.zip [options]

Verifies the bundle, writes its lighteval-model.yaml into the output folder, runs
lighteval endpoint litellm on it (lighteval from PATH), and prints each metric of
the bundled results beside the new one.

A bundle is not proof of where it came from: its checksums show it is whole, not
who made it. So replay calls the bundle's base URL only when you name it with
--base-url, and reads the key from the provider's variable (or --api-key-env),
never from the variable the bundle's config.yaml names.

Options:
  --base-url URL             the base URL to call; required when the bundle has one
                             (pass the bundle's to call it, or another)
  --api-key-env NAME         the variable to read the key from
                             (default: the provider's, such as OPENAI_API_KEY)
  --tasks SPEC               task specs to run, comma-separated
                             (default: the bundle's)
  --max-samples N            samples per task (default: the bundle's)
  --custom-tasks FILE        the custom tasks file the bundled tasks come from
  --output-dir DIR           where the native file and LightEval's results go
                             (default lighteval-replay)
  -h, --help                 show this help

The key reaches LightEval only in its environment, under the provider's variable.
Exit status: 0 done, 1 an invalid bundle, a missing key, base URL or LightEval, or
a failed run, 2 bad usage.
`,
  run: async (args, io) => {
    await runReplay(parseReplayArgs(args), io);
    return EXIT_OK;
  }
};

// src/cli/usage.ts
function overviewUsage(commands) {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: lighteval-action <command> [options]

Commands:
${lines.join("\n")}

Options:
  -h, --help     show this help
  -v, --version  print the version

Run lighteval-action <command> --help for a command's options.
The key is read from the environment, never from the command line.
`;
}

// src/cli/validate-command.ts
var PLACEHOLDER_MODEL = "placeholder-model";
var VALIDATE_OPTIONS = {
  provider: { type: "string" },
  "run-config": { type: "string" },
  model: { type: "string" },
  "lighteval-version": { type: "string" }
};
function parseValidateArgs(args) {
  const { values } = parseCommandLine(args, { command: "validate", options: VALIDATE_OPTIONS });
  if (values.provider === void 0) throw new UsageError("--provider FILE is required");
  return {
    providerFile: values.provider,
    runConfigFile: values["run-config"],
    model: values.model ?? PLACEHOLDER_MODEL,
    lightevalVersion: values["lighteval-version"]
  };
}
async function readDocument2(path, option) {
  try {
    return { document: await parseDocument(readTextFile(path, option), path) };
  } catch (error) {
    if (error instanceof ConfigError) return { issues: error.issues };
    throw error;
  }
}
var readIssues = (result) => "issues" in result ? result.issues : [];
var isProviderField = (path) => path === "provider" || path.startsWith("provider.") || path.startsWith("provider[");
async function runValidate(args, io) {
  const provider = await readDocument2(args.providerFile, "--provider");
  const runConfig = args.runConfigFile === void 0 ? { document: {} } : await readDocument2(args.runConfigFile, "--run-config");
  const report = new LightEvalConfigService().validate(
    {
      provider: "document" in provider ? provider.document : void 0,
      // An empty file means no settings, as for build.
      runConfig: "document" in runConfig ? runConfig.document ?? {} : {},
      modelName: args.model,
      includeApiKey: false
    },
    { lightevalVersion: args.lightevalVersion }
  );
  const checked = "document" in provider ? report.issues : report.issues.filter((issue2) => !isProviderField(issue2.path));
  const issues = [...readIssues(provider), ...readIssues(runConfig), ...checked];
  for (const warning of report.warnings) io.stderr(`warning: ${warning}
`);
  if (issues.length > 0) {
    for (const issue2 of issues) io.stderr(`error: ${formatIssue(issue2)}
`);
    return EXIT_FAILURE;
  }
  const { providerFile, runConfigFile } = args;
  const valid = runConfigFile === void 0 ? `${providerFile} is` : `${providerFile} and ${runConfigFile} are`;
  io.stdout(`${valid} valid
`);
  return EXIT_OK;
}
var validateCommand = {
  name: "validate",
  summary: "check a provider record and a run configuration as build does, writing nothing",
  usage: `Usage: lighteval-action validate --provider FILE [--run-config FILE] [options]

Checks a provider record and a run configuration as build does, and writes nothing.
Lists every problem, not only the first.

Options:
  --provider FILE            provider record, YAML or JSON (required)
  --run-config FILE          run configuration, YAML or JSON
  --model NAME               model name to check with (default: a placeholder)
  --lighteval-version X.Y.Z  LightEval version lighteval-model.yaml would target (default ${DEFAULT_LIGHTEVAL_VERSION})
  -h, --help                 show this help

Exit status: 0 valid, 1 invalid (every problem listed), 2 bad usage.
`,
  run: (args, io) => runValidate(parseValidateArgs(args), io)
};

// package.json
var package_default = { version: "1.0.0" };

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/main.ts
var COMMANDS = [
  buildCommand,
  validateCommand,
  exportCommand,
  inspectCommand,
  replayCommand,
  compareCommand
];
var USAGE = overviewUsage(COMMANDS);
var isHelp = (arg) => arg === "-h" || arg === "--help";
var isVersion = (arg) => arg === "-v" || arg === "--version";
var OVERVIEW_OPTIONS = ["help", "version"];
function noCommandMessage(name) {
  if (name === void 0) return "a command is required";
  if (name.startsWith("-"))
    return unknownOptionMessage(name, OVERVIEW_OPTIONS, "the command comes first, then its options");
  const names = COMMANDS.map((known) => known.name);
  const suggestion = didYouMean(name, names);
  return suggestion === void 0 ? `unknown command; the commands are ${names.join(", ")}` : `unknown command; did you mean ${suggestion}?`;
}
async function main(argv, io) {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (isHelp(name) || name === "help") {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (isVersion(name)) {
      io.stdout(`${VERSION}
`);
      return EXIT_OK;
    }
    if (command === void 0) throw new UsageError(noCommandMessage(name));
    if (args.some(isHelp)) {
      io.stdout(command.usage);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}

${command?.usage ?? USAGE}`);
      return EXIT_USAGE;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT_FAILURE;
  }
}

// src/cli.ts
void main(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}).then((exitCode) => {
  process.exitCode = exitCode;
});
