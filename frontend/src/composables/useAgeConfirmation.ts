import { ref } from 'vue'

const STORAGE_KEY = 'matchcast.legalAgeConfirmed'

/**
 * Whether the visitor has confirmed being of legal age to bet: prices and stakes stay hidden until
 * then. Kept in this browser only; nothing is sent to the server.
 */
export function useAgeConfirmation() {
  const confirmed = ref(localStorage.getItem(STORAGE_KEY) === 'yes')
  function confirm() {
    localStorage.setItem(STORAGE_KEY, 'yes')
    confirmed.value = true
  }
  return { confirmed, confirm }
}
