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

  it('offers a country’s own lines, never its emergency number as a "helpline"', () => {
    const ids = copyMenuItems('NZ', helplinesIn('en'), en.background).map((item) => item.id);
    expect(ids).toEqual(['steady-copy', 'steady-copy:line:nz-1737', 'steady-copy:line:nz-alcohol-drug-helpline', 'steady-copy:separator', 'steady-copy:all']);
  });

  it('offers the emergency advice where Steady lists no helplines ("another country")', () => {
    const items = copyMenuItems('OTHER', helplinesIn('es'), es.background);
    expect(items.map((item) => item.title ?? '—')).toEqual(['Copiar datos de ayuda', 'El número de emergencias de tu país', '—', 'Copiar todas las líneas de ayuda']);
  });
});
