import { removePageAccess, requestPageAccess } from '@/browser-api/page-access';
import { saveSetting } from '@/browser-api/settings';
import type { Settings } from '@/shared/settings-schema';

/**
 * Turns help on web pages on or off. Asking for access to pages happens first thing in the click, as
 * browsers require; if the user says no, help stays off. The browser's question can stay open for as long as
 * the user leaves it: `stillWanted` is asked once it is answered, and a choice the user has since replaced with
 * another is not saved ('overtaken'); the newer choice saves itself.
 */
export async function chooseContextualHelp(
  mode: Settings['contextualHelp'],
  stillWanted: () => boolean = () => true,
): Promise<'saved' | 'refused' | 'overtaken'> {
  if (mode === 'off') {
    await saveSetting('contextualHelp', 'off');
    await removePageAccess();
    return 'saved';
  }
  // The request comes first: Firefox only asks during the click itself. It answers at once if already allowed.
  const granted = await requestPageAccess();
  if (!stillWanted()) return 'overtaken';
  if (!granted) return 'refused';
  await saveSetting('contextualHelp', mode);
  return 'saved';
}
