import type { ComponentChildren } from 'preact';
import type { Guide } from '@/help-content/types';
import { SourceNote } from '@/components/common/SourceNote';

/**
 * A guide, read like a health page: its title and summary, then each block as prose under its own heading, with
 * its source. Boxes are kept for the few urgent call-outs that follow it (`children`).
 */
export function GuideView({ guide, children }: { guide: Guide; children?: ComponentChildren }) {
  return (
    <section class="guide" id={`guide-${guide.id}`} aria-labelledby={`guide-${guide.id}-title`}>
      <h2 id={`guide-${guide.id}-title`}>{guide.title}</h2>
      <p class="panel-lead">{guide.summary}</p>
      {guide.blocks.map((block) => (
        <div key={block.id} class="guide-block">
          <h3>{block.heading}</h3>
          <p>{block.text}</p>
          {block.bullets && (
            <ul>
              {block.bullets.map((bullet) => (
                <li key={bullet}>{bullet}</li>
              ))}
            </ul>
          )}
          <SourceNote item={block} />
        </div>
      ))}
      {children}
    </section>
  );
}
