// Benchmarks of the release build in Chromium, run by `cargo xtask bench` only: they print
// figures for BENCHMARKS.md and assert no timing. `cargo xtask test` runs ./specs alone.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '*.bench.js',
  // One at a time: two pages measured side by side on two cores would measure each other.
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  // SIGHTLINE_BENCH_DIST serves another build (one copied aside), as first-paint.bench.js
  // does, so that two builds can be measured in alternation.
  webServer: {
    ...base.webServer,
    command: `node static-server.mjs ${process.env.SIGHTLINE_BENCH_DIST ?? '../../dist'} ${new URL(base.use.baseURL).port}`,
  },
});
