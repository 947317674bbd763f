// @vitest-environment-options { "url": "https://matchcast.example.com/sign-in" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import SignInPage from './SignInPage.vue'
import SignInCallbackPage from './SignInCallbackPage.vue'
import { testI18n } from '@/test/i18n'
import { testRouter } from '@/test/router'
import { base64url } from '@/auth/oidc'

const ISSUER = 'https://sso.example.com/realms/matchcast'
const oidcConfig = { mode: 'oidc', issuer: ISSUER, clientId: 'matchcast-web', scope: 'openid profile', audience: 'matchcast' }
const discovery = { issuer: ISSUER, authorization_endpoint: `${ISSUER}/auth`, token_endpoint: `${ISSUER}/token` }
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

/** The server's /auth/config and the issuer's discovery document and token endpoint. */
function serve(config: unknown, token?: (body: URLSearchParams) => unknown) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/auth/config') return config instanceof Response ? config : json(config)
    if (url === `${ISSUER}/.well-known/openid-configuration`) return json(discovery)
    if (url === `${ISSUER}/token` && token) return json(token(init!.body as URLSearchParams))
    return json({}, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function mountPage(component: typeof SignInPage, locale: 'en' | 'zh-CN' = 'en') {
  const router = testRouter()
  router.addRoute({ path: '/my-matches', component: { template: '<div />' } })
  router.addRoute({ path: '/teams/:id', component: { template: '<div />' } })
  await router.push('/sign-in')
  const wrapper = mount(component, { global: { plugins: [testI18n(locale), router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('SignInPage', () => {
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('shows the development issuer\'s form on the embedded default', async () => {
    serve({ mode: 'dev' })
    const { wrapper } = await mountPage(SignInPage)
    expect(wrapper.find('input[name=user]').exists()).toBe(true)
    expect(wrapper.text()).toContain('The development issuer signs you in without a password')
    expect(wrapper.text()).not.toContain('Sign in at')
  })

  it('sends the browser to the issuer under an external one', async () => {
    serve(oidcConfig)
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})
    const { wrapper } = await mountPage(SignInPage)
    expect(wrapper.find('input[name=user]').exists()).toBe(false)
    expect(wrapper.text()).toContain('You sign in at sso.example.com, which then sends you back here signed in.')
    const button = wrapper.get('button.primary')
    expect(button.text()).toBe('Sign in at sso.example.com')
    await button.trigger('click')
    // the discovery fetch, then Web Crypto's digest of the verifier, which settles off the microtask queue
    await vi.waitFor(() => expect(assign).toHaveBeenCalledTimes(1))
    const target = new URL(assign.mock.calls[0]![0] as string)
    expect(target.origin + target.pathname).toBe(`${ISSUER}/auth`)
    expect(target.searchParams.get('redirect_uri')).toBe('https://matchcast.example.com/sign-in/callback')
    expect(target.searchParams.get('code_challenge_method')).toBe('S256')
    expect(target.searchParams.get('ui_locales')).toBe('en')
  })

  it('says so in Chinese', async () => {
    serve(oidcConfig)
    const { wrapper } = await mountPage(SignInPage, 'zh-CN')
    expect(wrapper.get('button.primary').text()).toBe('前往 sso.example.com 登录')
  })

  it('says when the issuer cannot be reached', async () => {
    const fetchMock = serve(oidcConfig)
    const { wrapper } = await mountPage(SignInPage)
    fetchMock.mockImplementation(async () => { throw new TypeError('Failed to fetch') })
    await wrapper.get('button.primary').trigger('click')
    // the OIDC module is loaded on demand: its import settles off the microtask queue
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').exists()).toBe(true))
    expect(wrapper.get('[role=alert]').text()).toBe('The sign-in could not start: Failed to fetch')
    expect(wrapper.get('button.primary').attributes('disabled')).toBeUndefined()
  })

  it('offers no sign-in when the server has none for the web app', async () => {
    serve({ mode: 'none' })
    const { wrapper } = await mountPage(SignInPage)
    expect(wrapper.text()).toContain('This server offers no sign-in in the web app; API clients bring their own tokens.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('retries when the server does not say how to sign in', async () => {
    const fetchMock = serve(new Response('', { status: 503 }))
    const { wrapper } = await mountPage(SignInPage)
    expect(wrapper.get('[role=alert]').text()).toContain('Could not find out how to sign in: /auth/config: HTTP 503')
    fetchMock.mockImplementation(async () => json({ mode: 'dev' }))
    await wrapper.get('[role=alert] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('input[name=user]').exists()).toBe(true)
  })
})

describe('SignInCallbackPage', () => {
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    window.history.replaceState(null, '', '/sign-in')
  })

  it('explains an answer that belongs to no sign-in of this tab, and clears the address bar', async () => {
    serve(oidcConfig)
    window.history.replaceState(null, '', '/sign-in/callback?code=stolen&state=forged')
    const { wrapper } = await mountPage(SignInCallbackPage)
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').exists()).toBe(true))
    expect(window.location.search).toBe('')
    expect(wrapper.get('[role=alert]').text()).toContain('This answer does not belong to a sign-in started in this tab.')
    expect(wrapper.get('[role=alert]').text()).toContain('No sign-in was started in this tab')
    expect(wrapper.get('[role=alert] a').text()).toBe('Sign in again')
  })

  it('finishes the sign-in and goes where it started', async () => {
    const part = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)))
    sessionStorage.setItem('matchcast.oidc.pending', JSON.stringify({ state: 's1', nonce: 'n1', verifier: 'v'.repeat(64), returnTo: '/teams/7' }))
    serve(oidcConfig, (body) => ({
      access_token: `${part({})}.${part({ sub: 'u1' })}.x`, token_type: 'Bearer', expires_in: 300,
      id_token: `${part({})}.${part({ iss: ISSUER, aud: 'matchcast-web', sub: 'u1', exp: Date.now() / 1000 + 300, nonce: 'n1', name: 'Ann' })}.x`,
      code: body.get('code'),
    }))
    window.history.replaceState(null, '', '/sign-in/callback?code=c1&state=s1')
    const { wrapper, router } = await mountPage(SignInCallbackPage)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/teams/7'))
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
    expect(JSON.parse(localStorage.getItem('matchcast.session')!).user).toBe('Ann')
  })
})
