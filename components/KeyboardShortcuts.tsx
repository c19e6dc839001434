export interface Shortcut {
  description: string;
  /** Empty when the user (or a clash with another extension) left it unset. */
  shortcut: string;
}

/** The popup's note on keyboard shortcuts, as the browser reports them, with a way to change them. */
export function KeyboardShortcuts({ shortcuts, onChange }: { shortcuts: readonly Shortcut[]; onChange?: () => void }) {
  if (shortcuts.length === 0) return null;
  return (
    <details class="shortcuts">
      <summary>Keyboard shortcuts</summary>
      <ul>
        {shortcuts.map((s) => (
          <li key={s.description}>
            {s.description}: {s.shortcut ? <kbd>{s.shortcut}</kbd> : 'not set'}
          </li>
        ))}
      </ul>
      {onChange && (
        <button type="button" class="link-button" onClick={onChange}>
          Change shortcuts
        </button>
      )}
    </details>
  );
}
