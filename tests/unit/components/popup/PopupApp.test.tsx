import { cleanup, fireEvent, render, screen, waitFor, within } from '@/tests/support/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { helpContent } from '@/shared/localized-content';
import { PopupApp } from '@/components/popup/PopupApp';
import { formatHelpline } from '@/shared/format-helpline';
import { HELPLINES } from '@/help-content/helplines';
import { ENGLISH_ONLY_COUNT, englishLeftIn } from '@/tests/support/english-left';

// The popup root passes the reader's language's helplines; here they come from the same content every page uses.
const EN_LINES = helpContent('en').helplines;
const ES_LINES = helpContent('es').helplines;

afterEach(cleanup);

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('PopupApp', () => {
  it('puts the emergency number and red flags before everything else', async () => {
    const { container } = render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    const headings = [...container.querySelectorAll('h1, h2')].map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Steady', 'Emergency? Call 911']);
    const emergency = screen.getByRole('region', { name: 'Emergency? Call 911' });
    expect(within(emergency).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    // The signs sit behind "When to call 911" (issue 15), one click away, never removed.
    expect(within(emergency).queryAllByRole('listitem')).toEqual([]);
    fireEvent.click(within(emergency).getByRole('button', { name: 'When to call 911' }));
    // The signs load just after the first paint, while they are still hidden.
    await waitFor(() =>
      expect(
        within(emergency)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toContain('has a seizure (a fit)'),
    );
    expect(within(emergency).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(within(emergency).getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    const first = container.querySelector('main > *');
    expect(first).toBe(emergency);
  });

  it('opens today’s diary check-in on a click, focused, and closes it again; no button where it cannot be saved', async () => {
    const { unmount } = render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    expect(screen.queryByRole('button', { name: 'Today’s check-in' })).toBeNull();
    unmount();
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" diary={{}} />);
    const button = screen.getByRole('button', { name: 'Today’s check-in' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const form = await screen.findByRole('form', { name: /^Check-in for today, / });
    expect(button.getAttribute('aria-controls')).toBe('popup-check-in');
    expect(form.closest('#popup-check-in')).not.toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('My taper diary'));
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('lists each helpline with call and text links', () => {
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    const samhsa = screen.getByRole('article', { name: 'SAMHSA National Helpline' });
    expect(within(samhsa).getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    expect(within(samhsa).getByRole('link', { name: '1-800-487-4889' }).getAttribute('href')).toBe('tel:+18004874889');
    const ctl = screen.getByRole('article', { name: 'Crisis Text Line' });
    expect(within(ctl).getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).toBe('sms:741741?body=HOME');
    expect(within(ctl).getByText(/Check the official site/)).toBeTruthy();
    // The emergency line has its own panel, not a card.
    expect(screen.queryByRole('article', { name: /Emergency services/ })).toBeNull();
  });

  it.each([
    ['Stay safe', 'safetyFacts'],
    ['Cope', 'copingTips'],
    ['Help someone', 'helpSomeoneTips'],
  ] as const)('lists the sources of every item in %s once, in one disclosure, each naming the items it backs', async (tab, key) => {
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: tab }));
    const panel = screen.getByRole('tabpanel', { name: tab });
    // The other topics load just after the first paint.
    await waitFor(() => expect(panel.querySelectorAll('details.section-sources')).toHaveLength(1));
    const disclosures = panel.querySelectorAll('details.section-sources');
    const lines = [...disclosures[0]!.querySelectorAll('li.source-note')];
    const items = helpContent('en')[key];
    expect(items.length).toBeGreaterThanOrEqual(6);
    // One date for the whole list when every source was checked the same day; otherwise one per line.
    const sharedDate = disclosures[0]!.querySelector(':scope > p.source-note time');
    for (const item of items) {
      for (const source of item.sources) {
        // A document is listed once, linked to the first of its pages that the section cites.
        const line = lines.find((li) => li.textContent?.includes(`${source.publisher}, ${source.title}.`));
        expect(line?.querySelector('a[href^="https://"]'), `${item.title}: ${source.title}`).not.toBeNull();
        expect(line?.textContent, `${item.title}: ${source.title}`).toContain(item.title);
        expect((line?.querySelector('time') ?? sharedDate)?.getAttribute('datetime')).toBe(item.reviewed);
      }
      // An item read only in a copy of its source keeps its note and the hint in sight, outside the disclosure.
      const card = within(panel).getByRole('heading', { name: item.title }).closest('li')!;
      expect(card.querySelector('.source-note .check-official') !== null).toBe(item.confidence === 'check-official');
    }
    expect(new Set(lines.map((li) => li.querySelector('a')?.textContent)).size).toBe(lines.length);
  });

  it('moves between sections with the arrow keys, Home and End', () => {
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Helplines', 'Stay safe', 'Cope', 'Help someone']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Stay safe' })).toBeTruthy();
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[3]);
    fireEvent.keyDown(tabs[3]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs[3]);
    expect(screen.getByRole('tabpanel', { name: 'Help someone' })).toBeTruthy();
    expect(screen.queryByRole('tabpanel', { name: 'Helplines' })).toBeNull();
  });

  it('copies a helpline and announces it', async () => {
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    const card = screen.getByRole('article', { name: '988 Suicide & Crisis Lifeline' });
    fireEvent.click(within(card).getByRole('button', { name: 'Copy 988 Suicide & Crisis Lifeline details' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('Copied 988 Suicide & Crisis Lifeline details.'));
    const line = HELPLINES.find((l) => l.id === 'us-988')!;
    expect(writeText).toHaveBeenCalledWith(formatHelpline(line, 'full', 'en'));
  });

  it('shows the details selected for copying by hand when the browser refuses', async () => {
    stubClipboard(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    render(<PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />);
    const card = screen.getByRole('article', { name: 'Poison Help' });
    fireEvent.click(within(card).getByRole('button', { name: 'Copy Poison Help details' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toMatch(/blocked copying/));
    const box = within(card).getByRole('textbox', { name: 'Poison Help details' }) as HTMLTextAreaElement;
    expect(box.value).toBe(formatHelpline(HELPLINES.find((l) => l.id === 'us-poison-help')!, 'full', 'en'));
    await waitFor(() => expect(document.activeElement).toBe(box));
  });
});

describe('PopupApp in Spanish', () => {
  it('speaks Spanish throughout, with the emergency number first and 988’s Spanish options', async () => {
    const { container } = render(
      <LocaleRoot locale="es">
        <PopupApp helplines={ES_LINES} region="US" regionSure copyFormat="full" />
      </LocaleRoot>,
    );
    const emergency = screen.getByRole('region', { name: '¿Emergencia? Llama al 911' });
    expect(container.querySelector('main > *')).toBe(emergency);
    expect(within(emergency).getByRole('link', { name: 'Llamar al 911' }).getAttribute('href')).toBe('tel:911');
    fireEvent.click(within(emergency).getByRole('button', { name: '¿Cuándo llamar?' }));
    await waitFor(() =>
      expect(
        within(emergency)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toContain('tiene una convulsión'),
    );
    expect(within(emergency).getByRole('link', { name: 'Mensaje al 988 (escribe AYUDA)' }).getAttribute('href')).toBe('sms:988?body=AYUDA');
    const lifeline = screen.getByRole('article', { name: '988 Suicide & Crisis Lifeline' });
    expect(within(lifeline).getByText(/^Marca 2 para hablar en español/)).toBeTruthy();
    expect(ENGLISH_ONLY_COUNT).toBeGreaterThan(200);
    expect(englishLeftIn(container.textContent ?? '')).toEqual([]);
  });

  it('the English check finds English when it is there', async () => {
    const { container } = render(
      <LocaleRoot locale="en">
        <PopupApp helplines={EN_LINES} region="US" regionSure copyFormat="full" />
      </LocaleRoot>,
    );
    await waitFor(() => expect(container.querySelector('.red-flags')).not.toBeNull());
    expect(englishLeftIn(container.textContent ?? '').length).toBeGreaterThan(5);
  });

  it('shows “another country” the local-emergency-number advice and a crisis route, with no foreign numbers', () => {
    const { container } = render(
      <LocaleRoot locale="es">
        <PopupApp helplines={ES_LINES} region="OTHER" regionSure={false} copyFormat="full" onRegionChange={() => undefined} />
      </LocaleRoot>,
    );
    const emergency = screen.getByRole('region', { name: '¿Emergencia? Llama al número de emergencias de tu país' });
    expect(container.querySelector('a[href^="tel:"], a[href^="sms:"]')).toBeNull();
    expect(
      within(emergency)
        .getByRole('link', { name: /Busca una línea de crisis de tu país/ })
        .getAttribute('href'),
    ).toBe('https://www.findahelpline.com');
    expect(screen.getByRole('article', { name: 'Befrienders Worldwide' })).toBeTruthy();
    expect(screen.getByText(/112/)).toBeTruthy();
    // Unsure of the country: the picker leads the helplines, with a note saying why.
    const helplines = container.querySelector('.region-unsure');
    expect(helplines?.textContent).toMatch(/Steady no está seguro de en qué país estás/);
    expect(within(helplines as HTMLElement).getByLabelText('País')).toBeTruthy();
    expect(container.querySelectorAll('select')).toHaveLength(1);
  });

  it('puts the country picker after the helplines when sure of the country', () => {
    const { container } = render(
      <PopupApp helplines={EN_LINES} region="GB" regionSure copyFormat="full" onRegionChange={() => undefined} />,
    );
    expect(container.querySelector('.region-unsure')).toBeNull();
    expect(container.querySelector('main > .region-picker')).toBeNull();
    expect(container.querySelector('[role="tabpanel"] > .helpline ~ .region-picker')).not.toBeNull();
  });
});
