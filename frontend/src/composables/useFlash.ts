import { onBeforeUnmount, reactive } from 'vue'

/** Ids recently changed by a live push, each kept for a few seconds so the page can show a cue. */
export function useFlash(durationMs = 4000) {
  const ids = reactive(new Set<string>())
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  function flash(id: string) {
    clearTimeout(timers.get(id))
    ids.delete(id)
    // a fresh entry on the next frame restarts the animation
    requestAnimationFrame(() => ids.add(id))
    timers.set(id, setTimeout(() => ids.delete(id), durationMs))
  }
  onBeforeUnmount(() => timers.forEach((timer) => clearTimeout(timer)))
  return { ids, flash }
}
