/** Steady's logo: a calm wave settling into a level line. Decorative, so hidden from screen readers. */
export function SteadyMark({ size = 32 }: { size?: number }) {
  return (
    <svg class="steady-mark" width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect width="128" height="128" rx="28" fill="#0b6e69" />
      <path
        d="M20 70c10-22 18-22 26 0s16 22 24 4 12-12 18-6 10 6 20 6"
        fill="none"
        stroke="#fff"
        stroke-width="11"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
