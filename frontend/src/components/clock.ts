/** The serving clock's time now, from its reading at fetchedAt and its speed (simulated s per real s). */
export function clockAt(clock: { now: string; speed: number }, fetchedAt: number, now: number): Date {
  return new Date(new Date(clock.now).getTime() + (now - fetchedAt) * clock.speed)
}
