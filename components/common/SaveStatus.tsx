/**
 * A polite status line that sits beside the control it reports on ("Saved.", "Waiting for your answer…").
 * It is always in the page, empty until there is news, so screen readers hear each change to it.
 */
export function SaveStatus({ text }: { text: string }) {
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
