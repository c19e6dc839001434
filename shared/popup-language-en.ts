import { HELPLINES } from '@/help-content/helplines';
import { popupEn } from '@/locales/popup-en';
import type { PopupLanguage } from '@/shared/popup-language';

export const ENGLISH: PopupLanguage = { locale: 'en', t: popupEn, helplines: HELPLINES };
