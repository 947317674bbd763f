/** What an admin mutation's payload says, for the status line: the union member's message, or its success. */
export function payloadOutcome(payload: { __typename?: string; message?: string } | null | undefined): { ok: boolean; text: string } {
  if (!payload) return { ok: false, text: '' }
  if (typeof payload.message === 'string') return { ok: false, text: payload.message }
  return { ok: true, text: payload.__typename ?? '' }
}
