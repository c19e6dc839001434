import { cleanup, render, screen } from '@/tests/support/render';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { SectionSources } from '@/components/common/SectionSources';
import { SourceNote } from '@/components/common/SourceNote';
import { backedBy } from '@/help-content/backed-by';
import { EVIDENCE } from '@/help-content/evidence';
import { WITHDRAWAL_AND_HELP } from '@/help-content/guides';
import { byPublisher, sourceUses } from '@/help-content/source-lines';
import { SOURCES } from '@/help-content/sources';

afterEach(cleanup);

describe('SourceNote', () => {
  it('names and links every source behind an item, not only the first', () => {
    const protracted = WITHDRAWAL_AND_HELP.blocks.find((block) => block.id === 'protracted');
    if (!protracted) throw new Error('no protracted-withdrawal block');
    // Its figures come from Australian and Scottish guidance, so readers must see those sources too.
    expect(protracted.sources.length).toBe(3);
    render(<SourceNote item={protracted} />);
    const note = screen.getByText(/^Sources:/);
    const links = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(protracted.sources.map((source) => source.url));
    expect(note.textContent).toContain('Drugs of dependence, Part B');
  });

  it('marks an English page for Spanish readers in Spanish, so a screen reader says it in Spanish', () => {
    render(
      <LocaleRoot locale="es">
        <SourceNote item={backedBy('fdaSeizures')} />
      </LocaleRoot>,
    );
    const mark = screen.getByText('(en inglés)');
    expect(mark.closest('[lang]')?.getAttribute('lang')).toBe('es');
    expect(screen.getByText(/^Fuente:/)).toBeTruthy();
  });

  it('marks several English pages once for Spanish readers, after the list', () => {
    const { container } = render(
      <LocaleRoot locale="es">
        <SourceNote item={backedBy('fdaSeizures', 'racgpProtracted', 'nhsScotlandProtracted')} />
      </LocaleRoot>,
    );
    const text = container.textContent ?? '';
    expect(text.match(/\(páginas en inglés\)/g)).toHaveLength(1);
    expect(text).not.toContain('(en inglés)');
    expect(screen.getByText('(páginas en inglés)').getAttribute('lang')).toBe('es');
    expect(container.querySelectorAll('a')).toHaveLength(3);
  });

  it('says "Source:" for one source', () => {
    render(<SourceNote item={backedBy('fdaSeizures')} />);
    expect(screen.getByText(/^Source:/).querySelectorAll('a')).toHaveLength(1);
  });
});

describe('sourceUses', () => {
  const entry = (label: string, ...keys: Parameters<typeof backedBy>) => ({ label, item: backedBy(...keys) });

  it('lists each source once across a section, in first-use order, with the items it backs', () => {
    const uses = sourceUses([
      entry('Never stop suddenly', 'fdaSeizures', 'patientGuideStoppingSuddenly'),
      entry('It can take weeks', 'fdaDependenceWeeks', 'racgpProtracted'),
    ]);
    expect(uses.map((use) => use.sources[0])).toEqual([
      EVIDENCE.fdaSeizures.source,
      EVIDENCE.patientGuideStoppingSuddenly.source,
      EVIDENCE.racgpProtracted.source,
    ]);
    // The FDA page backs both items; each other source backs only the item that cites it.
    expect(EVIDENCE.fdaSeizures.source).toBe(EVIDENCE.fdaDependenceWeeks.source);
    expect(uses.map((use) => use.usedFor)).toEqual([
      ['Never stop suddenly', 'It can take weeks'],
      ['Never stop suddenly'],
      ['It can take weeks'],
    ]);
  });

  it('names an item once per source, and none when the section gives no labels', () => {
    const twice = sourceUses([entry('Symptoms', 'fdaSeizures'), entry('Symptoms', 'fdaDependenceWeeks')]);
    expect(twice.map((use) => use.usedFor)).toEqual([['Symptoms']]);
    expect(sourceUses([entry('', 'fdaSeizures')])[0]?.usedFor).toEqual([]);
  });

  it('lists two pages of one guide once, as the guide, linked to the first page cited', () => {
    const uses = sourceUses([entry('Where', 'patientGuideStoppingSuddenly'), entry('Slowly', 'patientGuideSlowFirst')]);
    expect(EVIDENCE.patientGuideStoppingSuddenly.source).not.toBe(EVIDENCE.patientGuideSlowFirst.source);
    expect(uses).toHaveLength(1);
    expect(uses[0]?.sources[0]).toBe(EVIDENCE.patientGuideStoppingSuddenly.source);
    expect(uses[0]?.usedFor).toEqual(['Where', 'Slowly']);
  });

  it('asks readers to check the official site for a source any item saw only in a copy', () => {
    // Crisis Text Line's page backs one quote directly (free, always open) and another only through a copy.
    const uses = sourceUses([entry('a', 'fdaSeizures'), entry('b', 'ctlFreeAlways'), entry('c', 'ctlHome', 'fdaDependenceWeeks')]);
    const confidenceOf = (key: 'fdaSeizures' | 'ctlFreeAlways') => uses.find((use) => use.sources[0] === EVIDENCE[key].source)?.confidence;
    expect(EVIDENCE.ctlFreeAlways.source).toBe(EVIDENCE.ctlHome.source);
    expect(uses).toHaveLength(2);
    expect(confidenceOf('fdaSeizures')).toBe('verified');
    expect(confidenceOf('ctlFreeAlways')).toBe('check-official');
  });
});

describe('SectionSources', () => {
  it('is one closed disclosure listing each source with its link, the items it backs and the reviewed date', () => {
    const { container } = render(
      <SectionSources
        entries={[
          { label: 'Never stop suddenly', item: backedBy('fdaSeizures', 'patientGuideStoppingSuddenly') },
          { label: 'It can take weeks', item: backedBy('fdaDependenceWeeks') },
        ]}
      />,
    );
    const details = container.querySelector('details.section-sources');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Sources for this section');
    const lines = [...container.querySelectorAll('li.source-note')];
    expect(lines).toHaveLength(2);
    expect(lines[0]?.querySelector('a')?.getAttribute('href')).toBe(EVIDENCE.fdaSeizures.source.url);
    expect(lines[0]?.textContent).toContain('For: Never stop suddenly; It can take weeks.');
    expect(lines[1]?.textContent).toContain('For: Never stop suddenly.');
    // Both were checked the same day: the date is said once, above the list.
    expect(details?.querySelector(':scope > p.source-note time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const line of lines) expect(line.querySelector('time')).toBeNull();
    expect(container.querySelector('.check-official')).toBeNull();
  });

  it('dates each line when the sources were checked on different days, and adds no full stop after a question', () => {
    const first = backedBy('fdaSeizures');
    const later = { ...backedBy('racgpProtracted'), reviewed: '2099-12-01' as const };
    const { container } = render(
      <SectionSources
        entries={[
          { label: 'New symptoms?', item: first },
          { label: 'Later', item: later },
        ]}
      />,
    );
    expect(container.querySelector('details > p.source-note')).toBeNull();
    const lines = [...container.querySelectorAll('li.source-note')];
    expect(lines.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([first.reviewed, '2099-12-01']);
    expect(lines[0]?.textContent).toContain('For: New symptoms? Reviewed');
    expect(lines[1]?.textContent).toContain('For: Later. Reviewed');
    expect(container.textContent).not.toContain('?.');
  });

  it('says "check the official site" beside a source read only in a copy', () => {
    render(<SectionSources entries={[{ label: 'Text HOME', item: backedBy('ctlHome') }]} />);
    expect(screen.getByText(/Check the official site/).closest('li')?.textContent).toContain('For: Text HOME.');
  });

  it('tells Spanish readers once that the pages are in English, not after every link', () => {
    const { container } = render(
      <LocaleRoot locale="es">
        <SectionSources
          entries={[
            { label: 'Uno', item: backedBy('fdaSeizures') },
            { label: 'Dos', item: backedBy('racgpProtracted', 'nhsScotlandProtracted') },
          ]}
        />
      </LocaleRoot>,
    );
    const text = container.textContent ?? '';
    expect(container.querySelector('summary')?.textContent).toBe('Fuentes de esta sección');
    expect(text.match(/páginas de abajo están en inglés/g)).toHaveLength(1);
    expect(text).not.toContain('(en inglés)');
    expect(text).toContain('Para: Uno.');
    expect(container.querySelectorAll('a')).toHaveLength(3);
  });
});

describe('byPublisher', () => {
  it('names each publisher once, and two pages of one guide as the guide', () => {
    const { patientGuideWhere, patientGuideDoses, guidelineConsiderations, fdaBoxedWarning2020 } = SOURCES;
    expect(patientGuideWhere.title).toBe(patientGuideDoses.title);
    const groups = byPublisher([patientGuideWhere, fdaBoxedWarning2020, patientGuideDoses, guidelineConsiderations]);
    expect(groups).toEqual([
      { publisher: patientGuideWhere.publisher, documents: [patientGuideWhere, guidelineConsiderations] },
      { publisher: fdaBoxedWarning2020.publisher, documents: [fdaBoxedWarning2020] },
    ]);
  });
});
