import { STEADY_MARK } from '@/ui/steady-mark';

/** Steady's logo. Decorative, so hidden from screen readers. */
export function SteadyMark({ size = 32 }: { size?: number }) {
  return (
    <svg class="steady-mark" width={size} height={size} viewBox={STEADY_MARK.viewBox} aria-hidden="true" focusable="false">
      <rect {...STEADY_MARK.square} />
      <path {...STEADY_MARK.wave} />
    </svg>
  );
}
