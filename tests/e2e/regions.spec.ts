import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, readExtensionStorage, type ExtensionBrowser } from './fixtures/extension-browser';
import { PopupPage } from './pages/popup-page';

describe('regions in the popup, Chromium (production build)', () => {
  let browser: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    // A British browser: the United Kingdom's numbers come first without any setting.
    browser = await launchWithExtension({ locale: 'en-GB' });
    popup = await PopupPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('follows the browser to the United Kingdom: 999 first, then UK lines, with what differs in Northern Ireland', async () => {
    await expect(popup.emergency.getByRole('link', { name: 'Call 999' }).getAttribute('href')).resolves.toBe('tel:999');
    await expect(popup.helpline('Samaritans').getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).resolves.toBe('tel:116123');
    await expect(
      popup.helpline('NHS 111').getByText('England, Scotland and Wales; not in Northern Ireland', { exact: true }).count(),
    ).resolves.toBe(1);
    await expect(popup.helpline('Lifeline (Northern Ireland)').getByText('Northern Ireland only', { exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(
      popup
        .helpline('FRANK')
        .getByText(/^Not free/)
        .count(),
    ).resolves.toBe(1);
    await expect(popup.page.getByText('Steady cannot tell your country', { exact: false }).count()).resolves.toBe(0);
  });

  it('copies a UK line with its cost and where it works', async () => {
    // The full format carries cost and area; short (one line) is the default.
    const line = popup.helpline('NHS 111');
    await line.getByRole('button', { name: 'More ways to copy NHS 111 details' }).click();
    await line.getByRole('button', { name: 'Copy full: NHS 111 details' }).click();
    await expect
      .poll(() => popup.clipboardText())
      .toBe(
        [
          'NHS 111 (England, Scotland and Wales; not in Northern Ireland)',
          'Call: 111 (In England, press 2 for mental health support in a crisis.)',
          'Hours: 24 hours a day, 7 days a week',
          'Cost: Free',
          'Languages: Interpreters on request',
          'Official site: https://111.nhs.uk/',
        ].join('\n'),
      );
  });

  it('changes country in one step, and remembers it', async () => {
    await popup.page.getByLabel('Country').selectOption({ label: 'Canada' });
    await expect.poll(() => popup.emergency.getByRole('heading').textContent()).toBe('Emergency? Call 911');
    await expect(
      popup.helpline('Kids Help Phone').getByRole('link', { name: 'Text CONNECT to 686868' }).getAttribute('href'),
    ).resolves.toBe('sms:686868?body=CONNECT');
    await expect(popup.helpline('9-8-8 Suicide Crisis Helpline').count()).resolves.toBe(1);
    await expect.poll(() => readExtensionStorage(popup.page).then((s) => s.region)).toBe('CA');
    await popup.page.reload();
    await expect.poll(() => popup.page.getByLabel('Country').inputValue()).toBe('CA');
  });

  // Each country's numbers in the popup, and what "Copy all" puts on the clipboard, written out by hand.
  const COUNTRIES = [
    {
      name: 'Ireland',
      emergency: { label: 'Call 112', href: 'tel:112' },
      lines: [
        { name: 'Samaritans', link: 'Call 116 123', href: 'tel:116123' },
        // The keyword is no longer confirmed by an official source (2026-11-30), so people text the number alone.
        { name: '50808', link: 'Text 50808', href: 'sms:50808' },
      ],
      copyAll: ['Helplines (Ireland)', 'Emergency services (112 or 999): call 112', 'Samaritans: call 116 123', '50808: text 50808'],
    },
    {
      name: 'Australia',
      emergency: { label: 'Call 000', href: 'tel:000' },
      lines: [
        { name: 'Lifeline', link: 'Call 13 11 14', href: 'tel:131114' },
        { name: 'Lifeline', link: 'Text 0477 13 11 14', href: 'sms:0477131114' },
        { name: 'National Alcohol and Other Drug Hotline', link: 'Call 1800 250 015', href: 'tel:1800250015' },
        { name: 'healthdirect', link: 'Call 1800 022 222', href: 'tel:1800022222' },
        { name: 'Poisons Information Centre', link: 'Call 13 11 26', href: 'tel:131126' },
      ],
      copyAll: [
        'Helplines (Australia)',
        'Emergency services (000): call 000',
        'Lifeline: call 13 11 14 or text 0477 13 11 14',
        'National Alcohol and Other Drug Hotline: call 1800 250 015',
        'healthdirect: call 1800 022 222',
        'Poisons Information Centre: call 13 11 26',
      ],
    },
    {
      name: 'New Zealand',
      emergency: { label: 'Call 111', href: 'tel:111' },
      lines: [
        { name: '1737 Need to talk?', link: 'Call 1737', href: 'tel:1737' },
        { name: 'Alcohol Drug Helpline', link: 'Call 0800 787 797', href: 'tel:0800787797' },
        { name: 'Healthline', link: 'Call 0800 611 116', href: 'tel:0800611116' },
        { name: 'National Poisons Centre', link: 'Call 0800 764 766', href: 'tel:0800764766' },
      ],
      copyAll: [
        'Helplines (New Zealand)',
        'Emergency services (111): call 111',
        '1737 Need to talk?: call 1737 or text 1737',
        'Alcohol Drug Helpline: call 0800 787 797 or text 8681',
        'Healthline: call 0800 611 116',
        'National Poisons Centre: call 0800 764 766',
      ],
    },
    {
      name: 'Mexico',
      emergency: { label: 'Call 911', href: 'tel:911' },
      lines: [],
      copyAll: [
        'Helplines (Mexico)',
        'Emergency services (911): call 911',
        'Find A Helpline: https://www.findahelpline.com',
        'Befrienders Worldwide: https://www.befrienders.org',
      ],
    },
    {
      name: 'Spain',
      emergency: { label: 'Call 112', href: 'tel:112' },
      lines: [],
      copyAll: [
        'Helplines (Spain)',
        'Emergency services (112): call 112',
        'Find A Helpline: https://www.findahelpline.com',
        'Befrienders Worldwide: https://www.befrienders.org',
      ],
    },
  ];

  it.each(COUNTRIES)(
    '$name: the emergency number first, its helplines, and "Copy all" with exactly those lines',
    async ({ name, emergency, lines, copyAll }) => {
      await popup.page.getByLabel('Country').selectOption({ label: name });
      await expect.poll(() => popup.emergency.getByRole('link', { name: emergency.label }).getAttribute('href')).toBe(emergency.href);
      for (const line of lines) {
        await expect(popup.helpline(line.name).getByRole('link', { name: line.link, exact: true }).getAttribute('href')).resolves.toBe(
          line.href,
        );
      }
      await popup.page.bringToFront();
      // Short is the default format (issue 15).
      await popup.page.getByRole('button', { name: 'Copy all helplines', exact: true }).click();
      await expect.poll(() => popup.clipboardText()).toBe(copyAll.join('\n'));
    },
  );

  it('"another country": the local-number advice, 112 for the EU, the crisis-line directories, and no number from elsewhere', async () => {
    await popup.page.getByLabel('Country').selectOption({ label: 'Another country' });
    await popup.page.getByRole('heading', { name: 'Emergency? Call your local emergency number' }).waitFor();
    await expect(popup.page.locator('a[href^="tel:"], a[href^="sms:"]').count()).resolves.toBe(0);
    await expect(popup.page.locator('section.emergency').getByText('In any EU country, 112 works and is free.').count()).resolves.toBe(1);
    const crisis = popup.page.locator('section.emergency .crisis-actions').getByRole('link');
    await expect(crisis.getAttribute('href')).resolves.toBe('https://www.findahelpline.com');
    await popup.helpline('Befrienders Worldwide').locator('summary').click();
    await expect(
      popup
        .helpline('Befrienders Worldwide')
        .getByRole('link', { name: /www\.befrienders\.org/ })
        .getAttribute('href'),
    ).resolves.toBe('https://www.befrienders.org');
    await popup.page.getByRole('button', { name: 'Copy all helplines', exact: true }).click();
    await expect
      .poll(() => popup.clipboardText())
      .toBe(
        [
          'Helplines (Another country)',
          'Your local emergency number: In an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
          'Find A Helpline: https://www.findahelpline.com',
          'Befrienders Worldwide: https://www.befrienders.org',
        ].join('\n'),
      );
    await popup.page.getByRole('button', { name: 'More ways to copy all helplines' }).click();
    await popup.page.getByLabel('Country').selectOption({ label: 'Canada' });
  });

  it('has no axe violations with another country chosen', async () => {
    const results = await new AxeBuilder({ page: popup.page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
