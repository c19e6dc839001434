import { useEffect, useRef, useState } from 'preact/hooks';
import { copyToClipboard } from '../utils/copy-to-clipboard';

type CopyState = 'idle' | 'copied' | 'refused';

const CONFIRMATION_MS = 4000;

interface CopyButtonProps {
  /** Exactly what lands on the clipboard. */
  text: string;
  /** What is being copied, for the button's accessible name and the confirmation ("988 Suicide & Crisis Lifeline details"). */
  what: string;
}

/**
 * Copies text and says so, visibly and to screen readers. When the browser refuses, it shows the
 * text selected in a box so the person can copy it by hand.
 */
export function CopyButton({ text, what }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === 'refused') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function onCopy() {
    setState(await copyToClipboard(text));
  }

  return (
    <div class="copy">
      <button type="button" class="button button-secondary" onClick={onCopy} aria-label={`Copy ${what}`}>
        {state === 'copied' ? 'Copied ✓' : 'Copy'}
      </button>
      <p class="copy-status" role="status">
        {state === 'copied' && `Copied ${what}.`}
        {state === 'refused' && 'Your browser blocked copying. The details are selected below: press Ctrl+C (or ⌘C on a Mac) to copy them.'}
      </p>
      {state === 'refused' && (
        <textarea ref={fallbackRef} class="copy-fallback" readOnly rows={text.split('\n').length} aria-label={what} value={text} />
      )}
    </div>
  );
}
