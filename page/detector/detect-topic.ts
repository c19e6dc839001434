import type { Sensitivity } from '@/shared/settings-schema';
import { normalizeText } from '@/page/detector/normalize-text';
import { urlText } from '@/page/detector/search-query';
import {
  BENZO_CLASS_TERMS,
  BENZO_TERMS,
  EVERYDAY_STOP_TARGETS,
  NOT_BENZO_PHRASES,
  NOT_STOPPING_PHRASES,
  OTHER_SUBJECT_TERMS,
  SLANG_BENZO_TERMS,
  STRONG_STOP_TERMS,
  WEAK_BENZO_TERMS,
  WEAK_STOP_TERMS,
} from '@/page/detector/vocabulary';
import { mayNameABenzo } from '@/page/detector/naming';
import { WORD_END } from '@/page/detector/naming-sources';

/** Where on the page text came from; a word in a title or search query says more than one in a footer. */
export type TextField = 'query' | 'title' | 'url' | 'heading' | 'body';

const FIELD_WEIGHT: Record<TextField, number> = { query: 3, title: 3, url: 2, heading: 2, body: 1 };
const STRONG_WEIGHT = 2;
const WEAK_WEIGHT = 1;
/** A stopping word belongs to a benzo only when the benzo's name is this close (characters). */
const PAIR_WINDOW = 60;
/** A weak word ("stop", "quit") has to be closer still. */
const WEAK_PAIR_WINDOW = 30;
/** At most this many body mentions count, so one long page cannot outweigh its own title. */
const BODY_MENTION_CAP = 12;

export const BENZO_THRESHOLD = 3;
export const STOPPING_THRESHOLD = 4;
/**
 * Page-level model: a benzo named anywhere, and this much stopping and tapering talk anywhere on the page (strong
 * words 2, weak 1, times the field's weight), whether or not the two sit side by side. Forum threads name the drug
 * once and then say "my dose", "the pills", "cut", "hold".
 */
export const PAGE_STOPPING_THRESHOLD = 6;
/** With a stopping word this strong right beside a benzo's name (one strong word, or two weak), this much taper talk is enough. */
const PAIRED_SHORT_PAGE = 2;
const SHORT_PAGE_THRESHOLD = 4;
/**
 * A short page that names a benzo, and no other drug or subject as often, needs only this much taper talk with at
 * least one strong word in it: a forum post names the drug once and then says "the last quarter", "the bajada",
 * "holding". On a longer page, everyday words ("cuts", "hold", "stop") add up by chance.
 */
const SOLE_SUBJECT_THRESHOLD = 3;
const SOLE_SUBJECT_MAX_BODY_CHARS = 4_000;
/** A strong stopping word right beside the drug's name, on a page about nothing else, is enough by itself. */
const PAIRED_SOLE_SUBJECT = 2;
/** At most this many stopping words in the body count towards the page-level total. */
const PAGE_STOP_CAP = 40;

// One flat alternation per category, compiled once (word edges: see WORD_END).
const MATCHER = new RegExp(
  `\\b(?:(${NOT_BENZO_PHRASES.join('|')})|(${NOT_STOPPING_PHRASES.join('|')})|(${BENZO_TERMS.join('|')})|(${WEAK_BENZO_TERMS.join('|')})|(${BENZO_CLASS_TERMS.join('|')})|(${STRONG_STOP_TERMS.join('|')})|(${WEAK_STOP_TERMS.join('|')})|(${OTHER_SUBJECT_TERMS.join('|')})|(${SLANG_BENZO_TERMS.join('|')})|(${EVERYDAY_STOP_TARGETS.join('|')}))${WORD_END}`,
  'g',
);
const CATEGORIES = ['other', 'neutral', 'benzo', 'weakBenzo', 'benzoClass', 'strong', 'weak', 'other', 'slang', 'everyday'] as const;

type Category = (typeof CATEGORIES)[number];
interface Hit {
  category: Category;
  start: number;
  end: number;
  term: string;
}

/** Counted only once a benzo is named on the page: before that, nothing else on it can matter, so nothing is scored. */
export interface TopicScore {
  /** Weighted mentions of benzodiazepines. */
  benzo: number;
  /** Weighted stopping words that sit next to a benzo's name. */
  stopping: number;
  /** Weighted stopping words that belong to something else (alcohol, a bank, a candle). */
  otherStopping: number;
  /** Weighted mentions of other substances and subjects. */
  other: number;
  /** Weighted stopping and tapering words anywhere on the page, paired or not. */
  pageStopping: number;
  /** The strong ones among them ("taper", "withdrawal"), each counted once per weight: "quit" alone is not enough on a short page. */
  pageStrong: number;
}

export interface TopicDecision {
  /** Is this page about benzodiazepines at all? */
  aboutBenzos: boolean;
  /** Is it about stopping, tapering, quitting or withdrawal from one? */
  aboutStopping: boolean;
  /** A benzo is named in the query, title, URL or a heading. */
  prominentBenzo: boolean;
  score: TopicScore;
  /** Normalised words that counted, benzo names and stopping words, for explaining a decision. */
  matchedTerms: string[];
}

/**
 * Runs the topic matcher once on a word, so V8 compiles it then and not in the first slice that scores text. Its
 * first run compiles it to bytecode and its second to machine code (V8 tiers a regular expression up on its second
 * run, or at once on a long text): a few ms each on a busy machine, so each belongs in a task of its own.
 */
export function compileTopicMatcher(): void {
  findHits('benzo');
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  MATCHER.lastIndex = 0;
  for (let m = MATCHER.exec(text); m; m = MATCHER.exec(text)) {
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    hits.push({ category: CATEGORIES[group - 1] ?? 'other', start: m.index, end: m.index + m[0].length, term: m[0] });
  }
  return hits;
}

function gap(a: Hit, b: Hit): number {
  return a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;
}

/** For every hit, the index of the closest earlier and the closest later hit in `categories` (-1: none). */
interface Neighbours {
  before: Int32Array;
  after: Int32Array;
}

/** Two sweeps, so pairing costs the same per hit however densely a page packs matching words. */
function neighbours(hits: Hit[], categories: readonly Category[]): Neighbours {
  const before = new Int32Array(hits.length);
  const after = new Int32Array(hits.length);
  for (let i = 0, last = -1; i < hits.length; i++) {
    before[i] = last;
    if (categories.includes(hits[i]!.category)) last = i;
  }
  for (let i = hits.length - 1, last = -1; i >= 0; i--) {
    after[i] = last;
    if (categories.includes(hits[i]!.category)) last = i;
  }
  return { before, after };
}

/** The nearest of the two neighbours within `limit` characters; on a tie, the earlier one. */
function nearest(hits: Hit[], i: number, side: Neighbours, limit: number): { distance: number; hit?: Hit } {
  const from = hits[i]!;
  let best: { distance: number; hit?: Hit } = { distance: Infinity };
  for (const j of [side.before[i]!, side.after[i]!]) {
    if (j < 0) continue;
    const d = gap(from, hits[j]!);
    if (d <= limit && d < best.distance) best = { distance: d, hit: hits[j] };
  }
  return best;
}

const ANY_BENZO: readonly Category[] = ['benzo', 'weakBenzo', 'benzoClass', 'slang'];
const OTHER: readonly Category[] = ['other', 'everyday'];

/**
 * Builds a decision from text added a piece at a time, so a content script can read a page in small chunks
 * and stop as soon as the answer is clear.
 */
export class TopicAccumulator {
  readonly #score: TopicScore = { benzo: 0, stopping: 0, otherStopping: 0, other: 0, pageStopping: 0, pageStrong: 0 };
  readonly #terms = new Set<string>();
  #bodyBenzoMentions = 0;
  #bodyChars = 0;
  #bodyStopPairs = 0;
  #bodyStopWords = 0;
  /**
   * "benzo" beside a stopping word: benzoyl peroxide, a dog or a rapper are called that too, so it counts only on a
   * page that also names a real benzodiazepine (or says "benzos", "benzodiazepine").
   */
  readonly #nickname = { benzo: 0, stopping: 0 };
  readonly #nicknameTerms = new Set<string>();
  /** Benzo mentions in the query, title, URL or headings: the page is plainly about them. */
  #prominentBenzo = 0;
  /** True once a benzo has been named: from then on, text is scored. */
  #named: boolean;
  /**
   * Text not scored yet, in order: everything seen before a benzo was named (nothing in it can change the decision
   * until one is), and then whatever arrives while that is still being scored. `scoreSome` works through it in
   * pieces, so a name that appears late never makes one long task of everything before it.
   */
  readonly #unscored: [TextField, string][] = [];
  #nextUnscored = 0;

  /** `waitForAName: false` scores every text at once: the same decisions, slower; for proving that in tests. */
  constructor({ waitForAName = true } = {}) {
    this.#named = !waitForAName;
  }

  add(field: TextField, rawText: string): void {
    const text = normalizeText(rawText);
    if (field === 'body') this.#bodyChars += text.length;
    if (!this.#named && mayNameABenzo(text)) this.#named = true;
    if (this.#named && !this.hasUnscored()) this.scoreText(field, text);
    else this.#unscored.push([field, text]);
  }

  /** Text is waiting to be scored (a benzo was named after it arrived): call `scoreSome` between slices. */
  hasUnscored(): boolean {
    return this.#named && this.#nextUnscored < this.#unscored.length;
  }

  /** Scores waiting text, oldest first, until about `maxChars` have been scored. */
  scoreSome(maxChars: number): void {
    for (let scored = 0; this.hasUnscored() && scored < maxChars; ) {
      const [field, text] = this.#unscored[this.#nextUnscored]!;
      this.#unscored[this.#nextUnscored++] = ['body', ''];
      this.scoreText(field, text);
      scored += text.length;
    }
    if (!this.hasUnscored()) {
      this.#unscored.length = 0;
      this.#nextUnscored = 0;
    }
  }

  private scoreText(field: TextField, text: string): void {
    const hits = findHits(text);
    const weight = FIELD_WEIGHT[field];
    const benzoSide = neighbours(hits, ANY_BENZO);
    const otherSide = neighbours(hits, OTHER);
    hits.forEach((hit, i) => {
      if (hit.category === 'benzo') {
        if (field === 'body' && ++this.#bodyBenzoMentions > BODY_MENTION_CAP) return;
        this.#score.benzo += weight;
        if (field !== 'body') this.#prominentBenzo++;
        this.#terms.add(hit.term);
        return;
      }
      if (hit.category === 'weakBenzo' || hit.category === 'benzoClass' || hit.category === 'slang') return;
      if (hit.category === 'everyday' || hit.category === 'neutral') return;
      if (hit.category === 'other') {
        this.#score.other += weight;
        return;
      }
      const strength = hit.category === 'strong' ? STRONG_WEIGHT : WEAK_WEIGHT;
      if (field !== 'body' || ++this.#bodyStopWords <= PAGE_STOP_CAP) {
        this.#score.pageStopping += weight * strength;
        if (hit.category === 'strong') this.#score.pageStrong += weight;
      }
      const window = hit.category === 'strong' ? PAIR_WINDOW : WEAK_PAIR_WINDOW;
      const toBenzo = nearest(hits, i, benzoSide, window);
      const toOther = nearest(hits, i, otherSide, window);
      if (toBenzo.hit && toBenzo.distance <= toOther.distance) {
        if (field === 'body' && ++this.#bodyStopPairs > BODY_MENTION_CAP) return;
        // A bare "benzo" counts only here, beside a stopping word, and only once a real benzo is named too.
        if (toBenzo.hit.category === 'weakBenzo') {
          this.#nickname.benzo += weight;
          this.#nickname.stopping += weight * strength;
          this.#nicknameTerms.add(toBenzo.hit.term).add(hit.term);
          return;
        }
        this.#score.stopping += weight * strength;
        this.#terms.add(hit.term);
        // Street names ("bars", "pins") count as a benzo only here, beside a stopping word.
        if (toBenzo.hit.category === 'slang') {
          this.#score.benzo += weight;
          this.#terms.add(toBenzo.hit.term);
        }
      } else if (toOther.hit?.category === 'other') {
        // A job or a bank account that is quit takes the word away from the benzo, but is no rival subject.
        this.#score.otherStopping += weight * strength;
      }
    });
  }

  decision(): TopicDecision {
    this.scoreSome(Infinity);
    const score = { ...this.#score };
    const terms = new Set(this.#terms);
    const named = score.benzo > 0;
    if (named) {
      score.benzo += this.#nickname.benzo;
      score.stopping += this.#nickname.stopping;
      for (const term of this.#nicknameTerms) terms.add(term);
    }
    const { benzo, stopping, otherStopping, other, pageStopping } = score;
    // Stopping talk about something else that outweighs ours (an alcohol detox page) is not our topic.
    const pairedStopping = benzo >= BENZO_THRESHOLD && stopping >= STOPPING_THRESHOLD && stopping * 2 > otherStopping;
    // The page-level model: a benzo named somewhere, a page full of taper talk, and no other substance or subject
    // (an antidepressant, gabapentin, alcohol) named as often as the benzo.
    // A drug-information page names its drug far more often than it says "do not stop suddenly": the taper talk has
    // to be at least as heavy as the naming.
    // A short post says less: a stopping word right beside the drug's name lowers the bar for the page's taper talk.
    const enoughTaperTalk =
      pageStopping >= PAGE_STOPPING_THRESHOLD ||
      (stopping >= PAIRED_SHORT_PAGE && pageStopping >= SHORT_PAGE_THRESHOLD) ||
      (other <= benzo && stopping >= PAIRED_SOLE_SUBJECT) ||
      (other <= benzo && pageStopping >= SOLE_SUBJECT_THRESHOLD && score.pageStrong > 0 && this.#bodyChars <= SOLE_SUBJECT_MAX_BODY_CHARS);
    const pageLevelStopping =
      named && enoughTaperTalk && pageStopping >= benzo && other <= 2 * benzo + 2 && otherStopping <= stopping + benzo;
    const aboutStopping = pairedStopping || pageLevelStopping;
    const aboutBenzos = benzo >= BENZO_THRESHOLD || aboutStopping;
    return { aboutBenzos, aboutStopping, prominentBenzo: this.#prominentBenzo > 0, score, matchedTerms: [...terms] };
  }

  /** True once more text could not turn a "yes" into a "no" in practice: safe to stop reading. */
  isSettled(): boolean {
    const { benzo, stopping, otherStopping } = this.#score;
    return benzo >= BENZO_THRESHOLD && stopping >= STOPPING_THRESHOLD * 2 && stopping > otherStopping * 2;
  }
}

export interface PageText {
  url: string;
  title: string;
  headings: readonly string[];
  /** Visible body text. */
  text: string;
}

/** Adds what a URL says: a search engine's query, or the words in its path. */
export function addUrl(accumulator: TopicAccumulator, url: string): void {
  const { field, text } = urlText(url);
  accumulator.add(field, text);
}

/** Decides what a whole page is about. */
export function detectTopic(page: PageText): TopicDecision {
  const accumulator = new TopicAccumulator();
  addUrl(accumulator, page.url);
  accumulator.add('title', page.title);
  for (const heading of page.headings) accumulator.add('heading', heading);
  accumulator.add('body', page.text);
  return accumulator.decision();
}

/** Whether to offer help for a decision at the user's chosen sensitivity. */
export function shouldOfferHelp(decision: TopicDecision, sensitivity: Sensitivity): boolean {
  if (sensitivity === 'stopping') return decision.aboutStopping;
  // "Any page about benzodiazepines" still skips pages that mention them beside a bigger subject, such as an
  // alcohol detox page that names the benzo used to treat it.
  const { benzo, other, otherStopping } = decision.score;
  return decision.aboutStopping || (decision.aboutBenzos && otherStopping <= benzo && (decision.prominentBenzo || benzo >= other));
}
