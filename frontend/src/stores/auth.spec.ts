import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { parseSession, useAuthStore } from './auth'

describe('parseSession', () => {
  const session = { accessToken: 'x', user: 'ann', scope: 'matchcast:user', expiresAt: '2030-01-01T00:00:00Z' }
  it('keeps a session until it expires', () => {
    expect(parseSession(JSON.stringify(session), new Date('2029-12-31T00:00:00Z'))).toEqual(session)
    expect(parseSession(JSON.stringify(session), new Date('2030-01-02T00:00:00Z'))).toBeNull()
  })
  it('ignores what is not a session', () => {
    expect(parseSession('not json')).toBeNull()
    expect(parseSession('{}')).toBeNull()
    expect(parseSession(null)).toBeNull()
  })
})

describe('useAuthStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('signs in through the development issuer and reads the admin scope', async () => {
    const body = { accessToken: 'jwt', tokenType: 'Bearer', user: 'ann', scope: 'matchcast:user matchcast:admin', expiresAt: '2099-01-01T00:00:00Z' }
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const auth = useAuthStore()
    await auth.signIn('ann', true)
    expect(fetchMock).toHaveBeenCalledWith('/dev/sign-in', expect.objectContaining({ method: 'POST', body: '{"user":"ann","admin":true}' }))
    expect(auth.token).toBe('jwt')
    expect(auth.admin).toBe(true)
    expect(JSON.parse(localStorage.getItem('matchcast.session')!).user).toBe('ann')
    auth.signOut()
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem('matchcast.session')).toBeNull()
    vi.unstubAllGlobals()
  })

  it('passes on the issuer\'s refusal', async () => {
    const refusal = { errors: [{ message: 'The development sign-in answers clients on the server\'s machine only' }] }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 403 })))
    await expect(useAuthStore().signIn('ann', false)).rejects.toThrow('server\'s machine only')
    vi.unstubAllGlobals()
  })
})
