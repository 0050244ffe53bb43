#!/usr/bin/env node
import { main } from './cli.js';

// The AWS SDK warns in eight lines, on every run under Node 20, that it will need Node 22 from
// 2027. Say it once, in one line; the SDK's own switch (AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true)
// still silences it, since then the SDK emits nothing.
let toldNodeVersion = false;
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (/NodeVersionSupportWarning/.test(`${warning.name} ${warning.message}`)) {
    if (!toldNodeVersion)
      process.stderr.write(
        `Note (AWS SDK): it will need Node.js >= 22 from January 2027; this is ${process.version} (AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true hides this)\n`,
      );
    toldNodeVersion = true;
    return;
  }
  process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

process.exitCode = await main(process.argv.slice(2));
