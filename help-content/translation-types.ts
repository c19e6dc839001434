/**
 * The words of each content item in another language, keyed by the English item's id. Numbers, links,
 * sources and dates are shared, so a translation can only change what people read.
 */
import type { TextLine } from '@/help-content/types';

export interface HelpItemWords {
  title: string;
  text: string;
}

export interface RedFlagWords {
  /** Completes the language's "Call now if someone…". */
  sign: string;
}

export interface SymptomGroupWords {
  label: string;
  /** Same count and order as the English list. */
  symptoms: string[];
}

export interface HelplineWords {
  name: string;
  purpose: string;
  callNote?: string;
  /** Completes the language's "open …" sentence; present exactly when the English line has hours. */
  hours?: string;
  /** Stands as a sentence of its own; present exactly when the English line has a cost. */
  cost?: string;
  languages: string[];
  area?: string;
  /** A text line with the keyword for this language (988 takes AYUDA for Spanish). */
  text?: TextLine;
  /** The service's own page in this language, where one exists (988's Spanish chat): checked by a test. */
  chatUrl?: string;
  url?: string;
}

export interface GuideWords {
  title: string;
  summary: string;
  /** Keyed by block id. */
  blocks: Readonly<Record<string, GuideBlockWords>>;
}

export interface GuideBlockWords {
  heading: string;
  text: string;
  /** Same count and order as the English bullets. */
  bullets?: string[];
}

export interface ChecklistItemWords {
  text: string;
}

export interface ResourceGroupWords {
  label: string;
  intro: string;
}

export interface ResourceWords {
  /** Only where the service has an official name in this language; otherwise the English name shows. */
  name?: string;
  cost: string;
  description: string;
  caution?: string;
}

export type WordsById<T> = Readonly<Record<string, T>>;
