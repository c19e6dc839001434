import type { HelpItem } from '@/help-content/types';
import { SourceNote } from '@/components/common/SourceNote';

/**
 * Safety facts, coping tips or ways to help: a title and a few plain sentences. Their sources are listed once for
 * the section (SectionSources); an item read only in a copy of its source keeps its note, and the hint to check
 * the official site, in sight.
 */
export function HelpItemList({ items }: { items: readonly HelpItem[] }) {
  return (
    <ul class="help-items">
      {items.map((item) => (
        <li key={item.id} class="card">
          <h3>{item.title}</h3>
          <p>{item.text}</p>
          {item.confidence === 'check-official' && <SourceNote item={item} />}
        </li>
      ))}
    </ul>
  );
}
