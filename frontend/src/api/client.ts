import { watch } from 'vue'
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core'
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws'
import { useAuthStore } from '@/stores/auth'
import { useConnectionStore } from '@/stores/connection'
import { backoffDelay } from './backoff'

/** The API lives beside the app: /graphql over HTTP and WebSocket (graphql-transport-ws). */
export function graphqlUrls(location: Pick<Location, 'protocol' | 'host'>) {
  const ws = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return { http: '/graphql', ws: `${ws}//${location.host}/graphql` }
}

let wsClient: WsClient | null = null

/**
 * One WebSocket for every subscription. graphql-ws resubscribes each open operation when it
 * reconnects; the token travels in connection_init, never in the URL (README: Security).
 */
function webSocketClient(): WsClient {
  const auth = useAuthStore()
  const connection = useConnectionStore()
  wsClient = createWsClient({
    url: graphqlUrls(window.location).ws,
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      connection.setSocket('reconnecting')
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(retries)))
    },
    connectionParams: () => (auth.token ? { Authorization: `Bearer ${auth.token}` } : {}),
    on: {
      connected: () => connection.setSocket('open'),
      closed: () => connection.setSocket('closed'),
    },
  })
  // A refreshed token (the same user's, README: Security) reaches the socket before the old one
  // expires: the server closes a connection at its token's exp.
  watch(() => auth.token, (now, before) => {
    if (now && before && now !== before) restartSubscriptions()
  })
  return wsClient
}

/** A new socket after sign-in or sign-out, so connection_init carries the current token. */
export function restartSubscriptions() {
  wsClient?.terminate()
}

export function createApiClient(): Client {
  const auth = useAuthStore()
  const socket = webSocketClient()
  return new Client({
    url: graphqlUrls(window.location).http,
    // queries go as POST: one URL shape for every request, and long documents never hit URL limits
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => (auth.token ? { headers: { Authorization: `Bearer ${auth.token}` } } : {}),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' }
          return {
            subscribe(sink) {
              const unsubscribe = socket.subscribe(input, sink)
              return { unsubscribe }
            },
          }
        },
      }),
    ],
  })
}
