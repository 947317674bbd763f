import { describe, expect, it } from 'vitest'
import { clockAt } from './clock'

describe('clockAt', () => {
  it('runs a replay clock at its speed', () => {
    const clock = { now: '2024-03-01T12:00:00Z', speed: 7200 }
    expect(clockAt(clock, 1000, 2000).toISOString()).toBe('2024-03-01T14:00:00.000Z')
  })
  it('runs a live clock in real time', () => {
    expect(clockAt({ now: '2024-03-01T12:00:00Z', speed: 1 }, 0, 60_000).toISOString()).toBe('2024-03-01T12:01:00.000Z')
  })
})
