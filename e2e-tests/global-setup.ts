import { request } from '@playwright/test'
import { baseURL } from './playwright.config'

/** Waits until the replay clock serves forecasts: the first start imports the data and trains a model. */
export default async function globalSetup() {
  const api = await request.newContext({ baseURL })
  const deadline = Date.now() + 480_000
  for (;;) {
    const response = await api.post('/graphql', {
      data: { query: '{ upcoming(first: 50) { edges { node { prediction { id } } } } }' },
    })
    const body = response.ok() ? await response.json() : null
    const predicted = body?.data?.upcoming?.edges?.filter((e: { node: { prediction: unknown } }) => e.node.prediction).length ?? 0
    if (predicted > 0) break
    if (Date.now() > deadline) throw new Error('The backend served no forecast within 8 minutes')
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
  await api.dispose()
}
