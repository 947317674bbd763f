import { createMemoryHistory, createRouter } from 'vue-router'

/** A router with the app's link targets, for components that render RouterLinks. */
export function testRouter() {
  const empty = { template: '<div />' }
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: empty },
      { path: '/matches/:id', component: empty },
      { path: '/teams/:id', component: empty },
      { path: '/leagues/:code', component: empty },
      { path: '/sign-in', component: empty },
    ],
  })
}
