import { defineConfig } from '@playwright/test';
import bench from '/work/main/tests/e2e/playwright.bench.config.js';
export default defineConfig({
  ...bench,
  testDir: '/work/main/tests/e2e/bench',
  use: { ...bench.use, launchOptions: { ...bench.use.launchOptions, args: [...bench.use.launchOptions.args, '--disable-frame-rate-limit', '--disable-gpu-vsync'] } },
});
