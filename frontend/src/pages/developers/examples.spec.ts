// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { buildSchema, parse, validate } from 'graphql'
import { EXAMPLES, curlCommand } from './examples'

const dir = new URL('../../../../schema/', import.meta.url)
const sdl = readdirSync(dir)
  .filter((f) => f.endsWith('.graphqls'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n')
const schema = buildSchema(sdl)

describe('developer examples', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.query]))('%s is valid against the schema', (_id, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([])
  })
  it('quotes the body for a POSIX shell', () => {
    expect(curlCommand('http://localhost:8080', '{ leagues { code } }')).toBe(
      `curl -s http://localhost:8080/graphql -H 'Content-Type: application/json' -d '{"query":"{ leagues { code } }"}'`,
    )
  })
})
