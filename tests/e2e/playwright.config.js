// End-to-end tests run against the release build in dist/, served on 127.0.0.1, in Debian's
// Chromium (a test tool's own browser download does not work on our machines).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.SIGHTLINE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // The suite reads English texts: every browser starts in English whatever the machine's
    // language; specs/languages.spec.js sets its own locales.
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node static-server.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
