// A real OpenID provider for the browser test of the web app's OIDC sign-in (playwright.oidc.config.ts):
// oidc-provider (a certified OP implementation) with its development login and consent pages (any
// user name and password sign in), one public client using the authorization code flow with PKCE,
// and JWT access tokens for the API (audience `matchcast`, RFC 8707 resource indicator) that live
// 20 seconds, so that the web app refreshes one during the test.
import { generateKeyPairSync } from 'node:crypto'
import Provider, { errors } from 'oidc-provider'

const port = Number(process.env.E2E_OIDC_ISSUER_PORT ?? 18383)
const app = process.env.E2E_OIDC_APP_ORIGIN ?? 'http://localhost:18384'
export const ISSUER = `http://localhost:${port}`
const RESOURCE = process.env.E2E_OIDC_RESOURCE ?? 'urn:matchcast:api'
const ACCESS_TOKEN_SECONDS = 20

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })

const provider = new Provider(ISSUER, {
  clients: [{
    client_id: 'matchcast-web',
    token_endpoint_auth_method: 'none', // a public client: no secret, PKCE required
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [`${app}/sign-in/callback`],
    post_logout_redirect_uris: [`${app}/`],
  }],
  pkce: { required: () => true },
  jwks: { keys: [{ ...signingKey, kid: 'e2e-signing-key', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['matchcast-e2e-cookie-key'] },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, preferred_username: id, name: id }),
  }),
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
  // the profile claims in the ID token, as Keycloak does: the app reads the user's name there
  conformIdTokenClaims: false,
  // a refresh token with every code, as Keycloak gives without offline_access
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async (_ctx, _client, oneOf) => oneOf,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (_ctx, resource) => {
        if (resource !== RESOURCE) throw new errors.InvalidTarget()
        return {
          scope: 'matchcast:admin',
          audience: 'matchcast',
          accessTokenTTL: ACCESS_TOKEN_SECONDS,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }
      },
    },
  },
})

// every token request is written to stdout, so the test log shows the code exchange and the refreshes
provider.on('grant.success', (ctx) => console.log(`issuer: token endpoint ${ctx.oidc.params.grant_type}`))
provider.on('server_error', (_ctx, error) => console.error('issuer: server error', error))

provider.listen(port, () => console.log(`issuer: ${ISSUER}`))
