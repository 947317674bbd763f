import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { REASONS, useReason } from './useReason'
import { testI18n } from '@/test/i18n'

function render(locale: 'en' | 'zh-CN', reason: string) {
  const Probe = defineComponent({ setup: () => { const label = useReason(); return () => h('span', label(reason)) } })
  return mount(Probe, { global: { plugins: [testI18n(locale)] } }).text()
}

describe('useReason', () => {
  it('translates the reasons the ledger gives', () => {
    expect(render('zh-CN', 'prices moved')).toBe('赔率变动')
    expect(render('en', 'kick-off')).toBe('kick-off')
  })
  it('shows an unknown reason as sent', () => {
    expect(render('zh-CN', 'manual')).toBe('manual')
  })
  it('knows every reason the schema lists', () => {
    const schema = readFileSync(new URL('../../../schema/prediction.graphqls', `file://${process.cwd()}/src/composables/`), 'utf8')
    const listed = schema.match(/Why this prediction was made: ([^.]+)\./)![1]!.split(',').map((r) => r.replace(/\(.*?\)/g, '').trim())
    expect(listed.sort()).toEqual(Object.keys(REASONS).sort())
  })
})
