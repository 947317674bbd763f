import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ProbabilityBar from './ProbabilityBar.vue'
import { testI18n } from '@/test/i18n'

describe('ProbabilityBar', () => {
  it('prints each probability as text beside its bar', () => {
    const wrapper = mount(ProbabilityBar, {
      props: { homeWin: 0.4712, draw: 0.27, awayWin: 0.2588 },
      global: { plugins: [testI18n('en')] },
    })
    expect(wrapper.find('.label-home').text()).toBe('H 47%')
    expect(wrapper.find('.label-draw').text()).toBe('D 27%')
    expect(wrapper.find('.label-away').text()).toBe('A 26%')
    expect(wrapper.find('.bar .home').attributes('style')).toContain('width: 47.12%')
    expect(wrapper.attributes('aria-label')).toBe('Home win 47%, Draw 27%, Away win 26%')
  })
  it('speaks Chinese in the Chinese interface', () => {
    const wrapper = mount(ProbabilityBar, {
      props: { homeWin: 0.5, draw: 0.25, awayWin: 0.25 },
      global: { plugins: [testI18n('zh-CN')] },
    })
    expect(wrapper.find('.label-home').text()).toBe('主 50%')
  })
})
