import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration and end-to-end suites start real servers (moto, fakes); keep them apart
    // from each other's ports and give them time to boot on a 2-core machine. Octokit's
    // throttling paces content creation (an issue and its identity comment) about 3 s apart,
    // so a test that opens several issues runs for tens of seconds by design.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
