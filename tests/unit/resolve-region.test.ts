import { describe, expect, it } from 'vitest';
import { countryFromLanguages, resolveRegion } from '../../utils/resolve-region';

describe('countryFromLanguages', () => {
  it.each([
    [['en-US'], 'US'],
    [['es-US', 'es'], 'US'],
    [['en', 'en-GB'], 'GB'],
    [['zh-Hant-TW'], 'TW'],
    [['en'], undefined],
    [[], undefined],
    [['not a tag'], undefined],
  ])('%j → %s', (languages, country) => {
    expect(countryFromLanguages(languages)).toBe(country);
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
  it('keeps a chosen "another country"', () => {
    expect(resolveRegion('OTHER', ['en-US'])).toEqual({ region: 'OTHER', supported: true });
  });
  it('stays quiet when the browser names no country', () => {
    expect(resolveRegion('auto', ['en'])).toEqual({ region: 'US', supported: true });
  });
});
