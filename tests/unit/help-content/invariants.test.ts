import { describe, expect, it } from 'vitest';
import { HELPLINES, crisisLineForRegion, emergencyLineForRegion, helplinesForRegion } from '@/help-content/helplines';
import { CONTENT_REVIEWED } from '@/help-content/sources';
import type { HelplineRegion } from '@/help-content/types';
import { callHref, isDialable, textHref } from '@/shared/phone-links';
import { ALL_SOURCED_ITEMS } from '@/tests/support/all-content';

import { REGIONS } from '@/help-content/regions';
import { SOURCES } from '@/help-content/sources';

const COUNTRIES = REGIONS.filter((region) => region !== 'OTHER');

/** What a well-formed number looks like in each country: emergency and short codes, then full numbers. */
const CALL_PATTERNS: Record<HelplineRegion, RegExp> = {
  US: /^(?:911|988|\+1[2-9]\d{9})$/,
  CA: /^(?:911|988|\+1[2-9]\d{9})$/,
  GB: /^(?:999|111|116123|0[1-9]\d{9})$/,
  // Ireland: 112/999, the 116 123 harmonised number, 1800 freephone.
  IE: /^(?:112|999|116123|1800\d{6})$/,
  // Australia: 000, 13 xx xx, 1300/1800 numbers.
  AU: /^(?:000|13\d{4}|1[38]00\d{6})$/,
  // New Zealand: 111, four-digit 1737, 0800 freephone.
  NZ: /^(?:111|1737|0800\d{6})$/,
  MX: /^911$/,
  ES: /^112$/,
  // "Another country" and the international directories list no number at all.
  OTHER: /^$/,
  INTL: /^$/,
};
const TEXT_PATTERNS: Record<HelplineRegion, RegExp> = {
  US: /^(?:988|\d{5,6})$/,
  CA: /^(?:988|\d{6})$/,
  GB: /^\d{5}$/,
  IE: /^\d{5}$/,
  // Lifeline's text number is a mobile number: 04xx xxx xxx.
  AU: /^04\d{8}$/,
  NZ: /^\d{4}$/,
  MX: /^$/,
  ES: /^$/,
  OTHER: /^$/,
  INTL: /^$/,
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

describe('every sourced item', () => {
  it.each(ALL_SOURCED_ITEMS)(
    '$label has an https source (or says none is linked), a publisher, a title and a real review date',
    ({ item }) => {
      for (const source of item.sources) {
        if (source.url !== undefined) expect(isHttpsUrl(source.url), source.url).toBe(true);
        expect(source.publisher.trim()).not.toBe('');
        expect(source.title.trim()).not.toBe('');
      }
      expect(item.reviewed).toMatch(ISO_DATE);
      const reviewed = new Date(`${item.reviewed}T00:00:00Z`);
      expect(Number.isNaN(reviewed.getTime())).toBe(false);
      expect(reviewed.toISOString().slice(0, 10)).toBe(item.reviewed);
      expect(['verified', 'check-official']).toContain(item.confidence);
    },
  );

  it('were all reviewed on or before the release review date', () => {
    for (const { label, item } of ALL_SOURCED_ITEMS) expect(item.reviewed <= CONTENT_REVIEWED, label).toBe(true);
  });
});

describe('helplines', () => {
  it('have unique ids', () => {
    const ids = HELPLINES.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(HELPLINES.filter((line) => line.region !== 'OTHER'))(
    '$id can be reached by call, text or chat (a directory by its site), each well-formed',
    (line) => {
      expect(line.kind === 'directory' ? line.url : (line.call ?? line.text ?? line.chatUrl)).toBeDefined();
      for (const phone of [line.call, line.tty]) {
        if (!phone) continue;
        expect(isDialable(phone.dial), phone.dial).toBe(true);
        expect(phone.dial, `${line.id} in ${line.region}`).toMatch(CALL_PATTERNS[line.region]);
        expect(callHref(phone)).toBe(`tel:${phone.dial}`);
        // The digits a person reads must be exactly the digits a phone dials.
        expect(phone.display).toMatch(/^\d[\d -]*\d$/);
        expect(phone.display.replace(/\D/g, ''), phone.display).toBe(phone.dial.replace(/^\+/, ''));
      }
      if (line.text) {
        expect(line.text.number, line.id).toMatch(TEXT_PATTERNS[line.region]);
        expect(textHref(line.text)).toMatch(/^sms:\d{3,10}(\?body=[\w%]+)?$/);
        // A text number's display form, like a phone number's, holds exactly the digits a phone texts.
        if (line.text.display !== undefined) {
          expect(line.text.display).toMatch(/^\d[\d -]*\d$/);
          expect(line.text.display.replace(/\D/g, ''), line.text.display).toBe(line.text.number);
        }
      }
      for (const url of [line.url, line.chatUrl]) if (url) expect(isHttpsUrl(url), url).toBe(true);
      // Hours and cost are absent, never blank or a placeholder, where no official source gives them.
      for (const value of [line.hours, line.cost]) if (value !== undefined) expect(value.trim()).not.toBe('');
    },
  );

  it.each(COUNTRIES)('region %s has exactly one emergency line, listed first, and at least two helplines', (region) => {
    const lines = helplinesForRegion(region);
    expect(lines.filter((line) => line.kind === 'emergency')).toHaveLength(1);
    expect(lines[0]?.kind).toBe('emergency');
    expect(emergencyLineForRegion(region).call?.dial).toBeTruthy();
    expect(lines.filter((line) => line.kind !== 'emergency').length).toBeGreaterThanOrEqual(2);
  });

  it('give "another country" the local-emergency-number advice, 112 for the EU, the directories, and no number Steady cannot vouch for', () => {
    const lines = helplinesForRegion('OTHER');
    expect(lines.map((line) => line.id)).toEqual(['other-emergency', 'intl-find-a-helpline', 'intl-befrienders']);
    expect(lines.some((line) => line.call || line.text)).toBe(false);
    expect(lines[0]?.purpose).toMatch(/call your local emergency number/);
    expect(lines[0]?.purpose).toMatch(/112/);
    expect(lines.slice(1).map((line) => line.url)).toEqual(['https://www.findahelpline.com', 'https://www.befrienders.org']);
  });

  it.each(REGIONS)('region %s has an emergency route and a crisis route', (region) => {
    const crisis = crisisLineForRegion(region);
    expect(crisis.call ?? crisis.url).toBeDefined();
    expect(['crisis', 'directory']).toContain(crisis.kind);
    expect(helplinesForRegion(region)).toContain(crisis);
    expect(emergencyLineForRegion(region).kind).toBe('emergency');
  });

  it('send Mexico and Spain to their emergency numbers and the directory, until a crisis line of theirs has an official page', () => {
    expect(emergencyLineForRegion('MX').call?.dial).toBe('911');
    expect(emergencyLineForRegion('ES').call?.dial).toBe('112');
    expect(crisisLineForRegion('MX').id).toBe('intl-find-a-helpline');
    expect(crisisLineForRegion('ES').id).toBe('intl-find-a-helpline');
    expect(crisisLineForRegion('US').id).toBe('us-988');
  });

  it('link no source whose official address is unchecked, and only those', () => {
    const unlinked = Object.entries(SOURCES as Record<string, { url?: string }>)
      .filter(([, source]) => source.url === undefined)
      .map(([key]) => key);
    // Since the 2026-11-30 evidence pass every service has an official page on record; a new unlinked one must be named here.
    expect(unlinked.sort()).toEqual([]);
  });

  it('show Canada’s adult and youth crisis lines together, and say which UK lines are not UK-wide', () => {
    const ids = helplinesForRegion('CA').map((line) => line.id);
    expect(ids).toEqual(expect.arrayContaining(['ca-988', 'ca-kids-help-phone']));
    expect(HELPLINES.find((line) => line.id === 'gb-nhs-111')?.area).toMatch(/not in Northern Ireland/);
    expect(HELPLINES.find((line) => line.id === 'gb-ni-lifeline')?.area).toMatch(/Northern Ireland only/);
    expect(HELPLINES.find((line) => line.id === 'gb-frank')?.cost).toMatch(/^Not free/);
  });

  it('cover the United States lines Steady promises', () => {
    const us = helplinesForRegion('US');
    const byId = (id: string) => us.find((line) => line.id === id);
    expect(byId('us-911')?.call?.dial).toBe('911');
    expect(byId('us-988')?.call?.dial).toBe('988');
    expect(byId('us-988')?.text?.number).toBe('988');
    expect(byId('us-samhsa')?.call?.dial).toBe('+18006624357');
    expect(byId('us-samhsa')?.tty?.dial).toBe('+18004874889');
    expect(byId('us-crisis-text-line')?.text).toEqual({ number: '741741', keyword: 'HOME' });
    expect(byId('us-poison-help')?.call?.dial).toBe('+18002221222');
  });

  it('say SAMHSA gives referrals, not counseling', () => {
    const samhsa = HELPLINES.find((line) => line.id === 'us-samhsa');
    expect(samhsa?.kind).toBe('referral');
    expect(samhsa?.purpose).toMatch(/does not give counseling/);
  });

  it('never offer the retired 988 "press 3" option', () => {
    for (const line of HELPLINES) expect(`${line.callNote ?? ''} ${line.purpose}`).not.toMatch(/press 3/i);
  });
});
