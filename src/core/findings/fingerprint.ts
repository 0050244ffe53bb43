// The identity of an alert. It must not change between runs or sources, or the inbox would
// get a new issue for an old port: so it is built from what the port *is* (where, which
// protocol, which reported range), never from a source's per-run finding ARN.
import * as crypto from 'node:crypto';
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
  return fingerprintOfParts(
    identity.accountId,
    identity.region,
    identity.resourceId,
    identity.protocol,
    identity.ports.from,
    identity.ports.to,
  );
}

/** The same fingerprint straight from an exposure, without building its identity first (evaluate's hot path). */
export function exposureFingerprint(e: Exposure): string {
  return fingerprintOfParts(e.accountId, e.region, e.resource.id, e.protocol, e.ports.from, e.ports.to);
}

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per exposure: at 200,000
// exposures that object is a good part of the run's garbage. Older Node 20 takes createHash.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

function fingerprintOfParts(accountId: string, region: string, resourceId: string, protocol: string, from: number, to: number): string {
  return sha256Hex(`${accountId}|${region}|${resourceId}|${protocol}|${from}|${to}`).slice(0, 20);
}
