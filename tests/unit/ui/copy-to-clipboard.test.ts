import { describe, expect, it, vi } from 'vitest';
import { copyToClipboard, type ClipboardHost } from '@/ui/copy-to-clipboard';

function hostWith(clipboard: ClipboardHost['navigator']['clipboard'], execResult: boolean | 'throw'): ClipboardHost {
  const exec = vi.fn(() => {
    if (execResult === 'throw') throw new Error('blocked');
    return execResult;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return { navigator: { clipboard }, document };
}

describe('copyToClipboard', () => {
  it('uses the Clipboard API when it is allowed', async () => {
    const writeText = vi.fn(async () => undefined);
    const host = hostWith({ writeText }, false);
    await expect(copyToClipboard('Call 988', host)).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Call 988');
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a selection copy when the Clipboard API refuses', async () => {
    const writeText = vi.fn(async () => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')));
    const host = hostWith({ writeText }, true);
    await expect(copyToClipboard('Call 988', host)).resolves.toBe('copied');
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('reports a refusal when both ways are blocked', async () => {
    const host = hostWith(undefined, false);
    await expect(copyToClipboard('Call 988', host)).resolves.toBe('refused');
    const throwing = hostWith(undefined, 'throw');
    await expect(copyToClipboard('Call 988', throwing)).resolves.toBe('refused');
  });

  it('gives focus back to the button that was pressed', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await copyToClipboard('Call 988', hostWith(undefined, true));
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});

describe('copyToClipboard inside web pages', () => {
  it('never falls back to a text box in the page', async () => {
    const host = hostWith({ writeText: async () => Promise.reject(new Error('blocked')) }, true);
    await expect(copyToClipboard('Call 988', host, { selectionFallback: false })).resolves.toBe('refused');
    expect(document.execCommand).not.toHaveBeenCalled();
  });
});
