import type { RegionCode } from './types';

/** Countries Steady has helplines for, in the order the region picker lists them; "another country" last. */
export const REGIONS: readonly RegionCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'OTHER'];
