// Fails the build when the JavaScript a first visit loads (the entry and its modulepreloads,
// as dist/index.html lists them) exceeds the budget, gzip-compressed.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = 300 * 1024
const html = readFileSync('dist/index.html', 'utf8')
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1])
let total = 0
for (const file of files) {
  const size = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length
  total += size
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`)
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  initial JavaScript, gzip (budget ${BUDGET / 1024} kB)`)
if (total > BUDGET) {
  console.error('Initial JavaScript is over budget: lazy-load more.')
  process.exit(1)
}
