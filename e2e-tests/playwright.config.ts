import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'

// Debian's Chromium, never a downloaded browser (../shared/STACK.md); the backend on the embedded
// default with a fresh data directory, so the replay clock starts from its beginning.
const port = Number(process.env.E2E_PORT ?? 18282)
export const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`

// The football-data mirror beside the repository (../shared from its root), wherever the clone is:
// E2E_FOOTBALL_DATA_DIR, else ../shared beside this clone, else the machine's /work/shared.
const mirror = [
  process.env.E2E_FOOTBALL_DATA_DIR,
  resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/football-data'),
  '/work/shared/data/football-data',
].find((dir) => dir !== undefined && existsSync(dir))
if (mirror === undefined && !process.env.E2E_BASE_URL) {
  throw new Error('e2e-tests: no football-data mirror (../shared/data/football-data beside the repository, '
    + '/work/shared/data/football-data, or E2E_FOOTBALL_DATA_DIR)')
}

export default defineConfig({
  testDir: './tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // One retry, as Playwright advises for CI; a test that passes only on its retry is listed as "flaky" in
  // the output, and one that fails twice fails the build. The one flake seen (a page's code unanswered
  // after a sign-in, account.spec.ts) was Reactor Netty's kept-alive connection bug, fixed by the pinned
  // 1.3.8 (README, Web app: kept-alive connections).
  retries: 1,
  workers: 1,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'target/playwright-report' }]],
  outputDir: 'target/test-results',
  use: { baseURL, trace: 'retain-on-failure', timezoneId: 'Europe/London' },
  globalSetup: './global-setup.ts',
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `java -jar ../backend/target/matchcast.jar serve`,
        cwd: '.',
        env: {
          MATCHCAST_PORT: String(port),
          MATCHCAST_DATA_DIR: 'target/e2e-data',
          MATCHCAST_FOOTBALL_DATA_DIR: mirror ?? '',
        },
        // liveness: the server answers; global-setup.ts then waits for the first model and forecasts
        url: `http://localhost:${port}/actuator/health/liveness`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
      },
})
