import { describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { es } from '../../locales/es';
import { helplinesIn } from '../../utils/content/localized-helplines';
import { copyMenuItems } from '../../utils/quick-copy';

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
    const titles = (region: 'OTHER' | 'MX' | 'ES') => copyMenuItems(region, helplinesIn('es'), es.background).map((item) => item.title ?? '—');
    expect(titles('OTHER')).toEqual(['Copiar datos de ayuda', 'El número de emergencias de tu país', 'Find A Helpline', 'Befrienders Worldwide', '—', 'Copiar todas las líneas de ayuda']);
    expect(titles('MX')).toEqual(['Copiar datos de ayuda', 'Emergencias (911)', 'Find A Helpline', 'Befrienders Worldwide', '—', 'Copiar todas las líneas de ayuda']);
    expect(titles('ES')).toEqual(['Copiar datos de ayuda', 'Emergencias (112)', 'Find A Helpline', 'Befrienders Worldwide', '—', 'Copiar todas las líneas de ayuda']);
  });
});
