import type { CardStrings } from '@/locales/card-en';
import type { CopyChoice } from '@/shared/copy-formats';
import { copyToClipboard } from '@/ui/copy-to-clipboard';
import { el, place } from '@/page/help-card/dom';

/** How long the button says "Copied ✓". */
export const CONFIRMATION_MS = 4000;

export interface CopyControl {
  root: HTMLElement;
  /** The other formats are offered only on the unfolded card. */
  setExpanded(expanded: boolean): void;
  /** The copy format changed: the open list of other formats follows it. */
  refresh(): void;
}

/**
 * The card's Copy button: copies in the user's format and says so, on the button and to screen readers, with the
 * other formats behind a split arrow. When the browser refuses, it shows the text selected in a box to copy by
 * hand. Inside a web page there is no legacy copy through a text box in the page.
 */
export function copyControl(t: CardStrings['copy'], what: string, text: () => string, choices: () => readonly CopyChoice[]): CopyControl {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let open = false;
  let fallback: HTMLTextAreaElement | undefined;

  // Both labels take the same cell, so the button keeps its width and nothing beside it moves.
  const idleLabel = el('span', {}, t.copy);
  const copiedLabel = el('span', { hidden: true }, t.copiedMark);
  const main = el(
    'button',
    { type: 'button', class: 'button button-secondary', 'aria-label': t.copyWhat(what), onclick: () => void copy(text(), what) },
    el('span', { class: 'label-swap' }, idleLabel, copiedLabel),
  );
  const more = el('button', {
    type: 'button',
    class: 'button button-secondary copy-more',
    'aria-expanded': 'false',
    'aria-label': t.moreWaysFor(what),
    title: t.moreWays,
    onclick: () => setOpen(!open),
  });
  const split = el('span', { class: 'copy-split' }, main);
  const list = el('div', { class: 'copy-choices' });
  // The button shows "Copied ✓"; the full sentence is for screen readers, so the page does not shift.
  const status = el('p', { class: 'copy-status visually-hidden', role: 'status' });
  const root = el('div', { class: 'copy' }, split, status);

  const fillList = () =>
    list.replaceChildren(
      ...choices().map((choice) =>
        el(
          'button',
          {
            type: 'button',
            class: 'button button-secondary',
            'aria-label': `${choice.label}: ${what}`,
            onclick: () => void copy(choice.text, `${what}, ${choice.name}`),
          },
          choice.label,
        ),
      ),
    );

  const setOpen = (next: boolean) => {
    open = next;
    more.setAttribute('aria-expanded', String(open));
    if (open) fillList();
    place(root, list, open, status);
  };

  const show = (state: 'idle' | 'copied' | 'refused', label = '', value = '') => {
    clearTimeout(timer);
    const copiedHere = state === 'copied' && label === what;
    idleLabel.hidden = copiedHere;
    copiedLabel.hidden = !copiedHere;
    status.className = state === 'refused' ? 'copy-status' : 'copy-status visually-hidden';
    status.textContent = state === 'copied' ? t.copiedWhat(label) : state === 'refused' ? t.refused : '';
    fallback?.remove();
    fallback = undefined;
    if (state === 'copied') timer = setTimeout(() => show('idle'), CONFIRMATION_MS);
    if (state === 'refused') {
      fallback = el('textarea', { class: 'copy-fallback', readonly: true, rows: value.split('\n').length, 'aria-label': label });
      fallback.value = value;
      root.append(fallback);
      fallback.focus();
      fallback.select();
    }
  };

  async function copy(value: string, label: string) {
    const result = await copyToClipboard(value, window, { selectionFallback: false });
    if (result === 'copied') show('copied', label);
    else show('refused', label, value);
  }

  return {
    root,
    setExpanded(expanded) {
      if (!expanded && open) setOpen(false);
      place(split, more, expanded);
    },
    refresh() {
      if (open) fillList();
    },
  };
}
