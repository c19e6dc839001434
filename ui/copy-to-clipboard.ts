export type CopyResult = 'copied' | 'refused';

/** The parts of `window` that copying needs, so tests can pass plain objects. */
export interface ClipboardHost {
  navigator: { clipboard?: { writeText(text: string): Promise<void> } };
  document: Document;
}

/**
 * Puts text on the clipboard from a user gesture. Tries the async Clipboard API, then the older
 * `execCommand('copy')` path that some browsers still allow when the first is refused.
 */
export async function copyToClipboard(
  text: string,
  host: ClipboardHost = window,
  options: { selectionFallback?: boolean } = {},
): Promise<CopyResult> {
  try {
    if (host.navigator.clipboard) {
      await host.navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no focus, no permission): fall through to the legacy path, where allowed.
  }
  // Inside a web page the legacy path is off: it would put a text box in the page, and the page's own copy
  // listener could change what lands on the clipboard.
  if (options.selectionFallback === false) return 'refused';
  return copyWithSelection(text, host.document) ? 'copied' : 'refused';
}

function copyWithSelection(text: string, doc: Document): boolean {
  if (!doc.body) return false;
  // Selecting the hidden textarea moves focus; give it back so keyboard users stay in place.
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previousFocus?.focus();
  }
}
