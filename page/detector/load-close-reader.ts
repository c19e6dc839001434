import type { CloseReader } from '@/page/detector/close-read';
import type { PageScriptApi } from '@/page/runtime/page-script-api';
import { closeReaderRequestMessage } from '@/shared/messages';
import { CLOSE_READER } from '@/shared/page-script-keys';

/**
 * The close reader, asking the background to put it into this page the first time it is needed; undefined when it
 * could not be (the extension is going away, or lost access to the page).
 */
export async function loadCloseReader(
  api: PageScriptApi,
  scope = globalThis as unknown as Record<symbol, unknown>,
): Promise<CloseReader | undefined> {
  if (typeof scope[CLOSE_READER] !== 'function') await api.runtime.sendMessage(closeReaderRequestMessage()).catch(() => undefined);
  const reader = scope[CLOSE_READER];
  return typeof reader === 'function' ? (reader as CloseReader) : undefined;
}
