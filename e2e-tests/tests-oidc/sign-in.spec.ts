import { test, expect } from '../tests/browser'
import { issuer } from '../playwright.oidc.config'
import type { Page } from '@playwright/test'

interface StoredSession {
  accessToken: string
  user: string
  expiresAt: string
  oidc?: { refreshToken?: string; idToken?: string }
}

async function storedSession(page: Page): Promise<StoredSession | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('matchcast.session') ?? 'null'))
}

function claims(jwt: string, part = 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[part]!, 'base64url').toString('utf8'))
}

/** A club of the imported season, found through the public API of the prod-profile backend. */
async function club(page: Page, name: string): Promise<{ id: string; name: string }> {
  const response = await page.request.post('/graphql', { data: { query: `{ teams(search: "${name}") { id name } }` } })
  expect(response.status()).toBe(200)
  const teams = (await response.json()).data.teams as { id: string; name: string }[]
  expect(teams.map((team) => team.name)).toContain(name)
  return teams.find((team) => team.name === name)!
}

test('sign in at the OpenID provider with PKCE, follow a club on a refreshed token, sign out there too', async ({ page, baseURL }) => {
  const user = `fan${Date.now()}`
  // errors logged on the app's pages (the provider's development pages load fonts from the internet, unreachable here)
  const appErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && new URL(page.url()).origin === new URL(baseURL!).origin) {
      appErrors.push(`${page.url()}: ${message.text()} (${message.location().url})`)
    }
  })
  page.on('pageerror', (error) => appErrors.push(`${page.url()}: ${error.message}`))
  // the start-up import of the one-season mirror takes a few seconds after the server answers
  await expect.poll(async () => (await (await page.request.post('/graphql', {
    data: { query: '{ teams(search: "Arsenal") { id } }' },
  })).json()).data?.teams?.length ?? 0, { timeout: 60_000 }).toBe(1)
  const arsenal = await club(page, 'Arsenal')

  // the app asks the server how to sign in, then sends the browser to the issuer
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign in' }).click()
  const host = new URL(issuer).host
  await expect(page.getByText(`You sign in at ${host}, which then sends you back here signed in.`)).toBeVisible()
  await page.getByRole('button', { name: `Sign in at ${host}` }).click()

  // the provider's own pages: what the browser asked for is a code with an S256 challenge
  await page.waitForURL((url) => url.origin === issuer)
  await page.locator('input[name="login"]').fill(user)
  await page.locator('input[name="password"]').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()

  // back at the callback, the code exchanged: My matches of the signed-in user, from the API
  await expect(page).toHaveURL(/\/my-matches$/)
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible()
  await expect(page.getByText('You follow nothing yet.')).toBeVisible()
  await expect(page.locator('header').getByText(user, { exact: true })).toBeVisible()

  const first = (await storedSession(page))!
  const access = claims(first.accessToken)
  // an RFC 9068 access token, which the backend accepts besides plain JWTs
  expect(claims(first.accessToken, 0).typ).toBe('at+jwt')
  expect(access.iss).toBe(issuer)
  expect(access.sub).toBe(user)
  expect(access.aud).toBe('matchcast')
  expect(first.user).toBe(user)
  expect(first.oidc?.refreshToken).toBeTruthy()
  expect(new Date(first.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(20_000)

  // the provider's access tokens live 20 s: the app refreshes a quarter of that before the end
  await expect.poll(async () => (await storedSession(page))?.accessToken, { timeout: 30_000 }).not.toBe(first.accessToken)
  const second = (await storedSession(page))!
  expect(claims(second.accessToken).sub).toBe(user)
  expect(new Date(second.expiresAt).getTime()).toBeGreaterThan(new Date(first.expiresAt).getTime())

  // a signed-in mutation on the refreshed token
  await page.goto(`/teams/${arsenal.id}`)
  await expect(page.locator('main h1')).toHaveText('Arsenal')
  await page.getByRole('button', { name: 'Follow' }).click()
  await expect(page.getByRole('button', { name: 'Unfollow' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('link', { name: 'My matches' }).click()
  await expect(page.locator('main').getByRole('link', { name: 'Arsenal' })).toBeVisible()

  // the API agrees: the follow is stored under the provider's subject
  const me = await page.request.post('/graphql', {
    headers: { Authorization: `Bearer ${(await storedSession(page))!.accessToken}` },
    data: { query: '{ me { id followedTeams { name } } }' },
  })
  expect(await me.json()).toEqual({ data: { me: { id: user, followedTeams: [{ name: 'Arsenal' }] } } })

  // signing out ends the provider's session too (RP-initiated logout), then comes back
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL((url) => url.origin === issuer)
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/)
  await expect(page.locator('header').getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await storedSession(page)).toBeNull()

  // and the next sign-in asks for the user again
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: `Sign in at ${host}` }).click()
  await expect(page.locator('input[name="login"]')).toBeVisible()
  expect(appErrors).toEqual([])
})
