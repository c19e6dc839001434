import type { RegionCode } from './types';

/** Countries Steady has helplines for, in the order the region picker lists them. */
export const REGIONS: readonly RegionCode[] = ['US', 'CA', 'GB'];

export const REGION_NAMES: Record<RegionCode, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
};
