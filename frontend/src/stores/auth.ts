import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

const STORAGE_KEY = 'matchcast.session'

/** A development-issuer session: the bearer token and who it names (README: Security). */
export interface Session {
  accessToken: string
  user: string
  scope: string
  expiresAt: string
}

export function parseSession(raw: string | null, now: Date = new Date()): Session | null {
  if (!raw) return null
  try {
    const session = JSON.parse(raw) as Session
    if (!session.accessToken || !session.expiresAt) return null
    return new Date(session.expiresAt) > now ? session : null
  } catch {
    return null
  }
}

export const useAuthStore = defineStore('auth', () => {
  const session = ref<Session | null>(parseSession(localStorage.getItem(STORAGE_KEY)))
  const token = computed(() => session.value?.accessToken ?? null)
  const signedIn = computed(() => session.value !== null)
  const admin = computed(() => session.value?.scope.split(' ').includes('matchcast:admin') ?? false)

  async function signIn(user: string, asAdmin: boolean): Promise<void> {
    const response = await fetch('/dev/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user, admin: asAdmin }),
    })
    const body = await response.json().catch(() => null)
    if (!response.ok) {
      throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
    }
    session.value = body as Session
    localStorage.setItem(STORAGE_KEY, JSON.stringify(body))
  }

  function signOut() {
    session.value = null
    localStorage.removeItem(STORAGE_KEY)
  }

  return { session, token, signedIn, admin, signIn, signOut }
})
