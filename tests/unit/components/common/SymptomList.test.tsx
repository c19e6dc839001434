import { cleanup, render, screen } from '@/tests/support/render';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { SymptomList } from '@/components/common/SymptomList';
import { helpContent } from '@/shared/localized-content';

afterEach(cleanup);

describe('SymptomList', () => {
  it.each(['en', 'es'] as const)(
    'lists thoughts of suicide with a crisis route beside it, and leaves its sources to the section around it (%s)',
    (locale) => {
      const { commonSymptoms } = helpContent(locale);
      const { container } = render(
        <LocaleRoot locale={locale}>
          <SymptomList groups={commonSymptoms} />
        </LocaleRoot>,
      );
      const crisis = container.querySelector('.symptoms-crisis');
      expect(crisis?.textContent).toMatch(locale === 'en' ? /crisis line at any time/ : /línea de crisis a cualquier hora/);
      expect(container.querySelectorAll('.source-note')).toHaveLength(0);
      expect(screen.getAllByRole('listitem')).toHaveLength(commonSymptoms.length);
    },
  );
});
