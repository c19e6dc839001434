import type { RegionCode } from './types';

/** Countries Steady has lines for, in the order the region picker lists them; "another country" last. */
export const REGIONS: readonly RegionCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'MX', 'ES', 'OTHER'];
