/**
 * A page's code is loaded on demand (router.ts). When that load fails (a dropped connection, or a
 * deployment that replaced the hashed files the open page knows), the router's navigation fails
 * and the user would stay where they were with no word. The remedy is a full load of the page they
 * asked for: the browser fetches the current files, and the session (kept in localStorage) survives.
 * Only once per target within a minute, so a page whose code is really gone does not reload for ever.
 */

/** Browsers word a failed dynamic import differently; Vite adds its own for failed preloads. */
const CHUNK_FAILURES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload helper
]

export function isChunkLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return CHUNK_FAILURES.some((pattern) => pattern.test(message))
}

const KEY = 'matchcast.chunkReload'
const WINDOW_MS = 60_000

/**
 * Whether to recover from a failed load of {@code target} by loading it whole: true the first time
 * within a minute (and remembered in sessionStorage across that load), false after that.
 */
export function shouldReload(target: string, storage: Storage, now: number = Date.now()): boolean {
  let last: { target: string; at: number } | null = null
  try {
    last = JSON.parse(storage.getItem(KEY) ?? 'null')
  } catch {
    last = null
  }
  if (last && last.target === target && now - last.at < WINDOW_MS) return false
  storage.setItem(KEY, JSON.stringify({ target, at: now }))
  return true
}
