import { useEffect, useState } from 'preact/hooks';
import { applyAppearance } from '@/ui/apply-appearance';
import { loadSettings, watchSettings } from '@/browser-api/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/shared/settings-schema';

/**
 * Settings for a Steady page: defaults for the first paint, then the stored values, then every later change
 * made anywhere (options page, another window) without a reload. Also keeps <html>'s theme and text size in step.
 */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let active = true;
    const update = (next: Settings) => active && setSettings(next);
    void loadSettings().then(update);
    const unwatch = watchSettings(update);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  useEffect(() => applyAppearance(document.documentElement, settings), [settings.theme, settings.textSize]);
  return settings;
}
