import type { ComponentChildren } from 'preact';
import type { Guide } from '@/help-content/types';
import type { LabelledItem } from '@/help-content/source-lines';
import { SectionSources } from '@/components/common/SectionSources';
import { SourceNote } from '@/components/common/SourceNote';

/**
 * A guide, read like a health page: its title and summary, then each block as prose under its own heading, and at
 * the end one list of the sources behind it all. Boxes are kept for the few urgent call-outs that follow the prose
 * (`children`); `alsoSourced` names what they say, so their sources join the guide's.
 */
export function GuideView({
  guide,
  children,
  alsoSourced = [],
}: {
  guide: Guide;
  children?: ComponentChildren;
  alsoSourced?: readonly LabelledItem[];
}) {
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
          {block.confidence === 'check-official' && <SourceNote item={block} />}
        </div>
      ))}
      {children}
      <SectionSources entries={[...guide.blocks.map((block) => ({ label: block.heading, item: block })), ...alsoSourced]} />
    </section>
  );
}
