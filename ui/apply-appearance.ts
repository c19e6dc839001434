import type { Settings } from '@/shared/settings-schema';

/** Theme and text size live on <html> as data attributes; theme.css does the rest. */
export function applyAppearance(root: HTMLElement, settings: Pick<Settings, 'theme' | 'textSize'>): void {
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
}
