import { test, expect, upcomingMatch } from './browser'

test('sign in, follow a club and see it in My matches', async ({ page }) => {
  const match = await upcomingMatch(page)
  await page.goto('/sign-in')
  await page.getByLabel('User name').fill(`fan${Date.now()}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible()
  await expect(page.getByText('You follow nothing yet.')).toBeVisible()

  await page.goto(`/teams/${match.homeTeam}`)
  const club = (await page.locator('main h1').textContent())!.trim()
  await page.getByRole('button', { name: 'Follow' }).click()
  await expect(page.getByRole('button', { name: 'Unfollow' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('link', { name: 'My matches' }).click()
  await expect(page.getByRole('link', { name: club, exact: true })).toBeVisible()
  // the club's next forecast arrives through predictionUpdated(followed: true)
  await expect(page.locator('main').getByRole('link', { name: new RegExp(club) }).nth(1)).toBeVisible({ timeout: 90_000 })
})

test('a signed-in user without the admin scope is refused the admin page', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('User name').fill('visitor')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0)
  await page.goto('/admin')
  await expect(page.getByRole('alert')).toContainText('needs the matchcast:admin scope')
  await expect(page.getByRole('button', { name: 'Retrain' })).toHaveCount(0)
})

// a chunk that fails to load: the app loads the page whole instead of staying where it was
test('a page whose code fails to load once is loaded whole, and the session survives', async ({ page }) => {
  let requests = 0
  await page.route('**/assets/MyMatchesPage-*.js', (route) => (requests++ === 0 ? route.abort('connectionreset') : route.continue()))
  await page.goto('/sign-in')
  await page.getByLabel('User name').fill('reloaded')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible()
  expect(requests).toBe(2)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByText('You follow nothing yet.')).toBeVisible()
})

test('an administrator sees ingest runs and model versions', async ({ page, consoleErrors }) => {
  await page.goto('/sign-in')
  await page.getByLabel('User name').fill('admin')
  await page.getByLabel('Administrator (matchcast:admin)').check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('link', { name: 'Admin' }).click()
  await expect(page.getByRole('heading', { name: 'Ingest runs' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Model versions' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retrain' })).toBeEnabled()
  expect(consoleErrors).toEqual([])
})
