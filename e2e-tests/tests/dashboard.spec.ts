import { test, expect } from './browser'

test('the dashboard shows forecasts as links with their probabilities in words', async ({ page, consoleErrors }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming forecasts' })).toBeVisible()
  const card = page.locator('main a[href^="/matches/"]').first()
  await expect(card).toBeVisible()
  await expect(card.getByRole('group')).toHaveAttribute('aria-label', /Home win \d+%, Draw \d+%, Away win \d+%/)
  const timing = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd)
  test.info().annotations.push({ type: 'domContentLoaded', description: `${Math.round(timing)} ms` })
  expect(consoleErrors).toEqual([])
})

test('a live forecast changes the dashboard without a reload', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('main a[href^="/matches/"]').first()).toBeVisible()
  const marker = await page.evaluate(() => ((window as unknown as { loadedOnce: number }).loadedOnce = Date.now()))
  // the replay clock runs two hours a second: a prediction arrives within a minute
  await expect(page.getByRole('status').filter({ hasText: 'Updated' }).first()).toBeVisible({ timeout: 90_000 })
  expect(await page.evaluate(() => (window as unknown as { loadedOnce: number }).loadedOnce)).toBe(marker)
  await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible()
})

test('switching to Chinese translates the page', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: '即将开赛的预测' })).toBeVisible()
  await expect(page.getByRole('link', { name: '比赛' }).first()).toBeVisible()
  await expect(page.locator('main a[href^="/matches/"]').first()).toContainText(/主 \d+%/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '即将开赛的预测' })).toBeVisible()
})

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' })

  test('the interface starts in Chinese', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: '即将开赛的预测' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })
})
