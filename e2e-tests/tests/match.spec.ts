import { test, expect, upcomingMatch } from './browser'
import AxeBuilder from '@axe-core/playwright'

test('a match page draws its charts', async ({ page, consoleErrors }) => {
  const match = await upcomingMatch(page)
  await page.goto(`/matches/${match.id}`)
  await expect(page.getByRole('heading', { name: 'Forecast', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Why this forecast' })).toBeVisible()
  const chart = page.getByRole('img', { name: /Heat map of exact-score probabilities/ })
  // ECharts draws on layered canvases; the first holds the series
  const canvas = chart.locator('canvas').first()
  await expect(canvas).toBeVisible()
  await page.waitForTimeout(1000)
  // the canvas has pixels drawn: count the non-transparent ones
  const drawn = await canvas.evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++
    return painted
  })
  expect(drawn).toBeGreaterThan(1000)
  expect(consoleErrors).toEqual([])
})

test('the dashboard and a match page have no serious accessibility violations', async ({ page }) => {
  const match = await upcomingMatch(page)
  for (const path of ['/', `/matches/${match.id}`]) {
    await page.goto(path)
    await expect(page.locator('main h1').first()).toBeVisible()
    await page.waitForTimeout(1000)
    const results = await new AxeBuilder({ page }).exclude('canvas').analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
  }
})
