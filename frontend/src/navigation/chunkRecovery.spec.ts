import { describe, expect, it } from 'vitest'
import { isChunkLoadFailure, shouldReload } from './chunkRecovery'

describe('chunk recovery', () => {
  it('recognises each browser\'s failed dynamic import and Vite\'s failed preload', () => {
    expect(isChunkLoadFailure(new TypeError('Failed to fetch dynamically imported module: http://localhost:8080/assets/MyMatchesPage-DLOrchmN.js'))).toBe(true)
    expect(isChunkLoadFailure(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true)
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadFailure(new Error('Unable to preload CSS for /assets/MatchRow-B7wFdnPb.css'))).toBe(true)
  })

  it('leaves other navigation errors alone', () => {
    expect(isChunkLoadFailure(new Error('Navigation cancelled from "/a" to "/b" with a new navigation.'))).toBe(false)
    expect(isChunkLoadFailure(new TypeError('Cannot read properties of undefined (reading \'id\')'))).toBe(false)
  })

  it('reloads a target once a minute at most', () => {
    sessionStorage.clear()
    expect(shouldReload('/my-matches', sessionStorage, 1_000)).toBe(true)
    expect(shouldReload('/my-matches', sessionStorage, 30_000)).toBe(false)
    expect(shouldReload('/value', sessionStorage, 31_000)).toBe(true)
    expect(shouldReload('/my-matches', sessionStorage, 32_000)).toBe(true)
    expect(shouldReload('/my-matches', sessionStorage, 92_001)).toBe(true)
  })
})
