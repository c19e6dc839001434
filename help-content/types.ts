import type { EvidenceKey } from '@/help-content/evidence';
import type { RegionCode } from '@/help-content/regions';

/** ISO calendar date (YYYY-MM-DD) on which Steady last checked an item against its source. */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * How an item was checked: 'verified' against a stored copy of the official source, or
 * 'check-official' when only a secondary copy agreed, so the UI tells people to check the official site.
 */
export type Confidence = 'verified' | 'check-official';

/** An official or primary source that an item was written from. */
export interface Source {
  /** Who published it, as a reader would name it ("US Food and Drug Administration"). */
  publisher: string;
  /** Short title of the page or document. */
  title: string;
  /**
   * Official https address. Absent only where the service itself is confirmed but its official page has not
   * been checked yet: the UI then says the page is not linked, rather than link an unchecked address.
   */
  url?: string;
}

/**
 * Every fact, tip, guide passage and helpline carries where it came from, when it was last checked, and the
 * evidence for each thing it says: keys into `evidence.ts`, each with an exact quote in `tasks/evidence-quotes.ts`.
 * `source` and `confidence` are worked out from the evidence (`backed-by.ts`): the source shown is the first
 * evidence's, and one quote seen only in a copy makes the whole item "check the official site".
 */
export interface Sourced {
  /** Every distinct source behind the item's evidence, in the order the evidence names them; readers see them all. */
  sources: readonly [Source, ...Source[]];
  reviewed: IsoDate;
  confidence: Confidence;
  evidence: readonly [EvidenceKey, ...EvidenceKey[]];
}

/** A short piece of help text: a safety fact, a coping tip, or a way to help someone. */
export interface HelpItem extends Sourced {
  id: string;
  title: string;
  /** One to three plain sentences. */
  text: string;
}

/** A sign that means "call emergency services now". */
export interface RedFlag extends Sourced {
  id: string;
  /** Completes "Call now if someone…". */
  sign: string;
}

/** A group of common withdrawal symptoms ("Mood", "Sleep"). */
export interface SymptomGroup extends Sourced {
  id: string;
  label: string;
  symptoms: string[];
}

/** Where a helpline works: one country, or anywhere ('INTL': the international crisis-line directories). */
export type HelplineRegion = RegionCode | 'INTL';

/** The details of a helpline that each need their own evidence. */
export type HelplineDetail = 'service' | 'call' | 'tty' | 'text' | 'chat' | 'hours' | 'cost' | 'languages' | 'callNote' | 'area';

export type HelplineKind = 'emergency' | 'crisis' | 'referral' | 'urgent-care' | 'peer' | 'poison' | 'directory';

/** A phone number as people read it and as a phone dials it. */
export interface PhoneNumber {
  /** As people read it, digits only: "1-800-662-4357" (the same digits as `dial`). */
  display: string;
  /** Digits to dial: a short code ("988") or an E.164 number ("+18006624357"). */
  dial: string;
}

/** A text-message line: the number to text and, where the service asks for one, the word to send. */
export interface TextLine {
  /** Digits to text, as a phone's messages app takes them ("0477131114"). */
  number: string;
  /** As people in the country write it ("0477 13 11 14"), the same digits as `number`; absent where that is the number itself. */
  display?: string;
  keyword?: string;
}

export interface Helpline extends Sourced {
  /** The evidence for each detail the line shows: a test fails when a detail has none. */
  evidenceFor: Readonly<Partial<Record<HelplineDetail, EvidenceKey | readonly EvidenceKey[]>>>;
  id: string;
  region: HelplineRegion;
  kind: HelplineKind;
  name: string;
  /** One plain sentence on what the line is for. */
  purpose: string;
  call?: PhoneNumber;
  /** Extra spoken instructions after dialling ("Press 1"). */
  callNote?: string;
  tty?: PhoneNumber;
  text?: TextLine;
  /** Official web chat address. */
  chatUrl?: string;
  /**
   * When it answers, as words that complete "Open …" ("24 hours a day, 7 days a week"). Absent when no
   * official source says: never guessed.
   */
  hours?: string;
  /** What it costs, as a phrase that can stand as its own sentence ("Free and confidential"). Absent when no official source says. */
  cost?: string;
  /** Empty when the source names none. */
  languages: string[];
  /** The line's official site; emergency numbers have none. */
  url?: string;
  /** Where in the country the line works, when not everywhere, as a phrase ("Northern Ireland only"). */
  area?: string;
}

/**
 * A helpline as the in-page card carries it, and all that copying reads: no sourcing and no region, and its
 * purpose only on a line with no number to call or text, the one place the card or a copy shows it.
 */
export type CardLine = Omit<Helpline, keyof Sourced | 'evidenceFor' | 'region' | 'purpose'> & { purpose?: string };

/** The lines one reader's card shows: the region's main helpline, its crisis line, and its emergency line or advice. */
export interface CardLines {
  main: CardLine;
  crisis: CardLine;
  emergency: CardLine;
}

/** One titled part of a longer guide in the side panel. */
export interface GuideBlock extends Sourced {
  id: string;
  heading: string;
  /** Plain sentences. */
  text: string;
  bullets?: string[];
}

export interface Guide {
  id: string;
  title: string;
  /** One sentence under the title saying what the guide is for. */
  summary: string;
  blocks: readonly GuideBlock[];
}

/** Something to ask or bring to an appointment; the user can tick it off. */
export interface ChecklistItem extends Sourced {
  id: string;
  text: string;
  group: 'ask' | 'bring';
}

export type ResourceKind = 'find-treatment' | 'outpatient' | 'peer-support' | 'benzo-support' | 'family' | 'other-substances';
/**
 * Who runs a resource. 'unconfirmed' where no checked source says who runs it (the research has it from memory
 * only): the card says so rather than guess.
 */
export type ResourceOperator = 'government' | 'nonprofit' | 'commercial' | 'unconfirmed';
/** Where a resource serves people: a country, or anywhere online. */
export type ResourceRegion = RegionCode | 'online';

export interface ResourceGroup {
  kind: ResourceKind;
  label: string;
  /** Plain guidance shown above the group's resources: advice only, never a claim that would need a source. */
  intro: string;
}

export interface Resource extends Sourced {
  id: string;
  name: string;
  /** The first kind is its main group, where it shows when all kinds are listed. */
  kinds: readonly ResourceKind[];
  operator: ResourceOperator;
  cost: string;
  region: ResourceRegion;
  description: string;
  /** A caution a reader should see before using it. */
  caution?: string;
  url: string;
  /**
   * Search words only, never shown and never a claim: drug names, brand names and everyday words (English and
   * Spanish) a person might type, so a search for "klonopin" finds a guide about benzos.
   */
  tags?: readonly string[];
}
