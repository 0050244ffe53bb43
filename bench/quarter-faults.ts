// The quarter again, over HTTP: the scripted estate of quarter-scenario.ts in moto, twelve
// weekly runs of the CLI, once without faults and once with 10% of GitHub requests failing
// (500, 502 after the change, secondary rate limit, 429) and 10% of AWS calls throttled.
// The final issue states must be equal, with no duplicate and no lost issue.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EC2Client,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { decodeMarker } from '../src/core/issues/marker.js';
import { enableEc2Scanning, v2Finding } from '../test/support/aws-seed.js';
import { startFaultProxy, type RequestInfo } from '../test/support/aws-fault-proxy.js';
import { startFakeGitHub, type Fault, type FakeGitHub } from '../test/support/fake-github.js';
import { awsEnv, motoAvailable, startMoto, TEST_ACCOUNT, testCredentials } from '../test/support/moto.js';
import { runCli } from '../test/support/run-dist.js';
import { scriptedQuarter } from './quarter-scenario.js';

if (!motoAvailable) {
  console.log('moto_server not installed: skipping');
  process.exit(0);
}
const TOKEN = 'ghp_quarter';
const weeks = scriptedQuarter();
const moto = await startMoto();
const clean = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
const faulty = await startFakeGitHub({ owner: 'acme', repo: 'security', token: TOKEN });
let week = weeks[0]!;
const ids = new Map<string, string>(); // scripted name -> moto instance id
const regionOf = new Map<string, string>();

// The week's findings replace moto's answer (moto caches ListFindings per request); week 9's
// us-east-1 scan fails half-way (500) in both quarters alike.
const weekFindings = (request: RequestInfo, body: string) => {
  if (!request.path.startsWith('/findings/list')) return body;
  const findings = week.ports
    .filter((p) => p.region === request.region)
    .map((p) =>
      v2Finding({
        accountId: TEST_ACCOUNT,
        region: p.region,
        instanceId: ids.get(p.instance)!,
        protocol: p.protocol.toUpperCase() as 'TCP' | 'UDP',
        from: p.from,
        ...(p.to ? { to: p.to } : {}),
      }),
    );
  return JSON.stringify({ findings });
};
const failedScan = (request: RequestInfo) =>
  request.path.startsWith('/findings/list') && week.failedRegions.includes(request.region as 'us-east-1')
    ? { status: 500, code: 'InternalServerException', message: 'scan unavailable' }
    : undefined;
let awsCalls = 0;
let throttled = 0;
const cleanProxy = await startFaultProxy(moto.url, failedScan, weekFindings);
const faultyProxy = await startFaultProxy(
  moto.url,
  (request) => {
    awsCalls += 1;
    if (awsCalls % 10 === 4) {
      throttled += 1;
      return { status: 400, code: 'ThrottlingException', message: 'Rate exceeded' };
    }
    return failedScan(request);
  },
  weekFindings,
);
let ghRequests = 0;
let ghFaults = 0;
const kinds: Fault[] = ['500-before', '502-after', 'secondary-rate-limit', '429'];
faulty.faultFor = () => (++ghRequests % 10 === 7 ? kinds[ghFaults++ % kinds.length] : undefined);

try {
  for (const p of weeks.flatMap((w) => w.ports)) {
    if (ids.has(p.instance)) continue;
    const ec2 = new EC2Client({ region: p.region, endpoint: moto.url, credentials: testCredentials });
    const name = p.instance.replace(/^i-/, '');
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
      }),
    );
    ids.set(p.instance, run.Instances![0]!.InstanceId!);
    regionOf.set(p.instance, p.region);
  }
  for (const region of ['eu-west-1', 'us-east-1']) await enableEc2Scanning(moto.url, region, TEST_ACCOUNT);
  const dir = mkdtempSync(join(tmpdir(), 'portwarden-quarter-'));
  const started = Date.now();
  for (week of weeks) {
    for (const [name, state] of Object.entries(week.instanceStates)) {
      const ec2 = new EC2Client({ region: regionOf.get(name)!, endpoint: moto.url, credentials: testCredentials });
      const InstanceIds = [ids.get(name)!];
      if (state === 'stopped' && week.week === 10) await ec2.send(new StopInstancesCommand({ InstanceIds }));
      if (state === 'running' && week.week === 11) await ec2.send(new StartInstancesCommand({ InstanceIds }));
      if (state === 'terminated' && week.week === 12) await ec2.send(new TerminateInstancesCommand({ InstanceIds }));
    }
    const rules = week.rules.map((r) => ({
      id: r.id,
      match: { instanceIds: r.match.instanceIds!.map((i) => ids.get(i)!) },
      allow: Object.fromEntries(
        Object.entries(r.allow).map(([p, ranges]) => [p, ranges!.map((x) => (x.from === x.to ? x.from : `${x.from}-${x.to}`))]),
      ),
      reason: r.reason,
      ...(r.expires ? { expires: r.expires } : {}),
    }));
    writeFileSync(join(dir, 'allowlist.json'), JSON.stringify({ rules }));
    const args = [
      'report',
      '--source',
      'inspector2',
      '--regions',
      'eu-west-1,us-east-1',
      '--allowlist',
      join(dir, 'allowlist.json'),
      '--repo',
      'acme/security',
      '--today',
      week.today,
    ];
    const a = await runCli(args, undefined, { ...awsEnv(cleanProxy.url), GITHUB_TOKEN: TOKEN, GITHUB_API_URL: clean.url });
    const b = await runCli(args, undefined, { ...awsEnv(faultyProxy.url), GITHUB_TOKEN: TOKEN, GITHUB_API_URL: faulty.url });
    console.log(
      `week ${String(week.week).padStart(2)}: exit ${a.status} clean / ${b.status} faulty; open issues ${openCount(clean)} / ${openCount(faulty)}`,
    );
  }
  const same = JSON.stringify(state(clean)) === JSON.stringify(state(faulty));
  const prints = faulty.issues.map((i) => decodeMarker(i.body)?.fingerprint);
  console.log(
    `\n${((Date.now() - started) / 1000).toFixed(0)} s; injected: ${ghFaults} GitHub faults in ${ghRequests} requests, ${throttled} AWS throttles in ${awsCalls} calls`,
  );
  console.log(
    `final issue state equal: ${same ? 'yes' : 'NO'}; issues ${clean.issues.length} / ${faulty.issues.length}; duplicates in the faulty run: ${prints.length - new Set(prints).size}; OpenAPI violations: ${clean.violations.length + faulty.violations.length}`,
  );
  if (!same) process.exitCode = 1;
} finally {
  await cleanProxy.close();
  await faultyProxy.close();
  await clean.close();
  await faulty.close();
  await moto.stop();
}

function openCount(github: FakeGitHub): number {
  return github.issues.filter((i) => i.state === 'open').length;
}

function state(github: FakeGitHub) {
  return github.issues.map((i) => `${i.title} ${i.state}`).sort();
}
