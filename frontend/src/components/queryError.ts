interface ErrorLike {
  message: string
  response?: unknown
  networkError?: Error
  graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[]
}

/** What went wrong, in words for the reader: the API's own message, or a rate-limit hint. */
export function describeError(error: ErrorLike, t: (key: string, values?: Record<string, unknown>) => string): string {
  const response = error.response as { status?: number; headers?: Headers } | undefined
  if (response?.status === 429) {
    const retry = response.headers?.get?.('Retry-After')
    return t('state.rateLimited', { seconds: retry ?? '60' })
  }
  if (error.graphQLErrors?.length) return error.graphQLErrors.map((e) => e.message).join(' ')
  if (error.networkError) return t('state.network')
  return error.message
}
