import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../components/SidePanelApp';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

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
});
