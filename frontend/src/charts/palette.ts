/** Chart colours per theme, the same as the CSS variables of style.css. */
export interface Palette {
  text: string
  muted: string
  grid: string
  home: string
  draw: string
  away: string
  accent: string
  /** Text on the accent colour. */
  onAccent: string
  good: string
  bad: string
  series: string[]
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    text: '#1a1f1c', muted: '#4c5650', grid: '#d5dbd7', home: '#1d4ed8', draw: '#5b6470', away: '#b45309',
    accent: '#17603f', onAccent: '#ffffff', good: '#166534', bad: '#b91c1c',
    series: ['#1d4ed8', '#b45309', '#17603f', '#7c3aed', '#be185d', '#0e7490', '#4d7c0f', '#9a3412'],
  },
  dark: {
    text: '#e8ece9', muted: '#aab4ae', grid: '#35403a', home: '#7aa7ff', draw: '#b5bcc5', away: '#f5a04a',
    accent: '#5fd39a', onAccent: '#0b1a12', good: '#6ee7a0', bad: '#ff8a8a',
    series: ['#7aa7ff', '#f5a04a', '#5fd39a', '#c4a5ff', '#f48fb1', '#67e8f9', '#bef264', '#fdba74'],
  },
}
