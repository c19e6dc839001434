/** Steady's logo, one drawing for every surface: a calm wave settling into a level line, on a 128-unit square. */
export const STEADY_MARK = {
  viewBox: '0 0 128 128',
  square: { width: '128', height: '128', rx: '28', fill: '#0b6e69' },
  wave: {
    d: 'M20 70c10-22 18-22 26 0s16 22 24 4 12-12 18-6 10 6 20 6',
    fill: 'none',
    stroke: '#fff',
    'stroke-width': '11',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  },
} as const;
