import type { IsoDate } from '@/help-content/types';
import { type DiaryEntry, daysBetween } from '@/shared/diary/diary-entry';
import { trendSentence } from '@/shared/diary/diary-summary-text';
import {
  answerFor,
  entriesIn,
  type Measure,
  MEASURES,
  PERIOD_WEEKS,
  type PeriodWeeks,
  periodEnding,
  trendOf,
} from '@/shared/diary/diary-trend';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { formatReviewDate } from '@/shared/format-review-date';
import { usePageI18n } from '@/ui/use-i18n';

interface DiaryChartProps {
  diary: readonly DiaryEntry[];
  today: string;
  weeks: PeriodWeeks;
  measure: Measure;
  onWeeks: (weeks: PeriodWeeks) => void;
  onMeasure: (measure: Measure) => void;
}

// The drawing's own units; it scales to the panel's width.
const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 8;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 22;

/**
 * One measure over 2, 4 or 12 weeks: a line through the days answered, the days the dose changed marked, a
 * one-sentence summary that screen readers hear, and the same days as a table.
 */
export function DiaryChart({ diary, today, weeks, measure, onWeeks, onMeasure }: DiaryChartProps) {
  const { locale } = usePageI18n();
  const words = DIARY_WORDS[locale];
  const w = words.ui;
  const period = periodEnding(today, weeks);
  const days = daysBetween(period.from, period.to);
  const entries = entriesIn(diary, period);
  const trend = trendOf(diary, measure, period);
  const sentence = trendSentence(trend, weeks, locale);
  const labels = measure === 'overall' ? w.overallLevels : w.symptomLevels;
  const x = (day: string) => LEFT + (daysBetween(period.from, day) / days) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / 3) * (HEIGHT - TOP - BOTTOM);
  const points = entries.flatMap((entry) => {
    const value = answerFor(entry, measure);
    return value === undefined ? [] : [{ day: entry.day, value }];
  });
  const date = (day: string) => formatReviewDate(day as IsoDate, locale);
  const title = w.chartLabel(words.measures[measure], weeks);

  return (
    <section class="card diary-chart" aria-labelledby="diary-chart-title">
      <h3 id="diary-chart-title">{w.chartTitle}</h3>
      <div class="diary-chart-controls">
        <fieldset class="diary-periods">
          <legend>{w.period}</legend>
          {PERIOD_WEEKS.map((option) => (
            <label key={option} class="diary-level">
              <input type="radio" name="diary-weeks" checked={option === weeks} onChange={() => onWeeks(option)} />
              <span>{w.weeks(option)}</span>
            </label>
          ))}
        </fieldset>
        <label class="diary-select">
          <span>{w.measure}</span>
          <select value={measure} onChange={(event) => onMeasure(event.currentTarget.value as Measure)}>
            {MEASURES.map((option) => (
              <option key={option} value={option}>
                {words.measures[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="diary-chart-sentence" class="diary-trend">
        {sentence}
      </p>
      <svg
        class="diary-graph"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={title}
        aria-describedby="diary-chart-sentence"
        preserveAspectRatio="none"
      >
        {[0, 1, 2, 3].map((level) => (
          <line key={level} class="diary-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} />
        ))}
        {entries
          .filter((entry) => entry.doseChanged)
          .map((entry) => (
            <line key={`dose-${entry.day}`} class="diary-dose-mark" x1={x(entry.day)} x2={x(entry.day)} y1={TOP} y2={HEIGHT - BOTTOM} />
          ))}
        {points.length > 1 && <polyline class="diary-line" points={points.map((p) => `${x(p.day)},${y(p.value)}`).join(' ')} />}
        {points.map((p) => (
          <circle key={p.day} class="diary-point" cx={x(p.day)} cy={y(p.value)} r={3} />
        ))}
        <text class="diary-axis" x={LEFT} y={HEIGHT - 6}>
          {date(period.from)}
        </text>
        <text class="diary-axis" x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end">
          {date(period.to)}
        </text>
      </svg>
      <p class="hint diary-legend" aria-hidden="true">
        <span class="diary-legend-top">{`3: ${labels[3]}`}</span> · <span>{`0: ${labels[0]}`}</span> ·{' '}
        <span class="diary-legend-dose">{w.doseChangeMark}</span>
      </p>
      {entries.length === 0 && <p>{w.noCheckIns}</p>}
      {entries.length > 0 && (
        <details class="diary-table">
          <summary>{w.showTable}</summary>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{w.day}</th>
                <th scope="col">{w.answer}</th>
                <th scope="col">{w.doseChangeMark}</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((entry) => {
                const value = answerFor(entry, measure);
                return (
                  <tr key={entry.day}>
                    <th scope="row">{date(entry.day)}</th>
                    <td>{value === undefined ? w.unanswered : `${value}: ${labels[value]}`}</td>
                    <td>{entry.doseChanged ? '✓' : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
