import { describe, expect, it } from 'vitest'
import { graphqlUrls } from './client'

describe('graphqlUrls', () => {
  it('uses the page\'s own host, ws beside http and wss beside https', () => {
    expect(graphqlUrls({ protocol: 'http:', host: 'localhost:8080' })).toEqual({ http: '/graphql', ws: 'ws://localhost:8080/graphql' })
    expect(graphqlUrls({ protocol: 'https:', host: 'matchcast.example' }).ws).toBe('wss://matchcast.example/graphql')
  })
})
