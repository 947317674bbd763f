import { describe, expect, it } from 'vitest'
import {
  authorizationUrl, base64url, checkCallback, checkDiscovery, checkIdToken, codeChallenge, discoveryUrl, endSessionUrl,
  jwtClaims, parseTokenResponse, randomToken, redirectUri, refreshDelay, refreshRequest, scopeOf, SignInError, tokenRequest,
  userName, type OidcConfig, type PendingSignIn,
} from './oidc'

// RFC 7636 appendix B: the verifier's 32 octets, the verifier and its S256 challenge
const RFC_OCTETS = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214,
  191, 240, 91, 88, 5, 88, 83, 132, 141, 121]
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'

const ISSUER = 'https://sso.example.com/realms/matchcast'
const config: OidcConfig = { mode: 'oidc', issuer: ISSUER, clientId: 'matchcast-web', scope: 'openid profile', audience: 'matchcast' }
const discovery = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
  token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
}

/** An unsigned JWT with these claims: the app reads claims, the API checks signatures. */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)))
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE)
  })
  it('encodes random octets as the appendix does', () => {
    expect(base64url(Uint8Array.from(RFC_OCTETS))).toBe(RFC_VERIFIER)
    // the appendix's SHA-256 of the verifier, octet by octet, is the challenge
    expect(base64url(Uint8Array.from([19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120, 173,
      109, 241, 68, 86, 110, 225, 137, 74, 203, 112, 249, 195]))).toBe(RFC_CHALLENGE)
    expect(randomToken(32, (array) => { array.set(RFC_OCTETS); return array })).toBe(RFC_VERIFIER)
  })
  it('makes verifiers of 43 (32 octets) and 64 (48 octets) characters, different each time', () => {
    const first = randomToken()
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(randomToken(48)).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(randomToken()).not.toBe(first)
  })
  it('refuses a verifier RFC 7636 does not allow', async () => {
    await expect(codeChallenge('too-short')).rejects.toThrow('43 to 128 characters')
    await expect(codeChallenge('a'.repeat(42) + '!')).rejects.toThrow('43 to 128 characters')
  })
})

describe('discovery', () => {
  it('is read at the issuer, with or without a trailing slash', () => {
    expect(discoveryUrl(ISSUER)).toBe(`${ISSUER}/.well-known/openid-configuration`)
    expect(discoveryUrl('https://tenant.auth0.com/')).toBe('https://tenant.auth0.com/.well-known/openid-configuration')
  })
  it('keeps the endpoints the app uses', () => {
    expect(checkDiscovery({ ...discovery, end_session_endpoint: `${ISSUER}/logout`, jwks_uri: `${ISSUER}/certs`,
      code_challenge_methods_supported: ['plain', 'S256'] }, ISSUER))
      .toEqual({ ...discovery, end_session_endpoint: `${ISSUER}/logout` })
    expect(checkDiscovery(discovery, ISSUER)).toEqual(discovery)
  })
  it('must name the configured issuer exactly, give both endpoints and offer S256', () => {
    expect(() => checkDiscovery({ ...discovery, issuer: 'https://evil.example.com' }, ISSUER))
      .toThrow(new SignInError('discovery', `The discovery document names the issuer https://evil.example.com, not ${ISSUER}`))
    expect(() => checkDiscovery({ ...discovery, token_endpoint: 'not a url' }, ISSUER)).toThrow('The discovery document has no token_endpoint')
    expect(() => checkDiscovery({ ...discovery, code_challenge_methods_supported: ['plain'] }, ISSUER))
      .toThrow('The issuer does not support PKCE with S256')
    expect(() => checkDiscovery(null, ISSUER)).toThrow('names the issuer undefined')
  })
})

describe('the authorization request', () => {
  const request = { redirectUri: 'https://matchcast.example.com/sign-in/callback', state: 'st', nonce: 'no', challenge: RFC_CHALLENGE }

  it('asks for a code with the S256 challenge, state, nonce and the API as audience', () => {
    const url = new URL(authorizationUrl(discovery, config, request))
    expect(url.origin + url.pathname).toBe(discovery.authorization_endpoint)
    expect([...url.searchParams]).toEqual([
      ['response_type', 'code'], ['client_id', 'matchcast-web'], ['redirect_uri', request.redirectUri],
      ['scope', 'openid profile'], ['state', 'st'], ['nonce', 'no'], ['code_challenge', RFC_CHALLENGE],
      ['code_challenge_method', 'S256'], ['audience', 'matchcast'],
    ])
  })
  it('keeps the endpoint\'s own parameters and adds the resource and the language when given', () => {
    const url = new URL(authorizationUrl({ ...discovery, authorization_endpoint: 'https://tenant.auth0.com/authorize?connection=x' },
      { ...config, resource: 'https://api.matchcast.example.com' }, { ...request, locale: 'zh-CN' }))
    expect(url.searchParams.get('connection')).toBe('x')
    expect(url.searchParams.get('resource')).toBe('https://api.matchcast.example.com')
    expect(url.searchParams.get('ui_locales')).toBe('zh-CN')
  })
  it('comes back to the callback route of the app\'s own origin', () => {
    expect(redirectUri('https://matchcast.example.com')).toBe('https://matchcast.example.com/sign-in/callback')
  })
})

describe('the callback', () => {
  const pending: PendingSignIn = { state: 'state-1', nonce: 'nonce-1', verifier: RFC_VERIFIER, returnTo: '/my-matches' }
  const answer = (query: string) => new URLSearchParams(query)

  it('gives the code of the sign-in this tab started', () => {
    expect(checkCallback(answer('code=abc&state=state-1'), pending, ISSUER)).toBe('abc')
    expect(checkCallback(answer(`code=abc&state=state-1&iss=${encodeURIComponent(ISSUER)}`), pending, ISSUER)).toBe('abc')
  })
  it('refuses an answer to another sign-in, or with none started', () => {
    expect(() => checkCallback(answer('code=abc&state=state-2'), pending, ISSUER))
      .toThrow(new SignInError('state', 'The answer does not belong to the sign-in started in this tab (state)'))
    expect(() => checkCallback(answer('code=abc'), pending, ISSUER)).toThrow('(state)')
    expect(() => checkCallback(answer('code=abc&state=state-1'), null, ISSUER)).toThrow('No sign-in was started in this tab')
  })
  it('refuses an answer from another issuer (RFC 9207)', () => {
    expect(() => checkCallback(answer('code=abc&state=state-1&iss=https%3A%2F%2Fevil.example.com'), pending, ISSUER))
      .toThrow(`The answer comes from https://evil.example.com, not ${ISSUER}`)
  })
  it('passes on the issuer\'s refusal, and wants a code', () => {
    let refusal: unknown
    try {
      checkCallback(answer('error=access_denied&error_description=User+cancelled&state=state-1'), pending, ISSUER)
    } catch (e) {
      refusal = e
    }
    expect(refusal).toBeInstanceOf(SignInError)
    expect((refusal as SignInError).reason).toBe('denied')
    expect((refusal as SignInError).message).toBe('User cancelled')
    expect(() => checkCallback(answer('error=access_denied&state=state-1'), pending, ISSUER)).toThrow('access_denied')
    expect(() => checkCallback(answer('state=state-1'), pending, ISSUER)).toThrow('The answer carries no authorization code')
  })
})

describe('token requests', () => {
  it('exchange the code with the verifier as a public client (no secret)', () => {
    expect(tokenRequest(config, { code: 'abc', verifier: RFC_VERIFIER, redirectUri: 'https://m.example.com/sign-in/callback' }).toString())
      .toBe('grant_type=authorization_code&code=abc&redirect_uri=https%3A%2F%2Fm.example.com%2Fsign-in%2Fcallback'
        + `&client_id=matchcast-web&code_verifier=${RFC_VERIFIER}`)
    expect(tokenRequest({ ...config, resource: 'urn:matchcast:api' }, { code: 'abc', verifier: RFC_VERIFIER, redirectUri: 'x' })
      .get('resource')).toBe('urn:matchcast:api')
  })
  it('refresh with the refresh token', () => {
    expect(refreshRequest({ clientId: 'matchcast-web' }, 'r1').toString()).toBe('grant_type=refresh_token&refresh_token=r1&client_id=matchcast-web')
    expect(refreshRequest({ clientId: 'matchcast-web', resource: 'urn:matchcast:api' }, 'r1').toString())
      .toBe('grant_type=refresh_token&refresh_token=r1&client_id=matchcast-web&resource=urn%3Amatchcast%3Aapi')
  })
})

describe('the token response', () => {
  const now = new Date('2026-11-30T10:00:00Z')

  it('gives the access token, its expiry, the refresh and ID tokens, and the scopes the access token grants', () => {
    const access = jwt({ sub: 'u1', scope: 'openid matchcast:admin', exp: 1_900_000_000 })
    expect(parseTokenResponse({ access_token: access, token_type: 'Bearer', expires_in: 300, refresh_token: 'r1', id_token: 'i1',
      scope: 'openid' }, now))
      .toEqual({ accessToken: access, expiresAt: new Date('2026-11-30T10:05:00Z'), refreshToken: 'r1', idToken: 'i1', scope: 'openid matchcast:admin' })
  })
  it('reads the expiry off the token without expires_in, and the scope off the answer for an opaque token', () => {
    const access = jwt({ sub: 'u1', scp: ['profile', 'matchcast:admin'], exp: 1_796_000_000 })
    expect(parseTokenResponse({ access_token: access, token_type: 'bearer' }, now))
      .toEqual({ accessToken: access, expiresAt: new Date(1_796_000_000_000), scope: 'profile matchcast:admin' })
    expect(parseTokenResponse({ access_token: 'opaque', token_type: 'Bearer', expires_in: 60, scope: 'openid' }, now))
      .toEqual({ accessToken: 'opaque', expiresAt: new Date('2026-11-30T10:01:00Z'), scope: 'openid' })
  })
  it('passes on the issuer\'s error and refuses what is not a bearer token with a lifetime', () => {
    expect(() => parseTokenResponse({ error: 'invalid_grant', error_description: 'Code not valid' }, now))
      .toThrow(new SignInError('token', 'Code not valid'))
    expect(() => parseTokenResponse({ error: 'invalid_grant' }, now)).toThrow('invalid_grant')
    expect(() => parseTokenResponse({ token_type: 'Bearer', expires_in: 60 }, now)).toThrow('The token endpoint gave no access token')
    expect(() => parseTokenResponse({ access_token: 'x', token_type: 'DPoP', expires_in: 60 }, now))
      .toThrow('The token endpoint gave a token of type DPoP, not Bearer')
    expect(() => parseTokenResponse({ access_token: 'opaque', token_type: 'Bearer' }, now))
      .toThrow('The token endpoint did not say how long the access token lasts')
    expect(() => parseTokenResponse(null, now)).toThrow('no access token')
  })
})

describe('claims', () => {
  it('are read from a JWT, whatever its characters', () => {
    expect(jwtClaims(jwt({ sub: 'u1', name: '张三 ~?>' }))).toEqual({ sub: 'u1', name: '张三 ~?>' })
    expect(jwtClaims('opaque')).toBeNull()
    expect(jwtClaims('a.%%%.c')).toBeNull()
    expect(jwtClaims(`a.${base64url(new TextEncoder().encode('[1]'))}.c`)).toBeNull()
  })
  it('name the user by preferred_username, name, email, then subject', () => {
    expect(userName({ sub: 's', email: 'e@x', name: 'N', preferred_username: 'ann' })).toBe('ann')
    expect(userName({ sub: 's', email: 'e@x', name: 'N' })).toBe('N')
    expect(userName({ sub: 's', email: 'e@x', preferred_username: ' ' })).toBe('e@x')
    expect(userName({ sub: 's' })).toBe('s')
    expect(userName(null)).toBe('?')
  })
  it('give the scopes', () => {
    expect(scopeOf({ scope: 'a b' })).toBe('a b')
    expect(scopeOf({ scp: ['a', 'b'] })).toBe('a b')
    expect(scopeOf({ scp: 'a' })).toBe('a')
    expect(scopeOf({})).toBeNull()
  })
})

describe('the ID token', () => {
  const now = new Date('2026-11-30T10:00:00Z')
  const exp = now.getTime() / 1000 + 300
  const expected = { issuer: ISSUER, clientId: 'matchcast-web', nonce: 'nonce-1', now }
  const good = { iss: ISSUER, aud: 'matchcast-web', sub: 'u1', exp, nonce: 'nonce-1', preferred_username: 'ann' }

  it('is accepted from the issuer, for this app, answering this sign-in', () => {
    expect(checkIdToken(jwt(good), expected)).toEqual(good)
    expect(checkIdToken(jwt({ ...good, aud: ['matchcast-web', 'account'], azp: 'matchcast-web' }), expected).sub).toBe('u1')
    // within the minute of clock difference the API allows too
    expect(checkIdToken(jwt({ ...good, exp: now.getTime() / 1000 - 59 }), expected).sub).toBe('u1')
  })
  it('is refused otherwise', () => {
    expect(() => checkIdToken('opaque', expected)).toThrow(new SignInError('idToken', 'The ID token is not a JWT'))
    expect(() => checkIdToken(jwt({ ...good, iss: 'https://evil.example.com' }), expected)).toThrow('issuer is https://evil.example.com')
    expect(() => checkIdToken(jwt({ ...good, aud: 'another-app' }), expected)).toThrow('(aud)')
    expect(() => checkIdToken(jwt({ ...good, aud: ['matchcast-web', 'x'], azp: 'x' }), expected)).toThrow('(azp)')
    expect(() => checkIdToken(jwt({ ...good, exp: now.getTime() / 1000 - 61 }), expected)).toThrow('The ID token has expired')
    expect(() => checkIdToken(jwt({ ...good, nonce: 'replayed' }), expected)).toThrow('(nonce)')
    expect(() => checkIdToken(jwt({ ...good, sub: '' }), expected)).toThrow('names no subject')
  })
})

describe('refreshing and signing out', () => {
  const at = (time: string) => new Date(`2026-11-30T${time}Z`)

  it('refreshes a minute before a long-lived token ends, a quarter of its life before a short one ends', () => {
    expect(refreshDelay(at('10:00:00'), at('11:00:00'), at('10:00:00'))).toBe(59 * 60_000)
    expect(refreshDelay(at('10:00:00'), at('10:00:40'), at('10:00:00'))).toBe(30_000)
    expect(refreshDelay(at('10:00:00'), at('10:00:40'), at('10:00:20'))).toBe(10_000)
    expect(refreshDelay(at('10:00:00'), at('10:00:40'), at('10:00:45'))).toBe(0)
  })
  it('ends the issuer\'s session when it offers RP-initiated logout', () => {
    expect(endSessionUrl(`${ISSUER}/logout`, { clientId: 'matchcast-web', idToken: 'i1', postLogoutRedirectUri: 'https://m.example.com/' }))
      .toBe(`${ISSUER}/logout?client_id=matchcast-web&id_token_hint=i1&post_logout_redirect_uri=https%3A%2F%2Fm.example.com%2F`)
    expect(endSessionUrl(undefined, { clientId: 'matchcast-web', postLogoutRedirectUri: 'https://m.example.com/' })).toBeNull()
  })
})
