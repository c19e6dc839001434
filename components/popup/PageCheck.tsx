import { useState } from 'preact/hooks';
import { useI18n } from '@/ui/use-i18n';

import type { PageCheckOutcome } from '@/browser-api/active-tab-check';

export interface PageCheckProps {
  /** Reads the active tab once, on request (activeTab): no standing access to pages needed. */
  check(): Promise<PageCheckOutcome>;
  /** Shows the help card on the checked page. */
  showCard(): Promise<void>;
}

/** "Check this page": one look at the current tab, on the user's request, with the result said plainly. */
export function PageCheck({ check, showCard }: PageCheckProps) {
  const { t } = useI18n();
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
        {t.pageCheck.heading}
      </h2>
      <button type="button" class="button button-secondary" onClick={() => void run()} disabled={outcome === 'checking'}>
        {t.pageCheck.button}
      </button>
      <p role="status" class="page-check-result">
        {outcome === 'checking' ? t.pageCheck.checking : outcome ? t.pageCheck[outcome] : ''}
      </p>
      {(outcome === 'stopping' || outcome === 'benzos') && !cardShown && (
        <button type="button" class="button button-secondary" onClick={() => void showCard().then(() => setCardShown(true))}>
          {t.pageCheck.showCard}
        </button>
      )}
    </section>
  );
}
