/** Probabilities as whole percentages, the way the app prints them beside their bars ("47%"). */
export function percent(value: number | null | undefined, locale: string, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** Percentage points with a sign, as explanations and edges use them ("+3.2 pp"). */
export function points(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value)
  return `${number} pp`
}

export function decimal(value: number | string | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || value === '') return '–'
  const number = typeof value === 'string' ? Number(value) : value
  if (Number.isNaN(number)) return '–'
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(number)
}

/** Kick-off in the user's time zone (the browser's unless one is given). */
export function kickoff(iso: string | null | undefined, date: string, locale: string, timeZone?: string): string {
  if (!iso) return day(date, locale)
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso))
}

export function day(date: string, locale: string): string {
  // a calendar day has no time zone: read and print it as UTC so it never shifts
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}

export function dateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))
}

/** The outcome a forecast favours, with the home win winning a tie as the ledger scores it. */
export function favoured(p: { homeWin: number; draw: number; awayWin: number }): 'home' | 'draw' | 'away' {
  if (p.homeWin >= p.draw && p.homeWin >= p.awayWin) return 'home'
  return p.draw >= p.awayWin ? 'draw' : 'away'
}

/** The field of an Outcomes-like object that holds the given outcome. */
export function outcomeField(outcome: 'home' | 'draw' | 'away'): 'homeWin' | 'draw' | 'awayWin' {
  return outcome === 'home' ? 'homeWin' : outcome === 'draw' ? 'draw' : 'awayWin'
}
