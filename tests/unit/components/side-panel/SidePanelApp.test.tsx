import { cleanup, fireEvent, render, screen, waitFor, within } from '@/tests/support/render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/SidePanelApp';
import { RESOURCES } from '@/help-content/resources';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** The names of the resource cards shown, in order. */
function shownNames(): string[] {
  return screen.getAllByRole('article').map((a) => a.querySelector('h4 a')?.textContent ?? '');
}

function regionOf(name: string) {
  return RESOURCES.find((r) => r.name === name)?.region;
}

describe('SidePanelApp', () => {
  it('keeps urgent help outside the tabs, so every section shows it', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    for (const tab of ['Guides', 'Find support', 'Helplines', 'Prescriber visit']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      const bar = screen.getByRole('complementary', { name: 'Urgent help' });
      expect(within(bar).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
      expect(within(bar).getByRole('link', { name: 'text 988' }).getAttribute('href')).toBe('sms:988');
    }
  });

  it('filters resources as you type and announces the count', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'forum' } });
    expect(screen.getByText('Showing 1 resource.')).toBeTruthy();
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h4')?.textContent)).toEqual(['BenzoBuddies']);
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: '' } });
    // With all kinds listed, a resource that fits several kinds still shows only once.
    const names = screen.getAllByRole('article').map((a) => a.querySelector('h4')?.textContent);
    expect(new Set(names).size).toBe(names.length);
  });

  it('shows the chosen country’s resources and online ones, the country’s first in each group', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    expect((screen.getByLabelText('Where') as HTMLSelectElement).value).toBe('US');
    for (const group of screen.getAllByRole('region').filter((section) => section.classList.contains('resource-group'))) {
      const regions = within(group)
        .getAllByRole('article')
        .map((a) => regionOf(a.querySelector('h4 a')?.textContent ?? ''));
      const firstOnline = regions.indexOf('online');
      if (firstOnline !== -1) expect(regions.slice(firstOnline)).not.toContain('US');
      expect(regions.every((region) => region === 'US' || region === 'online')).toBe(true);
    }
  });

  it('gives a reader in the United Kingdom its own services first, then online ones', () => {
    render(<SidePanelApp region="GB" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    expect((screen.getByLabelText('Where') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('United Kingdom and online');
    const findTreatment = screen.getByRole('region', { name: 'Find treatment' });
    expect(
      within(findTreatment)
        .getAllByRole('article')
        .map((a) => a.querySelector('h4 a')?.textContent),
    ).toEqual(['FRANK: find support near you', 'NHS 111 Wales: alcohol and drug services']);
    const benzo = screen.getByRole('region', { name: 'Online and benzo support' });
    expect(within(benzo).getAllByRole('article')[0]?.querySelector('h4 a')?.textContent).toBe('PostScript 360');
    expect(shownNames()).not.toContain('FindTreatment.gov');
    expect(shownNames()).not.toContain('Reconnexion');
  });

  it('says where it is not confirmed who runs a service', () => {
    render(<SidePanelApp region="AU" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    const card = screen.getByRole('article', { name: 'Family Drug Support' });
    expect(within(card).getByText('Operator not confirmed')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'National Alcohol and Other Drug Hotline' })).getByText('Government')).toBeTruthy();
  });

  it('follows a change of country without a reload, unless the reader chose "Everywhere" or "Online"', () => {
    const { rerender } = render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    const where = () => screen.getByLabelText('Where') as HTMLSelectElement;
    expect(shownNames()).toContain('FindTreatment.gov');

    rerender(<SidePanelApp region="OTHER" copyFormat="full" />);
    // "Another country" has no resources of its own: it sees the online ones, and no country option.
    expect(where().value).toBe('online');
    expect([...where().options].map((option) => option.value)).toEqual(['all', 'online']);
    expect(shownNames().every((name) => regionOf(name) === 'online')).toBe(true);

    rerender(<SidePanelApp region="US" copyFormat="full" />);
    expect(where().value).toBe('US');
    expect(shownNames()).toContain('FindTreatment.gov');

    fireEvent.change(where(), { target: { value: 'online' } });
    expect(shownNames()).not.toContain('FindTreatment.gov');
    rerender(<SidePanelApp region="CA" copyFormat="full" />);
    expect(where().value).toBe('online');

    fireEvent.change(where(), { target: { value: 'all' } });
    expect(shownNames()).toContain('FindTreatment.gov');
    expect(where().value).toBe('all');
  });

  it('finds benzo resources by a drug’s name or brand', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    for (const word of ['klonopin', 'clonazepam', 'benzo']) {
      fireEvent.input(screen.getByLabelText('Search'), { target: { value: word } });
      expect(shownNames(), word).toContain('The Ashton Manual');
      expect(shownNames(), word).not.toContain('Al-Anon Family Groups');
    }
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'smart' } });
    expect(shownNames()).toEqual(['SMART Recovery']);
  });

  it('advises only choices that are not already made when nothing matches', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Find support' }));
    const advice = () =>
      screen
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '')
        .filter((text) => text.startsWith('Try') || text.startsWith('Choose'));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'zzzz' } });
    expect(screen.getByText('Nothing matches.')).toBeTruthy();
    expect(advice()).toEqual([
      'Try fewer words, or other ones, such as “benzo” or “family”.',
      'Choose “Everywhere” to see other countries too.',
    ]);
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Kind of help'), { target: { value: 'family' } });
    expect(advice()).toEqual([
      'Try fewer words, or other ones, such as “benzo” or “family”.',
      'Choose “All kinds” to see every kind of help.',
    ]);
    fireEvent.change(screen.getByLabelText('Kind of help'), { target: { value: 'all' } });
    expect(advice()).toEqual(['Try fewer words, or other ones, such as “benzo” or “family”.']);
    expect(document.body.textContent).not.toContain('All kinds”');
  });

  it('shows guides as prose under headings, keeping a box only for the urgent call-out', () => {
    render(<SidePanelApp region="US" copyFormat="full" />);
    const guide = document.getElementById('guide-coming-off-safely')!;
    expect(guide.querySelectorAll('.guide-block').length).toBeGreaterThanOrEqual(6);
    expect(guide.querySelectorAll('.card')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Get help now' }).closest('.card')).toBeTruthy();
  });

  it('keeps the reader’s own questions and notes on this device, and prints them as text', async () => {
    await fakeBrowser.storage.local.set({ prescriberNotes: 'Stored question?' });
    render(<SidePanelApp region="US" copyFormat="full" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Prescriber visit' }));
    const notes = screen.getByRole('textbox', { name: 'Your own questions and notes' }) as HTMLTextAreaElement;
    await waitFor(() => expect(notes.value).toBe('Stored question?'));
    expect(notes.maxLength).toBe(2000);
    expect(notes.getAttribute('aria-describedby')).toBe('checklist-notes-hint');
    fireEvent.input(notes, { target: { value: 'Why do I wake at 3 a.m.?' } });
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('prescriberNotes')).toEqual({ prescriberNotes: 'Why do I wake at 3 a.m.?' }),
    );
    expect(document.querySelector('.print-only .own-notes-text')?.textContent).toBe('Why do I wake at 3 a.m.?');
    // Print comes before Copy, so the Copy button's changing label and confirmation never move it.
    const buttons = within(document.querySelector('.checklist-actions') as HTMLElement).getAllByRole('button');
    // The label a sighted reader sees: the Copy button keeps "Copied ✓" hidden in the same cell until it applies.
    const shown = (button: HTMLElement) => {
      const copy = button.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
      return copy.textContent;
    };
    expect(buttons.map(shown)).toEqual(['Print', 'Copy']);
  });
});
