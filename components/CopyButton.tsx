import { useEffect, useRef, useState } from 'preact/hooks';
import { copyToClipboard } from '../utils/copy-to-clipboard';

type CopyState = { kind: 'idle' } | { kind: 'copied'; label: string } | { kind: 'refused'; text: string; label: string };

const CONFIRMATION_MS = 4000;

export interface CopyChoice {
  /** Button text, e.g. "Copy short". */
  label: string;
  text: string;
}

interface CopyButtonProps {
  /** Exactly what lands on the clipboard, in the user's chosen format. */
  text: string;
  /** What is being copied, for the button's accessible name and the confirmation ("988 Suicide & Crisis Lifeline details"). */
  what: string;
  /** The same thing in other formats, offered behind a "More ways to copy" toggle. */
  alternatives?: readonly CopyChoice[];
  /** Visible text of the main button; its accessible name always says what is copied. */
  buttonText?: string;
  /** False inside web pages: no legacy copy through a text box in the page. */
  selectionFallback?: boolean;
}

/**
 * Copies text and says so, visibly and to screen readers. When the browser refuses, it shows the text selected
 * in a box so the person can copy it by hand.
 */
export function CopyButton({ text, what, alternatives = [], buttonText = 'Copy', selectionFallback = true }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state.kind === 'refused') {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy(value: string, label: string) {
    const result = await copyToClipboard(value, window, { selectionFallback });
    setState(result === 'copied' ? { kind: 'copied', label } : { kind: 'refused', text: value, label });
  }

  return (
    <div class="copy">
      <button type="button" class="button button-secondary" onClick={() => void copy(text, what)} aria-label={`Copy ${what}`}>
        {state.kind === 'copied' && state.label === what ? 'Copied ✓' : buttonText}
      </button>
      {alternatives.length > 0 && (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`More ways to copy ${what}`}>
          More ways to copy
        </button>
      )}
      {open && (
        <div class="copy-choices">
          {alternatives.map((choice) => (
            <button key={choice.label} type="button" class="button button-secondary" onClick={() => void copy(choice.text, `${what}, ${choice.label.replace(/^Copy /, '')}`)} aria-label={`${choice.label}: ${what}`}>
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <p class="copy-status" role="status">
        {state.kind === 'copied' && `Copied ${state.label}.`}
        {state.kind === 'refused' && 'Your browser blocked copying. The details are selected below: press Ctrl+C (or ⌘C on a Mac) to copy them.'}
      </p>
      {state.kind === 'refused' && (
        <textarea ref={fallbackRef} class="copy-fallback" readOnly rows={state.text.split('\n').length} aria-label={state.label} value={state.text} />
      )}
    </div>
  );
}
