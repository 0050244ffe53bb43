import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration and end-to-end suites start real servers (moto, fakes); keep them apart
    // from each other's ports and give them time to boot on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
