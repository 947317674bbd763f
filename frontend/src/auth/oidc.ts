/**
 * Sign-in at a standard OpenID Connect issuer as a public client: the authorization code flow
 * with PKCE (RFC 7636, S256), no client secret (README: Security). Everything here is a pure
 * function of its arguments except `randomToken` (Web Crypto's random numbers) and
 * `codeChallenge` (Web Crypto's SHA-256); the store (stores/auth.ts) does the fetching, the
 * storage and the redirects. Loaded on demand: the embedded default never needs it.
 */

/** What GET /auth/config answers under an external issuer. */
export interface OidcConfig {
  mode: 'oidc'
  issuer: string
  clientId: string
  scope: string
  audience: string
  resource?: string
}

/** The parts of the issuer's discovery document (OpenID Connect Discovery 1.0) the app uses. */
export interface Discovery {
  issuer: string
  authorization_endpoint: string
  token_endpoint: string
  end_session_endpoint?: string
}

/** A sign-in under way: kept in sessionStorage between the redirect to the issuer and the callback. */
export interface PendingSignIn {
  state: string
  nonce: string
  verifier: string
  returnTo: string
}

/** What the token endpoint gave. */
export interface TokenSet {
  accessToken: string
  expiresAt: Date
  refreshToken?: string
  idToken?: string
  scope: string
}

/** Why a sign-in failed; `reason` picks the message shown (signIn.failed.<reason>). */
export class SignInError extends Error {
  constructor(
    readonly reason: 'discovery' | 'state' | 'issuer' | 'denied' | 'missingCode' | 'token' | 'idToken',
    message: string,
  ) {
    super(message)
    this.name = 'SignInError'
  }
}

/** The callback route: registered at the issuer as the client's redirect URI. */
export const CALLBACK_PATH = '/sign-in/callback'

export function redirectUri(origin: string): string {
  return origin + CALLBACK_PATH
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * The discovery document, checked: it must name the configured issuer exactly (Discovery 1.0
 * section 4.3), its endpoints must be URLs, and it must offer S256 when it lists PKCE methods.
 */
export function checkDiscovery(body: unknown, issuer: string): Discovery {
  const document = (body ?? {}) as Record<string, unknown>
  if (document.issuer !== issuer) {
    throw new SignInError('discovery', `The discovery document names the issuer ${String(document.issuer)}, not ${issuer}`)
  }
  for (const endpoint of ['authorization_endpoint', 'token_endpoint']) {
    if (!isHttpUrl(document[endpoint])) {
      throw new SignInError('discovery', `The discovery document has no ${endpoint}`)
    }
  }
  const methods = document.code_challenge_methods_supported
  if (Array.isArray(methods) && !methods.includes('S256')) {
    throw new SignInError('discovery', 'The issuer does not support PKCE with S256')
  }
  return {
    issuer,
    authorization_endpoint: document.authorization_endpoint as string,
    token_endpoint: document.token_endpoint as string,
    ...(isHttpUrl(document.end_session_endpoint) ? { end_session_endpoint: document.end_session_endpoint } : {}),
  }
}

/** base64url without padding (RFC 4648 section 5), as PKCE and JWTs use it. */
export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** A random string of `bytes` random bytes in base64url: 32 bytes give 43 characters (a valid code_verifier). */
export function randomToken(bytes = 32, random: (array: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a)): string {
  return base64url(random(new Uint8Array(bytes)))
}

/** code_challenge = BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636 section 4.2, S256). */
export async function codeChallenge(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new Error('A code_verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~')
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64url(new Uint8Array(digest))
}

/** Where the browser goes to sign in: the authorization request (OIDC Core 3.1.2.1 with PKCE). */
export function authorizationUrl(
  discovery: Discovery,
  config: OidcConfig,
  request: { redirectUri: string; state: string; nonce: string; challenge: string; locale?: string },
): string {
  const url = new URL(discovery.authorization_endpoint)
  const params = url.searchParams
  params.set('response_type', 'code')
  params.set('client_id', config.clientId)
  params.set('redirect_uri', request.redirectUri)
  params.set('scope', config.scope)
  params.set('state', request.state)
  params.set('nonce', request.nonce)
  params.set('code_challenge', request.challenge)
  params.set('code_challenge_method', 'S256')
  // Auth0 picks the access token's audience from `audience`, RFC 8707 issuers from `resource`;
  // an issuer ignores a parameter it does not know (RFC 6749 section 3.1).
  params.set('audience', config.audience)
  if (config.resource) params.set('resource', config.resource)
  if (request.locale) params.set('ui_locales', request.locale)
  return url.toString()
}

/**
 * The authorization response at the callback, checked: it answers the sign-in this tab started
 * (state), comes from the configured issuer when it says (RFC 9207 `iss`), and carries a code.
 */
export function checkCallback(query: URLSearchParams, pending: PendingSignIn | null, issuer: string): string {
  if (pending === null) {
    throw new SignInError('state', 'No sign-in was started in this tab')
  }
  if (query.get('state') !== pending.state) {
    throw new SignInError('state', 'The answer does not belong to the sign-in started in this tab (state)')
  }
  const iss = query.get('iss')
  if (iss !== null && iss !== issuer) {
    throw new SignInError('issuer', `The answer comes from ${iss}, not ${issuer}`)
  }
  const error = query.get('error')
  if (error !== null) {
    throw new SignInError('denied', query.get('error_description') || error)
  }
  const code = query.get('code')
  if (!code) {
    throw new SignInError('missingCode', 'The answer carries no authorization code')
  }
  return code
}

/** The token request for a code (RFC 6749 4.1.3 with the PKCE verifier; a public client sends its id, no secret). */
export function tokenRequest(config: OidcConfig, grant: { code: string; verifier: string; redirectUri: string }): URLSearchParams {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
    client_id: config.clientId,
    code_verifier: grant.verifier,
  })
  if (config.resource) body.set('resource', config.resource)
  return body
}

/** The token request for a refresh token (RFC 6749 section 6). */
export function refreshRequest(client: { clientId: string; resource?: string }, refreshToken: string): URLSearchParams {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: client.clientId })
  if (client.resource) body.set('resource', client.resource)
  return body
}

/** A JWT's claims, unverified (null when it is not a JWT): the API checks the access token, the app only reads it. */
export function jwtClaims(token: string): Record<string, unknown> | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  try {
    const base64 = parts[1]!.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    const claims = JSON.parse(json)
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : null
  } catch {
    return null
  }
}

/** The scopes a token's claims grant: `scope` (space-separated) or `scp` (a list or a string). */
export function scopeOf(claims: Record<string, unknown> | null): string | null {
  const scope = claims?.scope ?? claims?.scp
  if (typeof scope === 'string') return scope
  if (Array.isArray(scope)) return scope.filter((s) => typeof s === 'string').join(' ')
  return null
}

/**
 * The token endpoint's answer (RFC 6749 5.1 / 5.2): a bearer access token and its lifetime
 * (`expires_in`, else the token's own `exp`), a refresh token and an ID token when given.
 */
export function parseTokenResponse(body: unknown, now: Date): TokenSet {
  const answer = (body ?? {}) as Record<string, unknown>
  if (typeof answer.error === 'string') {
    throw new SignInError('token', typeof answer.error_description === 'string' ? answer.error_description : answer.error)
  }
  if (typeof answer.access_token !== 'string' || answer.access_token === '') {
    throw new SignInError('token', 'The token endpoint gave no access token')
  }
  if (typeof answer.token_type !== 'string' || answer.token_type.toLowerCase() !== 'bearer') {
    throw new SignInError('token', `The token endpoint gave a token of type ${String(answer.token_type)}, not Bearer`)
  }
  const claims = jwtClaims(answer.access_token)
  let expiresAt: Date
  if (typeof answer.expires_in === 'number' && answer.expires_in > 0) {
    expiresAt = new Date(now.getTime() + answer.expires_in * 1000)
  } else if (typeof claims?.exp === 'number') {
    expiresAt = new Date(claims.exp * 1000)
  } else {
    throw new SignInError('token', 'The token endpoint did not say how long the access token lasts')
  }
  return {
    accessToken: answer.access_token,
    expiresAt,
    ...(typeof answer.refresh_token === 'string' && answer.refresh_token ? { refreshToken: answer.refresh_token } : {}),
    ...(typeof answer.id_token === 'string' && answer.id_token ? { idToken: answer.id_token } : {}),
    scope: scopeOf(claims) ?? (typeof answer.scope === 'string' ? answer.scope : ''),
  }
}

/** Clock difference tolerated on `exp`, as the API does (Spring Security's 60 s). */
const SKEW_MS = 60_000

/**
 * The ID token's claims, checked as OIDC Core 3.1.3.7 asks of a token received straight from the
 * token endpoint over TLS (whose signature may then go unchecked): issuer, audience, authorized
 * party, expiry and the nonce this sign-in sent.
 */
export function checkIdToken(idToken: string, expected: { issuer: string; clientId: string; nonce: string; now: Date }): Record<string, unknown> {
  const claims = jwtClaims(idToken)
  if (claims === null) throw new SignInError('idToken', 'The ID token is not a JWT')
  if (claims.iss !== expected.issuer) throw new SignInError('idToken', `The ID token's issuer is ${String(claims.iss)}, not ${expected.issuer}`)
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audience.includes(expected.clientId)) throw new SignInError('idToken', 'The ID token is not meant for this app (aud)')
  if (audience.length > 1 && claims.azp !== expected.clientId) throw new SignInError('idToken', 'The ID token is not meant for this app (azp)')
  if (typeof claims.exp !== 'number' || claims.exp * 1000 + SKEW_MS < expected.now.getTime()) {
    throw new SignInError('idToken', 'The ID token has expired')
  }
  if (claims.nonce !== expected.nonce) throw new SignInError('idToken', 'The ID token does not answer this sign-in (nonce)')
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new SignInError('idToken', 'The ID token names no subject')
  return claims
}

/** The name to show: preferred_username, else name, else email, else the subject. */
export function userName(claims: Record<string, unknown> | null): string {
  for (const claim of ['preferred_username', 'name', 'email', 'sub']) {
    const value = claims?.[claim]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return '?'
}

export { refreshDelay } from './timing'

/** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0), when the issuer offers it. */
export function endSessionUrl(
  endSessionEndpoint: string | undefined,
  logout: { clientId: string; idToken?: string; postLogoutRedirectUri: string },
): string | null {
  if (!endSessionEndpoint) return null
  const url = new URL(endSessionEndpoint)
  url.searchParams.set('client_id', logout.clientId)
  if (logout.idToken) url.searchParams.set('id_token_hint', logout.idToken)
  url.searchParams.set('post_logout_redirect_uri', logout.postLogoutRedirectUri)
  return url.toString()
}
