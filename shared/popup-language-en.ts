import { HELPLINES } from '@/help-content/helplines';
import { en } from '@/locales/en';
import type { PopupLanguage } from '@/shared/popup-language';

export const ENGLISH: PopupLanguage = { locale: 'en', t: en, helplines: HELPLINES };
