import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { OidcConfig, PendingSignIn } from '@/auth/oidc'
import { refreshDelay } from '@/auth/timing'

const STORAGE_KEY = 'matchcast.session'
const PENDING_KEY = 'matchcast.oidc.pending'

/** How this server signs the web app in (GET /auth/config; README: Security). */
export type SignInConfig = { mode: 'dev' } | { mode: 'none' } | OidcConfig

/**
 * A signed-in session: the bearer token and who it names. A development-issuer session comes
 * from /dev/sign-in; an OpenID Connect one also keeps what refreshing and signing out need.
 */
export interface Session {
  accessToken: string
  user: string
  scope: string
  expiresAt: string
  oidc?: {
    issuedAt: string
    clientId: string
    tokenEndpoint: string
    endSessionEndpoint?: string
    refreshToken?: string
    idToken?: string
    resource?: string
  }
}

export function parseSession(raw: string | null, now: Date = new Date()): Session | null {
  if (!raw) return null
  try {
    const session = JSON.parse(raw) as Session
    if (!session.accessToken || !session.expiresAt) return null
    return new Date(session.expiresAt) > now ? session : null
  } catch {
    return null
  }
}

function readPending(): PendingSignIn | null {
  try {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingSignIn | null
    return pending && typeof pending.state === 'string' && typeof pending.verifier === 'string' ? pending : null
  } catch {
    return null
  }
}

const loadOidc = () => import('@/auth/oidc')

export const useAuthStore = defineStore('auth', () => {
  const session = ref<Session | null>(parseSession(localStorage.getItem(STORAGE_KEY)))
  const token = computed(() => session.value?.accessToken ?? null)
  const signedIn = computed(() => session.value !== null)
  const admin = computed(() => session.value?.scope.split(' ').includes('matchcast:admin') ?? false)

  let configRequest: Promise<SignInConfig> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  /** The server's answer to GET /auth/config, asked once (again after a failure). */
  function signInConfig(): Promise<SignInConfig> {
    configRequest ??= fetch('/auth/config', { headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`/auth/config: HTTP ${response.status}`)
        return (await response.json()) as SignInConfig
      })
      .catch((error) => {
        configRequest = null
        throw error
      })
    return configRequest
  }

  function keep(next: Session | null) {
    session.value = next
    if (next) localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
    else localStorage.removeItem(STORAGE_KEY)
    schedule()
  }

  /** The development issuer's sign-in (the embedded default). */
  async function signIn(user: string, asAdmin: boolean): Promise<void> {
    const response = await fetch('/dev/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user, admin: asAdmin }),
    })
    const body = await response.json().catch(() => null)
    if (!response.ok) {
      throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
    }
    keep(body as Session)
  }

  async function discover(config: OidcConfig) {
    const oidc = await loadOidc()
    const response = await fetch(oidc.discoveryUrl(config.issuer), { headers: { Accept: 'application/json' } })
    if (!response.ok) {
      throw new oidc.SignInError('discovery', `${oidc.discoveryUrl(config.issuer)}: HTTP ${response.status}`)
    }
    return oidc.checkDiscovery(await response.json(), config.issuer)
  }

  /**
   * The first half of an OpenID Connect sign-in: a fresh code verifier, state and nonce kept in
   * this tab's sessionStorage, and the issuer's authorization URL to send the browser to.
   */
  async function authorizationRedirect(returnTo: string, locale?: string): Promise<string> {
    const config = await signInConfig()
    if (config.mode !== 'oidc') throw new Error(`This server signs in with mode ${config.mode}, not oidc`)
    const oidc = await loadOidc()
    const discovery = await discover(config)
    const pending: PendingSignIn = { state: oidc.randomToken(), nonce: oidc.randomToken(), verifier: oidc.randomToken(48), returnTo }
    const challenge = await oidc.codeChallenge(pending.verifier)
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending))
    return oidc.authorizationUrl(discovery, config, {
      redirectUri: oidc.redirectUri(window.location.origin),
      state: pending.state,
      nonce: pending.nonce,
      challenge,
      ...(locale ? { locale } : {}),
    })
  }

  /**
   * The second half, at the callback: the answer checked against this tab's sign-in, the code
   * exchanged at the token endpoint, the ID token checked. Answers where to go next.
   */
  async function completeSignIn(query: URLSearchParams, now: () => Date = () => new Date()): Promise<string> {
    const pending = readPending()
    sessionStorage.removeItem(PENDING_KEY) // one answer per sign-in
    const config = await signInConfig()
    if (config.mode !== 'oidc') throw new Error(`This server signs in with mode ${config.mode}, not oidc`)
    const oidc = await loadOidc()
    const code = oidc.checkCallback(query, pending, config.issuer)
    const discovery = await discover(config)
    const redirectUri = oidc.redirectUri(window.location.origin)
    const tokens = await postToken(discovery.token_endpoint, oidc.tokenRequest(config, { code, verifier: pending!.verifier, redirectUri }), now())
    const idClaims = tokens.idToken
      ? oidc.checkIdToken(tokens.idToken, { issuer: config.issuer, clientId: config.clientId, nonce: pending!.nonce, now: now() })
      : null
    keep({
      accessToken: tokens.accessToken,
      user: oidc.userName(idClaims ?? oidc.jwtClaims(tokens.accessToken)),
      scope: tokens.scope,
      expiresAt: tokens.expiresAt.toISOString(),
      oidc: {
        issuedAt: now().toISOString(),
        clientId: config.clientId,
        tokenEndpoint: discovery.token_endpoint,
        ...(discovery.end_session_endpoint ? { endSessionEndpoint: discovery.end_session_endpoint } : {}),
        ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
        ...(tokens.idToken ? { idToken: tokens.idToken } : {}),
        ...(config.resource ? { resource: config.resource } : {}),
      },
    })
    return pending!.returnTo.startsWith('/') && !pending!.returnTo.startsWith('//') ? pending!.returnTo : '/'
  }

  async function postToken(endpoint: string, body: URLSearchParams, now: Date) {
    const oidc = await loadOidc()
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
    })
    const answer = await response.json().catch(() => null)
    if (!response.ok && typeof answer?.error !== 'string') {
      throw new oidc.SignInError('token', `${endpoint}: HTTP ${response.status}`)
    }
    return oidc.parseTokenResponse(answer, now)
  }

  /** A new access token from the refresh token; the session ends when the issuer refuses. */
  async function refresh(): Promise<void> {
    const current = session.value
    if (!current?.oidc?.refreshToken) return
    const oidc = await loadOidc()
    const now = new Date()
    try {
      const tokens = await postToken(current.oidc.tokenEndpoint, oidc.refreshRequest(current.oidc, current.oidc.refreshToken), now)
      if (session.value !== current) return // signed out meanwhile
      keep({
        ...current,
        accessToken: tokens.accessToken,
        scope: tokens.scope,
        expiresAt: tokens.expiresAt.toISOString(),
        oidc: {
          ...current.oidc,
          issuedAt: now.toISOString(),
          // an issuer that rotates refresh tokens sends a new one; one that does not keeps the old valid
          refreshToken: tokens.refreshToken ?? current.oidc.refreshToken,
          ...(tokens.idToken ? { idToken: tokens.idToken } : {}),
        },
      })
    } catch (error) {
      if (session.value !== current) return
      const left = new Date(current.expiresAt).getTime() - Date.now()
      if (error instanceof oidc.SignInError || left < 5_000) {
        keep(null) // refused (invalid_grant: revoked, expired, signed out elsewhere) or out of time
      } else {
        clearTimer()
        timer = setTimeout(() => void refresh(), Math.min(30_000, left / 2)) // the issuer was unreachable: again
      }
    }
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  /** An OIDC session is refreshed before it expires when it can be, and ends when it expires otherwise. */
  function schedule() {
    clearTimer()
    const current = session.value
    if (!current?.oidc) return
    const expiresAt = new Date(current.expiresAt)
    if (current.oidc.refreshToken) {
      timer = setTimeout(() => void refresh(), refreshDelay(new Date(current.oidc.issuedAt), expiresAt, new Date()))
    } else {
      timer = setTimeout(() => {
        if (session.value === current) keep(null)
      }, Math.max(0, expiresAt.getTime() - Date.now()))
    }
  }

  /**
   * Forgets the session; answers the issuer's end-session URL when the session came from an
   * issuer that offers one (the caller sends the browser there), null otherwise.
   */
  async function signOut(postLogoutRedirectUri: string = window.location.origin + '/'): Promise<string | null> {
    const ended = session.value
    keep(null)
    if (!ended?.oidc?.endSessionEndpoint) return null
    const { endSessionUrl } = await loadOidc()
    return endSessionUrl(ended.oidc.endSessionEndpoint, {
      clientId: ended.oidc.clientId,
      postLogoutRedirectUri,
      ...(ended.oidc.idToken ? { idToken: ended.oidc.idToken } : {}),
    })
  }

  schedule()

  return { session, token, signedIn, admin, signInConfig, signIn, authorizationRedirect, completeSignIn, refresh, signOut }
})
