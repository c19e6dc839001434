import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface EraseQuestionProps {
  /** The red outline button that asks the question ("Erase everything…"). */
  start: string;
  /** The question, which names the group its answers sit in. */
  question: string;
  /** The answer that erases ("Yes, erase everything"). */
  confirm: string;
  cancel: string;
  /** Erases; a page that removes this question with what it erased moves focus itself. */
  onErase: () => Promise<void>;
}

/**
 * Erasing, asked first: a red outline button, then a question in the page rather than a pop-up, which opens on
 * its safe answer; Escape or Cancel closes it and focus goes back to the button.
 */
export function EraseQuestion({ start, question, confirm, cancel, onErase }: EraseQuestionProps) {
  const [asking, setAsking] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Focus follows the question: onto its safe answer when it opens, back to its button when it closes.
  useLayoutEffect(() => {
    if (asking) {
      asked.current = true;
      cancelButton.current?.focus();
    } else if (asked.current) {
      asked.current = false;
      startButton.current?.focus();
    }
  }, [asking]);

  if (!asking)
    return (
      <button ref={startButton} type="button" class="button button-danger-outline" onClick={() => setAsking(true)}>
        {start}
      </button>
    );
  return (
    // It names its group, so moving focus into it reads the question out.
    <fieldset
      class="erase-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <legend>{question}</legend>
      <div class="actions">
        <button
          type="button"
          class="button button-danger"
          onClick={async () => {
            await onErase();
            setAsking(false);
          }}
        >
          {confirm}
        </button>
        <button ref={cancelButton} type="button" class="button button-secondary" onClick={() => setAsking(false)}>
          {cancel}
        </button>
      </div>
    </fieldset>
  );
}
