export const id = 923;
export const ids = [923];
export const modules = {

/***/ 8181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadAllowlistFile),
/* harmony export */   t: () => (/* binding */ readAllowlistText)
/* harmony export */ });
/* harmony import */ var _core_allowlist_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6203);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1499);



async function readAllowlistText(path, hint) {
    return (0,_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .y)(path, (code) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`allowlist: cannot read "${path}" (${code}): ${hint}`));
}
/** The allowlist first: a bad one must stop a run before anything else happens. */
async function loadAllowlistFile(path) {
    return (0,_core_allowlist_load_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllowlist */ .J)(await readAllowlistText(path, 'create it (see README#allowlist-format) or set the allowlist path'), path);
}


/***/ }),

/***/ 1499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Reads a UTF-8 text file; a failure to read becomes the caller's error, told the errno code
 * (ENOENT...). A UTF-8 byte order mark is dropped (RFC 8259 lets a parser ignore it, and
 * PowerShell writes one); UTF-16, which `Out-File` wrote by default for years, is refused
 * with what to do.
 */
async function readText(path, failure) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
    }
    catch (error) {
        throw failure(error.code ?? String(error));
    }
    const encoding = utf16Of(bytes);
    if (encoding) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${path}: the file is ${encoding}, not UTF-8: save it as UTF-8 (PowerShell: Out-File -Encoding utf8; iconv -f ${encoding === 'UTF-16LE' ? 'UTF-16LE' : 'UTF-16BE'} -t UTF-8)`);
    }
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
/** UTF-16 by its byte order mark, or by the zero bytes every ASCII character gets in it. */
function utf16Of(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'UTF-16LE';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'UTF-16BE';
    if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
        return 'UTF-16LE';
    if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0)
        return 'UTF-16BE';
    return undefined;
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAction: () => (/* binding */ checkAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/allowlist/check.ts + 2 modules
var check = __webpack_require__(249);
// EXTERNAL MODULE: ./src/core/report/check-render.ts
var check_render = __webpack_require__(5119);
// EXTERNAL MODULE: ./src/files/allowlist-file.ts
var allowlist_file = __webpack_require__(8181);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/findings/known-exposures.ts
var known_exposures = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/report-artifact.ts + 1 modules
var report_artifact = __webpack_require__(129);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(651);
;// CONCATENATED MODULE: ./src/modes/check/preview.ts
// What check mode reads from GitHub: the base allowlist of the pull request, and the current
// exposures that preview the change's impact (the latest trusted report, else the open issues).







async function readCheckContext(options, settings, log) {
    const github = (0,client/* createGitHub */.Cl)(options.token, options.apiUrl, log.warning);
    const { target } = options;
    const base = settings.baseSha === undefined ? undefined : await (0,repository/* readFileAt */._T)(github, target, settings.allowlist, settings.baseSha, 'absent');
    let own;
    try {
        own = await (0,identity/* resolveOwnAccounts */.L)(github, options.botLogins);
    }
    catch (error) {
        log.warning(`${(0,errors/* messageOf */.bD)(error)}. Without it, no sticky comment and no preview from the open issues.`);
    }
    const session = own ? { github, target, own } : undefined;
    const exposures = await previewExposures(github, session, settings.reportArtifact, options, log);
    return { ...(base ? { baseText: base.text } : {}), ...(exposures ? { exposures } : {}), ...(session ? { session } : {}) };
}
async function previewExposures(github, session, artifactName, options, log) {
    const { target } = options;
    const artifact = await (0,report_artifact/* latestReportExposures */.Y)(github, target, artifactName, new Date());
    if (artifact.ok)
        return { from: artifact.from, list: artifact.list };
    log.info(`Impact preview from the open issues: ${artifact.why}.`);
    if (!session)
        return undefined;
    try {
        const listing = await (0,issues/* listPortwardenIssues */.T4)(github, target, session.own);
        return { from: `the open Portwarden issues of ${target.owner}/${target.repo}`, list: (0,known_exposures/* exposuresFromIssues */.h)(listing.issues) };
    }
    catch (error) {
        log.warning(`No impact preview: cannot list the Portwarden issues (${(0,errors/* messageOf */.bD)(error)}).`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/modes/check/action.ts
// Check mode in the action: the pull request's allowlist against its base, annotated on the
// exact lines, summarised, and kept in one sticky comment.







async function checkAction(options, eventPath) {
    const event = eventPath ? JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8')) : {};
    const pr = event.pull_request;
    const headText = await (0,allowlist_file/* readAllowlistText */.t)(options.allowlist, 'check out the pull request first');
    const log = { info: (m) => core/* info */.pq(m), warning: (m) => core/* warning */.$e(m) };
    const settings = { allowlist: options.allowlist, reportArtifact: options.check.reportArtifact, ...(pr ? { baseSha: pr.base.sha } : {}) };
    const context = options.github ? await readCheckContext(options.github, settings, log) : {};
    const result = (0,check/* checkAllowlist */.m)({
        headFile: options.allowlist,
        headText,
        ...(context.baseText === undefined ? {} : { baseText: context.baseText }),
        ...(context.exposures ? { exposures: context.exposures } : {}),
        lint: options.lint,
        strict: options.check.strict,
    });
    annotate(result, options);
    const markdown = (0,check_render/* renderCheckMarkdown */.OL)(result, options.check.strict);
    await core/* summary */.z.addRaw(markdown).write();
    if (context.session && pr && options.check.comment) {
        const { github, target, own } = context.session;
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const comment = await (0,comments/* ensureStickyComment */.V8)(github, target, pr.number, { marker: check_render/* CHECK_COMMENT_MARKER */.oj, body: markdown }, own, sleep);
        if (comment.outcome === 'skipped')
            core/* notice */.lm(`Portwarden did not comment: ${comment.detail}. The check result is in the job summary.`);
        else
            core/* info */.pq(`Sticky comment ${comment.outcome}.`);
    }
    core/* setOutput */.uH('errors', result.errors.length);
    core/* setOutput */.uH('warnings', result.warnings.length);
    if (result.exitCode !== 0) {
        core/* setFailed */.C1(result.errors.length > 0
            ? `${result.errors.length} allowlist error(s): see the annotations.`
            : `${result.warnings.length} risky rule(s) and strict is true.`);
    }
}
/** GitHub shows at most 10 annotations of each kind per step; the summary and the log have all. */
function annotate(result, options) {
    const file = options.allowlist;
    for (const p of result.errors)
        core/* error */.z3(p.message, { file, startLine: p.line, startColumn: p.column, title: 'Allowlist error' });
    for (const w of result.warnings) {
        const annotateAs = options.check.strict ? core/* error */.z3 : core/* warning */.$e;
        annotateAs(w.message, { file, startLine: w.line, title: `Risky allowlist rule (${w.id})` });
    }
}


/***/ })

};
