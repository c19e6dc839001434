import { describe, expect, it } from 'vitest';
import { regionFromLanguages, resolveRegion } from '../../utils/resolve-region';

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

describe('resolveRegion', () => {
  it('uses a region the user chose, whatever the browser says', () => {
    expect(resolveRegion('US', ['en-GB'])).toEqual({ region: 'US', supported: true });
  });
  it('follows the browser when automatic', () => {
    expect(resolveRegion('auto', ['en-US'])).toEqual({ region: 'US', supported: true });
  });
  it('follows the browser to Canada and the United Kingdom', () => {
    expect(resolveRegion('auto', ['en-GB'])).toEqual({ region: 'GB', supported: true });
    expect(resolveRegion('auto', ['fr-CA'])).toEqual({ region: 'CA', supported: true });
  });
  it('flags a country without helplines yet, and gives the "another country" advice rather than foreign numbers', () => {
    expect(resolveRegion('auto', ['de-DE'])).toEqual({ region: 'OTHER', supported: false });
    expect(resolveRegion('auto', ['es-MX', 'en-US'])).toEqual({ region: 'OTHER', supported: false });
  });
  it('finds Ireland, Australia and New Zealand from the browser language', () => {
    expect(resolveRegion('auto', ['en-IE']).region).toBe('IE');
    expect(resolveRegion('auto', ['ga-IE']).region).toBe('IE');
    expect(resolveRegion('auto', ['en-AU']).region).toBe('AU');
    expect(resolveRegion('auto', ['mi-NZ']).region).toBe('NZ');
    expect(resolveRegion('auto', ['es-US']).region).toBe('US');
  });
  it('never shows United States numbers as local to a Spanish browser that names no country, or only Latin America', () => {
    expect(resolveRegion('auto', ['es-419', 'es'])).toEqual({ region: 'OTHER', supported: false });
    expect(resolveRegion('auto', ['es'])).toEqual({ region: 'OTHER', supported: false });
    expect(resolveRegion('auto', ['es', 'en-US'])).toEqual({ region: 'US', supported: true });
    expect(resolveRegion('auto', [])).toEqual({ region: 'US', supported: true });
  });
  it('keeps a chosen "another country"', () => {
    expect(resolveRegion('OTHER', ['en-US'])).toEqual({ region: 'OTHER', supported: true });
  });
  it('stays quiet when the browser names no country', () => {
    expect(resolveRegion('auto', ['en'])).toEqual({ region: 'US', supported: true });
  });
});
