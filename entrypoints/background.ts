import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  handleCloseReaderRequest,
  handleOpenMoreHelp,
  handlePageDecision,
  handlePermissionsRemoved,
  handleSettingsChanged,
} from '@/background/handlers';
import { syncDetectorRegistration } from '@/browser-api/page-scripts';
import { pointPopupAtReadersLanguage } from '@/background/popup-page';
import { buildCopyMenu, handleCommand, handleCopyMenuClick } from '@/background/quick-copy';
import { SETTING_ITEMS } from '@/browser-api/settings';
import { watchReminder } from '@/browser-api/diary-storage';
import { handleDiaryAlarm, handleDiaryNotificationClick, restoreDiaryReminder, syncDiaryReminder } from '@/background/diary-reminder';
import { EXTENSION_FILES } from '@/shared/manifest';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run only: a short welcome that explains Steady and offers contextual help. Never on update.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(EXTENSION_FILES.welcome) });
  });
  // Menus are rebuilt at every start, and when the region or language changes, so they match the user's choice.
  void buildCopyMenu();
  SETTING_ITEMS.region.watch(() => void buildCopyMenu());
  SETTING_ITEMS.language.watch(() => void buildCopyMenu());
  // The toolbar button opens the popup built in the reader's language; the browser forgets it at each restart.
  void pointPopupAtReadersLanguage();
  SETTING_ITEMS.language.watch(() => void pointPopupAtReadersLanguage());
  browser.runtime.onStartup.addListener(() => void pointPopupAtReadersLanguage());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleCopyMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = handleCloseReaderRequest(message, sender) ?? handleOpenMoreHelp(message, sender);
    if (reply) return reply;
    void handlePageDecision(message, sender);
    return undefined;
  });
  browser.permissions.onRemoved.addListener(() => void handlePermissionsRemoved());
  browser.permissions.onAdded.addListener(() => void syncDetectorRegistration());
  SETTING_ITEMS.contextualHelp.watch(() => void handleSettingsChanged());
  void syncDetectorRegistration();
  // The diary's daily reminder, off unless the person turns it on.
  browser.alarms.onAlarm.addListener((alarm) => void handleDiaryAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void handleDiaryNotificationClick(id));
  watchReminder(() => void syncDiaryReminder());
  void restoreDiaryReminder();
});
