// Before the prod-profile backend of playwright.oidc.config.ts starts: an empty data directory and
// a one-file football-data mirror (the Premier League's 2023-2024 season), so that its start-up
// import takes seconds and the test has clubs to follow.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = 'target/e2e-oidc'
const season = process.env.E2E_OIDC_SEASON_FILE
if (!season) throw new Error('oidc/prepare.mjs: E2E_OIDC_SEASON_FILE names the season file to import')
rmSync(root, { recursive: true, force: true })
mkdirSync(join(root, 'data'), { recursive: true })
mkdirSync(join(root, 'football-data', 'E0'), { recursive: true })
copyFileSync(season, join(root, 'football-data', 'E0', '2023-2024.csv'))
