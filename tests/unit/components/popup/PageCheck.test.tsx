import { cleanup, fireEvent, render, screen, waitFor } from '@/tests/support/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageCheck } from '@/components/popup/PageCheck';

afterEach(cleanup);

describe('PageCheck', () => {
  it('says what the page is about, and offers the card only for benzo pages', async () => {
    const showCard = vi.fn(async () => undefined);
    render(<PageCheck check={async () => 'stopping'} showCard={showCard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check this page' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/about stopping or coming off a benzo/));
    fireEvent.click(screen.getByRole('button', { name: 'Show the help card on this page' }));
    await waitFor(() => expect(showCard).toHaveBeenCalledOnce());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show the help card on this page' })).toBeNull());
  });

  it('explains when a page cannot be checked, including when the check fails', async () => {
    render(<PageCheck check={async () => Promise.reject(new Error('no access'))} showCard={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check this page' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/cannot check this page/));
    expect(screen.queryByRole('button', { name: 'Show the help card on this page' })).toBeNull();
  });
});
