import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

describe('backoffDelay', () => {
  it('doubles from one second', () => {
    const none = () => 0
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, none))).toEqual([1000, 2000, 4000, 8000])
  })
  it('caps at thirty seconds', () => {
    expect(backoffDelay(10, () => 0)).toBe(30_000)
  })
  it('adds at most a fifth of jitter', () => {
    expect(backoffDelay(0, () => 1)).toBe(1200)
  })
})
