import { removePageAccess, requestPageAccess } from '@/browser-api/page-access';
import { saveSetting } from '@/browser-api/settings';
import type { Settings } from '@/shared/settings-schema';

/**
 * Turns help on web pages on or off. Asking for access to pages happens first thing in the click, as
 * browsers require; if the user says no, help stays off.
 */
export async function chooseContextualHelp(mode: Settings['contextualHelp']): Promise<'saved' | 'refused'> {
  if (mode === 'off') {
    await saveSetting('contextualHelp', 'off');
    await removePageAccess();
    return 'saved';
  }
  // The request comes first: Firefox only asks during the click itself. It answers at once if already allowed.
  if (!(await requestPageAccess())) return 'refused';
  await saveSetting('contextualHelp', mode);
  return 'saved';
}
