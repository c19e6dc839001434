import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpCard } from '@/components/help-card/HelpCard';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { REGIONS } from '@/help-content/regions';

afterEach(cleanup);

describe('HelpCard', () => {
  it('says the one thing that matters, offers the main helpline, and every control works', () => {
    const handlers = { onClose: vi.fn(), onNotOnThisSite: vi.fn(), onSnooze: vi.fn(), onMoreHelp: vi.fn() };
    render(
      <HelpCard
        main={mainHelplineForRegion('US')}
        crisis={crisisLineForRegion('US')}
        emergency={emergencyLineForRegion('US')}
        copyFormat="full"
        {...handlers}
      />,
    );
    expect(screen.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(screen.getByRole('heading', { name: 'Thinking about stopping a benzo?' })).toBeTruthy();
    expect(screen.getByText(/Do not stop suddenly/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    fireEvent.click(screen.getByRole('button', { name: 'Close Steady’s help card' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for a day' }));
    fireEvent.click(screen.getByRole('button', { name: 'More help' }));
    for (const handler of Object.values(handlers)) expect(handler).toHaveBeenCalledOnce();
  });

  it('points to the toolbar icon as the trusted place, and says so when a covered click changed nothing', () => {
    const noop = () => undefined;
    const props = {
      main: mainHelplineForRegion('US'),
      crisis: crisisLineForRegion('US'),
      emergency: emergencyLineForRegion('US'),
      copyFormat: 'short' as const,
      onClose: noop,
      onNotOnThisSite: noop,
      onSnooze: noop,
      onMoreHelp: noop,
    };
    const { rerender } = render(<HelpCard {...props} />);
    expect(screen.getByText(/toolbar icon is marked on this tab too/)).toBeTruthy();
    const status = () => screen.getAllByRole('status').find((element) => element.classList.contains('card-note'))!;
    expect(status().textContent).toBe('');
    rerender(<HelpCard {...props} refusedNotice />);
    expect(status().textContent).toMatch(/^Nothing was changed: this page was covering or hiding Steady’s card\./);
  });

  it.each(REGIONS)('gives %s an emergency route and a crisis route, and never a Copy with nothing useful in it', (region) => {
    const noop = () => undefined;
    const { container } = render(
      <HelpCard
        main={mainHelplineForRegion(region)}
        crisis={crisisLineForRegion(region)}
        emergency={emergencyLineForRegion(region)}
        copyFormat="full"
        onClose={noop}
        onNotOnThisSite={noop}
        onSnooze={noop}
        onMoreHelp={noop}
      />,
    );
    const emergency = emergencyLineForRegion(region);
    if (emergency.call) expect(container.querySelector(`a[href="tel:${emergency.call.dial}"]`)).not.toBeNull();
    else expect(container.textContent).toContain('Call your local emergency number');
    const crisis = crisisLineForRegion(region);
    const crisisHref = crisis.call ? `tel:${crisis.call.dial}` : crisis.url;
    expect(container.querySelector(`a[href="${crisisHref}"]`), region).not.toBeNull();
    // What Copy copies has a number or an address in it.
    const main = mainHelplineForRegion(region);
    expect(Boolean(main.call || main.text || main.url), region).toBe(true);
    cleanup();
  });
});
