import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { es } from '@/locales/es';
import { helplinesIn } from '@/shared/localized-helplines';
import { copyMenuItems, menuLabel } from '@/background/quick-copy';
import { crisisLineForRegion, emergencyLineForRegion, quickCopyLines } from '@/help-content/helplines';
import { REGIONS } from '@/help-content/regions';
import { formatHelplines } from '@/shared/format-helpline';
import type { CopyFormat } from '@/shared/copy-formats';

describe('the right-click "Copy helpline info" menu', () => {
  it('names its items in Spanish for Spanish readers, Spanish-speaking lines first', () => {
    const items = copyMenuItems('US', helplinesIn('es'), es.background);
    expect(items.map((item) => item.title ?? '—')).toEqual([
      'Copiar datos de ayuda',
      'Emergencias (911)',
      '988 Suicide & Crisis Lifeline',
      'SAMHSA National Helpline',
      'Crisis Text Line',
      'Veterans Crisis Line',
      'Poison Help',
      'NAMI HelpLine',
      '—',
      'Copiar todas las líneas de ayuda',
    ]);
  });

  it('offers a country’s emergency number first, then its own lines', () => {
    const ids = copyMenuItems('NZ', helplinesIn('en'), en.background).map((item) => item.id);
    expect(ids).toEqual([
      'steady-copy',
      'steady-copy:line:nz-111',
      'steady-copy:line:nz-1737',
      'steady-copy:line:nz-alcohol-drug-helpline',
      'steady-copy:line:nz-healthline',
      'steady-copy:line:nz-poisons',
      'steady-copy:separator',
      'steady-copy:all',
    ]);
  });

  it('offers the emergency advice and the crisis-line directories where Steady knows no crisis line', () => {
    const titles = (region: 'OTHER' | 'MX' | 'ES') =>
      copyMenuItems(region, helplinesIn('es'), es.background).map((item) => item.title ?? '—');
    expect(titles('OTHER')).toEqual([
      'Copiar datos de ayuda',
      'El número de emergencias de tu país',
      'Find A Helpline',
      'Befrienders Worldwide',
      '—',
      'Copiar todas las líneas de ayuda',
    ]);
    expect(titles('MX')).toEqual([
      'Copiar datos de ayuda',
      'Emergencias (911)',
      'Find A Helpline',
      'Befrienders Worldwide',
      '—',
      'Copiar todas las líneas de ayuda',
    ]);
    expect(titles('ES')).toEqual([
      'Copiar datos de ayuda',
      'Emergencias (112)',
      'Find A Helpline',
      'Befrienders Worldwide',
      '—',
      'Copiar todas las líneas de ayuda',
    ]);
  });
});

describe('menu labels', () => {
  it('doubles "&", which the browsers take as an access key, so that one "&" shows', () => {
    expect(menuLabel('988 Suicide & Crisis Lifeline')).toBe('988 Suicide && Crisis Lifeline');
    expect(menuLabel('A & B & C')).toBe('A && B && C');
    expect(menuLabel('SAMHSA National Helpline')).toBe('SAMHSA National Helpline');
  });
});

describe('the copy shortcut', () => {
  it("copies the United States' emergency number, 988 and SAMHSA, once each", () => {
    expect(quickCopyLines('US', helplinesIn('en')).map((line) => line.id)).toEqual(['us-911', 'us-988', 'us-samhsa']);
    // Canada's main line is its crisis line: it is copied once.
    expect(quickCopyLines('CA', helplinesIn('en')).map((line) => line.id)).toEqual(['ca-911', 'ca-988']);
  });

  const FORMATS: CopyFormat[] = ['short', 'full', 'message'];
  const LOCAL_EMERGENCY = { en: /call your local emergency number/, es: /número de emergencias de tu país/ };
  for (const locale of ['en', 'es'] as const) {
    it.each(REGIONS)(`gives %s an emergency route and a crisis route in every format (${locale})`, (region) => {
      const lines = helplinesIn(locale);
      const chosen = quickCopyLines(region, lines);
      const emergency = emergencyLineForRegion(region, lines);
      const crisis = crisisLineForRegion(region, lines);
      expect(chosen[0]).toBe(emergency);
      expect(chosen).toContain(crisis);
      for (const format of FORMATS) {
        const text = formatHelplines(chosen, format, region, locale);
        // The emergency number where Steady knows it, else the advice to call the local one; and the crisis line's number or address.
        if (emergency.call) expect(text, format).toContain(emergency.call.display);
        else expect(text, format).toMatch(LOCAL_EMERGENCY[locale]);
        expect(text, format).toContain(crisis.call ? crisis.call.display : crisis.url!);
      }
    });
  }
});
