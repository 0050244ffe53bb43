// One Inspector2 finding pushed by EventBridge through repository_dispatch. The payload comes
// from outside the workflow, so it is validated strictly before it can touch an issue.
import { FindingShapeError } from '../errors.js';
import type { Exposure } from '../model.js';
import { normalizeInspector2Finding } from './normalize-inspector2.js';
import { isObject } from './normalize-shared.js';
import { plainText } from '../text.js';
import { isAccountId, isInstanceId, isRegion } from '../aws-ids.js';

export const DISPATCH_EVENT_TYPE = 'portwarden-finding';

export type DispatchResult = { kind: 'exposure'; exposure: Exposure; findingArn: string } | { kind: 'ignored'; reason: string };

const FINDING_ARN = /^arn:aws[a-z-]*:inspector2:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):finding\/[0-9a-f]{32}$/;

/** `client_payload`: the EventBridge "Inspector2 Finding" event, or its `detail` alone. */
export function exposureFromDispatch(payload: unknown): DispatchResult {
  if (!isObject(payload)) throw new FindingShapeError('client_payload is not an object');
  let finding: unknown = payload;
  if ('detail-type' in payload || 'detail' in payload) {
    if (payload['detail-type'] !== 'Inspector2 Finding' || payload.source !== 'aws.inspector2') {
      throw new FindingShapeError(
        `client_payload is an EventBridge event of ${shown(payload['detail-type'])} from ${shown(payload.source)}, not "Inspector2 Finding" from "aws.inspector2"`,
      );
    }
    finding = payload.detail;
  }
  if (!isObject(finding)) throw new FindingShapeError('the event has no finding (detail) object');
  const arn = typeof finding.findingArn === 'string' ? FINDING_ARN.exec(finding.findingArn) : null;
  if (!arn) throw new FindingShapeError(`findingArn ${shown(finding.findingArn)} is not an Inspector2 finding ARN`);
  const result = normalizeInspector2Finding(finding);
  if (result.kind === 'skipped')
    return { kind: 'ignored', reason: `${result.reason} (only ACTIVE NETWORK_REACHABILITY findings on EC2 instances open issues)` };
  const e = result.exposure;
  // The account and region must be stated by the finding itself, and agree with its ARN and
  // with the envelope: an event must not be able to speak for another account's issues.
  const resource = Array.isArray(finding.resources) ? finding.resources.find(isObject) : undefined;
  if (typeof finding.awsAccountId !== 'string' || !isAccountId(finding.awsAccountId))
    throw new FindingShapeError(`awsAccountId ${shown(finding.awsAccountId)} is not a 12-digit account id`);
  if (typeof resource?.region !== 'string' || !isRegion(resource.region))
    throw new FindingShapeError(`resources[0].region ${shown(resource?.region)} is not an AWS region such as eu-west-1`);
  const stated: [string, unknown, unknown][] = [
    ["the findingArn's account", arn[2], finding.awsAccountId],
    ["the findingArn's region", arn[1], resource.region],
    ["the event's account", payload === finding ? undefined : payload.account, finding.awsAccountId],
    ["the event's region", payload === finding ? undefined : payload.region, resource.region],
  ];
  for (const [where, value, expected] of stated) {
    if (value !== undefined && value !== expected)
      throw new FindingShapeError(`${where} ${shown(value)} disagrees with the finding's ${shown(expected)}`);
  }
  if (!isInstanceId(e.resource.id)) throw new FindingShapeError(`resource id ${shown(e.resource.id)} is not an EC2 instance id`);
  return { kind: 'exposure', exposure: e, findingArn: arn[0] };
}

/** A value for an error message: quoted, one line, short (the payload is untrusted). */
function shown(value: unknown): string {
  return plainText(JSON.stringify(value) ?? 'undefined', 80);
}
