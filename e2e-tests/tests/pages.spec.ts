import { test, expect, upcomingMatch } from './browser'

const PAGES = [
  ['dashboard', '/', 'Upcoming forecasts'],
  ['matches', '/matches', 'Matches'],
  ['leagues', '/leagues', 'Leagues'],
  ['league', '/leagues/E0', 'Premier League'],
  ['track-record', '/track-record', 'Track record'],
  ['season', '/season', 'Season outlook'],
  ['value', '/value', 'Value'],
  ['developers', '/developers', 'Developers'],
  ['sign-in', '/sign-in', 'Sign in'],
] as const

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 812 } })

  for (const [name, path, heading] of PAGES) {
    test(`${name} loads cleanly and fits`, async ({ page, consoleErrors }, testInfo) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await page.waitForTimeout(1500)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true })
      expect(consoleErrors).toEqual([])
    })
  }

  test('match and team pages load cleanly and fit', async ({ page, consoleErrors }, testInfo) => {
    const match = await upcomingMatch(page)
    for (const [name, path] of [['match', `/matches/${match.id}`], ['team', `/teams/${match.homeTeam}`]]) {
      await page.goto(path!)
      await expect(page.locator('main h1')).toBeVisible()
      await page.waitForTimeout(1500)
      await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    }
    expect(consoleErrors).toEqual([])
  })
})

test('the API explorer runs a query without internet access', async ({ page, context, consoleErrors }) => {
  // anything off this origin fails, as on a machine without internet
  await context.route(/^https?:\/\/(?!localhost)/, (route) => route.abort())
  await page.goto('/developers')
  await page.getByRole('button', { name: 'Open the explorer' }).click()
  const explorer = page.getByRole('region', { name: 'API explorer' })
  await expect(explorer.locator('.graphiql-container')).toBeVisible({ timeout: 60_000 })
  // the editor shows the example once monaco has loaded; executing before that sends nothing
  await expect(explorer.locator('.graphiql-query-editor')).toContainText('query Upcoming', { timeout: 60_000 })
  const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query Upcoming'), { timeout: 60_000 })
  await explorer.getByRole('button', { name: /Execute query/ }).click()
  expect((await answer).status()).toBe(200)
  await expect(explorer.locator('.result-window')).toContainText('"upcoming"', { timeout: 30_000 })
  expect(consoleErrors).toEqual([])
})

test('a deep link opens its page directly', async ({ page }) => {
  const response = await page.goto('/leagues/E0')
  expect(response!.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Premier League' })).toBeVisible()
})
