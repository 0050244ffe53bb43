// One Inspector2 finding pushed by EventBridge through repository_dispatch. The payload comes
// from outside the workflow, so it is validated strictly before it can touch an issue.
import { FindingShapeError } from '../errors.js';
import type { Exposure } from '../model.js';
import { normalizeInspector2Finding } from './normalize-inspector2.js';
import { isObject } from './normalize-shared.js';

export const DISPATCH_EVENT_TYPE = 'portwarden-finding';

export type DispatchResult = { kind: 'exposure'; exposure: Exposure; findingArn: string } | { kind: 'ignored'; reason: string };

const FINDING_ARN = /^arn:aws[a-z-]*:inspector2:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:finding\/[0-9a-f]{32}$/;
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;

/** `client_payload`: the EventBridge "Inspector2 Finding" event, or its `detail` alone. */
export function exposureFromDispatch(payload: unknown): DispatchResult {
  if (!isObject(payload)) throw new FindingShapeError('client_payload is not an object');
  let finding: unknown = payload;
  if ('detail-type' in payload || 'detail' in payload) {
    if (payload['detail-type'] !== 'Inspector2 Finding' || payload.source !== 'aws.inspector2') {
      throw new FindingShapeError(`client_payload is an EventBridge event of "${String(payload['detail-type'])}" from "${String(payload.source)}", not "Inspector2 Finding" from "aws.inspector2"`);
    }
    finding = payload.detail;
  }
  if (!isObject(finding)) throw new FindingShapeError('the event has no finding (detail) object');
  if (typeof finding.findingArn !== 'string' || !FINDING_ARN.test(finding.findingArn)) {
    throw new FindingShapeError(`findingArn ${JSON.stringify(finding.findingArn)} is not an Inspector2 finding ARN`);
  }
  const result = normalizeInspector2Finding(finding);
  if (result.kind === 'skipped') return { kind: 'ignored', reason: `${result.reason} (only ACTIVE NETWORK_REACHABILITY findings on EC2 instances open issues)` };
  const e = result.exposure;
  if (!/^\d{12}$/.test(e.accountId)) throw new FindingShapeError(`awsAccountId "${e.accountId}" is not a 12-digit account id`);
  if (!INSTANCE_ID.test(e.resource.id)) throw new FindingShapeError(`resource id "${e.resource.id}" is not an EC2 instance id`);
  return { kind: 'exposure', exposure: e, findingArn: finding.findingArn };
}
