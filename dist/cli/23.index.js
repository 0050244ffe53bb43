export const id = 23;
export const ids = [23];
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

/***/ 5783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ normalizeInspector2Finding),
/* harmony export */   T: () => (/* binding */ isInspector2Finding)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4119);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2766);
/* harmony import */ var _normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5143);
// Inspector v2 findings (ListFindings items, EventBridge `detail`) -> exposures.
// Keyed on `networkReachabilityDetails`, never on the title, whose wording for ranges and
// non-internet paths is undocumented.




const SEVERITY = {
    CRITICAL: 'critical',
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
    INFORMATIONAL: 'informational',
    UNTRIAGED: 'informational',
};
const INTERNET_EDGE = /internet\s*gateway/i;
const PRIVATE_EDGE = /peering|vpn|virtual\s*private\s*gateway|transit\s*gateway|direct\s*connect/i;
function isInspector2Finding(value) {
    return (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) && typeof value.findingArn === 'string' && value.findingArn.includes(':inspector2:');
}
function normalizeInspector2Finding(finding) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(finding))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('finding is not an object');
    const arn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)(finding.findingArn, 'findingArn');
    if (finding.type !== 'NETWORK_REACHABILITY')
        return { kind: 'skipped', reason: `type ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.type)}` };
    if (finding.status !== undefined && finding.status !== 'ACTIVE') {
        return { kind: 'skipped', reason: `status ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.status)}` };
    }
    const resource = (Array.isArray(finding.resources) ? finding.resources : []).find(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv);
    if (!resource)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('resources is empty');
    if (resource.type !== 'AWS_EC2_INSTANCE')
        return { kind: 'skipped', reason: `resource type ${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(resource.type)}` };
    const details = finding.networkReachabilityDetails;
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(details))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('networkReachabilityDetails is missing');
    const fromArn = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .arnParts */ .wo)(arn);
    const accountId = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.awsAccountId) ?? fromArn?.accountId;
    const region = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(resource.region) ?? fromArn?.region;
    if (!accountId || !region)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('account or region missing and not in findingArn');
    const tags = readTags(resource.tags);
    const steps = readSteps(details.networkPath);
    const severityText = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.severity ?? '').toUpperCase();
    const severity = SEVERITY[severityText];
    if (!severity)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`severity "${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(finding.severity)}" is not one of ${Object.keys(SEVERITY).join(', ')}`);
    return {
        kind: 'exposure',
        exposure: {
            accountId,
            region,
            resource: { type: 'ec2-instance', id: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)(resource.id, 'resources[0].id'), name: tags.Name, tags },
            protocol: readProtocol(details.protocol),
            ports: readPortRange(details.openPortRange),
            severity,
            title: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.title) ?? (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(finding.description) ?? arn,
            // Private only when the path names a private edge and no internet gateway: no path, or
            // components named otherwise, count as internet (a false alarm costs less than a hidden port).
            reachability: steps.some((s) => INTERNET_EDGE.test(s.type)) || !steps.some((s) => PRIVATE_EDGE.test(s.type)) ? 'internet' : 'private',
            path: steps.map((s) => s.id),
            sources: ['inspector2'],
            findingIds: [arn],
            firstSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.firstObservedAt),
            lastSeen: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(finding.lastObservedAt),
        },
    };
}
function readTags(value) {
    return (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)((0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) ? Object.entries(value).flatMap(([key, tag]) => (typeof tag === 'string' ? [[key, tag]] : [])) : []);
}
function readSteps(path) {
    const steps = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(path) && Array.isArray(path.steps) ? path.steps : [];
    return steps.filter(_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv).map((s) => ({ id: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(s.componentId ?? ''), type: (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(s.componentType ?? '') }));
}
function readProtocol(value) {
    const protocol = (0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(value ?? '').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`networkReachabilityDetails.protocol "${(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(value)}" is not TCP or UDP`);
    }
    return protocol;
}
function readPortRange(value) {
    if (!(0,_normalize_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA('networkReachabilityDetails.openPortRange is missing');
    const from = portNumber(value.begin);
    const to = portNumber(value.end);
    if (from === undefined || to === undefined || from > to) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FindingShapeError */ .LA(`openPortRange ${JSON.stringify(value)} is not a range within 0-${_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP}`);
    }
    return { from, to };
}
/**
 * A port is a whole number 0-65535, or its digits as text (`"22 "`). `Number()` would read
 * `null`, `""`, `false` and `[]` as port 0 and report a range nobody has.
 */
function portNumber(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 && value <= _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP ? value : undefined;
    if (typeof value === 'string' && /^\s*\d{1,5}\s*$/.test(value))
        return Number(value) <= _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PORT */ .XP ? Number(value) : undefined;
    return undefined;
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

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ createGitHub),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   n6: () => (/* binding */ webUrlOf)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2264);
// Octokit with GitHub's recommended etiquette: the throttling plugin paces writes and waits
// out primary and secondary rate limits (Retry-After); the retry plugin retries 5xx. Creates
// and comments opt out of blind retries (apply.ts checks before repeating them).



const PortwardenOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/** Rate-limit waits we accept before giving up on a request. */
const MAX_RATE_LIMIT_RETRIES = 4;
function createGitHub(token, baseUrl, warn) {
    return new PortwardenOctokit({
        auth: token,
        baseUrl,
        userAgent: 'portwarden',
        log: { debug: () => undefined, info: () => undefined, warn, error: warn },
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warn(`GitHub rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warn(`GitHub secondary rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    });
}
function statusOf(error) {
    return typeof error?.status === 'number' ? error.status : undefined;
}
/** The web address of an API root: api.github.com -> github.com; GHES /api/v3 -> the host. */
function webUrlOf(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname.startsWith('api.'))
        return `${url.protocol}//${url.host.slice('api.'.length)}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/$/, '')}`;
}


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

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
        nameOf(e),
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
            out.push(`    ${where} ${nameOf(e)} ${e.protocol.toUpperCase()} ${(0,ports/* formatRange */.Lu)(e.ports)}`);
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
function nameOf(e) {
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

// EXTERNAL MODULE: ./src/core/allowlist/evaluate.ts + 2 modules
var evaluate = __webpack_require__(4195);
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

// EXTERNAL MODULE: ./src/core/allowlist/load.ts + 3 modules
var load = __webpack_require__(8012);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/files/read-text.ts
var read_text = __webpack_require__(1499);
;// CONCATENATED MODULE: ./src/files/allowlist-file.ts



async function readAllowlistText(path, hint) {
    return (0,read_text/* readText */.y)(path, (code) => new errors/* ConfigError */.xL(`allowlist: cannot read "${path}" (${code}): ${hint}`));
}
/** The allowlist first: a bad one must stop a run before anything else happens. */
async function loadAllowlistFile(path) {
    return (0,load/* parseAllowlist */.J)(await readAllowlistText(path, 'create it (see README#allowlist-format) or set the allowlist path'), path);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/core/issues/marker.ts
// The hidden marker in every Portwarden issue body: the identity and the material facts the
// issue was last written with, so planning never parses titles or prose, and a steady state
// can be recognised without re-rendering anything.
//
// A marker is data from an issue body, which people can edit: it is validated against a
// schema, and one that does not fit makes only its own issue skipped, with the problem in
// words. It is also bounded: whatever AWS or an export says (100 kB names, 50 tags of 256
// characters), the marker stays a few kilobytes, so the body fits GitHub's 65,536 characters.




const MARKER_PREFIX = '<!-- portwarden:';
const PREFIX = MARKER_PREFIX;
const SUFFIX = ' -->';
/** AWS's own limits: a tag key has at most 128 characters, a value (and so a Name) 256. */
const LIMITS = {
    id: 256,
    name: 256,
    tagKey: 128,
    tagValue: 256,
    pathComponent: 128,
    pathChars: 2_000,
    tagChars: 6_000,
    uncovered: 2_000,
};
function encodeMarker(marker) {
    const bounded = {
        ...marker,
        identity: {
            ...marker.identity,
            accountId: (0,core_text/* clip */.$Q)(marker.identity.accountId, LIMITS.id),
            region: (0,core_text/* clip */.$Q)(marker.identity.region, LIMITS.id),
            resourceId: (0,core_text/* clip */.$Q)(marker.identity.resourceId, LIMITS.id),
        },
        material: boundMaterial(marker.material),
        ...(marker.tags ? { tags: boundTags(marker.tags) } : {}),
        by: `portwarden ${version/* VERSION */.x}`,
    };
    return `${PREFIX}${escapeJson(JSON.stringify(bounded))}${SUFFIX}`;
}
/** Escape what could end the HTML comment or be read as markup; JSON.parse undoes it. */
function escapeJson(json) {
    return json.replace(/[<>&@#-]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The material facts as a marker can hold them; planning compares these bounded forms. */
function boundMaterial(material) {
    const path = [];
    let used = 0;
    for (const component of material.path) {
        const kept = (0,core_text/* clip */.$Q)(component, LIMITS.pathComponent);
        used += escapeJson(JSON.stringify(kept)).length;
        if (used > LIMITS.pathChars)
            break;
        path.push(kept);
    }
    return {
        ...material,
        name: material.name === null ? null : (0,core_text/* clip */.$Q)(material.name, LIMITS.name),
        path,
        uncovered: (0,core_text/* clip */.$Q)(material.uncovered, LIMITS.uncovered),
    };
}
/**
 * Tags within AWS's limits, while they fit the budget. A tag is kept whole or not at all: a
 * cut value would make `/portwarden allow scope: tag:KEY` write a rule that matches nothing.
 */
function boundTags(tags) {
    const kept = {};
    let used = 0;
    for (const [key, value] of Object.entries(tags)) {
        if (key.length > LIMITS.tagKey || value.length > LIMITS.tagValue)
            continue;
        const size = escapeJson(JSON.stringify(key) + JSON.stringify(value)).length + 2;
        if (used + size > LIMITS.tagChars)
            continue;
        used += size;
        Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return kept;
}
function readMarker(body) {
    if (!body)
        return { kind: 'none' };
    const start = body.lastIndexOf(PREFIX);
    if (start < 0)
        return { kind: 'none' };
    const end = body.indexOf(SUFFIX, start);
    if (end < 0)
        return { kind: 'invalid', problem: 'the marker comment is not closed with "-->"' };
    let value;
    try {
        value = JSON.parse(body.slice(start + PREFIX.length, end));
    }
    catch {
        return { kind: 'invalid', problem: 'the marker is not valid JSON' };
    }
    if (!validate(value))
        return { kind: 'invalid', problem: describeProblem(validate.errors?.[0]) };
    return { kind: 'valid', marker: value };
}
function decodeMarker(body) {
    const read = readMarker(body);
    return read.kind === 'valid' ? read.marker : undefined;
}
const marker_text = { type: 'string' };
const port = { type: 'integer', minimum: 0, maximum: 65535 };
// Unknown fields are allowed: a newer Portwarden may add some, and an older one must not
// call its markers invalid.
const markerSchema = {
    type: 'object',
    required: ['v', 'fingerprint', 'identity', 'sources', 'material'],
    properties: {
        v: { const: 1 },
        fingerprint: { type: 'string', pattern: '^[0-9a-f]{20}$' },
        identity: {
            type: 'object',
            required: ['accountId', 'region', 'resourceId', 'protocol', 'ports'],
            properties: {
                accountId: marker_text,
                region: marker_text,
                resourceId: marker_text,
                protocol: { enum: [...model/* PROTOCOLS */.yv] },
                ports: { type: 'object', required: ['from', 'to'], properties: { from: port, to: port } },
            },
        },
        sources: { type: 'array', items: { enum: model/* SOURCES */.Hl.filter((s) => s !== 'file') } },
        material: {
            type: 'object',
            required: ['severity', 'uncovered', 'name', 'reachability', 'path'],
            properties: {
                severity: { enum: [...model/* SEVERITIES */.oC] },
                uncovered: marker_text,
                name: { type: ['string', 'null'] },
                reachability: { enum: ['internet', 'private'] },
                path: { type: 'array', items: marker_text },
            },
        },
        tags: { type: 'object', additionalProperties: marker_text },
        by: marker_text,
    },
};
const validate = new ajv.Ajv({ allErrors: false, strict: false }).compile(markerSchema);
function describeProblem(error) {
    if (!error)
        return 'the marker does not have the expected shape';
    const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const where = field === '' ? 'the marker' : `marker field "${field}"`;
    switch (error.keyword) {
        case 'required':
            return `${where} lacks "${String(error.params.missingProperty)}"`;
        case 'type':
            return `${where} must be ${String(error.params.type).replace(',', ' or ')}`;
        case 'enum':
            return `${where} must be one of ${error.params.allowedValues.map(String).join(', ')}`;
        case 'const':
            return `${where} must be ${JSON.stringify(error.params.allowedValue)} (a marker version this Portwarden does not know)`;
        case 'pattern':
            return `${where} is not a Portwarden fingerprint (20 hexadecimal digits)`;
        default:
            return `${where} ${error.message ?? 'is not valid'}`;
    }
}

;// CONCATENATED MODULE: ./src/core/issues/guards.ts
// The run's limits on the plan: max-new-issues (most severe first), the mass-close guard, and
// the write budget spent strictly in order of urgency.

function applyGuards(actions, held, input) {
    const { options } = input;
    const plan = { actions: [], deferred: [], held };
    const creates = mostSevereFirst(actions.filter((a) => a.kind === 'create'), options.maxNewIssues);
    const tooMany = `max-new-issues (${options.maxNewIssues}) reached`;
    for (let i = options.maxNewIssues; i < creates.length; i++)
        plan.deferred.push({ action: creates[i], limit: 'max-new-issues', why: tooMany });
    const openCount = input.issues.filter((i) => i.state === 'open').length;
    const closes = actions.filter((a) => a.kind === 'close' && a.reason !== 'duplicate');
    const massClose = closes.length > options.maxCloses && closes.length > openCount / 2 && !options.allowMassClose;
    if (massClose) {
        plan.guard =
            `refusing to close ${closes.length} of ${openCount} open issues in one run (more than max-closes ${options.maxCloses} and more than half): ` +
                'this usually means a broken or partial scan. Check the scopes; if the closes are right, run once with allow-mass-close: true';
        for (const action of closes)
            if (action.kind === 'close')
                held.push({ issue: action.issue, reason: 'mass-close-guard', detail: action.detail });
    }
    const heldBack = new Set(closes);
    const order = { create: 0, reopen: 1, update: 2, close: 3 };
    const ordered = [
        ...creates.slice(0, options.maxNewIssues),
        ...actions.filter((a) => a.kind !== 'create' && !(massClose && heldBack.has(a))),
    ].sort((a, b) => order[a.kind] - order[b.kind]);
    // The write budget, spent in that order: a missed alert costs more than a late close.
    const outOfWrites = `max-writes (${options.maxWrites}) reached`;
    let spent = 0;
    let full = false;
    for (const action of ordered) {
        const cost = writeCost(action);
        // Strictly in order: once one change does not fit, no later (less urgent) one jumps ahead.
        full ||= spent + cost > options.maxWrites;
        if (full)
            plan.deferred.push({ action, limit: 'max-writes', why: outOfWrites });
        else {
            spent += cost;
            plan.actions.push(action);
        }
    }
    return plan;
}
/**
 * The GitHub write requests an action makes: its PATCH or POST, and its comment (a close's or
 * a reopen's notice; a new issue's identity comment).
 */
function writeCost(action) {
    return action.kind === 'update' ? 1 : 2;
}
/**
 * The `limit` creates that go first: most severe, then by fingerprint as plain code units (hex,
 * the same in every locale); then every other create, most severe first and otherwise in the
 * order found. Only the chosen few are sorted by fingerprint (a full sort of 35,000 strings
 * was most of planning's time): the deferred rest need a stable order, not a ranking.
 */
function mostSevereFirst(creates, limit) {
    const buckets = model/* SEVERITIES */.oC.map(() => []);
    // An unknown severity (never planned today: evaluate ignores it) ranks lowest rather than failing.
    for (const create of creates)
        buckets[Math.max(0, (0,model/* severityRank */.qs)(create.verdict.exposure.severity))].push(create);
    const chosen = [];
    const rest = [];
    for (let rank = buckets.length - 1; rank >= 0; rank--) {
        const bucket = buckets[rank];
        const room = limit - chosen.length;
        const first = smallestByFingerprint(bucket, room);
        const taken = new Set(first);
        for (const create of first)
            chosen.push(create);
        for (const create of bucket)
            if (!taken.has(create))
                rest.push(create);
    }
    return [...chosen, ...rest];
}
/** The `count` creates with the lowest fingerprints, in order (ties keep their order). */
function smallestByFingerprint(bucket, count) {
    const kept = [];
    if (count <= 0)
        return kept;
    for (const create of bucket) {
        const last = kept[kept.length - 1];
        if (kept.length >= count && last && create.fingerprint >= last.fingerprint)
            continue;
        // Binary search for the first kept fingerprint greater than this one (after equal ones).
        let low = 0;
        let high = kept.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (kept[middle].fingerprint <= create.fingerprint)
                low = middle + 1;
            else
                high = middle;
        }
        kept.splice(low, 0, create);
        if (kept.length > count)
            kept.pop();
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/core/issues/scopes.ts
/**
 * Security Hub relays Inspector's findings: its scope speaks for ports Inspector reported, so
 * issues opened from Inspector can close when a team moves to reading Security Hub.
 */
const RELAYED = { securityhub: ['inspector2', 'inspector-classic'] };
function speaksFor(scope, sources) {
    return sources.includes(scope.source) || (RELAYED[scope.source] ?? []).some((origin) => sources.includes(origin));
}
/**
 * The run's scopes by place, built once per scope list: an organisation has hundreds of
 * places and thousands of issues, and scanning every scope for every issue is quadratic.
 */
const byPlace = new WeakMap();
function scopesAt(input, accountId, region) {
    let places = byPlace.get(input.scopes);
    if (!places) {
        places = new Map();
        for (const scope of input.scopes) {
            const key = `${scope.accountId}\u0000${scope.region}`;
            const list = places.get(key);
            if (list)
                list.push(scope);
            else
                places.set(key, [scope]);
        }
        byPlace.set(input.scopes, places);
    }
    // A scope of region `*` (an account whose regions could not be listed) covers every region.
    const here = places.get(`${accountId}\u0000${region}`) ?? [];
    const everywhere = places.get(`${accountId}\u0000*`);
    return everywhere ? [...here, ...everywhere] : here;
}
/** Scopes this run looked at for a place and sources that can prove a port gone there. */
function scopesFor(input, accountId, region, sources) {
    return scopesAt(input, accountId, region).filter((s) => s.provesAbsence !== false && speaksFor(s, sources));
}
function partialScopes(input, accountId, region, sources) {
    // Any scope of the place that is not complete taints what we know there (EC2 facts failed,
    // one of two sources failed): it must not close or rewrite an issue.
    return scopesAt(input, accountId, region).filter((s) => s.status !== 'complete' && (s.source === 'file' || speaksFor(s, sources)));
}
const partialDetail = (scopes) => scopes.map((s) => `${s.source} ${s.accountId}/${s.region} is ${s.status}`).join('; ');

;// CONCATENATED MODULE: ./src/core/issues/plan.ts
// Verdicts + scopes + existing issues + EC2 facts -> the changes to make, each with its reason.
// Pure, so every row of the lifecycle table is a plain-data test, and `--dry-run` shows
// exactly what a real run would do.






const PORTWARDEN_LABEL = 'portwarden';
/** The facts as the marker holds them (bounded), so what is compared is what was stored. */
function materialOf(verdict) {
    const e = verdict.exposure;
    return boundMaterial({
        severity: e.severity,
        uncovered: (0,ports/* formatRanges */.Gk)(verdict.uncovered),
        name: e.resource.name ?? null,
        reachability: e.reachability,
        path: [...e.path],
    });
}
function materialChanges(before, after) {
    const changes = [];
    if (before.severity !== after.severity)
        changes.push(`severity ${before.severity} -> ${after.severity}`);
    if (before.uncovered !== after.uncovered)
        changes.push(`unexpected ports ${before.uncovered} -> ${after.uncovered}`);
    if (before.name !== after.name)
        changes.push(`Name ${before.name ?? '(none)'} -> ${after.name ?? '(none)'}`);
    // Path order carries no meaning across runs and sources; compare the set of components.
    const pathKey = (path) => [...new Set(path)].sort().join(' ');
    if (before.reachability !== after.reachability || pathKey(before.path) !== pathKey(after.path))
        changes.push('network path changed');
    return changes;
}
function planIssues(input) {
    const issuesByPrint = groupIssues(input.issues);
    const decisions = [...duplicateCloses(issuesByPrint)];
    // Only the verdicts of existing issues are looked up later: index those, not all 50,000.
    const verdicts = new Map();
    for (const verdict of input.verdicts) {
        const group = issuesByPrint.get(verdict.fingerprint);
        if (group)
            verdicts.set(verdict.fingerprint, verdict);
        if (verdict.status === 'unexpected')
            decisions.push(unexpectedDecision(verdict, group?.[0], input));
    }
    const rulesById = new Map(input.rules.map((r) => [r.id, r]));
    for (const [fingerprint, [issue]] of issuesByPrint) {
        const verdict = verdicts.get(fingerprint);
        if (issue?.state === 'open' && verdict?.status !== 'unexpected')
            decisions.push(openIssueDecision(issue, verdict, input, rulesById));
    }
    const actions = [];
    const held = [];
    for (const decision of decisions) {
        if (decision?.kind === 'hold')
            held.push(decision.hold);
        else if (decision)
            actions.push(decision);
    }
    return applyGuards(input.pushedFinding ? actions.filter((a) => a.kind !== 'close') : actions, held, input);
}
/** Earlier failures can leave two issues for one port: keep the oldest open one. */
function duplicateCloses(issuesByPrint) {
    const closes = [];
    for (const [first, ...extra] of issuesByPrint.values()) {
        for (const issue of extra.filter((i) => i.state === 'open'))
            closes.push({ kind: 'close', issue, reason: 'duplicate', detail: `duplicate of #${first.number}` });
    }
    return closes;
}
function unexpectedDecision(verdict, issue, input) {
    if (!issue)
        return { kind: 'create', fingerprint: verdict.fingerprint, verdict, reason: 'new' };
    if (issue.state !== 'open') {
        if (issue.stateReason === 'not_planned' && !input.options.reopenManuallyClosed)
            return { kind: 'hold', hold: { issue, reason: 'acknowledged', detail: 'closed as not planned; reopen-manually-closed is false' } };
        const reason = issue.stateReason === 'not_planned' ? 'reappeared-after-manual-close' : 'reappeared';
        return { kind: 'reopen', issue, verdict, reason };
    }
    const changes = materialChanges(issue.material, materialOf(verdict));
    const partial = partialScopes(input, verdict.exposure.accountId, verdict.exposure.region, [
        ...issue.sources,
        ...verdict.exposure.sources,
    ]);
    if (input.pushedFinding && changes.length > 0 && (0,model/* severityRank */.qs)(verdict.exposure.severity) <= (0,model/* severityRank */.qs)(issue.material.severity))
        return undefined;
    if (changes.length > 0 && partial.length > 0)
        return {
            kind: 'hold',
            hold: { issue, reason: 'scope-incomplete', detail: `not updated (${changes.join('; ')}): ${partialDetail(partial)}` },
        };
    if (changes.length > 0)
        return { kind: 'update', issue, verdict, reason: 'changed', changes };
    if (issue.markerFrom === 'comment')
        return { kind: 'update', issue, verdict, reason: 'marker-missing', changes: [] };
    if (!issue.labels.includes(PORTWARDEN_LABEL))
        return { kind: 'update', issue, verdict, reason: 'label-missing', changes: [] };
    return undefined;
}
/** An open issue whose port is now allowed, ignored, or not reported at all. */
function openIssueDecision(issue, verdict, input, rulesById) {
    if (verdict) {
        const partial = partialScopes(input, issue.identity.accountId, issue.identity.region, [...issue.sources, ...verdict.exposure.sources]);
        if (partial.length > 0)
            return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: `now ${verdict.status}, but ${partialDetail(partial)}` } };
    }
    if (verdict?.status === 'expected') {
        const why = verdict.rules.map((id) => `rule \`${id}\` (${rulesById.get(id)?.reason ?? 'no reason'})`);
        if (verdict.allowedByTag)
            why.push('the instance allow tag');
        return { kind: 'close', issue, reason: 'now-allowed', detail: `now allowed by ${why.join(' and ')}` };
    }
    if (verdict?.status === 'ignored')
        return { kind: 'close', issue, reason: 'now-ignored', detail: `no longer counted: ${verdict.ignoredReason}` };
    return absentPortDecision(issue, input);
}
/** An open issue whose port this run did not report. */
function absentPortDecision(issue, input) {
    const { accountId, region, resourceId } = issue.identity;
    const relevant = scopesFor(input, accountId, region, issue.sources);
    // Another job's account or region, or a source this run did not read: not ours to judge.
    if (relevant.length === 0)
        return undefined;
    const state = input.instances.get(resourceId)?.state;
    if (state === 'terminated' || state === 'shutting-down' || state === 'missing') {
        return {
            kind: 'close',
            issue,
            reason: 'terminated',
            detail: `instance ${resourceId} is ${state === 'missing' ? 'gone (EC2 no longer knows it)' : state}`,
        };
    }
    if (state === 'stopped' || state === 'stopping') {
        return {
            kind: 'hold',
            hold: { issue, reason: 'instance-stopped', detail: `instance ${resourceId} is ${state}; its ports return when it starts` },
        };
    }
    const partial = partialScopes(input, accountId, region, issue.sources);
    if (partial.length > 0)
        return { kind: 'hold', hold: { issue, reason: 'scope-incomplete', detail: partialDetail(partial) } };
    if (state === undefined && !stillReported(input, issue.identity)) {
        // No facts (another account without member-role): a stopped instance drops out of a scan
        // exactly as a closed port does, and closing would reopen it at the next start.
        return {
            kind: 'hold',
            hold: {
                issue,
                reason: 'state-unknown',
                detail: `the state of instance ${resourceId} in ${accountId} is unknown, and it may only be stopped: set member-role to read it (README#member-role), or close this issue by hand if the instance is gone`,
            },
        };
    }
    return {
        kind: 'close',
        issue,
        reason: 'gone',
        detail: `no longer reported by ${relevant.map((s) => s.source).join(', ')} in a complete scan of ${accountId}/${region}`,
    };
}
/** The instance still has other ports in this run: it is running, so this port did close. */
function stillReported(input, identity) {
    let reported = reportedResources.get(input.verdicts);
    if (!reported) {
        reported = new Set(input.verdicts.map((v) => placeKey(v.exposure.accountId, v.exposure.region, v.exposure.resource.id)));
        reportedResources.set(input.verdicts, reported);
    }
    return reported.has(placeKey(identity.accountId, identity.region, identity.resourceId));
}
const reportedResources = new WeakMap();
const placeKey = (accountId, region, resourceId) => `${accountId}\u0000${region}\u0000${resourceId}`;
function groupIssues(issues) {
    const groups = new Map();
    for (const issue of issues)
        groups.set(issue.fingerprint, [...(groups.get(issue.fingerprint) ?? []), issue]);
    for (const group of groups.values())
        group.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.number - b.number);
    return groups;
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/identity.ts
// Which GitHub account Portwarden writes as. Trust in an issue comes from its author, never
// from its text: anyone who may open an issue can paste a marker, so only issues (and pull
// requests and comments) created by these accounts are Portwarden's. Accounts are compared
// by numeric id, which, unlike a login, cannot be renamed onto someone else.


/**
 * GraphQL `viewer` answers for personal, GitHub App installation and job tokens alike (REST
 * `GET /user` refuses the last two). `bot-login` adds former identities, so a team moving from
 * the job token to an App keeps its issues, and states the login when `viewer` cannot answer.
 */
async function resolveOwnAccounts(github, botLogins) {
    const ids = new Set();
    const logins = [];
    let viewerProblem;
    try {
        const { viewer } = await github.graphql('query { viewer { login databaseId } }');
        if (typeof viewer.databaseId !== 'number')
            throw new Error('the answer has no databaseId');
        ids.add(viewer.databaseId);
        logins.push(viewer.login);
    }
    catch (error) {
        viewerProblem = `${(0,client/* statusOf */.c2)(error) ?? ''} ${(0,errors/* messageOf */.bD)(error)}`.replace(/\s+/g, ' ').trim();
    }
    for (const login of botLogins) {
        if (logins.includes(login))
            continue;
        try {
            const { data } = await github.rest.users.getByUsername({ username: login });
            ids.add(data.id);
            logins.push(data.login);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`bot-login: cannot find the GitHub account "${login}" (${(0,client/* statusOf */.c2)(error) ?? ''} ${(0,errors/* messageOf */.bD)(error)}): give the exact login, e.g. github-actions[bot] or my-app[bot]. Nothing was changed`);
        }
    }
    if (ids.size === 0) {
        throw new errors/* ConfigError */.xL(`bot-login: cannot tell which account this token writes as (GraphQL viewer: ${viewerProblem ?? 'no answer'}), so Portwarden cannot tell its own issues from forged ones. ` +
            "Set bot-login to the token's login: github-actions[bot] for the job token, <app-slug>[bot] for a GitHub App. Nothing was changed");
    }
    return { ids, logins };
}
function identity_isOwn(user, own) {
    return typeof user?.id === 'number' && own.ids.has(user.id);
}

;// CONCATENATED MODULE: ./src/github/comments.ts
// Comments are POSTs, which are not idempotent: a 5xx or a dropped connection does not say
// whether GitHub made the comment. Every comment Portwarden writes goes through here, so a
// retry never makes a duplicate.



/** POSTs that create something are not idempotent: never retried blindly. */
const NO_BLIND_RETRY = { request: { retries: 0 } };
const CREATE_ATTEMPTS = 3;
/** Look before trying again, so a retry never makes a duplicate issue or comment. */
async function createOnce(post, existing, sleep) {
    for (let attempt = 1;; attempt++) {
        try {
            return await post();
        }
        catch (error) {
            const status = (0,client/* statusOf */.c2)(error);
            if (attempt >= CREATE_ATTEMPTS)
                throw error;
            if (status === 429) {
                // Refused, so certainly not created: wait as told and send it again.
                await sleep(retryAfterMs(error));
                continue;
            }
            if (status !== undefined && status < 500)
                throw error;
            await sleep(1000 * attempt);
            const found = await existing();
            if (found !== undefined)
                return found;
        }
    }
}
function retryAfterMs(error) {
    const header = error.response?.headers?.['retry-after'];
    const seconds = Number(header);
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : 1000;
}
/**
 * Posts `body` on an issue or pull request once. Reopen and close comments repeat word for
 * word across cycles: only a comment made since this attempt began can be the one a failed
 * response hid.
 */
async function postCommentOnce(github, target, issueNumber, body, sleep) {
    const since = new Date(Date.now() - 60_000).toISOString();
    await createOnce(() => github.rest.issues.createComment({ ...target, issue_number: issueNumber, body, ...NO_BLIND_RETRY }).then((r) => r.data.id), async () => {
        const recent = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, since, per_page: 100 });
        return recent.data.find((c) => c.body === body)?.id;
    }, sleep);
}
/**
 * One comment per pull request, found by its marker among our own account's comments (the
 * author can post one that starts with the marker too), edited in place. A fork's pull
 * request gets a read-only token whatever the workflow asks for, so a 403 is `skipped`.
 */
async function ensureStickyComment(github, target, pullNumber, comment, own, sleep) {
    try {
        const comments = await github.paginate(github.rest.issues.listComments, { ...target, issue_number: pullNumber, per_page: 100 });
        const mine = comments.find((c) => isOwn(c.user, own) && c.body?.startsWith(comment.marker));
        if (mine?.body === comment.body)
            return { outcome: 'unchanged' };
        if (mine) {
            await github.rest.issues.updateComment({ ...target, comment_id: mine.id, body: comment.body });
            return { outcome: 'updated' };
        }
        await postCommentOnce(github, target, pullNumber, comment.body, sleep);
        return { outcome: 'created' };
    }
    catch (error) {
        if (statusOf(error) === 403)
            return { outcome: 'skipped', detail: `the token may not comment (${messageOf(error)}); fork pull requests get a read-only token` };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/findings/fingerprint.ts
var fingerprint = __webpack_require__(1662);
;// CONCATENATED MODULE: ./src/core/issues/render.ts






const SEVERITY_COLORS = {
    critical: 'b60205',
    high: 'd93f0b',
    medium: 'fbca04',
    low: 'c5def5',
    informational: 'ededed',
};
/** GitHub's limits, in characters. */
const GITHUB_LIMITS = { title: 256, body: 65_536 };
/** Room kept in every body for the note a close adds on top. */
const CLOSING_NOTE_ROOM = 3_000;
const NOTE_LIMIT = 2_500;
/** Titles render little markdown, but `@name` and `#12` still link. */
function titleText(text, maxLength) {
    return (0,core_text/* withoutAutolinks */.h6)((0,core_text/* plainText */.wh)(text, maxLength));
}
/** A port list for prose: long lists (thousands of gaps) are summarised, not spelled out. */
function portsText(ranges, maxLength) {
    const all = (0,ports/* formatRanges */.Gk)(ranges);
    if (all.length <= maxLength)
        return all;
    return `${ranges.length} ranges in ${ranges[0].from}-${ranges[ranges.length - 1].to}`;
}
function renderTitle(verdict) {
    const e = verdict.exposure;
    const plural = verdict.uncovered.length > 1 || verdict.uncovered.some((r) => r.from !== r.to) ? 'ports' : 'port';
    const id = titleText(e.resource.id, 64);
    const where = e.resource.name ? `${titleText(e.resource.name, 60)} (${id})` : id;
    const title = `Unexpected open ${plural} ${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 60)} on ${where} in ${titleText(e.accountId, 20)}/${titleText(e.region, 30)}`;
    return (0,core_text/* clip */.$Q)(title, GITHUB_LIMITS.title);
}
function labelsFor(verdict, options, keep = []) {
    const kept = keep.filter((l) => !l.startsWith('severity:') && l !== PORTWARDEN_LABEL);
    return [...new Set([PORTWARDEN_LABEL, `severity:${verdict.exposure.severity}`, ...options.labels, ...kept])];
}
/** The hidden marker of a verdict's issue: in the body, and once more in the identity comment. */
function markerFor(verdict, previousSources = []) {
    const e = verdict.exposure;
    return encodeMarker({
        v: 1,
        fingerprint: verdict.fingerprint,
        identity: (0,fingerprint/* identityOf */.cu)(e),
        sources: [...new Set([...previousSources, ...e.sources])].sort(),
        material: materialOf(verdict),
        tags: e.resource.tags,
    });
}
/**
 * `previousSources`: the sources an existing issue recorded. The marker keeps their union, so
 * a source that failed this run stays one whose complete scan is needed before a close.
 */
function renderBody(verdict, options, closingNote, previousSources = []) {
    const e = verdict.exposure;
    const md = (text, max = 200) => (0,core_text/* markdownText */.p7)(text, max);
    const unexpectedPorts = portsText(verdict.uncovered, 1_000);
    const ruleList = (ids) => listText(ids.map((r) => (0,core_text/* codeSpan */.SS)(r)), 10);
    const partly = verdict.allowed.length > 0
        ? ` (${portsText(verdict.allowed, 500)} of ${(0,ports/* formatRange */.Lu)(e.ports)} allowed by ${ruleList(verdict.rules) || 'the allow tag'})`
        : '';
    const path = e.path.length > 0
        ? listText(e.path.map((p) => (0,core_text/* codeSpan */.SS)(p, 64)), 20, ' → ')
        : '_(not reported)_';
    const lines = [
        ...(closingNote ? [`> [!NOTE]`, `> ${(0,core_text/* clip */.$Q)(closingNote, NOTE_LIMIT)}`, ''] : []),
        `**${e.protocol.toUpperCase()} ${unexpectedPorts}** is open to the ${e.reachability === 'internet' ? 'internet' : 'private network'} on an instance, and no allowlist rule expects it${partly}.`,
        '',
        '| | |',
        '| --- | --- |',
        `| Account / region | ${md(e.accountId, 40)} / ${md(e.region, 40)} |`,
        `| Instance | ${(0,core_text/* codeSpan */.SS)(e.resource.id, 256)}${e.instanceState ? ` (${e.instanceState})` : ''} |`,
        `| Name | ${e.resource.name ? md(e.resource.name, 256) : '_(no Name tag)_'} |`,
        `| Tags | ${tagsText(e.resource.tags) || '_(none)_'} |`,
        `| Protocol / ports | ${e.protocol.toUpperCase()} ${(0,ports/* formatRange */.Lu)(e.ports)} reported, ${unexpectedPorts} unexpected |`,
        `| Severity | ${e.severity} |`,
        `| Source | ${e.sources.join(', ')}: ${md(e.title)} |`,
        `| Network path | ${path} |`,
        `| First / last seen | ${md(e.firstSeen ?? '?', 40)} / ${md(e.lastSeen ?? '?', 40)} |`,
        ...(verdict.expiredRules.length > 0 ? [`| Expired rules | ${ruleList(verdict.expiredRules)} (renew to allow again) |`] : []),
        '',
        '### How to close it',
        '',
        `- If nothing should listen there, remove the ingress for ${e.protocol.toUpperCase()} ${unexpectedPorts} from the security groups on the path (or the network ACL). The next scan closes this issue.`,
        '- If the port is expected, add a rule to `allowlist.json` in a pull request. Closing this issue by hand does not silence it: it reopens while the port stays open.',
        '',
        '<details><summary>Ready-to-paste allowlist rule</summary>',
        '',
        '```json',
        suggestedRule(verdict, options.today),
        '```',
        '',
        '</details>',
        '',
    ];
    return fitBody(lines.join('\n'), markerFor(verdict, previousSources));
}
/**
 * The visible part, cut if it must be so the marker always fits with room for a closing
 * note. With the bounds above it never is; this keeps the limit a property of the code.
 */
function fitBody(visible, marker) {
    const room = GITHUB_LIMITS.body - CLOSING_NOTE_ROOM - marker.length - 2;
    return `${visible.length <= room ? visible : `${(0,core_text/* clip */.$Q)(visible, room - 40)}\n\n_(cut to fit GitHub's limit)_`}\n${marker}`;
}
/** Tag keys and values as code spans, as many as fit 2,000 characters. */
function tagsText(tags) {
    const entries = Object.entries(tags);
    const shown = [];
    let used = 0;
    for (const [key, value] of entries) {
        const text = `${(0,core_text/* codeSpan */.SS)(key, 64)}=${(0,core_text/* codeSpan */.SS)(value, 128)}`;
        if (used + text.length > 2_000)
            break;
        used += text.length + 2;
        shown.push(text);
    }
    return shown.length < entries.length ? `${shown.join(', ')} and ${entries.length - shown.length} more` : shown.join(', ');
}
function listText(items, most, separator = ', ') {
    return items.length <= most
        ? items.join(separator)
        : `${items.slice(0, most).join(separator)}${separator}… and ${items.length - most} more`;
}
/** At most this many ranges in a suggested rule; past it, a rule is better written by hand. */
const SUGGESTED_RANGES = 200;
function suggestedRule(verdict, today) {
    const e = verdict.exposure;
    if (verdict.uncovered.length > SUGGESTED_RANGES)
        return `// ${verdict.uncovered.length} separate ranges: too many to suggest one rule; allow the range you expect instead.`;
    const id = `${(e.resource.name ?? e.resource.id)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'instance'}-${e.protocol}-${(0,core_text/* clip */.$Q)((0,ports/* formatRanges */.Gk)(verdict.uncovered).replace(/, /g, '_'), 50).replace(/…$/, '')}`;
    const rule = {
        id,
        match: { accounts: [(0,core_text/* clip */.$Q)(e.accountId, 64)], regions: [(0,core_text/* clip */.$Q)(e.region, 64)], instanceIds: [(0,core_text/* clip */.$Q)(e.resource.id, 256)] },
        allow: { [e.protocol]: verdict.uncovered.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)) },
        reason: 'TODO: why this port must be reachable from the internet',
        owner: '@your-org/your-team',
        expires: (0,dates/* addDays */.f)(today, 90),
    };
    // Backticks cannot close the code fence once JSON-escaped.
    return JSON.stringify(rule, null, 2).replace(/`/g, '\\u0060');
}
const NOTE_PREFIX = '> [!NOTE]\n> Closed by Portwarden:';
/**
 * A closed issue's body: the closing note on top (replacing an earlier one), the rest as it
 * was, and the marker at the end, written again from what planning read (so a marker restored
 * from the identity comment is back in the body). A body a person made long is cut to fit.
 */
function renderClosedBody(issue, note) {
    const markerAt = issue.body.lastIndexOf(MARKER_PREFIX);
    let visible = markerAt >= 0 ? issue.body.slice(0, markerAt).trimEnd() : issue.body;
    if (visible.startsWith(NOTE_PREFIX))
        visible = visible.slice(visible.indexOf('\n\n') + 2);
    const marker = encodeMarker({
        v: 1,
        fingerprint: issue.fingerprint,
        identity: issue.identity,
        sources: issue.sources,
        material: issue.material,
        ...(issue.tags ? { tags: issue.tags } : {}),
    });
    return fitBody(`> [!NOTE]\n> ${(0,core_text/* clip */.$Q)(note, NOTE_LIMIT)}\n\n${visible}\n`, marker);
}

;// CONCATENATED MODULE: ./src/core/issues/comments.ts


/**
 * Portwarden's first comment on a new issue: a second copy of the marker where only
 * Portwarden writes, so an issue whose body a person edited (marker removed) is still
 * recognised, not duplicated.
 */
function renderIdentityComment(verdict) {
    return `Portwarden tracks this issue by the identity below (account, region, instance, protocol and port range), not by its title or text. Only an allowlist rule silences it.\n\n${markerFor(verdict)}`;
}
function renderActionComment(action) {
    switch (action.kind) {
        case 'close':
            return `Closing: ${closeSentence(action)}.`;
        case 'reopen':
            return action.reason === 'reappeared-after-manual-close'
                ? `Reopening: ${portText(action.verdict)} is open again. This issue was closed by hand, but only an allowlist rule (a reviewed pull request to \`allowlist.json\`) silences an alert; set \`reopen-manually-closed: false\` to let "close as not planned" acknowledge it instead.`
                : `Reopening: ${portText(action.verdict)} is open again.`;
        default:
            return undefined;
    }
}
function closingNoteFor(action) {
    return (0,core_text/* clip */.$Q)(`Closed by Portwarden: ${closeSentence(action)}.`, NOTE_LIMIT);
}
function closeSentence(action) {
    // Details hold ids from AWS and the allowlist's reviewed reasons: escaped like any AWS text.
    // Only our own `duplicate of #12` must still link.
    // Backticks and parentheses stay (rule ids are shown as code); markup, links and references go.
    const detail = action.reason === 'duplicate'
        ? (0,core_text/* plainText */.wh)(action.detail, 100)
        : (0,core_text/* withoutAutolinks */.h6)((0,core_text/* plainText */.wh)(action.detail, 2_000)).replace(/[<>[\]|]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    switch (action.reason) {
        case 'gone':
            return `the port is closed (${detail})`;
        case 'terminated':
            return `the ${detail}`;
        default:
            return detail;
    }
}
function portText(verdict) {
    const e = verdict.exposure;
    return `${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 1_000)} on ${(0,core_text/* codeSpan */.SS)(e.resource.id, 256)}`;
}

;// CONCATENATED MODULE: ./src/github/apply-plan.ts
// Applies an issue plan item by item; a failed item is recorded and the rest go on, and every
// step is safe to repeat, so the next run converges to one issue per port whatever failed
// half-way.








async function applyPlan(plan, github, target, options, sleep, own) {
    const results = [];
    if (plan.actions.length === 0)
        return results;
    // The plan fits max-writes; labels it could not foresee are spent from the same budget, and
    // an action is started only when all of its writes still fit, never cut half-way.
    let remaining = options.maxWrites;
    try {
        remaining -= await ensureLabels(github, target, plan, options, remaining);
    }
    catch (error) {
        return plan.actions.map((action) => ({ action, ok: false, error: `could not create labels: ${(0,errors/* messageOf */.bD)(error)}` }));
    }
    for (const action of plan.actions) {
        if (writeCost(action) > remaining)
            remaining = 0;
        if (remaining === 0) {
            results.push({ action, ok: false, deferred: `max-writes (${options.maxWrites}) reached` });
            continue;
        }
        remaining -= writeCost(action);
        try {
            results.push({ action, ok: true, issueNumber: await applyOne(action, github, target, options, sleep, own) });
        }
        catch (error) {
            results.push({ action, ok: false, error: `${(0,client/* statusOf */.c2)(error) ?? ''} ${(0,errors/* messageOf */.bD)(error)}`.trim() });
        }
    }
    return results;
}
async function applyOne(action, github, target, options, sleep, own) {
    switch (action.kind) {
        case 'create': {
            const params = {
                ...target,
                title: renderTitle(action.verdict),
                body: renderBody(action.verdict, options),
                labels: labelsFor(action.verdict, options),
                assignees: [...options.assignees],
            };
            const number = await createOnce(() => github.rest.issues.create({ ...params, ...NO_BLIND_RETRY }).then((r) => r.data.number), () => findRecentIssue(github, target, action.fingerprint, own), sleep);
            await postCommentOnce(github, target, number, renderIdentityComment(action.verdict), sleep);
            return number;
        }
        case 'update':
        case 'reopen':
            await github.rest.issues.update({
                ...target,
                issue_number: action.issue.number,
                ...(action.kind === 'reopen' ? { state: 'open' } : {}),
                title: renderTitle(action.verdict),
                body: renderBody(action.verdict, options, undefined, action.issue.sources),
                labels: labelsFor(action.verdict, options, action.issue.labels),
            });
            if (action.kind === 'reopen')
                await comment(github, target, action, sleep);
            return action.issue.number;
        case 'close':
            // The state and the reason land in one idempotent PATCH; the comment only notifies.
            await github.rest.issues.update({
                ...target,
                issue_number: action.issue.number,
                state: 'closed',
                state_reason: action.reason === 'duplicate' ? 'duplicate' : 'completed',
                body: renderClosedBody(action.issue, closingNoteFor(action)),
            });
            await comment(github, target, action, sleep);
            return action.issue.number;
    }
}
async function comment(github, target, action, sleep) {
    const body = renderActionComment(action);
    if (body)
        await postCommentOnce(github, target, action.issue.number, body, sleep);
}
/** Only an issue our own account created can be the one a failed response hid: anyone can paste a marker. */
async function findRecentIssue(github, target, fingerprint, own) {
    const recent = await github.rest.issues.listForRepo({
        ...target,
        labels: PORTWARDEN_LABEL,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: 30,
    });
    return recent.data.find((i) => identity_isOwn(i.user, own) && decodeMarker(i.body)?.fingerprint === fingerprint)?.number;
}
/** Creates the labels the plan uses that the repository lacks; returns the writes it made. */
async function ensureLabels(github, target, plan, options, budget) {
    const wanted = new Set();
    for (const action of plan.actions)
        if (action.kind !== 'close')
            for (const label of labelsFor(action.verdict, options))
                wanted.add(label);
    if (wanted.size === 0)
        return 0;
    const existing = new Set((await github.paginate(github.rest.issues.listLabelsForRepo, { ...target, per_page: 100 })).map((l) => l.name));
    let writes = 0;
    for (const name of wanted) {
        if (existing.has(name))
            continue;
        // Out of budget: issues can still be created with the label, which GitHub then creates plainly.
        if (writes >= budget)
            break;
        writes += 1;
        const color = name === PORTWARDEN_LABEL ? '5319e7' : (SEVERITY_COLORS[name.replace('severity:', '')] ?? 'ededed');
        try {
            await github.rest.issues.createLabel({
                ...target,
                name,
                color,
                description: name === PORTWARDEN_LABEL ? 'Unexpected open port found by Portwarden' : '',
            });
        }
        catch (error) {
            // Another run created it meanwhile: that is what we wanted.
            if ((0,client/* statusOf */.c2)(error) !== 422)
                throw error;
        }
    }
    return writes;
}

;// CONCATENATED MODULE: ./src/github/issues.ts
// Reading Portwarden's issues: once per run, by label (state all, 100 per page). An issue whose
// label a person removed is found by one search for our account's unlabelled issues (usually
// none), so it is relabelled, closed or reopened instead of duplicated. Never one search per finding.
//
// Only issues that Portwarden's own account opened count, whatever their label or marker: a
// marker is public facts anyone can paste into an issue of their own.





async function assertPrivateRepository(github, target, allowPublic) {
    let isPrivate;
    try {
        isPrivate = (await github.rest.repos.get({ ...target })).data.private;
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`repository: cannot read ${target.owner}/${target.repo} (${(0,client/* statusOf */.c2)(error) ?? ''} ${(0,errors/* messageOf */.bD)(error)}): check the name and that the token may read it`);
    }
    if (!isPrivate && !allowPublic) {
        throw new errors/* ConfigError */.xL(`allow-public-repository: ${target.owner}/${target.repo} is public, and Portwarden issues describe your attack surface. Use a private repository, or set allow-public-repository: true`);
    }
}
async function listPortwardenIssues(github, target, own) {
    const listing = { issues: [], skipped: [], foreign: [] };
    const seen = new Set();
    const labelled = await github.paginate(github.rest.issues.listForRepo, {
        ...target,
        labels: PORTWARDEN_LABEL,
        state: 'all',
        per_page: 100,
    });
    const unlabelled = [];
    for (const login of own.logins)
        unlabelled.push(...(await unlabelledIssuesOf(github, target, login)));
    for (const [item, hasLabel] of [...labelled.map((i) => [i, true]), ...unlabelled.map((i) => [i, false])]) {
        if (item.pull_request || seen.has(item.number))
            continue;
        seen.add(item.number);
        const read = await readIssue(github, target, item, own, hasLabel);
        if (read.kind === 'issue')
            listing.issues.push(read.issue);
        else if (read.kind === 'foreign')
            listing.foreign.push({ number: item.number, author: read.author });
        else if (read.kind === 'skipped')
            listing.skipped.push({ number: item.number, problem: read.problem });
    }
    listing.issues.sort((a, b) => a.number - b.number);
    return listing;
}
/**
 * One issue as Portwarden's, or why not. `hasLabel`: labelled issues without a marker in the
 * body look for it in Portwarden's identity comment; our account's other issues (a personal
 * token's, found by the search) are none of our business.
 */
async function readIssue(github, target, item, own, hasLabel = true) {
    const read = readMarker(item.body);
    if (!identity_isOwn(item.user, own))
        return read.kind === 'none' ? { kind: 'none' } : { kind: 'foreign', author: item.user?.login ?? 'an unknown account' };
    if (read.kind === 'valid')
        return { kind: 'issue', issue: toExistingIssue(item, read.marker, 'body') };
    if (!hasLabel && read.kind === 'none')
        return { kind: 'none' };
    const restored = await markerFromIdentityComment(github, target, item.number, own);
    if (restored)
        return { kind: 'issue', issue: toExistingIssue(item, restored, 'comment') };
    return { kind: 'skipped', problem: read.kind === 'invalid' ? read.problem : 'its body has no Portwarden marker' };
}
/** Portwarden's first comment on an issue holds a second copy of the marker. */
async function markerFromIdentityComment(github, target, issueNumber, own) {
    const { data } = await github.rest.issues.listComments({ ...target, issue_number: issueNumber, per_page: 100 });
    for (const comment of data) {
        if (!identity_isOwn(comment.user, own))
            continue;
        const read = readMarker(comment.body);
        if (read.kind === 'valid')
            return read.marker;
    }
    return undefined;
}
/** One line for the log and the summary: which issues were left alone, and why. */
function listingWarnings(listing) {
    const warnings = listing.skipped.map((s) => `issue #${s.number} was skipped: ${s.problem}. Portwarden leaves it alone; restore its marker from Portwarden's first comment on it, or close it`);
    if (listing.foreign.length > 0) {
        const shown = listing.foreign.slice(0, 10).map((f) => `#${f.number} (by ${f.author})`);
        warnings.push(`${listing.foreign.length} issue(s) carry a Portwarden marker but were not opened by Portwarden (${listing.foreign.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ')}): ignored. ` +
            'Only issues Portwarden opened can track or silence a port');
    }
    return warnings;
}
/**
 * The creator's issues without our label. The search costs one request where listing all of the
 * creator's issues would cost as many pages as the label listing again; when the search cannot
 * answer completely (an error, a timed-out search, over its 1,000-result cap) the exact listing
 * is used at once, without retries. The search index trails writes by seconds: a label removed in the moment before a run
 * is found by the next run, and an issue opened meanwhile is closed then as a duplicate.
 */
async function unlabelledIssuesOf(github, target, creator) {
    const author = creator.endsWith('[bot]') ? `app/${creator.slice(0, -'[bot]'.length)}` : creator;
    const q = `repo:${target.owner}/${target.repo} is:issue -label:${PORTWARDEN_LABEL} author:${author}`;
    try {
        // Page by page: octokit's paginate would drop the per-request `retries` option.
        const found = [];
        for (let page = 1;; page++) {
            const { data } = await github.rest.search.issuesAndPullRequests({ q, per_page: 100, page, request: { retries: 0 } });
            if (data.incomplete_results || data.total_count > 1000)
                throw new Error('incomplete search');
            found.push(...data.items);
            if (data.items.length < 100 || found.length >= data.total_count)
                break;
        }
        return found;
    }
    catch {
        const all = await github.paginate(github.rest.issues.listForRepo, { ...target, creator, state: 'all', per_page: 100 });
        return all.filter((i) => !i.labels.some((l) => (typeof l === 'string' ? l : l.name) === PORTWARDEN_LABEL));
    }
}
function toExistingIssue(item, marker, markerFrom = 'body') {
    return {
        number: item.number,
        state: item.state === 'closed' ? 'closed' : 'open',
        stateReason: (item.state_reason ?? null),
        title: item.title,
        body: item.body ?? '',
        labels: item.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        fingerprint: marker.fingerprint,
        identity: marker.identity,
        sources: marker.sources,
        material: marker.material,
        ...(marker.tags ? { tags: marker.tags } : {}),
        ...(markerFrom === 'comment' ? { markerFrom } : {}),
    };
}

;// CONCATENATED MODULE: ./src/github/session.ts



/** Modes that write issues refuse a public repository before anything else is read. */
async function openSession(options, warn, requirePrivate) {
    const github = (0,client/* createGitHub */.Cl)(options.token, options.apiUrl, warn);
    if (requirePrivate)
        await assertPrivateRepository(github, options.target, options.allowPublicRepository);
    const own = await resolveOwnAccounts(github, options.botLogins);
    return { github, target: options.target, own };
}

;// CONCATENATED MODULE: ./src/modes/report/issues.ts
// Stages "GitHub state" and "plan -> apply": the issues Portwarden opened, read once before any
// AWS call (a public repository or a bad token stops the run early), then the plan made from
// the verdicts and written within the run's write budget.






async function openInbox(options, warn) {
    const session = await openSession(options, warn, true);
    const { target } = session;
    try {
        const listing = await listPortwardenIssues(session.github, target, session.own);
        return { session, issues: listing.issues, notes: listingWarnings(listing).map((text) => ({ kind: 'message', text })) };
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`repository: cannot list the issues of ${target.owner}/${target.repo}: ${(0,errors/* messageOf */.bD)(error)}. Nothing was changed`);
    }
}
async function syncIssues(inbox, found, options, sleep) {
    const plan = planIssues({ ...found, issues: inbox.issues, options: options.issues });
    const notes = [];
    let applied;
    if (!options.dryRun) {
        const { github, target, own } = inbox.session;
        applied = await applyPlan(plan, github, target, options.issues, sleep, own);
        const late = applied.filter((r) => r.deferred).length;
        if (late > 0)
            notes.push({ kind: 'writes-ran-out', count: late, maxWrites: options.issues.maxWrites });
    }
    return { plan, ...(applied ? { applied } : {}), notes: [...notes, ...deferralNotes(plan)] };
}

;// CONCATENATED MODULE: ./src/modes/report/outcome.ts
const MAX_ACCOUNTS_NAMED = 20;
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
        const named = accounts.length <= MAX_ACCOUNTS_NAMED
            ? accounts.join(', ')
            : `${accounts.slice(0, MAX_ACCOUNTS_NAMED).join(', ')} and ${accounts.length - MAX_ACCOUNTS_NAMED} more`;
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
    const allowlist = await loadAllowlistFile(options.allowlist);
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

;// CONCATENATED MODULE: ./src/modes/report/cli.ts




async function reportCommand(options, json, now) {
    const outcome = await runReport(options, {
        now,
        mask: () => undefined,
        warn: (message) => process.stderr.write(`portwarden: ${message}\n`),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    if (json)
        await writeAll(process.stdout, reportJson(outcome.report));
    else
        process.stdout.write(`${renderTextReport(outcome.report)}\n`);
    for (const failure of outcome.failures)
        process.stderr.write(`portwarden: ${failure}\n`);
    return outcome.exitCode;
}


/***/ })

};
