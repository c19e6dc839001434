import { cleanup, fireEvent, render, screen } from '@/tests/support/render';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpCard, type HelpCardProps } from '@/components/help-card/HelpCard';
import { DismissedNotice } from '@/components/help-card/DismissedNotice';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { REGIONS, type RegionCode } from '@/help-content/regions';
import { helplinesIn } from '@/shared/localized-helplines';

afterEach(cleanup);

const noop = () => undefined;

function props(region: RegionCode = 'US', overrides: Partial<HelpCardProps> = {}): HelpCardProps {
  return {
    main: mainHelplineForRegion(region),
    crisis: crisisLineForRegion(region),
    emergency: emergencyLineForRegion(region),
    copyFormat: 'full',
    expanded: false,
    onExpandedChange: noop,
    onClose: noop,
    onNotOnThisSite: noop,
    onSnooze: noop,
    onMoreHelp: noop,
    ...overrides,
  };
}

/** The card with its fold state kept, as mount-help-card.tsx keeps it. */
function Folding(overrides: Partial<HelpCardProps>) {
  const [expanded, setExpanded] = useState(false);
  return <HelpCard {...props('US', overrides)} expanded={expanded} onExpandedChange={setExpanded} />;
}

describe('HelpCard', () => {
  it('folded: Steady’s name, the one thing that matters, the main line with Call and Copy, and the crisis line as buttons', () => {
    const { container } = render(<HelpCard {...props()} />);
    expect(container.querySelector('.brand')?.textContent).toBe('Steady');
    expect(container.querySelector('.brand svg.steady-mark')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Thinking about stopping a benzo?' })).toBeTruthy();
    expect(screen.getByText('Do not stop suddenly: it can cause seizures.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    expect(screen.getByRole('button', { name: 'Copy SAMHSA National Helpline details' })).toBeTruthy();
    for (const [name, href] of [
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      // Real buttons, not links inside a sentence.
      expect(link.classList.contains('button'), name).toBe(true);
    }
    // The rest waits behind "More".
    expect(screen.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Not on this site' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^More ways to copy/ })).toBeNull();
    expect(screen.queryByText(/Talk to your prescriber/)).toBeNull();
  });

  it('"More" unfolds the rest, and every control calls its handler once', () => {
    const handlers = { onClose: vi.fn(), onNotOnThisSite: vi.fn(), onSnooze: vi.fn(), onMoreHelp: vi.fn() };
    render(<Folding {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Talk to your prescriber about a slow taper.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'More ways to copy SAMHSA National Helpline details' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close Steady’s help card' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for a day' }));
    fireEvent.click(screen.getByRole('button', { name: 'More help' }));
    for (const handler of Object.values(handlers)) expect(handler).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.queryByRole('button', { name: 'Not on this site' })).toBeNull();
  });

  it('tells a keyboard press (detail 0) from a click, so the confirmation can take the focus only then', () => {
    const onClose = vi.fn();
    render(<HelpCard {...props('US', { onClose })} />);
    const close = screen.getByRole('button', { name: 'Close Steady’s help card' });
    fireEvent.click(close, { detail: 1 });
    fireEvent.click(close, { detail: 0 });
    expect(onClose.mock.calls).toEqual([[false], [true]]);
  });

  it('points to the toolbar icon as the trusted place, and says so when a covered click changed nothing', () => {
    const { rerender } = render(<HelpCard {...props('US', { expanded: true })} />);
    expect(screen.getByText(/toolbar icon is marked on this tab too/)).toBeTruthy();
    const status = () => screen.getAllByRole('status').find((element) => element.classList.contains('card-note'))!;
    expect(status().textContent).toBe('');
    rerender(<HelpCard {...props('US', { expanded: true, refusedNotice: true })} />);
    expect(status().textContent).toMatch(/^Nothing was changed: this page was covering or hiding Steady’s card\./);
  });

  it('in Spanish, the crisis line’s text button keeps AYUDA and stays short', () => {
    const lines = helplinesIn('es');
    render(
      <LocaleRoot locale="es">
        <HelpCard
          {...props('US', {
            main: mainHelplineForRegion('US', lines),
            crisis: crisisLineForRegion('US', lines),
            emergency: emergencyLineForRegion('US', lines),
          })}
        />
      </LocaleRoot>,
    );
    expect(screen.getByRole('link', { name: 'Enviar AYUDA al 988' }).getAttribute('href')).toBe('sms:988?body=AYUDA');
    expect(screen.getByRole('link', { name: 'Llamar al 988' }).getAttribute('href')).toBe('tel:988');
    expect(screen.getByRole('button', { name: 'Más' })).toBeTruthy();
  });

  it('for another country, the directory’s advice waits behind "More", so the emergency advice stays in view', () => {
    const { rerender } = render(<HelpCard {...props('OTHER')} />);
    const purpose = mainHelplineForRegion('OTHER').purpose;
    expect(screen.queryByText(purpose)).toBeNull();
    expect(screen.getByRole('link', { name: /^Find a crisis line in your country/ })).toBeTruthy();
    rerender(<HelpCard {...props('OTHER', { expanded: true })} />);
    expect(screen.getByText(purpose)).toBeTruthy();
  });

  it.each(REGIONS)(
    'gives %s an emergency route and a crisis route on the folded card, and never a Copy with nothing useful in it',
    (region) => {
      const { container } = render(<HelpCard {...props(region)} />);
      const emergency = emergencyLineForRegion(region);
      if (emergency.call) expect(container.querySelector(`a[href="tel:${emergency.call.dial}"]`)).not.toBeNull();
      else expect(container.textContent).toContain('Call your local emergency number');
      const crisis = crisisLineForRegion(region);
      const crisisHref = crisis.call ? `tel:${crisis.call.dial}` : crisis.url;
      expect(container.querySelector(`a.button[href="${crisisHref}"]`), region).not.toBeNull();
      // What Copy copies has a number or an address in it.
      const main = mainHelplineForRegion(region);
      expect(Boolean(main.call || main.text || main.url), region).toBe(true);
      cleanup();
    },
  );
});

describe('DismissedNotice', () => {
  it.each([
    ['closed', 'Card closed on this page.'],
    ['blocked', 'Steady will not offer help on forum.example again.'],
    ['snoozed', 'Steady will not offer help on any site for a day.'],
  ] as const)('%s: says what happened, where to change it, and offers Undo', (dismissal, what) => {
    const onUndo = vi.fn();
    const { container } = render(<DismissedNotice dismissal={dismissal} site="forum.example" onUndo={onUndo} />);
    expect(container.querySelector('.brand')?.textContent).toBe('Steady');
    expect(screen.getByRole('region', { name: what })).toBeTruthy();
    expect(container.textContent).toContain('Steady’s settings (its toolbar icon, then Settings)');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }), { detail: 0 });
    expect(onUndo).toHaveBeenCalledWith(true);
  });

  it('in Spanish', () => {
    render(
      <LocaleRoot locale="es">
        <DismissedNotice dismissal="snoozed" site="forum.example" onUndo={noop} />
      </LocaleRoot>,
    );
    expect(screen.getByText(/usa los ajustes de Steady/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeTruthy();
  });
});
