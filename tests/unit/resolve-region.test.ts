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
  it('flags a country without helplines yet, and shows the US lines meanwhile', () => {
    expect(resolveRegion('auto', ['de-DE'])).toEqual({ region: 'US', supported: false });
  });
  it('stays quiet when the browser names no country', () => {
    expect(resolveRegion('auto', ['en'])).toEqual({ region: 'US', supported: true });
  });
});
