// A quarter of weekly scans: Portwarden's notifications against the scripted true changes
// and against a naive forwarder that alerts on every non-allowed finding of every scan.
import { runQuarter, scriptedQuarter } from './quarter-scenario.js';

const results = runQuarter(scriptedQuarter());
console.log('week  true changes  portwarden  naive forwarder');
for (const r of results)
  console.log(
    `${String(r.week).padStart(4)}  ${String(r.trueChanges).padStart(12)}  ${String(r.notifications).padStart(10)}  ${String(r.naiveAlerts).padStart(15)}`,
  );
const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
console.log(
  `total ${String(sum((r) => r.trueChanges)).padStart(11)}  ${String(sum((r) => r.notifications)).padStart(10)}  ${String(sum((r) => r.naiveAlerts)).padStart(15)}`,
);
console.log(
  `closes caused by the failed scan (week 9): ${sum((r) => r.closesInFailedScopes)}; notifications for the stopped instance (weeks 10-11): ${[results[9]!, results[10]!].flatMap((r) => r.actions).filter((a) => a.includes('i-batch')).length}`,
);
