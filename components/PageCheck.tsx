import { useState } from 'preact/hooks';

export type PageCheckOutcome = 'stopping' | 'benzos' | 'neither' | 'unavailable';

export interface PageCheckProps {
  /** Reads the active tab once, on request (activeTab): no standing access to pages needed. */
  check(): Promise<PageCheckOutcome>;
  /** Shows the help card on the checked page. */
  showCard(): Promise<void>;
}

const OUTCOME_TEXT: Record<PageCheckOutcome, string> = {
  stopping: 'This page is about stopping or coming off a benzo. The help above is for you.',
  benzos: 'This page is about benzos, but not about stopping them.',
  neither: 'This page does not look like it is about benzos.',
  unavailable: 'Steady cannot check this page. Browser pages and extension stores are off limits.',
};

/** "Check this page": one look at the current tab, on the user's request, with the result said plainly. */
export function PageCheck({ check, showCard }: PageCheckProps) {
  const [outcome, setOutcome] = useState<PageCheckOutcome | 'checking' | null>(null);
  const [cardShown, setCardShown] = useState(false);

  async function run() {
    setOutcome('checking');
    setCardShown(false);
    setOutcome(await check().catch((): PageCheckOutcome => 'unavailable'));
  }

  return (
    <section class="page-check" aria-labelledby="page-check-title">
      <h2 id="page-check-title" class="visually-hidden">
        Check this page
      </h2>
      <button type="button" class="button button-secondary" onClick={() => void run()} disabled={outcome === 'checking'}>
        Check this page
      </button>
      <p role="status" class="page-check-result">
        {outcome === 'checking' ? 'Checking…' : outcome ? OUTCOME_TEXT[outcome] : ''}
      </p>
      {(outcome === 'stopping' || outcome === 'benzos') && !cardShown && (
        <button type="button" class="button button-secondary" onClick={() => void showCard().then(() => setCardShown(true))}>
          Show the help card on this page
        </button>
      )}
    </section>
  );
}
