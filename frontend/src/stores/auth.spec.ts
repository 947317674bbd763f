// @vitest-environment-options { "url": "https://matchcast.example.com/sign-in" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { parseSession, useAuthStore } from './auth'
import { base64url, codeChallenge, SignInError } from '@/auth/oidc'

describe('parseSession', () => {
  const session = { accessToken: 'x', user: 'ann', scope: 'matchcast:user', expiresAt: '2030-01-01T00:00:00Z' }
  it('keeps a session until it expires', () => {
    expect(parseSession(JSON.stringify(session), new Date('2029-12-31T00:00:00Z'))).toEqual(session)
    expect(parseSession(JSON.stringify(session), new Date('2030-01-02T00:00:00Z'))).toBeNull()
  })
  it('ignores what is not a session', () => {
    expect(parseSession('not json')).toBeNull()
    expect(parseSession('{}')).toBeNull()
    expect(parseSession(null)).toBeNull()
  })
})

describe('useAuthStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('signs in through the development issuer and reads the admin scope', async () => {
    const body = { accessToken: 'jwt', tokenType: 'Bearer', user: 'ann', scope: 'matchcast:user matchcast:admin', expiresAt: '2099-01-01T00:00:00Z' }
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const auth = useAuthStore()
    await auth.signIn('ann', true)
    expect(fetchMock).toHaveBeenCalledWith('/dev/sign-in', expect.objectContaining({ method: 'POST', body: '{"user":"ann","admin":true}' }))
    expect(auth.token).toBe('jwt')
    expect(auth.admin).toBe(true)
    expect(JSON.parse(localStorage.getItem('matchcast.session')!).user).toBe('ann')
    auth.signOut()
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem('matchcast.session')).toBeNull()
    vi.unstubAllGlobals()
  })

  it('passes on the issuer\'s refusal', async () => {
    const refusal = { errors: [{ message: 'The development sign-in answers clients on the server\'s machine only' }] }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 403 })))
    await expect(useAuthStore().signIn('ann', false)).rejects.toThrow('server\'s machine only')
    vi.unstubAllGlobals()
  })
})

describe('useAuthStore with an OpenID Connect issuer', () => {
  const ISSUER = 'https://sso.example.com/realms/matchcast'
  const TOKEN_ENDPOINT = `${ISSUER}/protocol/openid-connect/token`
  const config = { mode: 'oidc', issuer: ISSUER, clientId: 'matchcast-web', scope: 'openid profile', audience: 'matchcast', resource: 'urn:matchcast:api' }
  const discovery = {
    issuer: ISSUER,
    authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
    token_endpoint: TOKEN_ENDPOINT,
    end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
  }
  const START = new Date('2026-11-30T10:00:00Z')
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000)

  function jwt(claims: Record<string, unknown>): string {
    const part = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)))
    return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`
  }
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

  /** The server and the issuer: /auth/config, the discovery document, and a token endpoint answering from `tokens`. */
  let tokens: ((body: URLSearchParams) => Response)[]
  let tokenRequests: URLSearchParams[]
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    localStorage.clear()
    sessionStorage.clear()
    setActivePinia(createPinia())
    tokens = []
    tokenRequests = []
    fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/auth/config') return json(config)
      if (url === `${ISSUER}/.well-known/openid-configuration`) return json(discovery)
      if (url === TOKEN_ENDPOINT && init?.method === 'POST') {
        const body = new URLSearchParams(init.body as URLSearchParams)
        tokenRequests.push(body)
        const answer = tokens.shift()
        if (answer) return answer(body)
      }
      return json({ error: 'unexpected' }, 500)
    })
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  function pending() {
    return JSON.parse(sessionStorage.getItem('matchcast.oidc.pending')!) as { state: string; nonce: string; verifier: string; returnTo: string }
  }

  /** Sign-in up to the callback: the authorization URL, then the code exchanged for these tokens. */
  async function signIn(answer: Record<string, unknown>) {
    const auth = useAuthStore()
    const authorization = new URL(await auth.authorizationRedirect('/teams/7', 'zh-CN'))
    const started = pending()
    tokens.push(() => json({
      access_token: jwt({ iss: ISSUER, sub: 'u-1', aud: 'matchcast', scope: 'openid profile matchcast:admin', exp: seconds(START) + 300 }),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: jwt({ iss: ISSUER, sub: 'u-1', aud: 'matchcast-web', exp: seconds(START) + 300, nonce: started.nonce, preferred_username: 'ann' }),
      ...answer,
    }))
    const next = await auth.completeSignIn(new URLSearchParams({ code: 'code-1', state: started.state, iss: ISSUER }))
    return { auth, authorization, started, next }
  }

  it('sends the browser to the issuer with a fresh S256 challenge, then exchanges the code for the session', async () => {
    const { auth, authorization, started, next } = await signIn({ refresh_token: 'refresh-1' })

    expect(authorization.origin + authorization.pathname).toBe(discovery.authorization_endpoint)
    expect(Object.fromEntries(authorization.searchParams)).toEqual({
      response_type: 'code', client_id: 'matchcast-web', redirect_uri: 'https://matchcast.example.com/sign-in/callback',
      scope: 'openid profile', state: started.state, nonce: started.nonce, code_challenge: await codeChallenge(started.verifier),
      code_challenge_method: 'S256', audience: 'matchcast', resource: 'urn:matchcast:api', ui_locales: 'zh-CN',
    })
    expect(started.verifier).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(started.returnTo).toBe('/teams/7')
    expect(Object.fromEntries(tokenRequests[0]!)).toEqual({
      grant_type: 'authorization_code', code: 'code-1', redirect_uri: 'https://matchcast.example.com/sign-in/callback',
      client_id: 'matchcast-web', code_verifier: started.verifier, resource: 'urn:matchcast:api',
    })
    expect(next).toBe('/teams/7')
    expect(auth.signedIn).toBe(true)
    expect(auth.session?.user).toBe('ann')
    expect(auth.admin).toBe(true)
    expect(auth.session?.expiresAt).toBe('2026-11-30T10:05:00.000Z')
    expect(JSON.parse(localStorage.getItem('matchcast.session')!).oidc).toEqual({
      issuedAt: '2026-11-30T10:00:00.000Z', clientId: 'matchcast-web', tokenEndpoint: TOKEN_ENDPOINT,
      endSessionEndpoint: discovery.end_session_endpoint, refreshToken: 'refresh-1', idToken: expect.any(String), resource: 'urn:matchcast:api',
    })
    // the sign-in's secrets are used once
    expect(sessionStorage.getItem('matchcast.oidc.pending')).toBeNull()
    await expect(auth.completeSignIn(new URLSearchParams({ code: 'code-1', state: started.state })))
      .rejects.toThrow('No sign-in was started in this tab')
  })

  it('refuses an answer to another sign-in without asking for a token', async () => {
    const auth = useAuthStore()
    await auth.authorizationRedirect('/my-matches')
    const refusal = auth.completeSignIn(new URLSearchParams({ code: 'stolen', state: 'forged' }))
    await expect(refusal).rejects.toBeInstanceOf(SignInError)
    await expect(refusal).rejects.toThrow('(state)')
    expect(tokenRequests).toEqual([])
    expect(auth.signedIn).toBe(false)
  })

  it('refuses an ID token that answers another sign-in (nonce)', async () => {
    const auth = useAuthStore()
    await auth.authorizationRedirect('/my-matches')
    tokens.push(() => json({ access_token: 'opaque', token_type: 'Bearer', expires_in: 300,
      id_token: jwt({ iss: ISSUER, sub: 'u-1', aud: 'matchcast-web', exp: seconds(START) + 300, nonce: 'replayed' }) }))
    await expect(auth.completeSignIn(new URLSearchParams({ code: 'code-1', state: pending().state }))).rejects.toThrow('(nonce)')
    expect(auth.signedIn).toBe(false)
  })

  it('refreshes the access token a minute before it expires', async () => {
    const { auth } = await signIn({ refresh_token: 'refresh-1' })
    const second = jwt({ iss: ISSUER, sub: 'u-1', scope: 'openid profile', exp: seconds(START) + 540 })
    tokens.push(() => json({ access_token: second, token_type: 'Bearer', expires_in: 300 }))

    await vi.advanceTimersByTimeAsync(239_000)
    expect(tokenRequests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1_000)

    expect(Object.fromEntries(tokenRequests[1]!)).toEqual({
      grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'matchcast-web', resource: 'urn:matchcast:api',
    })
    expect(auth.token).toBe(second)
    expect(auth.admin).toBe(false)
    expect(auth.session?.user).toBe('ann')
    expect(auth.session?.expiresAt).toBe('2026-11-30T10:09:00.000Z')
    expect(auth.session?.oidc?.refreshToken).toBe('refresh-1')
    // and again before the new one expires, with a rotated refresh token
    tokens.push(() => json({ access_token: 'third', token_type: 'Bearer', expires_in: 300, refresh_token: 'refresh-2' }))
    await vi.advanceTimersByTimeAsync(240_000)
    expect(tokenRequests[2]!.get('refresh_token')).toBe('refresh-1')
    expect(auth.token).toBe('third')
    expect(auth.session?.oidc?.refreshToken).toBe('refresh-2')
  })

  it('ends the session when the issuer refuses the refresh token', async () => {
    const { auth } = await signIn({ refresh_token: 'refresh-1' })
    tokens.push(() => json({ error: 'invalid_grant', error_description: 'Session not active' }, 400))
    await vi.advanceTimersByTimeAsync(240_000)
    expect(tokenRequests).toHaveLength(2)
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem('matchcast.session')).toBeNull()
  })

  it('tries again while the issuer is unreachable', async () => {
    const { auth } = await signIn({ refresh_token: 'refresh-1' })
    tokens.push(() => { throw new TypeError('Failed to fetch') })
    tokens.push(() => json({ access_token: 'second', token_type: 'Bearer', expires_in: 300 }))
    await vi.advanceTimersByTimeAsync(240_000)
    expect(tokenRequests).toHaveLength(2)
    expect(auth.token).not.toBe('second')
    expect(auth.signedIn).toBe(true)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(tokenRequests).toHaveLength(3)
    expect(auth.token).toBe('second')
  })

  it('ends a session without a refresh token when its access token expires', async () => {
    const { auth } = await signIn({})
    await vi.advanceTimersByTimeAsync(299_000)
    expect(auth.signedIn).toBe(true)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(auth.signedIn).toBe(false)
    expect(tokenRequests).toHaveLength(1)
  })

  it('signs out at the issuer too when it offers RP-initiated logout', async () => {
    const { auth } = await signIn({ refresh_token: 'refresh-1' })
    const idToken = auth.session!.oidc!.idToken!
    const endSession = new URL((await auth.signOut('https://matchcast.example.com/'))!)
    expect(endSession.origin + endSession.pathname).toBe(discovery.end_session_endpoint)
    expect(Object.fromEntries(endSession.searchParams)).toEqual({
      client_id: 'matchcast-web', id_token_hint: idToken, post_logout_redirect_uri: 'https://matchcast.example.com/',
    })
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem('matchcast.session')).toBeNull()
    // no refresh is left behind
    await vi.advanceTimersByTimeAsync(600_000)
    expect(tokenRequests).toHaveLength(1)
  })

  it('picks up a stored session and refreshes it on time', async () => {
    await signIn({ refresh_token: 'refresh-1' })
    vi.clearAllTimers() // a reload: the page's timers go with it
    setActivePinia(createPinia())
    const auth = useAuthStore()
    expect(auth.session?.user).toBe('ann')
    tokens.push(() => json({ access_token: 'second', token_type: 'Bearer', expires_in: 300 }))
    await vi.advanceTimersByTimeAsync(239_000)
    expect(tokenRequests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(tokenRequests).toHaveLength(2)
    expect(auth.token).toBe('second')
  })
})

describe('signInConfig', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('asks the server once, and again after a failure', async () => {
    const fetchMock = vi.fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response('{"mode":"dev"}', { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const auth = useAuthStore()
    await expect(auth.signInConfig()).rejects.toThrow('/auth/config: HTTP 503')
    expect(await auth.signInConfig()).toEqual({ mode: 'dev' })
    expect(await auth.signInConfig()).toEqual({ mode: 'dev' })
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('starts no OpenID Connect sign-in on the embedded default', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"mode":"dev"}', { status: 200 })))
    await expect(useAuthStore().authorizationRedirect('/')).rejects.toThrow('This server signs in with mode dev, not oidc')
  })
})
