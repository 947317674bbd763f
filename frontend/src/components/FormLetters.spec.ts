import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FormLetters from './FormLetters.vue'
import { testI18n } from '@/test/i18n'

describe('FormLetters', () => {
  it('shows letters and spells them out', () => {
    const wrapper = mount(FormLetters, { props: { form: 'WDL' }, global: { plugins: [testI18n('en')] } })
    expect(wrapper.text()).toBe('WDL')
    expect(wrapper.attributes('aria-label')).toBe('Recent form: win, draw, loss')
  })
  it('uses Chinese letters in the Chinese interface', () => {
    const wrapper = mount(FormLetters, { props: { form: 'WL' }, global: { plugins: [testI18n('zh-CN')] } })
    expect(wrapper.text()).toBe('胜负')
  })
})
