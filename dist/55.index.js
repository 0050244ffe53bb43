export const id = 55;
export const ids = [55];
export const modules = {

/***/ 8224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isClassicFinding),
/* harmony export */   x: () => (/* binding */ normalizeClassicFinding)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4119);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2766);
/* harmony import */ var _normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5143);
// Inspector Classic DescribeFindings items -> exposures. Classic reports per reachability
// route and per rule type; the per-port types carry `PORT`, the aggregate `NetworkExposure`
// carries `TCP_PORTS`/`UDP_PORTS` (and a misleading `PROTOCOL: TCP`, ignored here).




const NETWORK_RULE_TYPES = new Set([
    'RecognizedPortWithListener',
    'RecognizedPortNoListener',
    'RecognizedPortNoAgent',
    'UnrecognizedPortWithListener',
    'NetworkExposure',
]);
const SEVERITY = {
    High: 'high',
    Medium: 'medium',
    Low: 'low',
    Informational: 'informational',
    Undefined: 'informational',
};
/** Path components in the order traffic meets them, edge first. */
const PATH_KEYS = ['IGW', 'VGW', 'PCX', 'ELB', 'ELB2', 'ACL', 'SECURITY_GROUP', 'ENI'];
function isClassicFinding(value) {
    return (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) && typeof value.arn === 'string' && value.arn.includes(':inspector:') && 'attributes' in value;
}
function normalizeClassicFinding(finding) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(finding))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('finding is not an object');
    const arn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)(finding.arn, 'arn');
    const attributes = readAttributes(finding.attributes);
    const ruleType = attributes.get('RULE_TYPE');
    if (!ruleType || !NETWORK_RULE_TYPES.has(ruleType)) {
        return { kind: 'skipped', reason: ruleType ? `rule type ${ruleType}` : 'not a network reachability finding' };
    }
    const location = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .arnParts */ .wo)(arn);
    if (!location)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`arn "${arn}" has no region and account`);
    const asset = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(finding.assetAttributes) ? finding.assetAttributes : {};
    const instanceId = attributes.get('INSTANCE_ID') ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(asset.agentId);
    if (!instanceId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('INSTANCE_ID attribute is missing');
    // Own keys only: a severity of "constructor" must not find Object's.
    const label = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.severity);
    const severity = Object.hasOwn(SEVERITY, label) ? SEVERITY[label] : undefined;
    if (!severity)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`severity "${label}" is not one of ${Object.keys(SEVERITY).join(', ')}`);
    const tags = readTags(asset.tags);
    const base = {
        accountId: location.accountId,
        region: location.region,
        resource: { type: 'ec2-instance', id: instanceId, name: tags.Name, tags },
        severity,
        title: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.title) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.id) ?? arn,
        reachability: reachabilityOf(attributes.get('REACHABILITY_TYPE'), (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.id)),
        path: PATH_KEYS.flatMap((key) => attributes.get(key) ?? []),
        sources: ['inspector-classic'],
        findingIds: [arn],
        firstSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.createdAt),
        lastSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.updatedAt),
    };
    const exposures = openPorts(ruleType, attributes).map(({ protocol, ports }) => ({ ...base, protocol, ports }));
    return { kind: 'exposures', exposures };
}
function openPorts(ruleType, attributes) {
    try {
        if (ruleType === 'NetworkExposure') {
            const listed = ['tcp', 'udp'].flatMap((protocol) => {
                const text = attributes.get(`${protocol.toUpperCase()}_PORTS`);
                return text === undefined ? [] : (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parseClassicPortList */ .rA)(text).map((ports) => ({ protocol, ports }));
            });
            if (!attributes.has('TCP_PORTS') && !attributes.has('UDP_PORTS')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('NetworkExposure finding has neither TCP_PORTS nor UDP_PORTS');
            }
            return listed;
        }
        const port = attributes.get('PORT');
        if (port === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${ruleType} finding has no PORT attribute`);
        return [{ protocol: readProtocol(attributes.get('PROTOCOL')), ports: (0,_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(port) }];
    }
    catch (error) {
        if (error instanceof _ports_js__WEBPACK_IMPORTED_MODULE_2__/* .PortError */ .U7)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(error.message);
        throw error;
    }
}
function reachabilityOf(type, id) {
    if (type !== undefined)
        return type.toLowerCase() === 'internet' ? 'internet' : 'private';
    // Older exports lack REACHABILITY_TYPE; the finding id names the route. Unknown is internet:
    // a false alarm costs less than a hidden exposure.
    return id && /peered vpc|virtual private gateway/i.test(id) ? 'private' : 'internet';
}
function readProtocol(value) {
    const protocol = (value ?? '').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`PROTOCOL "${value ?? ''}" is not TCP or UDP`);
    return protocol;
}
function readAttributes(value) {
    if (!Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('attributes is not a list');
    const map = new Map();
    for (const item of value) {
        if ((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(item) && typeof item.key === 'string' && typeof item.value === 'string')
            map.set(item.key, item.value);
    }
    return map;
}
function readTags(value) {
    const pairs = Array.isArray(value)
        ? value.flatMap((tag) => ((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(tag) && typeof tag.key === 'string' ? [[tag.key, (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(tag.value ?? '')]] : []))
        : [];
    return (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .tagMap */ .l)(pairs);
}


/***/ }),

/***/ 4729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ normalizeSecurityHubFinding)
/* harmony export */ });
/* unused harmony export V2_PORT_PLACES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _normalize_classic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8224);
/* harmony import */ var _normalize_inspector2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5783);
/* harmony import */ var _normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5143);
// Security Hub (ASFF) findings of Amazon Inspector -> exposures. Security Hub only relays what
// Inspector found, so each finding is turned back into the Inspector shape it came from and
// read by that version's normaliser: the same exposures, with the same fingerprints, as when
// Inspector is read directly. Only the origin (`securityhub`) and the finding ids differ.
//
// Classic findings carry their attributes as `ProductFields["attributes/<KEY>"]` (verified on
// real findings). v2 findings are marked `ProductFields["aws/inspector/ProductVersion"] = "2"`
// and carry the port range and protocol in the ASFF `Network` or `NetworkPath` fields, the title
// ("Port 22 is reachable from an Internet Gateway - TCP", "Port range 8000 - 8100 is ...") or
// the description ("the port range 22-22 is reachable from"): every place is read, and they
// must agree (see V2_PORT_PLACES).




const CLASSIC_SEVERITY = {
    CRITICAL: 'High',
    HIGH: 'High',
    MEDIUM: 'Medium',
    LOW: 'Low',
    INFORMATIONAL: 'Informational',
};
const NETWORK_TITLE = /reachable from/i;
function normalizeSecurityHubFinding(finding) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('finding is not an object');
    const id = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Id);
    if (!id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('Id is missing');
    const productArn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.ProductArn);
    if (!productArn)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${id}: ProductArn is missing`);
    if (finding.RecordState !== undefined && finding.RecordState !== 'ACTIVE')
        return { kind: 'skipped', reason: `record state ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(finding.RecordState)}` };
    const fields = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.ProductFields) ? finding.ProductFields : {};
    const product = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.ProductName) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(fields['aws/securityhub/ProductName']);
    if (product !== undefined && product !== 'Inspector')
        return { kind: 'skipped', reason: `product ${product}` };
    const resource = (Array.isArray(finding.Resources) ? finding.Resources : []).find(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv);
    if (!resource)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${id}: Resources is empty`);
    if (resource.Type !== 'AwsEc2Instance')
        return { kind: 'skipped', reason: `resource type ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(resource.Type)}` };
    // Inspector's own status: a finding Inspector suppressed or closed is not read directly either.
    const inspectorStatus = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(fields['aws/inspector/FindingStatus']);
    if (inspectorStatus !== undefined && inspectorStatus !== 'ACTIVE')
        return { kind: 'skipped', reason: `Inspector status ${inspectorStatus}` };
    const note = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.Note) ? finding.Note : {};
    const ref = {
        id,
        productArn,
        workflowStatus: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.Workflow) ? finding.Workflow.Status : undefined) ?? 'NEW',
        ...((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(note.UpdatedBy) ? { noteBy: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(note.UpdatedBy) } : {}),
    };
    try {
        if ((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(fields['aws/inspector/ProductVersion'] ?? '') === '2') {
            const result = (0,_normalize_inspector2_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeInspector2Finding */ .A)(asInspector2(finding, fields, resource));
            return result.kind === 'skipped' ? result : { kind: 'exposures', exposures: [relayed(result.exposure, id)], ref };
        }
        if (Object.keys(fields).some((key) => key.startsWith('attributes/'))) {
            const result = (0,_normalize_classic_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeClassicFinding */ .x)(asClassic(finding, fields, resource));
            return result.kind === 'skipped' ? result : { kind: 'exposures', exposures: result.exposures.map((e) => relayed(e, id)), ref };
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${id}: ${error.message}`);
        throw error;
    }
    // It passed the server's filter for network findings: an unknown shape must not pass as "no ports".
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${id}: an Inspector finding with neither ProductFields["aws/inspector/ProductVersion"] = "2" nor "attributes/*" keys`);
}
function relayed(exposure, id) {
    return { ...exposure, sources: ['securityhub'], findingIds: [id] };
}
/**
 * Where a v2 finding's port range and protocol can stand in ASFF, in the order they are read.
 * No public v2 network finding in ASFF is available to show which of them Security Hub fills
 * (the `Network` object is deprecated in the ASFF reference), so each is read, and two that
 * disagree make the finding unreadable rather than a guess.
 */
const V2_PORT_PLACES = (/* unused pure expression or super */ null && (['Network', 'NetworkPath', 'Title', 'Description']));
const PLACE_WORDS = 'Network.OpenPortRange, the NetworkPath ingress port ranges, the title ("Port 22 …", "Port range 8000 - 8100 …") or the description ("the port range 22-22 is reachable from")';
// "Port 22 is reachable from an Internet Gateway - TCP"; "Port range 8000 - 8100 is reachable ... - TCP"
const TITLE_PORTS = /^Port (?:range )?(\d{1,5})(?:\s*-\s*(\d{1,5}))? is reachable from .+ - (TCP|UDP)$/i;
// "On the instance i-…, the port range 22-22 is reachable from the InternetGateway igw-…"
const DESCRIPTION_PORTS = /\bthe port range (\d{1,5})\s*-\s*(\d{1,5}) is reachable from\b/i;
function portsOf(finding) {
    const found = [];
    const network = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.Network) ? finding.Network : {};
    if ((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(network.OpenPortRange))
        found.push({
            place: 'Network',
            protocol: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(network.Protocol),
            begin: network.OpenPortRange.Begin,
            end: network.OpenPortRange.End,
        });
    const path = (Array.isArray(finding.NetworkPath) ? finding.NetworkPath : []).filter(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv);
    for (const component of path) {
        const ingress = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(component.Ingress) ? component.Ingress : undefined;
        const range = ingress && (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(ingress.Destination) && Array.isArray(ingress.Destination.PortRanges)
            ? ingress.Destination.PortRanges.find(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)
            : undefined;
        if (range) {
            found.push({ place: 'NetworkPath', protocol: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(ingress?.Protocol), begin: range.Begin, end: range.End });
            break;
        }
    }
    const title = TITLE_PORTS.exec((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Title) ?? '');
    if (title)
        found.push({ place: 'Title', protocol: title[3], begin: Number(title[1]), end: Number(title[2] ?? title[1]) });
    const description = DESCRIPTION_PORTS.exec((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Description) ?? '');
    if (description)
        found.push({ place: 'Description', begin: Number(description[1]), end: Number(description[2]) });
    return found;
}
/** The one port range and protocol the places agree on; a disagreement is an unreadable finding. */
function agreedPorts(found) {
    const first = found[0];
    if (!first)
        return undefined;
    for (const other of found.slice(1)) {
        if ((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(other.begin) !== (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(first.begin) || (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(other.end) !== (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(first.end)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`${first.place} says ports ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(first.begin)}-${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(first.end)} but ${other.place} says ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(other.begin)}-${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(other.end)}`);
        }
    }
    const protocols = [...new Set(found.flatMap((f) => (f.protocol ? [f.protocol.toUpperCase()] : [])))];
    if (protocols.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`the protocol is given as ${protocols.join(' and ')} in different places`);
    return { protocol: protocols[0], openPortRange: { begin: first.begin, end: first.end } };
}
/** v2: back to the ListFindings shape. */
function asInspector2(finding, fields, resource) {
    const title = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Title) ?? '';
    const types = Array.isArray(finding.Types) ? finding.Types.map(String) : [];
    const path = (Array.isArray(finding.NetworkPath) ? finding.NetworkPath : []).filter(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv);
    const found = portsOf(finding);
    // Prose alone does not make a finding a network one (a CVE's description may quote ports).
    const isNetwork = found.some((f) => f.place !== 'Description') || NETWORK_TITLE.test(title) || types.some((t) => /network reachability/i.test(t));
    const details = isNetwork ? agreedPorts(found) : undefined;
    // A v2 network finding without its ports must fail loudly, never pass as "no ports".
    if (isNetwork && !details)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`a v2 network reachability finding whose port range is in none of ${PLACE_WORDS}`);
    if (details && details.protocol === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`a v2 network reachability finding whose protocol is in none of ${PLACE_WORDS}`);
    const instanceId = instanceIdOf(resource, fields);
    return {
        findingArn: finding.Id,
        awsAccountId: finding.AwsAccountId,
        type: isNetwork ? 'NETWORK_REACHABILITY' : `not network reachability (${types.join(', ') || title})`,
        status: 'ACTIVE',
        severity: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.Severity) ? finding.Severity.Label : undefined,
        title,
        firstObservedAt: finding.FirstObservedAt,
        lastObservedAt: finding.LastObservedAt,
        resources: [
            {
                type: 'AWS_EC2_INSTANCE',
                id: instanceId,
                region: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(resource.Region) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Region),
                tags: resource.Tags,
            },
        ],
        ...(details
            ? {
                networkReachabilityDetails: {
                    ...details,
                    networkPath: { steps: path.map((c) => ({ componentId: c.ComponentId, componentType: c.ComponentType })) },
                },
            }
            : {}),
    };
}
/** Classic: back to the DescribeFindings shape. */
function asClassic(finding, fields, resource) {
    const attributes = Object.entries(fields)
        .filter(([key, value]) => key.startsWith('attributes/') && typeof value === 'string')
        .map(([key, value]) => ({ key: key.slice('attributes/'.length), value }));
    const label = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(finding.Severity) ? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(finding.Severity.Label ?? '') : '';
    const tags = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(resource.Tags) ? Object.entries(resource.Tags).map(([key, value]) => ({ key, value: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(value) })) : [];
    const region = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(resource.Region) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.Region);
    const account = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(finding.AwsAccountId);
    // The Classic finding ARN holds its account and region; built from the ASFF fields when absent.
    const arn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(fields['aws/inspector/arn']) ??
        (region && account ? `arn:aws:inspector:${region}:${account}:finding/${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(finding.Id)}` : (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(finding.Id));
    return {
        arn,
        id: fields['aws/inspector/id'],
        title: finding.Title,
        severity: (Object.hasOwn(CLASSIC_SEVERITY, label) ? CLASSIC_SEVERITY[label] : undefined) ?? label,
        attributes,
        assetAttributes: { tags },
        createdAt: finding.FirstObservedAt ?? finding.CreatedAt,
        updatedAt: finding.LastObservedAt ?? finding.UpdatedAt,
    };
}
/** Resource ids come as instance ARNs, ARNs without `instance/`, or bare ids. */
function instanceIdOf(resource, fields) {
    const fromId = /\bi-[0-9a-f]{8,17}\b/.exec((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .asText */ .e1)(resource.Id ?? ''))?.[0];
    return fromId ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(fields['aws/inspector/instanceId']);
}


/***/ }),

/***/ 5055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportAction: () => (/* binding */ reportAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/report/json.ts
/** The report's JSON text in pieces, each at most one exposure (or one other top-level value) long. */
function* reportJson(report) {
    const entries = Object.entries(report).filter(([, value]) => value !== undefined);
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
        const [key, value] = entries[i];
        const comma = i < entries.length - 1 ? ',' : '';
        if (Array.isArray(value) && value.length > 0) {
            yield `  ${JSON.stringify(key)}: [\n`;
            for (let j = 0; j < value.length; j++)
                yield `    ${indent(JSON.stringify(value[j], null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
            yield `  ]${comma}\n`;
        }
        else {
            yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
        }
    }
    yield '}\n';
}
function indent(json, by) {
    return json.includes('\n') ? json.split('\n').join(`\n${by}`) : json;
}

;// CONCATENATED MODULE: ./src/core/report/notes.ts
function noteText(note) {
    switch (note.kind) {
        case 'message':
            return note.text;
        case 'expiring-rule':
            return `rule "${note.rule.id}" expires on ${note.rule.expires}: renew it or let it lapse on purpose`;
        case 'deferred':
            return `${note.count} issue change(s) deferred: ${note.why}; the next run makes them (raise ${note.limit} to make them now)`;
        case 'writes-ran-out':
            return `${note.count} issue change(s) deferred: max-writes (${note.maxWrites}) reached after creating labels; the next run makes them`;
        case 'sync-without-issues':
            return 'securityhub-workflow-sync: no issues are managed in this run (the CLI needs --repo), so Security Hub is not updated';
    }
}
/** One note per reason the plan held changes back for the next run. */
function deferralNotes(plan) {
    const byWhy = new Map();
    for (const { why, limit } of plan.deferred)
        byWhy.set(why, { count: (byWhy.get(why)?.count ?? 0) + 1, limit });
    return [...byWhy].map(([why, { count, limit }]) => ({ kind: 'deferred', count, why, limit }));
}
/** An allow tag whose value could not be read, once per instance. */
function tagNotes(verdicts) {
    const byInstance = new Map();
    for (const v of verdicts)
        if (v.tagProblem)
            byInstance.set(v.exposure.resource.id, v.tagProblem);
    return [...byInstance].map(([instance, problem]) => ({ kind: 'message', text: `${instance}: ${problem}; it allows nothing` }));
}

// EXTERNAL MODULE: ./src/core/accounts.ts
var accounts = __webpack_require__(3871);
// EXTERNAL MODULE: ./src/core/ports.ts
var ports = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(4146);
;// CONCATENATED MODULE: ./src/core/report/report.ts



function buildReport(evaluation, context) {
    const exposures = [...evaluation.verdicts].sort(byImportance).map(toReportExposure);
    const count = (status) => exposures.filter((e) => e.status === status).length;
    return {
        reportVersion: 1,
        portwardenVersion: version/* VERSION */.x,
        generatedAt: context.generatedAt,
        exposures,
        expiredRules: evaluation.expiredRules.map((r) => r.id),
        staleRules: evaluation.staleRules.map((r) => r.id),
        scopes: context.scopes,
        ...(context.plan ? { plan: context.plan } : {}),
        ...(context.workflowSync ? { workflowSync: context.workflowSync } : {}),
        summary: {
            unexpected: count('unexpected'),
            expected: count('expected'),
            allowedByTag: exposures.filter((e) => e.status === 'expected' && e.allowedByTag).length,
            ignored: count('ignored'),
        },
        inputs: context.inputs,
        warnings: [...context.warnings],
    };
}
/** One line on what Security Hub's workflow was told. */
function workflowSyncText(sync) {
    const verb = sync.applied ? 'set' : 'would set';
    const failed = sync.failures.length > 0 ? `; ${sync.failures.length} failed` : '';
    return `Security Hub workflow: ${verb} ${sync.notified} finding(s) NOTIFIED and ${sync.suppressed} SUPPRESSED in ${sync.requests} request(s)${failed}.`;
}
/** The unexpected ports, with the reported range when only part of it is unexpected. */
function unexpectedPortsText(e) {
    const whole = e.uncovered.length === 1 && e.uncovered[0].from === e.ports.from && e.uncovered[0].to === e.ports.to;
    return whole ? (0,ports/* formatRange */.Lu)(e.ports) : `${(0,ports/* formatRanges */.Gk)(e.uncovered)} (of ${(0,ports/* formatRange */.Lu)(e.ports)})`;
}
const STATUS_ORDER = { unexpected: 0, expected: 1, ignored: 2 };
function byImportance(a, b) {
    const ea = a.exposure;
    const eb = b.exposure;
    return (STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (0,model/* severityRank */.qs)(eb.severity) - (0,model/* severityRank */.qs)(ea.severity) ||
        ea.accountId.localeCompare(eb.accountId) ||
        ea.region.localeCompare(eb.region) ||
        ea.resource.id.localeCompare(eb.resource.id) ||
        ea.protocol.localeCompare(eb.protocol) ||
        ea.ports.from - eb.ports.from);
}
function toReportExposure(verdict) {
    const e = verdict.exposure;
    return {
        fingerprint: verdict.fingerprint,
        accountId: e.accountId,
        region: e.region,
        resource: { type: e.resource.type, id: e.resource.id, name: e.resource.name ?? null, tags: e.resource.tags },
        protocol: e.protocol,
        ports: e.ports,
        severity: e.severity,
        status: verdict.status,
        ...(verdict.status === 'ignored' ? { ignoredReason: verdict.ignoredReason } : {}),
        uncovered: verdict.uncovered,
        rules: verdict.rules,
        expiredRules: verdict.expiredRules,
        allowedByTag: verdict.allowedByTag,
        ...(verdict.tagProblem === undefined ? {} : { tagProblem: verdict.tagProblem }),
        reachability: e.reachability,
        path: e.path,
        sources: e.sources,
        title: e.title,
        firstSeen: e.firstSeen ?? null,
        lastSeen: e.lastSeen ?? null,
        instanceState: e.instanceState ?? null,
    };
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/report/summary.ts
// The job summary (GitHub-flavoured markdown). Every AWS-supplied string goes through
// markdownText: the summary is rendered by GitHub for everyone who can read the run.
// GitHub refuses a step summary over 1 MiB, and an organisation has hundreds of accounts: the
// scopes are grouped per account, and every section that grows with the input has a byte
// budget; a cut section says how many rows it left out, and the JSON report has them all.


/** UTF-8 bytes per growing section; with the bounded lines, the summary stays under 1,000,000. */
const BUDGET = { accounts: 320_000, unexpected: 300_000, allowed: 40_000, plan: 250_000, warnings: 40_000 };
const MAX_ACCOUNTS_NAMED = 12;
/** Regions or sources named in a cell. */
const MAX_NAMED = 6;
const MAX_REASONS = 3;
const MAX_RULES_NAMED = 50;
const MORE = 'see the JSON report (the `report-path` output, or the report artifact)';
function renderSummary(report) {
    const s = report.summary;
    const out = [
        '## Portwarden',
        '',
        `**${s.unexpected} unexpected** open port${s.unexpected === 1 ? '' : 's'}, ${s.expected} allowed` +
            `${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored.`,
        '',
    ];
    // Scope health right under the headline: it says whether "0 unexpected" is an all-clear.
    // A loop, not push(...lines): a plan of 10,000 rows as arguments could overflow the stack.
    for (const line of [...scopesSection(report.scopes), ...unexpectedSection(report), ...allowedSection(report)])
        out.push(line);
    if (report.expiredRules.length > 0)
        out.push(`**Expired rules** (allow nothing): ${ruleList(report.expiredRules)}`, '');
    if (report.staleRules.length > 0)
        out.push(`**Stale rules** (matched no open port): ${ruleList(report.staleRules)}`, '');
    for (const line of planSection(report))
        out.push(line);
    if (report.workflowSync)
        out.push(workflowSyncText(report.workflowSync), '');
    const warnings = fit(report.warnings.length, (i) => `> [!WARNING]\n> ${(0,core_text/* markdownText */.p7)(report.warnings[i], 500)}\n`, BUDGET.warnings);
    for (const line of [...warnings.lines, ...moreLine(report.warnings.length - warnings.shown, 'warnings')])
        out.push(line);
    out.push(`<sub>Portwarden ${(0,core_text/* markdownText */.p7)(report.portwardenVersion, 40)}</sub>`, '');
    return out.join('\n');
}
function unexpectedSection(report) {
    const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
    if (unexpected.length === 0)
        return [];
    const head = [
        '### Unexpected',
        '',
        '| Account | Region | Instance | Name | Protocol | Ports | Severity |',
        '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    return cappedTable(head, unexpected.length, BUDGET.unexpected, 'rows', (i) => {
        const e = unexpected[i];
        const cells = [(0,core_text/* markdownText */.p7)(e.accountId, 40), (0,core_text/* markdownText */.p7)(e.region, 40), (0,core_text/* markdownText */.p7)(e.resource.id, 64), nameOf(e)];
        return row([...cells, e.protocol.toUpperCase(), unexpectedPortsText(e), e.severity]);
    });
}
function allowedSection(report) {
    const perRule = new Map();
    for (const e of report.exposures) {
        if (e.status !== 'expected')
            continue;
        for (const rule of e.rules)
            perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
        if (e.allowedByTag)
            perRule.set('(instance allow tag)', (perRule.get('(instance allow tag)') ?? 0) + 1);
    }
    if (perRule.size === 0)
        return [];
    const rules = [...perRule];
    const head = ['### Allowed by rule', '', '| Rule | Exposures |', '| --- | --- |'];
    return cappedTable(head, rules.length, BUDGET.allowed, 'rules', (i) => row([(0,core_text/* markdownText */.p7)(rules[i][0]), String(rules[i][1])]));
}
function planSection(report) {
    const plan = report.plan;
    if (!plan)
        return [];
    if (plan.length === 0)
        return ['### Issues', '', 'Nothing to change.', ''];
    const head = ['### Issues', '', '| Status | Change | Issue | Exposure | Why |', '| --- | --- | --- | --- | --- |'];
    return cappedTable(head, plan.length, BUDGET.plan, 'rows', (i) => {
        const r = plan[i];
        const why = (0,core_text/* markdownText */.p7)([r.detail, r.error].filter(Boolean).join(' / '), 300);
        return row([r.status, `${r.kind} (${r.reason})`, r.issue === null ? '' : `#${r.issue}`, (0,core_text/* markdownText */.p7)(r.what, 120), why]);
    });
}
// ---- Scopes, per account ----
const RANK = { incomplete: 0, stale: 1, complete: 2 };
function scopesSection(scopes) {
    if (scopes.length === 0)
        return [];
    const accounts = byAccount(scopes);
    const complete = accounts.filter((a) => a.status === 'complete');
    const failing = accounts.filter((a) => a.status !== 'complete');
    const count = (status) => failing.filter((a) => a.status === status).length;
    const [incomplete, stale] = [count('incomplete'), count('stale')];
    const out = [
        '### Scopes',
        '',
        `${complete.length} account${complete.length === 1 ? '' : 's'} complete` +
            `${incomplete > 0 ? `, **${incomplete} incomplete**` : ''}${stale > 0 ? `, **${stale} stale**` : ''}` +
            ` (${scopes.length} scope${scopes.length === 1 ? '' : 's'}).`,
        '',
    ];
    if (complete.length > 0)
        out.push(`Complete: ${completeText(complete, accounts.length === 1)}`, '');
    if (failing.length === 0)
        return out;
    const head = ['| Account | Status | Regions | Why |', '| --- | --- | --- | --- |'];
    return [...out, ...cappedTable(head, failing.length, BUDGET.accounts, 'accounts', (i) => accountRow(failing[i]))];
}
/** Accounts, worst first (incomplete, stale, complete), then by id. */
function byAccount(scopes) {
    const accounts = new Map();
    for (const scope of scopes) {
        const account = accounts.get(scope.accountId) ?? newAccount(scope.accountId);
        accounts.set(scope.accountId, account);
        account.sources.add(scope.source);
        account.regions.add(scope.region);
        if (RANK[scope.status] < RANK[account.status])
            account.status = scope.status;
        if (scope.status === 'complete')
            continue;
        account.affected.add(scope.region);
        const text = scope.reason ?? '';
        // The same failure in every region usually names the region: one reason for all of them.
        const key = `${scope.status}\n${scope.region.length > 2 ? text.split(scope.region).join('\u0000') : text}`;
        const reason = account.reasons.get(key) ?? { status: scope.status, text, sources: new Set(), regions: new Set() };
        account.reasons.set(key, reason);
        reason.sources.add(scope.source);
        reason.regions.add(scope.region);
    }
    return [...accounts.values()].sort((a, b) => RANK[a.status] - RANK[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function newAccount(id) {
    return { id, status: 'complete', sources: new Set(), regions: new Set(), affected: new Set(), reasons: new Map() };
}
function completeText(complete, only) {
    const ids = complete.slice(0, MAX_ACCOUNTS_NAMED).map((a) => (0,core_text/* markdownText */.p7)(a.id, 40));
    const more = complete.length > MAX_ACCOUNTS_NAMED ? ` and ${complete.length - MAX_ACCOUNTS_NAMED} more` : '';
    if (!only)
        return `${ids.join(', ')}${more}.`;
    // One account: say what was read where, as the per-source rows used to.
    const a = complete[0];
    return `${ids[0]} (${named(sorted(a.sources))} in ${regionsText(a.regions, a.regions)}).`;
}
function accountRow(a) {
    const reasons = [...a.reasons.values()].sort((x, y) => RANK[x.status] - RANK[y.status]);
    const shown = reasons.slice(0, MAX_REASONS).map((r) => reasonText(r, a));
    if (reasons.length > MAX_REASONS)
        shown.push(`and ${reasons.length - MAX_REASONS} more`);
    return row([(0,core_text/* markdownText */.p7)(a.id, 40), `**${a.status}**`, regionsText(a.affected, a.regions), shown.join('<br>')]);
}
/** "inspector2, security-groups in eu-west-1: why", naming the regions when not all of the account's. */
function reasonText(r, a) {
    const status = r.status === a.status ? '' : `${r.status}: `;
    const where = r.regions.size < a.affected.size ? ` in ${regionsText(r.regions, a.regions)}` : '';
    const why = r.text ? `: ${(0,core_text/* markdownText */.p7)(r.text, 400)}` : '';
    return `${status}${named(sorted(r.sources))}${where}${why}`;
}
function regionsText(regions, of) {
    if (regions.size > 4 && regions.size === of.size)
        return `all ${regions.size} regions`;
    return named(sorted(regions).map((r) => (r === '*' ? 'all regions' : r)));
}
/** The first few names, escaped, then how many more. */
function named(names) {
    const more = names.length > MAX_NAMED ? ` and ${names.length - MAX_NAMED} more` : '';
    const escaped = names.slice(0, MAX_NAMED).map((n) => (0,core_text/* markdownText */.p7)(n, 40));
    return `${escaped.join(', ')}${more}`;
}
// ---- Budgets ----
/** A table of `count` rows, as many as fit in `budget` bytes, then how many more there are. */
function cappedTable(head, count, budget, noun, render) {
    const { lines, shown } = fit(count, render, budget - utf8Bytes(head.join('\n')));
    // The blank line ends the table: GitHub would take the next line as one more row.
    return [...head, ...lines, '', ...moreLine(count - shown, noun)];
}
/** The first items that fit in `budget` bytes, in order: none skipped, so "N more" is the tail. */
function fit(count, render, budget) {
    const lines = [];
    let used = 0;
    for (let i = 0; i < count; i++) {
        const line = render(i);
        used += utf8Bytes(line) + 1;
        if (used > budget)
            break;
        lines.push(line);
    }
    return { lines, shown: lines.length };
}
function moreLine(more, noun) {
    return more > 0 ? [`… and ${more} more ${noun}: ${MORE}.`, ''] : [];
}
/** An upper bound of the UTF-8 length (a surrogate pair counts 6, not 4): no Buffer in the core. */
function utf8Bytes(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
}
function ruleList(ids) {
    const named = ids.slice(0, MAX_RULES_NAMED).map((id) => (0,core_text/* codeSpan */.SS)(id, 100));
    return `${named.join(', ')}${ids.length > MAX_RULES_NAMED ? ` and ${ids.length - MAX_RULES_NAMED} more` : ''}`;
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function sorted(values) {
    return [...values].sort();
}
function nameOf(e) {
    return e.resource.name === null ? '_(no Name tag)_' : (0,core_text/* markdownText */.p7)(e.resource.name, 60);
}

;// CONCATENATED MODULE: ./src/core/report/table.ts
// The CLI's human output: unexpected exposures first, because that is what someone running
// the command is looking for, then what the allowlist explained, then rule hygiene.



function renderTextReport(report) {
    const out = [];
    const partial = report.scopes.filter((scope) => scope.status !== 'complete');
    if (partial.length > 0) {
        out.push(`WARNING: ${partial.length} of ${report.scopes.length} scope(s) incomplete or stale (see Scopes below): ports there may be missing. This is not an all-clear.`, '');
    }
    // Loops, not push(...lines): 200,000 lines as arguments overflow the call stack.
    for (const line of [...unexpectedLines(report), ...allowedLines(report), ...ignoredLines(report)])
        out.push(line);
    if (report.expiredRules.length > 0)
        out.push('', `Expired rules (allow nothing until renewed): ${report.expiredRules.join(', ')}`);
    if (report.staleRules.length > 0)
        out.push('', `Stale rules (matched no open port in this run): ${report.staleRules.join(', ')}`);
    if (report.scopes.length > 0) {
        out.push('', 'Scopes:');
        for (const scope of report.scopes) {
            const reason = scope.reason ? `: ${(0,core_text/* plainText */.wh)(scope.reason, 400)}` : '';
            out.push(`  ${scope.status.padEnd(10)} ${scope.source} ${(0,core_text/* plainText */.wh)(scope.accountId, 40)}/${(0,core_text/* plainText */.wh)(scope.region, 40)}${reason}`);
        }
    }
    for (const warning of report.warnings)
        out.push('', `Warning: ${(0,core_text/* plainText */.wh)(warning, 400)}`);
    for (const line of planLines(report))
        out.push(line);
    if (report.workflowSync)
        out.push('', workflowSyncText(report.workflowSync));
    const s = report.summary;
    out.push('', `${s.unexpected} unexpected, ${s.expected} allowed${s.allowedByTag > 0 ? ` (${s.allowedByTag} by instance tag)` : ''}, ${s.ignored} ignored; ` +
        `${report.expiredRules.length} expired and ${report.staleRules.length} stale rules.`);
    return out.join('\n');
}
function unexpectedLines(report) {
    const unexpected = report.exposures.filter((e) => e.status === 'unexpected');
    if (unexpected.length === 0)
        return ['No unexpected open ports.'];
    const rows = unexpected.map((e) => [
        (0,core_text/* plainText */.wh)(e.accountId, 20),
        (0,core_text/* plainText */.wh)(e.region, 30),
        (0,core_text/* plainText */.wh)(e.resource.id, 64),
        table_nameOf(e),
        e.protocol.toUpperCase(),
        unexpectedPortsText(e),
        e.severity,
        noteOf(e),
    ]);
    return [
        `Unexpected open ports (${unexpected.length}):`,
        ...table(['ACCOUNT', 'REGION', 'INSTANCE', 'NAME', 'PROTO', 'PORTS', 'SEVERITY', 'NOTE'], rows),
    ];
}
function allowedLines(report) {
    const expected = report.exposures.filter((e) => e.status === 'expected');
    if (expected.length === 0)
        return [];
    const out = ['', `Allowed (${expected.length}):`];
    const byRule = new Map();
    for (const e of expected) {
        for (const key of [...e.rules, ...(e.allowedByTag ? ['(instance allow tag)'] : [])]) {
            const list = byRule.get(key);
            if (list)
                list.push(e);
            else
                byRule.set(key, [e]);
        }
    }
    for (const [rule, list] of byRule) {
        out.push(`  ${rule}`);
        for (const e of list) {
            const where = `${(0,core_text/* plainText */.wh)(e.accountId, 20)}/${(0,core_text/* plainText */.wh)(e.region, 30)} ${(0,core_text/* plainText */.wh)(e.resource.id, 64)}`;
            out.push(`    ${where} ${table_nameOf(e)} ${e.protocol.toUpperCase()} ${(0,ports/* formatRange */.Lu)(e.ports)}`);
        }
    }
    return out;
}
function ignoredLines(report) {
    const ignored = report.exposures.filter((e) => e.status === 'ignored');
    if (ignored.length === 0)
        return [];
    const reasons = new Map();
    for (const e of ignored)
        reasons.set(e.ignoredReason ?? '', (reasons.get(e.ignoredReason ?? '') ?? 0) + 1);
    return ['', `Ignored (${ignored.length}): ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}`];
}
function planLines(report) {
    if (!report.plan)
        return [];
    const rows = report.plan;
    const out = ['', rows.length === 0 ? 'Issues: nothing to change.' : `Issues (${rows.length}):`];
    for (const row of rows) {
        const issue = row.issue === null ? '' : ` #${row.issue}`;
        const detail = row.detail ? `: ${(0,core_text/* plainText */.wh)(row.detail, 200)}` : '';
        const error = row.error ? ` ERROR ${(0,core_text/* plainText */.wh)(row.error, 200)}` : '';
        out.push(`  ${row.status.padEnd(8)} ${row.kind}${issue} ${(0,core_text/* plainText */.wh)(row.what, 200)} (${row.reason}${detail})${error}`);
    }
    return out;
}
function table_nameOf(e) {
    return e.resource.name === null ? '(no Name tag)' : (0,core_text/* plainText */.wh)(e.resource.name, 40);
}
function noteOf(e) {
    const notes = [];
    if (e.rules.length > 0)
        notes.push(`rest allowed by ${e.rules.join(', ')}`);
    if (e.allowedByTag)
        notes.push('rest allowed by instance tag');
    if (e.expiredRules.length > 0)
        notes.push(`expired rule ${e.expiredRules.join(', ')}`);
    if (e.tagProblem)
        notes.push('allow tag unreadable');
    return notes.join('; ');
}
/** Loops, not spreads: a spread of 200,000 rows into Math.max or push overflows the call stack. */
function table(header, rows) {
    const widths = header.map((h) => h.length);
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
    const line = (cells) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
    return [line(header), ...rows.map(line)];
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/files/write-all.ts
// Text in pieces to a stream (stdout or a file), honouring back-pressure: the JSON report of
// 200,000 exposures is never one string.

/** Writes the pieces, waiting when the stream's buffer is full; `end` closes the stream (a file). */
async function writeAll(stream, pieces, end = false) {
    for (const piece of pieces)
        if (!stream.write(piece))
            await (0,external_node_events_.once)(stream, 'drain');
    if (end) {
        stream.end();
        await (0,external_node_events_.once)(stream, 'finish');
    }
}

// EXTERNAL MODULE: ./src/core/allowlist/evaluate.ts + 1 modules
var evaluate = __webpack_require__(3667);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/core/allowlist/expiry.ts

/** Active rules whose last day is within `days` of `today` (inclusive). */
function rulesExpiringSoon(allowlist, today, days) {
    const last = (0,dates/* addDays */.f)(today, days);
    return allowlist.rules.filter((r) => r.expires !== undefined && r.expires >= today && r.expires <= last);
}

;// CONCATENATED MODULE: ./src/core/findings/merge.ts
// One port, one exposure. Sources repeat themselves: Classic reports a port in its per-port
// finding and again inside the NetworkExposure aggregate, and several sources may see the
// same port. Identical ranges merge; a range inside a larger reported range of the same
// instance and protocol folds into it, keeping the higher severity, so a port never gets
// two issues.


function instanceProtocolKey(e) {
    return `${e.accountId}|${e.region}|${e.resource.id}|${e.protocol}`;
}
function mergeExposures(exposures) {
    const groups = new Map();
    for (const exposure of exposures) {
        const key = instanceProtocolKey(exposure);
        const group = groups.get(key);
        if (group)
            group.push(exposure);
        else
            groups.set(key, [exposure]);
    }
    const merged = [];
    for (const group of groups.values())
        for (const exposure of foldGroup(group))
            merged.push(exposure);
    return merged;
}
function foldGroup(group) {
    // Most instances report each port once: nothing to fold, and no copy (200,000 findings
    // would otherwise be held twice).
    if (group.length === 1)
        return group;
    // Internet exposures first so that a private-path report of the same ports folds into
    // them, never the reverse; then widest first so containers are kept before their parts.
    const ordered = [...group].sort((a, b) => Number(b.reachability === 'internet') - Number(a.reachability === 'internet') ||
        (0,ports/* portCount */.$p)(b.ports) - (0,ports/* portCount */.$p)(a.ports) ||
        a.ports.from - b.ports.from);
    const kept = [];
    for (const exposure of ordered) {
        const container = kept.find((k) => (0,ports/* contains */.gR)(k.ports, exposure.ports) && (k.reachability === exposure.reachability || k.reachability === 'internet'));
        if (!container)
            kept.push(cloneExposure(exposure));
        else
            absorb(container, exposure);
    }
    return kept.sort((a, b) => a.ports.from - b.ports.from || a.ports.to - b.ports.to);
}
function absorb(into, part) {
    const sameRange = into.ports.from === part.ports.from && into.ports.to === part.ports.to;
    const sameRoute = into.reachability === part.reachability;
    // A private route says nothing about how bad the internet exposure is.
    if (sameRoute) {
        // The per-port finding names the listening process; prefer its words for the same range.
        if (sameRange && (0,model/* severityRank */.qs)(part.severity) > (0,model/* severityRank */.qs)(into.severity))
            into.title = part.title;
        into.severity = (0,model/* maxSeverity */.eL)(into.severity, part.severity);
        // Sources list findings in no fixed order: pick the same path whatever the order.
        if (into.path.length === 0 || (sameRange && part.path.length > 0 && part.path.join(' ') < into.path.join(' ')))
            into.path = [...part.path];
    }
    into.sources = [...new Set([...into.sources, ...part.sources])].sort();
    into.findingIds = [...new Set([...into.findingIds, ...part.findingIds])];
    into.resource.tags = { ...part.resource.tags, ...into.resource.tags };
    into.resource.name ??= part.resource.name;
    into.firstSeen = earliest(into.firstSeen, part.firstSeen);
    into.lastSeen = latest(into.lastSeen, part.lastSeen);
}
function cloneExposure(e) {
    return {
        ...e,
        resource: { ...e.resource, tags: { ...e.resource.tags } },
        ports: { ...e.ports },
        path: [...e.path],
        sources: [...e.sources],
        findingIds: [...e.findingIds],
    };
}
function earliest(a, b) {
    if (a === undefined)
        return b;
    return b !== undefined && b < a ? b : a;
}
function latest(a, b) {
    if (a === undefined)
        return b;
    return b !== undefined && b > a ? b : a;
}

;// CONCATENATED MODULE: ./src/core/report/plan-report.ts

function planRows(plan, applied) {
    const outcomes = new Map(applied?.map((r) => [r.action, r]));
    const rows = plan.actions.map((action) => {
        const result = outcomes.get(action);
        const status = !applied ? 'planned' : result?.ok ? 'applied' : result?.deferred ? 'deferred' : 'failed';
        return {
            ...describe(action),
            status,
            ...(result?.deferred ? { detail: result.deferred } : {}),
            ...(result?.issueNumber !== undefined ? { issue: result.issueNumber } : {}),
            ...(result?.error ? { error: result.error } : {}),
        };
    });
    for (const { action, why } of plan.deferred)
        rows.push({ ...describe(action), status: 'deferred', detail: why });
    for (const hold of plan.held) {
        rows.push({
            kind: 'hold',
            reason: hold.reason,
            status: 'held',
            issue: hold.issue.number,
            fingerprint: hold.issue.fingerprint,
            what: identityText(hold.issue.identity),
            detail: hold.detail,
        });
    }
    return rows;
}
function describe(action) {
    switch (action.kind) {
        case 'create':
            return { kind: 'create', reason: action.reason, issue: null, fingerprint: action.fingerprint, what: verdictText(action.verdict) };
        case 'update':
            return {
                kind: 'update',
                reason: action.reason,
                issue: action.issue.number,
                fingerprint: action.issue.fingerprint,
                what: verdictText(action.verdict),
                detail: action.changes.join('; '),
            };
        case 'reopen':
            return {
                kind: 'reopen',
                reason: action.reason,
                issue: action.issue.number,
                fingerprint: action.issue.fingerprint,
                what: verdictText(action.verdict),
            };
        case 'close':
            return {
                kind: 'close',
                reason: action.reason,
                issue: action.issue.number,
                fingerprint: action.issue.fingerprint,
                what: identityText(action.issue.identity),
                detail: action.detail,
            };
    }
}
function verdictText(verdict) {
    const e = verdict.exposure;
    return `${e.accountId}/${e.region} ${e.resource.id} ${e.protocol.toUpperCase()} ${(0,ports/* formatRanges */.Gk)(verdict.uncovered)}`;
}
function identityText(identity) {
    return `${identity.accountId}/${identity.region} ${identity.resourceId} ${identity.protocol.toUpperCase()} ${(0,ports/* formatRanges */.Gk)([identity.ports])}`;
}

// EXTERNAL MODULE: ./src/files/allowlist-file.ts
var allowlist_file = __webpack_require__(8181);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/issues/plan.ts + 2 modules
var issues_plan = __webpack_require__(1524);
// EXTERNAL MODULE: ./src/github/apply-plan.ts + 2 modules
var apply_plan = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/session.ts
var github_session = __webpack_require__(7599);
;// CONCATENATED MODULE: ./src/modes/report/issues.ts
// Stages "GitHub state" and "plan -> apply": the issues Portwarden opened, read once before any
// AWS call (a public repository or a bad token stops the run early), then the plan made from
// the verdicts and written within the run's write budget.






async function openInbox(options, warn) {
    const session = await (0,github_session/* openSession */.f)(options, warn, true);
    const { target } = session;
    try {
        const listing = await (0,issues/* listPortwardenIssues */.T4)(session.github, target, session.own);
        return { session, issues: listing.issues, notes: (0,issues/* listingWarnings */.eP)(listing).map((text) => ({ kind: 'message', text })) };
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`repository: cannot list the issues of ${target.owner}/${target.repo}: ${(0,errors/* messageOf */.bD)(error)}. Nothing was changed`);
    }
}
async function syncIssues(inbox, found, options, sleep) {
    const plan = (0,issues_plan/* planIssues */.ef)({ ...found, issues: inbox.issues, options: options.issues });
    const notes = [];
    let applied;
    if (!options.dryRun) {
        const { github, target, own } = inbox.session;
        applied = await (0,apply_plan/* applyPlan */.g)(plan, github, target, options.issues, sleep, own);
        const late = applied.filter((r) => r.deferred).length;
        if (late > 0)
            notes.push({ kind: 'writes-ran-out', count: late, maxWrites: options.issues.maxWrites });
    }
    return { plan, ...(applied ? { applied } : {}), notes: [...notes, ...deferralNotes(plan)] };
}

;// CONCATENATED MODULE: ./src/modes/report/outcome.ts
const outcome_MAX_ACCOUNTS_NAMED = 20;
function failuresOf(report, scopes, issues, exit) {
    const failures = [];
    if (issues?.plan.guard)
        failures.push(`mass-close guard: ${issues.plan.guard}`);
    const failedWrites = issues?.applied?.filter((r) => !r.ok && !r.deferred) ?? [];
    if (failedWrites.length > 0)
        failures.push(`${failedWrites.length} issue change(s) failed (the next run retries them): ${failedWrites.map((f) => f.error).join('; ')}`);
    const sync = report.workflowSync;
    if (sync && sync.failures.length > 0) {
        failures.push(`Security Hub workflow: ${sync.failures.length} finding update(s) failed (the next run retries them): ${sync.failures.slice(0, 5).join('; ')}`);
    }
    if (exit.failOnUnexpected && report.summary.unexpected > 0)
        failures.push(`${report.summary.unexpected} unexpected open port(s) and fail-on-unexpected is true`);
    const notComplete = scopes.filter((s) => s.status !== 'complete');
    if (exit.failOnIncomplete && notComplete.length > 0) {
        // An organization's failure is read per account, not per (account, region, source).
        const accounts = [...new Set(notComplete.map((s) => s.accountId))].sort();
        const named = accounts.length <= outcome_MAX_ACCOUNTS_NAMED
            ? accounts.join(', ')
            : `${accounts.slice(0, outcome_MAX_ACCOUNTS_NAMED).join(', ')} and ${accounts.length - outcome_MAX_ACCOUNTS_NAMED} more`;
        failures.push(`${notComplete.length} scope(s) incomplete or stale, so this run is not an all-clear (fail-on-incomplete is true); ${accounts.length === 1 ? 'account' : `${accounts.length} accounts`}: ${named}`);
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/core/findings/file-scopes.ts
function fileSource(read) {
    const problem = read.truncated
        ? `${read.file}: the export ends with a next-page token, so later pages are missing; save every page (the AWS CLI does unless --max-items is given)`
        : read.failedItems.length > 0
            ? `${read.file}: ${read.failedItems.length} finding(s) failed to describe (failedItems); the export is incomplete`
            : undefined;
    const status = problem ? 'incomplete' : 'complete';
    const seen = new Map(read.exposures.map((e) => [`${e.accountId}|${e.region}`, e]));
    const scopes = [...seen.values()].map((e) => ({
        source: 'file',
        accountId: e.accountId,
        region: e.region,
        status,
        provesAbsence: false,
        ...(problem ? { reason: problem } : {}),
    }));
    if (problem && scopes.length === 0)
        scopes.push({ source: 'file', accountId: '-', region: '-', status, provesAbsence: false, reason: problem });
    return {
        result: { scopes, exposures: read.exposures },
        input: { file: read.file, format: read.format, exposures: read.exposures.length, skipped: read.skipped },
        warnings: read.warnings.map((warning) => `${read.file}: ${warning}`),
    };
}

// EXTERNAL MODULE: ./src/files/read-text.ts
var read_text = __webpack_require__(1499);
// EXTERNAL MODULE: ./src/core/findings/normalize-classic.ts
var normalize_classic = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/core/findings/normalize-inspector2.ts
var normalize_inspector2 = __webpack_require__(5783);
// EXTERNAL MODULE: ./src/core/findings/normalize-securityhub.ts
var normalize_securityhub = __webpack_require__(4729);
// EXTERNAL MODULE: ./src/core/findings/normalize-shared.ts
var normalize_shared = __webpack_require__(5143);
;// CONCATENATED MODULE: ./src/core/findings/lazy-json.ts
// A large findings file without holding it twice. JSON.parse of a 128 MB export builds every
// finding at once (about 520 MB with the text); instead the text is scanned once for the
// elements of its findings list, which are parsed one by one as they are read and dropped.
// Everything else in the document (tokens, failed items, small pages) is parsed as usual.
/** One element of a list, not parsed yet. */
class RawJson {
    text;
    constructor(text) {
        this.text = text;
    }
    parse() {
        return JSON.parse(this.text);
    }
}
const FINDINGS_KEYS = new Set(['findings', 'Findings']);
/**
 * The document with its findings list(s) left as RawJson elements: a top-level list's elements,
 * or the elements of a top-level object's "findings"/"Findings" list. Throws SyntaxError as
 * JSON.parse would for what it cannot read.
 */
function parseLazily(text) {
    const spans = [];
    let listStart = -1;
    let listEnd = -1;
    let depth = 0;
    let listDepth = -1;
    let elementStart = -1;
    let lastString = '';
    let key = '';
    let top = '';
    let listKey = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            const start = i;
            for (i += 1; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i += 1;
            // Keys are short; only those at the top object's level matter.
            if (depth === 1 && i - start < 20)
                lastString = text.slice(start + 1, i);
            if (elementStart < 0 && depth === listDepth)
                elementStart = start;
            continue;
        }
        if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t')
            continue;
        if (top === '')
            top = ch;
        if (depth === 1 && ch === ':')
            key = lastString;
        if (elementStart < 0 && depth === listDepth && ch !== ',' && ch !== ']')
            elementStart = i;
        if (ch === '{' || ch === '[') {
            depth += 1;
            // The list of findings: the top-level list itself, or the top object's findings list.
            if (listDepth < 0 && ch === '[' && ((depth === 1 && top === '[') || (depth === 2 && top === '{' && FINDINGS_KEYS.has(key)))) {
                listDepth = depth;
                listStart = i;
                listKey = key;
            }
        }
        else if (ch === '}' || ch === ']') {
            if (depth === listDepth && elementStart >= 0) {
                spans.push([elementStart, i]);
                elementStart = -1;
            }
            if (depth === listDepth && ch === ']') {
                listEnd = i;
                listDepth = -2;
            }
            depth -= 1;
        }
        else if (ch === ',' && depth === listDepth && elementStart >= 0) {
            spans.push([elementStart, i]);
            elementStart = -1;
        }
    }
    if (listStart < 0 || listEnd < 0)
        return JSON.parse(text);
    const elements = spans.map(([from, to]) => new RawJson(text.slice(from, to)));
    if (top === '[')
        return elements;
    const skeleton = JSON.parse(`${text.slice(0, listStart)}[]${text.slice(listEnd + 1)}`);
    skeleton[listKey] = elements;
    return skeleton;
}

;// CONCATENATED MODULE: ./src/core/findings/findings-document.ts
// A saved findings document -> exposures. Accepts what people actually save:
// - the AWS CLI's output of `aws inspector2 list-findings` / `aws inspector describe-findings`
//   (one object, pages merged), an array of raw API pages, or a bare array of findings;
// - `aws securityhub get-findings` output (`{"Findings": [...]}`, ASFF, Inspector v2 or Classic);
// - an EventBridge "Inspector2 Finding" event as the console shows it, or one finding alone.
// The formats are told apart by the findings' shape; a file that mixes them is refused.






/** Where each format keeps its first and last seen times. */
const TIME_FIELDS = ['firstObservedAt', 'lastObservedAt', 'createdAt', 'updatedAt', 'FirstObservedAt', 'LastObservedAt'];
const ACCEPTED = 'expected the output of "aws inspector2 list-findings", "aws inspector describe-findings" or "aws securityhub get-findings" ({"findings": [...]} or {"Findings": [...]}), ' +
    'a list of such pages or of findings, an EventBridge "Inspector2 Finding" event, or one finding';
function isAsffFinding(value) {
    return ((0,normalize_shared/* isObject */.Gv)(value) &&
        typeof value.Id === 'string' &&
        typeof value.ProductArn === 'string' &&
        (value.SchemaVersion !== undefined || Array.isArray(value.Resources)));
}
function isFinding(value) {
    return (0,normalize_inspector2/* isInspector2Finding */.T)(value) || (0,normalize_classic/* isClassicFinding */.u)(value) || isAsffFinding(value);
}
function isEvent(value) {
    return (0,normalize_shared/* isObject */.Gv)(value) && typeof value['detail-type'] === 'string' && (0,normalize_shared/* isObject */.Gv)(value.detail);
}
/**
 * Every finding of the document, whichever of the accepted shapes holds them. With `consume`,
 * the document's own lists are emptied as they are taken, so each finding can be freed once read.
 */
function collect(document, consume) {
    const out = { findings: [], failedItems: [], tokens: [] };
    const take = (raw, where) => {
        const part = raw instanceof RawJson ? raw.parse() : raw;
        if ((0,normalize_shared/* isObject */.Gv)(part) && (Array.isArray(part.findings) || Array.isArray(part.Findings))) {
            const list = (Array.isArray(part.findings) ? part.findings : part.Findings);
            // A loop, not push(...list): a spread of 200,000 findings overflows the call stack.
            for (const finding of list)
                out.findings.push(finding);
            if (consume)
                list.length = 0;
            out.tokens.push(part.nextToken ?? part.NextToken);
            if ((0,normalize_shared/* isObject */.Gv)(part.failedItems))
                out.failedItems.push(...Object.keys(part.failedItems));
        }
        else if (isEvent(part)) {
            if (part['detail-type'] !== 'Inspector2 Finding')
                throw new errors/* FindingShapeError */.LA(`${where} is an EventBridge event of "${String(part['detail-type']).slice(0, 80)}", not "Inspector2 Finding"`);
            out.findings.push(part.detail);
        }
        else if (isFinding(part)) {
            // A finding of a lazily read list stays unparsed until it is normalised.
            out.findings.push(raw instanceof RawJson ? raw : part);
        }
        else {
            throw new errors/* FindingShapeError */.LA(`${where} is ${findings_document_describe(part)}: ${ACCEPTED}`);
        }
    };
    if (Array.isArray(document)) {
        document.forEach((part, index) => take(part, `element ${index}`));
        if (consume)
            document.length = 0;
    }
    else
        take(document, 'the document');
    return out;
}
/** What a value looks like, in a few words, for a message. */
function findings_document_describe(value) {
    if (Array.isArray(value))
        return `a list of ${value.length}`;
    if (!(0,normalize_shared/* isObject */.Gv)(value))
        return value === null ? 'null' : `a ${typeof value}`;
    const keys = Object.keys(value);
    return keys.length === 0
        ? 'an empty object'
        : `an object with ${keys
            .slice(0, 6)
            .map((k) => JSON.stringify(k.slice(0, 40)))
            .join(', ')}${keys.length > 6 ? `, … (${keys.length} keys)` : ''}`;
}
function exposuresFromDocument(document, options = {}) {
    const { findings, failedItems, tokens } = collect(document, options.consume ?? false);
    const format = detectFormat(findings);
    // Raw API pages carry the token of the page after them; only the last one's matters.
    const truncated = Boolean(tokens[tokens.length - 1]);
    const result = { format, exposures: [], skipped: {}, failedItems, truncated, warnings: [] };
    const oddTimes = [];
    findings.forEach((item, index) => {
        if (options.consume)
            findings[index] = undefined;
        const finding = item instanceof RawJson ? item.parse() : item;
        if ((0,normalize_shared/* isObject */.Gv)(finding)) {
            for (const field of TIME_FIELDS) {
                const raw = finding[field];
                if ((typeof raw === 'string' || typeof raw === 'number') && raw !== '' && (0,normalize_shared/* isoTime */.Ly)(raw) === undefined)
                    oddTimes.push(`${field} ${JSON.stringify(raw).slice(0, 60)}`);
            }
        }
        try {
            const normalized = format === 'inspector2'
                ? (0,normalize_inspector2/* normalizeInspector2Finding */.A)(finding)
                : format === 'securityhub'
                    ? (0,normalize_securityhub/* normalizeSecurityHubFinding */.k)(finding)
                    : (0,normalize_classic/* normalizeClassicFinding */.x)(finding);
            if (normalized.kind === 'skipped')
                result.skipped[normalized.reason] = (result.skipped[normalized.reason] ?? 0) + 1;
            else if (normalized.kind === 'exposure')
                result.exposures.push(normalized.exposure);
            else
                for (const exposure of normalized.exposures)
                    result.exposures.push(exposure);
        }
        catch (error) {
            if (!(error instanceof errors/* FindingShapeError */.LA))
                throw error;
            const id = (0,normalize_shared/* isObject */.Gv)(finding) ? (finding.findingArn ?? finding.arn ?? finding.Id) : undefined;
            throw new errors/* FindingShapeError */.LA(`finding ${index}${typeof id === 'string' ? ` (${id.slice(0, 200)})` : ''}: ${error.message}. Remove it from the file (or save it again from AWS); a saved export never closes issues, so nothing else is lost`);
        }
    });
    if (oddTimes.length > 0) {
        result.warnings.push(`${oddTimes.length} timestamp(s) in a form Portwarden does not read (such as ${oddTimes[0]}): shown as not reported rather than guessed; see README#cli for the forms read`);
    }
    return result;
}
function detectFormat(findings) {
    if (findings.length === 0)
        return 'empty';
    let v2 = 0;
    let classic = 0;
    let asff = 0;
    for (const item of findings) {
        const finding = item instanceof RawJson ? item.parse() : item;
        if (isAsffFinding(finding))
            asff += 1;
        else if ((0,normalize_inspector2/* isInspector2Finding */.T)(finding))
            v2 += 1;
        else if ((0,normalize_classic/* isClassicFinding */.u)(finding))
            classic += 1;
    }
    if (v2 === findings.length)
        return 'inspector2';
    if (classic === findings.length)
        return 'inspector-classic';
    if (asff === findings.length)
        return 'securityhub';
    if (v2 > 0 && classic > 0)
        throw new errors/* FindingShapeError */.LA('mixes Inspector v2 and Classic findings: save them as separate files');
    if (asff > 0 && v2 + classic > 0)
        throw new errors/* FindingShapeError */.LA('mixes Security Hub (ASFF) findings with Inspector findings: save them as separate files');
    const parsed = (f) => (f instanceof RawJson ? f.parse() : f);
    const bad = findings.findIndex((f) => !isFinding(parsed(f)));
    throw new errors/* FindingShapeError */.LA(`finding ${bad} is ${findings_document_describe(parsed(findings[bad]))}, neither an Inspector v2 finding (findingArn), a Classic one (arn + attributes) nor a Security Hub one (Id + ProductArn)`);
}

;// CONCATENATED MODULE: ./src/files/findings-file.ts
// The file source: saved Inspector exports, read from disk. The parsing lives in
// findings-document.ts so the same rules apply to files, tests and future event payloads.




/** Files larger than this are read a finding at a time. */
const LAZY_FROM_CHARS = 8_000_000;
async function readFindingsFile(file) {
    // The text and the parsed document are each as large as the file: neither is kept longer
    // than needed, and the document's findings are let go as they are read (a 200,000-finding
    // export would otherwise be held three times over).
    const document = parseDocument(file, await (0,read_text/* readText */.y)(file, (code) => new errors/* FindingsFileError */.X9(`${file}: cannot read findings file (${code}): check the path`)));
    try {
        return { file, ...exposuresFromDocument(document, { consume: true }) };
    }
    catch (error) {
        if (error instanceof errors/* FindingShapeError */.LA)
            throw new errors/* FindingsFileError */.X9(`${file}: ${error.message}`);
        throw error;
    }
}
function parseDocument(file, text) {
    if (text.trim() === '')
        throw new errors/* FindingsFileError */.X9(`${file}: the file is empty: save the output of "aws inspector2 list-findings" (or another accepted shape) into it`);
    try {
        // Large exports: the findings list is parsed a finding at a time (see lazy-json.ts).
        return text.length > LAZY_FROM_CHARS ? parseLazily(text) : JSON.parse(text);
    }
    catch (error) {
        throw new errors/* FindingsFileError */.X9(`${file}: not JSON (${error.message}): save the output of "aws inspector2 list-findings" or "aws inspector describe-findings" as is`);
    }
}

;// CONCATENATED MODULE: ./src/modes/report/sources.ts
// Stage "sources": saved exports and every AWS source, each region read in parallel. The AWS
// SDK is loaded only when an AWS source is asked for, so reading exports stays light.


async function readSources(options, deps) {
    const read = { results: [], inputs: [], notes: [] };
    if (options.read.sources.includes('file')) {
        for (const file of (await Promise.all(options.read.findings.map(readFindingsFile))).map(fileSource)) {
            read.results.push(file.result);
            read.inputs.push(file.input);
            read.notes.push(...file.warnings.map((text) => ({ kind: 'message', text })));
        }
    }
    if (options.read.sources.some((s) => s !== 'file')) {
        const { readAwsSources } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(200), __webpack_require__.e(755), __webpack_require__.e(457)]).then(__webpack_require__.bind(__webpack_require__, 457));
        const aws = await readAwsSources(options, deps);
        read.results.push(...aws.results);
        read.notes.push(...aws.notes);
        read.aws = aws.run;
    }
    return read;
}

;// CONCATENATED MODULE: ./src/modes/report/report-mode.ts
// Report mode, as the README's diagram draws it: allowlist -> GitHub state -> sources ->
// merge -> enrich -> evaluate -> plan -> apply -> Security Hub sync -> report. The action
// (action.ts) and the CLI (cli.ts) only render what this returns.










async function runReport(options, deps) {
    const allowlist = await (0,allowlist_file/* loadAllowlistFile */.A)(options.allowlist);
    const inbox = options.github ? await openInbox(options.github, deps.warn) : undefined;
    const read = await readSources(options, deps);
    const found = await enrich(read, inbox);
    const evaluation = (0,evaluate/* evaluate */._)(found.exposures, allowlist, options.evaluate);
    const decided = { verdicts: evaluation.verdicts, rules: allowlist.rules };
    const issues = inbox ? await syncIssues(inbox, { ...found, ...decided }, options, deps.sleep) : undefined;
    const sync = await syncSecurityHub(options, read.aws, inbox, issues, decided);
    const expiringRules = rulesExpiringSoon(allowlist, options.today, options.expiryWarningDays);
    const notes = [
        ...(inbox?.notes ?? []),
        ...read.notes,
        ...expiringRules.map((rule) => ({ kind: 'expiring-rule', rule })),
        ...(issues?.notes ?? []),
        ...sync.notes,
        ...tagNotes(evaluation.verdicts),
    ];
    const report = buildReport(evaluation, {
        generatedAt: deps.now.toISOString(),
        inputs: read.inputs,
        warnings: notes.map(noteText),
        scopes: found.scopes,
        ...(issues ? { plan: planRows(issues.plan, issues.applied) } : {}),
        ...(sync.workflowSync ? { workflowSync: sync.workflowSync } : {}),
    });
    const failures = failuresOf(report, found.scopes, issues, options.exit);
    const { expiredRules } = evaluation;
    return { report, allowlistFile: allowlist.file, expiredRules, expiringRules, notes, failures, exitCode: failures.length > 0 ? 1 : 0 };
}
/** Merge, then EC2's facts when AWS was read (saved exports keep the tags they carry). */
async function enrich(read, inbox) {
    const merged = { exposures: mergeExposures(read.results.flatMap((r) => r.exposures)), scopes: read.results.flatMap((r) => r.scopes) };
    if (!read.aws)
        return { ...merged, instances: new Map() };
    const { enrichWithEc2 } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 5887));
    return enrichWithEc2({ ...merged, results: read.results }, inbox?.issues ?? [], read.aws);
}
async function syncSecurityHub(options, aws, inbox, issues, decided) {
    if (!aws?.securityHub || !options.read.securityHub.workflowSync)
        return { notes: [] };
    if (!inbox || !issues || !options.github)
        return { notes: [{ kind: 'sync-without-issues' }] };
    const { syncSecurityHub } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(200), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 6343));
    const workflowSync = await syncSecurityHub(aws.securityHub, aws.context, { ...decided, existing: inbox.issues, issues }, options.github, options.dryRun);
    return { workflowSync, notes: [] };
}

;// CONCATENATED MODULE: ./src/modes/report/action.ts
// Report mode in the action: the report file, the log, annotations at the allowlist's lines,
// the step's outputs and summary, and the step's failure.











async function reportAction(options, now) {
    const outcome = await runReport(options, {
        now,
        // The runner sets the request URL only for jobs with `permissions: id-token: write`.
        oidc: { available: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL), getIdToken: (audience) => core/* getIDToken */.V9(audience) },
        mask: (secret) => core/* setSecret */.Pq(secret),
        warn: (message) => core/* warning */.$e(message),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const reportDir = process.env.RUNNER_TEMP ?? process.cwd();
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    // A shard's report is named for it, so a matrix's artifacts sit side by side and check mode finds them all.
    const artifactName = (0,accounts/* reportArtifactName */.m5)(options.check.reportArtifact, options.read.org.shard);
    const reportPath = (0,external_node_path_.join)(reportDir, `${artifactName}.json`);
    await writeAll((0,external_node_fs_.createWriteStream)(reportPath), reportJson(outcome.report), true);
    core/* info */.pq(renderTextReport(outcome.report));
    annotate(outcome);
    const { report } = outcome;
    core/* setOutput */.uH('unexpected', report.summary.unexpected);
    core/* setOutput */.uH('artifact-name', artifactName);
    const count = (kind) => String(report.plan?.filter((r) => r.kind === kind && r.status === 'applied').length ?? 0);
    for (const [output, kind] of [
        ['created', 'create'],
        ['updated', 'update'],
        ['closed', 'close'],
        ['reopened', 'reopen'],
    ])
        core/* setOutput */.uH(output, count(kind));
    core/* setOutput */.uH('report-path', reportPath);
    await core/* summary */.z.addRaw(renderSummary(report)).write();
    if (outcome.failures.length > 0)
        core/* setFailed */.C1(`${outcome.failures.join('; ')}.`);
}
/** Rules at their lines; every other note and each scope that is not complete, once. */
function annotate(outcome) {
    const file = outcome.allowlistFile;
    for (const rule of outcome.expiredRules) {
        core/* warning */.$e(`Rule "${rule.id}" expired on ${rule.expires}: it allows nothing until renewed or removed.`, {
            file,
            startLine: rule.line,
            title: 'Expired allowlist rule',
        });
    }
    for (const note of outcome.notes) {
        if (note.kind !== 'expiring-rule')
            core/* warning */.$e(noteText(note));
        else
            core/* warning */.$e(`Rule "${note.rule.id}" expires on ${note.rule.expires}: renew it in a pull request, or let it lapse on purpose.`, {
                file,
                startLine: note.rule.line,
                title: 'Allowlist rule expires soon',
            });
    }
    for (const s of outcome.report.scopes.filter((x) => x.status !== 'complete'))
        core/* warning */.$e(`${s.source} ${s.accountId}/${s.region} is ${s.status}: ${s.reason ?? 'no reason given'}`);
}


/***/ })

};
