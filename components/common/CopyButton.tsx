import { useEffect, useRef, useState } from 'preact/hooks';
import { copyToClipboard } from '@/ui/copy-to-clipboard';
import { useCardI18n } from '@/ui/card-i18n';
import type { CopyChoice } from '@/shared/copy-formats';

type CopyState = { kind: 'idle' } | { kind: 'copied'; label: string } | { kind: 'refused'; text: string; label: string };

const CONFIRMATION_MS = 4000;

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
export function CopyButton({ text, what, alternatives = [], buttonText, selectionFallback = true }: CopyButtonProps) {
  const { t } = useCardI18n();
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

  const copiedHere = state.kind === 'copied' && state.label === what;

  async function copy(value: string, label: string) {
    const result = await copyToClipboard(value, window, { selectionFallback });
    setState(result === 'copied' ? { kind: 'copied', label } : { kind: 'refused', text: value, label });
  }

  return (
    <div class="copy">
      {/* Copy and its other formats as one split button, so the choice never takes a line of its own. */}
      <span class="copy-split">
        <button type="button" class="button button-secondary" onClick={() => void copy(text, what)} aria-label={t.copy.copyWhat(what)}>
          {/* Both labels take the same cell, so the button keeps its width and nothing beside it moves. */}
          <span class="label-swap">
            <span hidden={copiedHere}>{buttonText ?? t.copy.copy}</span>
            <span hidden={!copiedHere}>{t.copy.copiedMark}</span>
          </span>
        </button>
        {alternatives.length > 0 && (
          <button
            type="button"
            class="button button-secondary copy-more"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={t.copy.moreWaysFor(what)}
            title={t.copy.moreWays}
          />
        )}
      </span>
      {open && (
        <div class="copy-choices">
          {alternatives.map((choice) => (
            <button
              key={choice.label}
              type="button"
              class="button button-secondary"
              onClick={() => void copy(choice.text, `${what}, ${choice.name}`)}
              aria-label={`${choice.label}: ${what}`}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {/* The button shows "Copied ✓"; the full sentence is for screen readers, so the page does not shift. */}
      <p class={state.kind === 'refused' ? 'copy-status' : 'copy-status visually-hidden'} role="status">
        {state.kind === 'copied' && t.copy.copiedWhat(state.label)}
        {state.kind === 'refused' && t.copy.refused}
      </p>
      {state.kind === 'refused' && (
        <textarea
          ref={fallbackRef}
          class="copy-fallback"
          readOnly
          rows={state.text.split('\n').length}
          aria-label={state.label}
          value={state.text}
        />
      )}
    </div>
  );
}
