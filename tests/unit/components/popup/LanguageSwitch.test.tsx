import { fireEvent, render, screen } from '@/tests/support/render';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '@/components/popup/LanguageSwitch';
import { LocaleRoot } from '@/components/common/LocaleRoot';

describe('the popup header’s language switch', () => {
  it.each([
    ['en', 'Español', 'es', 'Ver Steady en español'],
    ['es', 'English', 'en', 'Show Steady in English'],
  ] as const)('on a %s screen offers %s, marked in that language, and saves it', (locale, name, other, hint) => {
    const onChange = vi.fn();
    render(
      <LocaleRoot locale={locale}>
        <LanguageSwitch onChange={onChange} />
      </LocaleRoot>,
    );
    const button = screen.getByRole('button', { name });
    expect(button.getAttribute('lang')).toBe(other);
    expect(button.getAttribute('title')).toBe(hint);
    fireEvent.click(button);
    expect(onChange).toHaveBeenCalledWith(other);
  });
});
