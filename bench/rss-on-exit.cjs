// Preloaded into a benchmarked process (node -r): its peak resident memory, as the kernel saw it.
process.on('exit', () => process.stderr.write(`\nbench:maxrss_kib=${process.resourceUsage().maxRSS}\n`));
