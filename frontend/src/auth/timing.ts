/** Kept apart from oidc.ts, which loads on demand: the store schedules refreshes from the first page on. */

/**
 * When to refresh: a quarter of the token's lifetime before it ends, at most a minute before
 * (a one-hour token is refreshed at 59 minutes, a 40-second one at 30 seconds). Milliseconds from now.
 */
export function refreshDelay(issuedAt: Date, expiresAt: Date, now: Date): number {
  const lifetime = expiresAt.getTime() - issuedAt.getTime()
  const margin = Math.min(60_000, Math.max(0, lifetime) / 4)
  return Math.max(0, expiresAt.getTime() - margin - now.getTime())
}
