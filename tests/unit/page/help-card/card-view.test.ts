import { fireEvent, getByRole, queryByRole, queryByText, getByText, getAllByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CardHandlers, dismissedNoticeView, helpCardView } from '@/page/help-card/card-view';
import { CONFIRMATION_MS } from '@/page/help-card/copy-control';
import { REGIONS, type RegionCode } from '@/help-content/regions';
import { cardEn } from '@/locales/card-en';
import { cardEs } from '@/locales/card-es';
import type { Locale } from '@/locales/locale';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';
import type { CopyFormat } from '@/shared/copy-formats';
import { helplineText } from '@/shared/helpline-text';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

const WORDS = { en: { locale: 'en', t: cardEn }, es: { locale: 'es', t: cardEs } } as const;

function handlers(overrides: Partial<CardHandlers> = {}): CardHandlers {
  return { onExpandedChange: vi.fn(), onClose: vi.fn(), onNotOnThisSite: vi.fn(), onSnooze: vi.fn(), onMoreHelp: vi.fn(), ...overrides };
}

/** The card in the page, folding and unfolding as mount-help-card.ts has it do. */
function card(region: RegionCode = 'US', locale: Locale = 'en', on: Partial<CardHandlers> = {}, format: () => CopyFormat = () => 'full') {
  const all = handlers(on);
  const view = helpCardView(WORDS[locale], cardLinesFor(region, helplinesIn(locale)), format, {
    ...all,
    onExpandedChange(next) {
      all.onExpandedChange(next);
      view.setExpanded(next);
    },
  });
  document.body.append(view.root);
  return { view, root: view.root, on: all };
}

describe('the help card', () => {
  it('folded: Steady’s name, the one thing that matters, the main line with Call and Copy, and the crisis line as buttons', () => {
    const { root } = card();
    expect(root.querySelector('.brand')?.textContent).toBe('Steady');
    expect(root.querySelector('.brand svg.steady-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(getByRole(root, 'heading', { name: 'Thinking about stopping a benzo?' })).toBeTruthy();
    expect(getByRole(document.body, 'region', { name: 'Thinking about stopping a benzo?' })).toBe(root);
    expect(getByText(root, 'Do not stop suddenly: it can cause seizures.')).toBeTruthy();
    expect(getByRole(root, 'link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    expect(getByRole(root, 'button', { name: 'Copy SAMHSA National Helpline details' })).toBeTruthy();
    for (const [name, href] of [
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]) {
      const link = getByRole(root, 'link', { name });
      expect(link.getAttribute('href')).toBe(href);
      // Real buttons, not links inside a sentence.
      expect(link.classList.contains('button'), name).toBe(true);
    }
    // The rest waits behind "More", out of the page.
    expect(getByRole(root, 'button', { name: 'More' }).getAttribute('aria-expanded')).toBe('false');
    expect(queryByRole(root, 'button', { name: 'Not on this site' })).toBeNull();
    expect(queryByRole(root, 'button', { name: /^More ways to copy/ })).toBeNull();
    expect(queryByText(root, /Talk to your prescriber/)).toBeNull();
  });

  it('"More" unfolds the rest and folds it away again, and every control calls its handler once', () => {
    const { root, on } = card();
    const more = getByRole(root, 'button', { name: 'More' });
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(getByText(root, 'Talk to your prescriber about a slow taper.')).toBeTruthy();
    expect(getByRole(root, 'button', { name: 'More ways to copy SAMHSA National Helpline details' })).toBeTruthy();
    fireEvent.click(getByRole(root, 'button', { name: 'Close Steady’s help card' }));
    fireEvent.click(getByRole(root, 'button', { name: 'Not on this site' }));
    fireEvent.click(getByRole(root, 'button', { name: 'Snooze for a day' }));
    fireEvent.click(getByRole(root, 'button', { name: 'More help' }));
    for (const handler of [on.onClose, on.onNotOnThisSite, on.onSnooze, on.onMoreHelp]) expect(handler).toHaveBeenCalledOnce();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(queryByRole(root, 'button', { name: 'Not on this site' })).toBeNull();
    expect(queryByRole(root, 'button', { name: /^More ways to copy/ })).toBeNull();
    // The same button, so the focus stays on it while the card folds and unfolds.
    expect(getByRole(root, 'button', { name: 'More' })).toBe(more);
  });

  it('tells a keyboard press (detail 0) from a click, so the confirmation can take the focus only then', () => {
    const { root, on } = card();
    const close = getByRole(root, 'button', { name: 'Close Steady’s help card' });
    fireEvent.click(close, { detail: 1 });
    fireEvent.click(close, { detail: 0 });
    expect(vi.mocked(on.onClose).mock.calls).toEqual([[false], [true]]);
  });

  it('points to the toolbar icon as the trusted place, and says so when a covered click changed nothing', () => {
    const { root, view } = card();
    view.setExpanded(true);
    expect(getByText(root, /toolbar icon is marked on this tab too/)).toBeTruthy();
    const status = () => getAllByRole(root, 'status').find((element) => element.classList.contains('card-note'))!;
    expect(status().textContent).toBe('');
    view.setRefused(true);
    expect(status().textContent).toMatch(/^Nothing was changed: this page was covering or hiding Steady’s card\./);
    view.setRefused(false);
    expect(status().textContent).toBe('');
  });

  it('in Spanish, the crisis line’s text button keeps AYUDA and stays short', () => {
    const { root } = card('US', 'es');
    expect(root.lang).toBe('es');
    expect(getByRole(root, 'link', { name: 'Enviar AYUDA al 988' }).getAttribute('href')).toBe('sms:988?body=AYUDA');
    expect(getByRole(root, 'link', { name: 'Llamar al 988' }).getAttribute('href')).toBe('tel:988');
    expect(getByRole(root, 'button', { name: 'Más' })).toBeTruthy();
  });

  it('for another country, the directory’s advice waits behind "More", so the emergency advice stays in view', () => {
    const { root, view } = card('OTHER');
    const { purpose } = cardLinesFor('OTHER', helplinesIn('en')).main;
    expect(purpose).toBeTruthy();
    expect(queryByText(root, purpose!)).toBeNull();
    const directory = getByRole(root, 'link', { name: /^Find a crisis line in your country/ });
    expect(directory.getAttribute('target')).toBe('_blank');
    expect(directory.getAttribute('rel')).toBe('noopener noreferrer');
    view.setExpanded(true);
    // Right under the line's name, before its buttons.
    expect(getByText(root, purpose!).nextElementSibling?.classList.contains('row')).toBe(true);
  });

  it('says when an official page is not in the reader’s language, inside the button', () => {
    const { root } = card('OTHER', 'es');
    const directory = root.querySelector('a.button[hreflang]')!;
    expect(directory.getAttribute('hreflang')).toBe('en');
    expect(directory.querySelector('span > span[lang="es"]')?.textContent).toBe(` ${cardEs.source.pageIn.en}`);
  });

  it.each(REGIONS)(
    'gives %s an emergency route and a crisis route on the folded card, and a Copy with something useful in it',
    (region) => {
      const { root } = card(region);
      const { main, crisis, emergency } = cardLinesFor(region, helplinesIn('en'));
      if (emergency.call) expect(root.querySelector(`a[href="tel:${emergency.call.dial}"]`)).not.toBeNull();
      else expect(root.textContent).toContain('Call your local emergency number');
      const crisisHref = crisis.call ? `tel:${crisis.call.dial}` : crisis.url;
      expect(root.querySelector(`a.button[href="${crisisHref}"]`), region).not.toBeNull();
      expect(Boolean(main.call || main.text || main.url), region).toBe(true);
    },
  );
});

describe('the card’s Copy button', () => {
  const clipboard = (writeText: (text: string) => Promise<void>) =>
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);

  it('copies in the chosen format, says so on the button and to screen readers, then goes back', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async (_: string) => undefined);
    clipboard(writeText);
    const { root } = card('US', 'en', {}, () => 'short');
    const button = getByRole(root, 'button', { name: 'Copy SAMHSA National Helpline details' });
    fireEvent.click(button);
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    expect(writeText).toHaveBeenCalledWith(helplineText(cardLinesFor('US', helplinesIn('en')).main, 'short', 'en', cardEn));
    await vi.waitFor(() => expect(getByRole(root, 'status', { name: '' }).textContent).toBe('Copied SAMHSA National Helpline details.'));
    const [idle, copied] = button.querySelectorAll('.label-swap > span');
    expect([(idle as HTMLElement).hidden, (copied as HTMLElement).hidden]).toEqual([true, false]);
    vi.advanceTimersByTime(CONFIRMATION_MS);
    expect([(idle as HTMLElement).hidden, (copied as HTMLElement).hidden]).toEqual([false, true]);
  });

  it('offers the other formats when unfolded, following a change of format', async () => {
    let format: CopyFormat = 'full';
    const writeText = vi.fn(async (_: string) => undefined);
    clipboard(writeText);
    const { root, view } = card('US', 'en', {}, () => format);
    view.setExpanded(true);
    const arrow = getByRole(root, 'button', { name: 'More ways to copy SAMHSA National Helpline details' });
    fireEvent.click(arrow);
    expect(arrow.getAttribute('aria-expanded')).toBe('true');
    const labels = () => [...root.querySelectorAll('.copy-choices button')].map((b) => b.textContent);
    expect(labels()).toEqual(['Copy short', 'Copy as a message']);
    format = 'short';
    view.refresh();
    expect(labels()).toEqual(['Copy full', 'Copy as a message']);
    fireEvent.click(getByRole(root, 'button', { name: 'Copy as a message: SAMHSA National Helpline details' }));
    await vi.waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(helplineText(cardLinesFor('US', helplinesIn('en')).main, 'message', 'en', cardEn)),
    );
    // Folding closes the list with the arrow.
    view.setExpanded(false);
    expect(root.querySelector('.copy-choices')).toBeNull();
  });

  it('refused: says so and shows the text selected in a box, never a text box in the page', async () => {
    clipboard(() => Promise.reject(new Error('denied')));
    const { root } = card();
    fireEvent.click(getByRole(root, 'button', { name: 'Copy SAMHSA National Helpline details' }));
    const box = await vi.waitFor(() => getByRole(root, 'textbox') as HTMLTextAreaElement);
    expect(box.value).toBe(helplineText(cardLinesFor('US', helplinesIn('en')).main, 'full', 'en', cardEn));
    expect(box.readOnly).toBe(true);
    expect(document.activeElement).toBe(box);
    expect(root.querySelector('.copy-status')?.className).toBe('copy-status');
    expect(root.querySelector('.copy-status')?.textContent).toMatch(/^Your browser blocked copying\./);
    // Nothing was put in the page outside the card.
    expect([...document.body.children]).toEqual([root]);
  });
});

describe('the confirmation after the card is sent away', () => {
  it('says what happened, where to change it, and offers Undo', () => {
    const onUndo = vi.fn();
    const notice = dismissedNoticeView(WORDS.en, 'Card closed on this page.', onUndo);
    document.body.append(notice);
    expect(notice.querySelector('.brand')?.textContent).toBe('Steady');
    expect(getByRole(document.body, 'region', { name: 'Card closed on this page.' })).toBe(notice);
    expect(notice.textContent).toContain('Steady’s settings (its toolbar icon, then Settings)');
    fireEvent.click(getByRole(notice, 'button', { name: 'Undo' }), { detail: 0 });
    expect(onUndo).toHaveBeenCalledWith(true);
  });

  it('in Spanish', () => {
    const notice = dismissedNoticeView(WORDS.es, cardEs.card.snoozed, vi.fn());
    expect(notice.lang).toBe('es');
    expect(getByText(notice, /usa los ajustes de Steady/)).toBeTruthy();
    expect(getByRole(notice, 'button', { name: 'Deshacer' })).toBeTruthy();
  });
});
