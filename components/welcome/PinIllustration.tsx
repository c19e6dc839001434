const PUZZLE =
  'M20.5 11H19V7c0-1.1-.9-2-2-2h-4V3.5C13 2.12 11.88 1 10.5 1S8 2.12 8 3.5V5H4c-1.1 0-1.99.9-1.99 2v3.8H3.5c1.49 0 2.7 1.21 2.7 2.7s-1.21 2.7-2.7 2.7H2V20c0 1.1.9 2 2 2h3.8v-1.5c0-1.49 1.21-2.7 2.7-2.7 1.49 0 2.7 1.21 2.7 2.7V22H17c1.1 0 2-.9 2-2v-4h1.5c1.38 0 2.5-1.12 2.5-2.5S21.88 11 20.5 11z';
const PIN =
  'M16 9V4h1c.55 0 1-.45 1-1s-.45-1-1-1H7c-.55 0-1 .45-1 1s.45 1 1 1h1v5c0 1.66-1.34 3-3 3v2h5.97v7l1 1 1-1v-7H19v-2c-1.66 0-3-1.34-3-3z';

/**
 * A sketch of the browser's toolbar with the Extensions menu open: the puzzle piece, Steady's row, and the pin
 * (Chrome) or the gear (Firefox) beside it. Drawn inline, never fetched; the steps beside it say the same in
 * words, so screen readers skip it.
 */
export function PinIllustration({ browserKind }: { browserKind: 'chrome' | 'firefox' }) {
  return (
    <svg class="pin-illustration" viewBox="0 0 240 124" aria-hidden="true" focusable="false">
      <rect class="pin-frame" x="2" y="2" width="236" height="32" rx="6" />
      <rect class="pin-field" x="10" y="9" width="150" height="18" rx="9" />
      <circle class="pin-highlight" cx="196" cy="18" r="13" />
      <path class="pin-icon" d={PUZZLE} transform="translate(187 9) scale(0.75)" />
      <path class="pin-pointer" d="M196 34 L190 41 L202 41 Z" />
      <rect class="pin-frame" x="96" y="40" width="140" height="80" rx="6" />
      <circle class="pin-mark" cx="114" cy="60" r="7" />
      <rect class="pin-text" x="128" y="56" width="56" height="8" rx="4" />
      <circle class="pin-highlight" cx="216" cy="60" r="12" />
      {browserKind === 'firefox' ? (
        <circle class="pin-gear" cx="216" cy="60" r="5" />
      ) : (
        <path class="pin-icon" d={PIN} transform="translate(207 51) scale(0.75)" />
      )}
      <circle class="pin-other" cx="114" cy="84" r="7" />
      <rect class="pin-other" x="128" y="80" width="44" height="8" rx="4" />
      <circle class="pin-other" cx="114" cy="106" r="7" />
      <rect class="pin-other" x="128" y="102" width="64" height="8" rx="4" />
    </svg>
  );
}
