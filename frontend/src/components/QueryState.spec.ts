import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QueryState from './QueryState.vue'
import { testI18n } from '@/test/i18n'
import { useConnectionStore } from '@/stores/connection'

function mountState(props: Record<string, unknown>) {
  return mount(QueryState, {
    props: { fetching: false, hasData: false, ...props } as never,
    slots: { default: '<p class="content">content</p>' },
    global: { plugins: [testI18n('en')] },
  })
}

describe('QueryState', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows loading until data arrives', () => {
    const wrapper = mountState({ fetching: true })
    expect(wrapper.find('[role=status]').text()).toContain('Loading')
    expect(wrapper.find('.content').exists()).toBe(false)
  })
  it('shows the content once there is data', () => {
    expect(mountState({ hasData: true }).find('.content').exists()).toBe(true)
  })
  it('shows the empty text when the data is empty', () => {
    expect(mountState({ hasData: true, empty: true, emptyText: 'No matches' }).text()).toBe('No matches')
  })
  it('shows the error with a retry button that emits retry', async () => {
    const wrapper = mountState({ error: { message: 'x', graphQLErrors: [{ message: 'Boom.' }] } })
    expect(wrapper.find('[role=alert]').text()).toContain('Boom.')
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })
  it('explains a rate limit with its wait', () => {
    const response = { status: 429, headers: new Headers({ 'Retry-After': '12' }) }
    const wrapper = mountState({ error: { message: 'x', response } })
    expect(wrapper.text()).toContain('12 s')
  })
  it('says so when the browser is offline', () => {
    useConnectionStore().online = false
    const wrapper = mountState({ fetching: true })
    expect(wrapper.find('[role=alert]').text()).toContain('offline')
  })
})
