import type { HelpItem } from '@/help-content/types';
import { SourceNote } from '@/components/common/SourceNote';

/** Safety facts, coping tips or ways to help: a title, a few plain sentences, and the source. */
export function HelpItemList({ items }: { items: readonly HelpItem[] }) {
  return (
    <ul class="help-items">
      {items.map((item) => (
        <li key={item.id} class="card">
          <h3>{item.title}</h3>
          <p>{item.text}</p>
          <SourceNote item={item} />
        </li>
      ))}
    </ul>
  );
}
