import { describe, expect, it } from 'vitest'
import { payloadOutcome } from './outcome'

describe('payloadOutcome', () => {
  it('reports a refusal by its message', () => {
    expect(payloadOutcome({ __typename: 'TrainingAlreadyRunning', message: 'A training run is going.' })).toEqual({ ok: false, text: 'A training run is going.' })
  })
  it('reports success by its type', () => {
    expect(payloadOutcome({ __typename: 'TrainingStarted' })).toEqual({ ok: true, text: 'TrainingStarted' })
  })
})
