// Ports whose exposure to the internet is a known incident pattern: remote administration,
// databases, caches, search clusters, container and orchestration APIs. Used to rate
// security-group exposures and (later) to lint allowlist rules that allow them broadly.
import type { PortRange } from './model.js';
import { overlaps } from './ports.js';

export const SENSITIVE_PORTS: Readonly<Record<number, string>> = {
  21: 'FTP',
  22: 'SSH',
  23: 'Telnet',
  135: 'MS RPC',
  139: 'NetBIOS',
  445: 'SMB',
  1433: 'SQL Server',
  1521: 'Oracle',
  2049: 'NFS',
  2375: 'Docker API',
  2376: 'Docker API (TLS)',
  2379: 'etcd',
  3306: 'MySQL',
  3389: 'RDP',
  5432: 'PostgreSQL',
  5601: 'Kibana',
  5900: 'VNC',
  5984: 'CouchDB',
  6379: 'Redis',
  6443: 'Kubernetes API',
  8080: 'HTTP proxy / admin consoles',
  9200: 'Elasticsearch',
  9300: 'Elasticsearch transport',
  10250: 'Kubelet',
  11211: 'Memcached',
  27017: 'MongoDB',
};

export function sensitivePortsIn(range: PortRange): number[] {
  return Object.keys(SENSITIVE_PORTS)
    .map(Number)
    .filter((port) => overlaps(range, { from: port, to: port }));
}
