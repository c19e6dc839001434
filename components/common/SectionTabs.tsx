import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSection {
  id: string;
  label: string;
  content: ComponentChildren;
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** WAI-ARIA tabs: one Tab stop for the row, arrow keys move between tabs, panels follow at once. */
export function SectionTabs({ label, sections, initialId }: { label: string; sections: readonly TabSection[]; initialId?: string }) {
  const [activeId, setActiveId] = useState(sections.some((section) => section.id === initialId) ? initialId : sections[0]?.id);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const next = NEXT_KEYS[event.key]?.(index, sections.length);
    const section = next === undefined ? undefined : sections[next];
    if (next === undefined || !section) return;
    event.preventDefault();
    setActiveId(section.id);
    tabs.current[next]?.focus();
  }

  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist">
        {sections.map((section, index) => {
          const selected = section.id === activeId;
          return (
            <button
              key={section.id}
              ref={(el) => {
                tabs.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${section.id}`}
              aria-selected={selected}
              aria-controls={`panel-${section.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActiveId(section.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {section.label}
            </button>
          );
        })}
      </div>
      {sections.map((section) => (
        <div
          key={section.id}
          role="tabpanel"
          id={`panel-${section.id}`}
          aria-labelledby={`tab-${section.id}`}
          hidden={section.id !== activeId}
          class="tabpanel"
        >
          {/* Only the open panel is built, so the popup paints sooner. */}
          {section.id === activeId && section.content}
        </div>
      ))}
    </div>
  );
}
