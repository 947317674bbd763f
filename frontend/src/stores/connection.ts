import { defineStore } from 'pinia'
import { ref } from 'vue'

export type SocketState = 'idle' | 'open' | 'reconnecting' | 'closed'

/** Whether the browser is online and how the subscription socket is doing. */
export const useConnectionStore = defineStore('connection', () => {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const socket = ref<SocketState>('idle')
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => (online.value = true))
    window.addEventListener('offline', () => (online.value = false))
  }
  function setSocket(state: SocketState) {
    socket.value = state
  }
  return { online, socket, setSocket }
})
