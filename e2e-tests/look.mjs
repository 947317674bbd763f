// Hand check: opens pages in Debian's Chromium, prints console errors, keeps screenshots.
import { chromium } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const base = process.env.BASE ?? 'http://localhost:18181'
const paths = process.argv.slice(2)
const width = Number(process.env.WIDTH ?? 1280)
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'look-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width, height: 900 },
  locale: process.env.LOCALE ?? 'en-GB',
  timezoneId: 'Asia/Shanghai',
})
const page = context.pages()[0] ?? (await context.newPage())
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`  console.${m.type()}: ${m.text().slice(0, 300)}`) })
page.on('pageerror', (e) => console.log(`  pageerror: ${e.message.slice(0, 300)}`))
page.on('response', (r) => { if (r.status() >= 400) console.log(`  HTTP ${r.status()} ${r.url()}`) })
for (const path of paths) {
  const started = Date.now()
  await page.goto(base + path, { waitUntil: 'networkidle', timeout: 60000 }).catch((e) => console.log(`  goto: ${e.message}`))
  await page.waitForTimeout(Number(process.env.WAIT ?? 1500))
  const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}-${process.env.LOCALE ?? 'en'}`
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: process.env.FULL === '1' })
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]?.toJSON?.() ?? {}))
  const timing = JSON.parse(nav)
  console.log(`${path} -> ${name}.png (${Date.now() - started} ms; domContentLoaded ${Math.round(timing.domContentLoadedEventEnd ?? 0)} ms)`)
  if (process.env.TEXT === '1') console.log((await page.locator('main').innerText()).slice(0, 1500))
}
await context.close()
