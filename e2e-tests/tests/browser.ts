import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Debian's Chromium with a fresh profile per test; console errors of the page are collected. */
export const test = base.extend<{ context: BrowserContext; page: Page; consoleErrors: string[]; locale: string }>({
  locale: ['en-GB', { option: true }],
  context: async ({ locale, viewport }, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'matchcast-e2e-')), {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      locale,
      viewport: viewport ?? { width: 1280, height: 900 },
      timezoneId: 'Europe/London',
    })
    await use(context)
    await context.close()
  },
  consoleErrors: async ({}, use) => {
    await use([])
  },
  page: async ({ context, consoleErrors }, use) => {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await use(page)
  },
})

export { expect } from '@playwright/test'

/**
 * The id of an upcoming match that has a forecast, and its home club's id. The replay clock runs on
 * while the suite does (global-setup.ts), and right after it passes a round the next one may still be
 * waiting for its forecasts: asked again every 2 s for up to a minute.
 */
export async function upcomingMatch(page: Page): Promise<{ id: string; homeTeam: string }> {
  type Edge = { node: { id: string; homeTeam: { id: string }; prediction: unknown } }
  const deadline = Date.now() + 60_000
  for (;;) {
    const response = await page.request.post('/graphql', {
      data: { query: '{ upcoming(first: 50) { edges { node { id homeTeam { id } prediction { id } } } } }' },
    })
    const edges = ((await response.json()).data?.upcoming?.edges ?? []) as Edge[]
    const node = edges.find((e) => e.node.prediction)?.node
    if (node) return { id: node.id, homeTeam: node.homeTeam.id }
    if (Date.now() > deadline) throw new Error(`No upcoming match with a forecast within a minute (${edges.length} upcoming)`)
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}
