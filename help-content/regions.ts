/**
 * Countries Steady has helplines for (ISO 3166 codes: GB is the United Kingdom), in the order the region picker
 * lists them, and 'OTHER' last for anywhere else, where Steady gives the local-emergency-number advice instead
 * of numbers it cannot vouch for.
 */
export const REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'MX', 'ES', 'OTHER'] as const;

export type RegionCode = (typeof REGIONS)[number];
