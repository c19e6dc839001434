import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { SourceNote } from '@/components/common/SourceNote';
import { backedBy } from '@/help-content/backed-by';
import { EVIDENCE } from '@/help-content/evidence';
import { WITHDRAWAL_AND_HELP } from '@/help-content/guides';
import { byPublisher, sourceLines } from '@/help-content/source-lines';
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

describe('sourceLines', () => {
  it('lists each source once across items, in first-use order', () => {
    const lines = sourceLines([backedBy('fdaSeizures', 'patientGuideStoppingSuddenly'), backedBy('fdaDependenceWeeks', 'racgpProtracted')]);
    expect(lines.map((line) => line.sources[0])).toEqual([
      EVIDENCE.fdaSeizures.source,
      EVIDENCE.patientGuideStoppingSuddenly.source,
      EVIDENCE.racgpProtracted.source,
    ]);
  });

  it('asks readers to check the official site for a source any item saw only in a copy', () => {
    // Crisis Text Line's page backs one quote directly (free, always open) and another only through a copy.
    const lines = sourceLines([backedBy('fdaSeizures'), backedBy('ctlFreeAlways'), backedBy('ctlHome', 'fdaDependenceWeeks')]);
    const confidenceOf = (key: 'fdaSeizures' | 'ctlFreeAlways') =>
      lines.find((line) => line.sources[0] === EVIDENCE[key].source)?.confidence;
    expect(EVIDENCE.ctlFreeAlways.source).toBe(EVIDENCE.ctlHome.source);
    expect(lines).toHaveLength(2);
    expect(confidenceOf('fdaSeizures')).toBe('verified');
    expect(confidenceOf('ctlFreeAlways')).toBe('check-official');
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
