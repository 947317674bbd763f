import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'

// The web app's OpenID Connect sign-in against a real OpenID provider (oidc/issuer.mjs: oidc-provider
// with a public PKCE client) and the packaged backend in the prod profile, which accepts only that
// issuer's tokens. Its own servers, apart from the embedded default's run (playwright.config.ts).
const issuerPort = Number(process.env.E2E_OIDC_ISSUER_PORT ?? 18383)
const appPort = Number(process.env.E2E_OIDC_PORT ?? 18384)
export const issuer = `http://localhost:${issuerPort}`
export const appURL = `http://localhost:${appPort}`
const resource = 'urn:matchcast:api'

const season = [
  process.env.E2E_FOOTBALL_DATA_DIR,
  resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/football-data'),
  '/work/shared/data/football-data',
].filter((dir): dir is string => dir !== undefined).map((dir) => `${dir}/E0/2023-2024.csv`).find((file) => existsSync(file))
if (season === undefined) {
  throw new Error('e2e-tests (oidc): no E0/2023-2024.csv in a football-data mirror (../shared/data/football-data beside the '
    + 'repository, /work/shared/data/football-data, or E2E_FOOTBALL_DATA_DIR)')
}

export default defineConfig({
  testDir: './tests-oidc',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: 0,
  workers: 1,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'target/playwright-report-oidc' }]],
  outputDir: 'target/test-results-oidc',
  use: { baseURL: appURL, trace: 'retain-on-failure', timezoneId: 'Europe/London' },
  webServer: [
    {
      command: 'node oidc/issuer.mjs',
      env: { E2E_OIDC_ISSUER_PORT: String(issuerPort), E2E_OIDC_APP_ORIGIN: appURL, E2E_OIDC_RESOURCE: resource },
      url: `${issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'node oidc/prepare.mjs && java -jar ../backend/target/matchcast.jar serve',
      env: {
        E2E_OIDC_SEASON_FILE: season,
        SPRING_PROFILES_ACTIVE: 'prod',
        MATCHCAST_PORT: String(appPort),
        MATCHCAST_DATA_DIR: 'target/e2e-oidc/data',
        MATCHCAST_FOOTBALL_DATA_DIR: 'target/e2e-oidc/football-data',
        // no model, no replay clock: this run is about signing in (the start-up import still runs)
        MATCHCAST_SCHEDULING: 'false',
        MATCHCAST_OAUTH2_ISSUER_URI: issuer,
        MATCHCAST_OAUTH2_AUDIENCE: 'matchcast',
        MATCHCAST_OAUTH2_WEB_CLIENT_ID: 'matchcast-web',
        MATCHCAST_OAUTH2_WEB_CLIENT_SCOPE: 'openid profile',
        MATCHCAST_OAUTH2_WEB_CLIENT_RESOURCE: resource,
      },
      url: `${appURL}/actuator/health/liveness`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
