import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryOfTimeZone } from '@/help-content/time-zones';
import type { RegionCode } from '@/help-content/regions';
import { deviceSignals, regionFromLanguages, resolveRegion } from '@/shared/resolve-region';

describe('regionFromLanguages', () => {
  it.each([
    [['en-US'], 'US'],
    [['es-US', 'es'], 'US'],
    [['en', 'en-GB'], 'GB'],
    [['zh-Hant-TW'], 'TW'],
    [['en'], undefined],
    [[], undefined],
    [['not a tag'], undefined],
    [['es-419', 'es'], '419'],
    [['es_MX'], 'MX'],
  ])('%j → %s', (languages, country) => {
    expect(regionFromLanguages(languages)).toBe(country);
  });
});

describe('countryOfTimeZone', () => {
  it.each([
    ['America/Los_Angeles', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['US/Eastern', 'US'],
    ['America/Toronto', 'CA'],
    ['America/St_Johns', 'CA'],
    ['Europe/London', 'GB'],
    ['Europe/Belfast', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Australia/Perth', 'AU'],
    ['Pacific/Chatham', 'NZ'],
    ['America/Mexico_City', 'MX'],
    ['Atlantic/Canary', 'ES'],
    ['europe/madrid', 'ES'],
    ['Europe/Berlin', 'OTHER'],
    ['America/Bogota', 'OTHER'],
    ['Asia/Tokyo', 'OTHER'],
    ['UTC', undefined],
    ['Etc/UTC', undefined],
    ['Etc/GMT+5', undefined],
    ['GMT', undefined],
    ['', undefined],
    [undefined, undefined],
    ['Not/A zone!', undefined],
    ['../../etc/passwd', undefined],
  ])('%s → %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });
});

describe('resolveRegion: the device’s languages and time zone, written out by hand', () => {
  // [languages, time zone, region, sure]
  const CASES: [string[], string | undefined, RegionCode, boolean][] = [
    // The examples the region rule was written for.
    [['es-419', 'es'], 'America/Los_Angeles', 'US', true],
    [['es'], 'America/Los_Angeles', 'US', true],
    [['es-MX'], 'America/Mexico_City', 'MX', true],
    [['es-MX'], 'UTC', 'MX', true],
    [['es'], 'America/Mexico_City', 'MX', true],
    [['en-US'], 'Europe/London', 'GB', false],
    [['fr-CA', 'fr'], 'America/Toronto', 'CA', true],
    [['en'], 'Pacific/Auckland', 'NZ', true],
    [['de-DE', 'de'], 'Europe/Berlin', 'OTHER', false],
    // Spanish speakers in the United States with a Mexican or Latin American browser get the United States.
    [['es-MX', 'es'], 'America/Chicago', 'US', false],
    [['es-US', 'es'], 'America/New_York', 'US', true],
    [['en-US'], 'America/Denver', 'US', true],
    [['en-US'], 'Pacific/Honolulu', 'US', true],
    [['es-419'], 'America/Puerto_Rico', 'US', true],
    // Time zones of every covered country.
    [['en-CA'], 'America/Vancouver', 'CA', true],
    [['en-GB'], 'Europe/London', 'GB', true],
    [['en-GB'], 'Europe/Belfast', 'GB', true],
    [['en-IE', 'ga'], 'Europe/Dublin', 'IE', true],
    [['en-GB'], 'Europe/Dublin', 'IE', false],
    [['en-AU'], 'Australia/Sydney', 'AU', true],
    [['en'], 'Australia/Perth', 'AU', true],
    [['mi-NZ'], 'Pacific/Auckland', 'NZ', true],
    [['es-ES'], 'Europe/Madrid', 'ES', true],
    [['ca-ES', 'es'], 'Europe/Madrid', 'ES', true],
    [['es'], 'Atlantic/Canary', 'ES', true],
    // The time zone says where the device is: the emergency number of that place, whatever the language.
    [['en-US'], 'Europe/Berlin', 'OTHER', false],
    [['es-ES'], 'America/Bogota', 'OTHER', false],
    [['en-GB'], 'Asia/Tokyo', 'OTHER', false],
    // A zone that names no place leaves the language's country, or "another country".
    [['en-GB'], 'Etc/UTC', 'GB', true],
    [['en-AU'], 'UTC', 'AU', true],
    [['en'], 'Etc/UTC', 'US', false],
    [['es-419', 'es'], 'Etc/UTC', 'OTHER', false],
    [['es'], undefined, 'OTHER', false],
    [['de-DE'], 'Etc/GMT-1', 'OTHER', false],
    // Odd input.
    [[], 'America/Los_Angeles', 'US', true],
    [[], undefined, 'US', false],
    [[], 'Europe/Paris', 'OTHER', false],
    [['not a tag'], 'Not/A zone!', 'OTHER', false],
    [['en-US'], '', 'US', true],
    [['EN-gb'], 'europe/london', 'GB', true],
  ];

  it.each(CASES)('%j in %s → %s (sure: %s)', (languages, timeZone, region, sure) => {
    expect(resolveRegion('auto', { languages, timeZone })).toEqual({ region, sure });
  });

  it('covers at least thirty set-ups', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('always lets the person’s own choice win, and remembers "another country" too', () => {
    expect(resolveRegion('US', { languages: ['en-GB'], timeZone: 'Europe/London' })).toEqual({ region: 'US', sure: true });
    expect(resolveRegion('MX', { languages: ['en-US'], timeZone: 'America/New_York' })).toEqual({ region: 'MX', sure: true });
    expect(resolveRegion('OTHER', { languages: ['en-US'], timeZone: 'America/New_York' })).toEqual({ region: 'OTHER', sure: true });
  });
});

describe('deviceSignals', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the time zone from Temporal where there is one: Intl.DateTimeFormat costs a page 40-65 ms the first time', () => {
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Pacific/Auckland' } });
    expect(deviceSignals(['en-NZ'])).toEqual({ languages: ['en-NZ'], timeZone: 'Pacific/Auckland' });
  });

  it('falls back to Intl.DateTimeFormat without Temporal', () => {
    vi.stubGlobal('Temporal', undefined);
    expect(deviceSignals(['en-US'])).toEqual({ languages: ['en-US'], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });
});
