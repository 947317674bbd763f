import { describe, expect, it } from 'vitest'
import en from './en'
import zhCN from './zh-CN'
import { initialLocale } from './index'

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
}

function lookup(tree: Tree, path: string): string {
  return path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key]!, tree) as string
}

describe('messages', () => {
  const english = keys(en as Tree)
  const chinese = keys(zhCN as Tree)

  it('every English key has a Chinese message', () => {
    expect(english.filter((key) => !chinese.includes(key))).toEqual([])
  })
  it('every Chinese key has an English message', () => {
    expect(chinese.filter((key) => !english.includes(key))).toEqual([])
  })
  it('no message is empty', () => {
    const empty = [...english.filter((k) => !lookup(en as Tree, k).trim()), ...chinese.filter((k) => !lookup(zhCN as Tree, k).trim())]
    expect(empty).toEqual([])
  })
  it('both languages use the same placeholders', () => {
    const differing = english.filter(
      (key) => chinese.includes(key) && placeholders(lookup(en as Tree, key)).join() !== placeholders(lookup(zhCN as Tree, key)).join(),
    )
    expect(differing).toEqual([])
  })
})

describe('initialLocale', () => {
  it('prefers the saved choice', () => {
    expect(initialLocale('en', ['zh-CN'])).toBe('en')
  })
  it('follows the browser', () => {
    expect(initialLocale(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(initialLocale(null, ['fr', 'en-GB'])).toBe('en')
  })
  it('falls back to English', () => {
    expect(initialLocale(null, ['fr'])).toBe('en')
  })
})
