import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpCard } from '../../components/HelpCard';
import { crisisLineForRegion, mainHelplineForRegion } from '../../utils/content/helplines';

afterEach(cleanup);

describe('HelpCard', () => {
  it('says the one thing that matters, offers the main helpline, and every control works', () => {
    const handlers = { onClose: vi.fn(), onNotOnThisSite: vi.fn(), onSnooze: vi.fn(), onMoreHelp: vi.fn() };
    render(<HelpCard main={mainHelplineForRegion('US')} crisis={crisisLineForRegion('US')} copyFormat="full" {...handlers} />);
    expect(screen.getByRole('heading', { name: 'Thinking about stopping a benzo?' })).toBeTruthy();
    expect(screen.getByText(/Do not stop suddenly/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    fireEvent.click(screen.getByRole('button', { name: 'Close Steady’s help card' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for a day' }));
    fireEvent.click(screen.getByRole('button', { name: 'More help' }));
    for (const handler of Object.values(handlers)) expect(handler).toHaveBeenCalledOnce();
  });
});
