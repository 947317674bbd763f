import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { isChunkLoadFailure, shouldReload } from './navigation/chunkRecovery'
import DashboardPage from './pages/DashboardPage.vue'

// The dashboard is in the first bundle; every other page (and its charts) loads on demand.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: DashboardPage, meta: { title: 'nav.dashboard' } },
  { path: '/matches', name: 'matches', component: () => import('./pages/MatchesPage.vue'), meta: { title: 'nav.matches' } },
  { path: '/matches/:id', name: 'match', component: () => import('./pages/MatchPage.vue'), props: true, meta: { title: 'match.title' } },
  { path: '/teams/:id', name: 'team', component: () => import('./pages/TeamPage.vue'), props: true, meta: { title: 'team.title' } },
  { path: '/leagues', name: 'leagues', component: () => import('./pages/LeaguesPage.vue'), meta: { title: 'nav.leagues' } },
  { path: '/leagues/:code', name: 'league', component: () => import('./pages/LeaguePage.vue'), props: true, meta: { title: 'league.title' } },
  { path: '/track-record', name: 'track-record', component: () => import('./pages/TrackRecordPage.vue'), meta: { title: 'nav.trackRecord' } },
  { path: '/season', name: 'season', component: () => import('./pages/SeasonPage.vue'), meta: { title: 'nav.season' } },
  { path: '/value', name: 'value', component: () => import('./pages/ValuePage.vue'), meta: { title: 'nav.value' } },
  { path: '/developers', name: 'developers', component: () => import('./pages/DevelopersPage.vue'), meta: { title: 'nav.developers' } },
  { path: '/admin', name: 'admin', component: () => import('./pages/AdminPage.vue'), meta: { title: 'nav.admin' } },
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { title: 'nav.signIn' } },
  { path: '/sign-in/callback', name: 'sign-in-callback', component: () => import('./pages/SignInCallbackPage.vue'), meta: { title: 'nav.signIn' } },
  { path: '/my-matches', name: 'my-matches', component: () => import('./pages/MyMatchesPage.vue'), meta: { title: 'nav.myMatches' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

// A page whose code could not be fetched is loaded whole instead of leaving the user where they were.
router.onError((error, to) => {
  if (isChunkLoadFailure(error) && shouldReload(to.fullPath, sessionStorage)) {
    window.location.assign(to.fullPath)
  }
})
