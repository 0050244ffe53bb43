// The identity of an alert. It must not change between runs or sources, or the inbox would
// get a new issue for an old port: so it is built from what the port *is* (where, which
// protocol, which reported range), never from a source's per-run finding ARN.
import { createHash } from 'node:crypto';
import type { Exposure, ExposureIdentity } from '../model.js';

export type { ExposureIdentity };

export function identityOf(exposure: Exposure): ExposureIdentity {
  return {
    accountId: exposure.accountId,
    region: exposure.region,
    resourceId: exposure.resource.id,
    protocol: exposure.protocol,
    ports: { from: exposure.ports.from, to: exposure.ports.to },
  };
}

export function fingerprintOf(identity: ExposureIdentity): string {
  const canonical = [
    identity.accountId,
    identity.region,
    identity.resourceId,
    identity.protocol,
    identity.ports.from,
    identity.ports.to,
  ].join('|');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}
