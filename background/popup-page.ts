import { loadSettings } from '@/browser-api/settings';
import { toolbarAction } from '@/background/toolbar-badge';
import { resolveLocale } from '@/locales/locale';
import { EXTENSION_FILES } from '@/shared/manifest';

/**
 * Points Steady's toolbar button at the popup page built with the reader's language (the setting, else the
 * browser's): its words and helplines then come with the page, and the first paint waits for no other file
 * (issue 16). Any popup page still shows whichever language the settings say.
 */
export async function pointPopupAtReadersLanguage(): Promise<void> {
  const { language } = await loadSettings();
  await toolbarAction().setPopup({ popup: EXTENSION_FILES.popupIn[resolveLocale(language, navigator.languages)] });
}
