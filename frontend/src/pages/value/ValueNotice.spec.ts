import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ValueNotice from './ValueNotice.vue'
import { testI18n } from '@/test/i18n'
import { useAgeConfirmation } from '@/composables/useAgeConfirmation'

describe('ValueNotice', () => {
  beforeEach(() => localStorage.clear())

  it('says past results promise nothing and links to help, in both languages', () => {
    const english = mount(ValueNotice, { props: { confirmed: false }, global: { plugins: [testI18n('en')] } })
    expect(english.text()).toContain('Past results')
    expect(english.find('a').attributes('href')).toBe('https://www.gamblingtherapy.org/')
    const chinese = mount(ValueNotice, { props: { confirmed: false }, global: { plugins: [testI18n('zh-CN')] } })
    expect(chinese.text()).toContain('过往结果')
  })
  it('asks for the legal age until it is confirmed, then only informs', async () => {
    const wrapper = mount(ValueNotice, { props: { confirmed: false }, global: { plugins: [testI18n('en')] } })
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('confirm')).toHaveLength(1)
    await wrapper.setProps({ confirmed: true })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.text()).toContain('Gamble responsibly')
  })
  it('keeps the confirmation in this browser', () => {
    expect(useAgeConfirmation().confirmed.value).toBe(false)
    useAgeConfirmation().confirm()
    expect(useAgeConfirmation().confirmed.value).toBe(true)
  })
})
