export const id = 353;
export const ids = [353];
export const modules = {

/***/ 58353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDocument: () => (/* binding */ parseDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37827);


/**
 * Parses a provider record or run configuration written as YAML or JSON (JSON is read as YAML 1.2, of which it is
 * a subset). An empty document is `null`. Errors give `source`, line, column and yaml's reason, never a snippet of
 * the text (no pretty errors): a mistyped file may hold a secret.
 */
function parseDocument(text, source) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (documents.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: source, message: 'expected one YAML or JSON document, found several' }]);
    }
    const [document] = documents;
    if (document === undefined)
        return null;
    const [error] = document.errors;
    if (error !== undefined) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const reason = error.message.charAt(0).toLowerCase() + error.message.slice(1);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: source, message: `invalid YAML or JSON at line ${line}, column ${col}: ${reason}` }]);
    }
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (cause) {
        // Only alias expansion fails here (a resource-exhaustion guard).
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: source, message: `unusable YAML: ${reason}` }]);
    }
}


/***/ })

};
