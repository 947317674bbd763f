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

/** The id of an upcoming match that has a forecast, and its home club's id. */
export async function upcomingMatch(page: Page): Promise<{ id: string; homeTeam: string }> {
  const response = await page.request.post('/graphql', {
    data: { query: '{ upcoming(first: 50) { edges { node { id homeTeam { id } prediction { id } } } } }' },
  })
  const edges = (await response.json()).data.upcoming.edges as { node: { id: string; homeTeam: { id: string }; prediction: unknown } }[]
  const node = edges.find((e) => e.node.prediction)!.node
  return { id: node.id, homeTeam: node.homeTeam.id }
}
