/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

// The dev server proxies the API to a backend on 8080 (or MATCHCAST_API); the production
// build is served by the backend itself at /.
const api = process.env.MATCHCAST_API ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // the dev server's pre-bundling cannot follow GraphiQL's `?worker` imports; Vite serves those as they are
  optimizeDeps: { exclude: ['graphiql', '@graphiql/react'] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/dev/sign-in': api,
      '/auth/config': api,
      '/.well-known': api,
    },
  },
  build: {
    target: 'es2022',
    // GraphiQL's editor (monaco) is one big lazily loaded chunk; the initial bundle is checked by size-check.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React dependencies mark modules "use client", which means nothing in a browser bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
        warn(warning)
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
  },
})
