import 'graphiql/setup-workers/vite'
import 'graphiql/style.css'
import { createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { GraphiQL } from 'graphiql'
import { createGraphiQLFetcher } from '@graphiql/toolkit'

/**
 * GraphiQL from its npm package, bundled with the app (no CDN): React mounted into a Vue-owned
 * element. Loaded only when the Developers page opens the explorer.
 */
export function mountGraphiQL(element: HTMLElement, options: { url: string; subscriptionUrl: string; token: string | null; query: string }): Root {
  const headers: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {}
  const fetcher = createGraphiQLFetcher({
    url: options.url,
    subscriptionUrl: options.subscriptionUrl,
    headers,
    wsConnectionParams: headers,
  })
  const root = createRoot(element)
  root.render(createElement(GraphiQL, { fetcher, defaultQuery: options.query }))
  return root
}
