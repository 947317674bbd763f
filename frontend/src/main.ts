import { createApp } from 'vue'
import { createPinia } from 'pinia'
import urql from '@urql/vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { createApiClient } from './api/client'
import './style.css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(router)
app.use(urql, createApiClient())
document.documentElement.lang = i18n.global.locale.value
app.mount('#app')
