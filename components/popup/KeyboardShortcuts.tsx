import type { Shortcut } from '@/browser-api/shortcuts';
import { useI18n } from '@/ui/use-i18n';

/** The popup's note on keyboard shortcuts, as the browser reports them, with a way to change them. */
export function KeyboardShortcuts({ shortcuts, onChange }: { shortcuts: readonly Shortcut[]; onChange?: () => void }) {
  const { t } = useI18n();
  if (shortcuts.length === 0) return null;
  return (
    <details class="shortcuts">
      <summary>{t.shortcuts.heading}</summary>
      <ul>
        {shortcuts.map((s) => (
          <li key={s.description}>
            {s.description}: {s.shortcut ? <kbd>{s.shortcut}</kbd> : t.shortcuts.notSet}
          </li>
        ))}
      </ul>
      {onChange && (
        <button type="button" class="link-button" onClick={onChange}>
          {t.shortcuts.change}
        </button>
      )}
    </details>
  );
}
