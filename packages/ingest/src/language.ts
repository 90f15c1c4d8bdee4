// Language detection by franc-min's trigram profiles (bundled data: nothing is fetched), with
// the answer mapped from ISO 639-3 to the two-letter tags reports carry.
import { francAll } from 'franc-min';
import type { Language } from './types';

const ISO_639_3_TO_1: Record<string, string> = {
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  ces: 'cs',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
};

export interface LanguageGuess {
  language: Language;
  /** 0..1: how far ahead of the runner-up the winner is (1 when nothing comes close). */
  confidence: number;
  /** True when the text was too short or too close to call and the fallback was returned. */
  fallback: boolean;
}

export interface DetectOptions {
  /** Returned when the text is too short or the guess too close to call; 'en' by default. */
  fallback?: Language;
  /** Below this confidence the fallback is returned; 0.01 by default (the margin shrinks as texts grow). */
  minConfidence?: number;
}

// Trigram distances of closely related languages differ by a few percent on short texts.
const DEFAULT_MIN_CONFIDENCE = 0.01;
const MIN_LENGTH = 20;

/** The language of a text, with how sure the guess is. */
export function guessLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  const fallback = options.fallback ?? 'en';
  const letters = text
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (letters.length < MIN_LENGTH) return { language: fallback, confidence: 0, fallback: true };
  const [best, second] = francAll(letters, { minLength: MIN_LENGTH });
  if (!best || best[0] === 'und') return { language: fallback, confidence: 0, fallback: true };
  const confidence = second ? best[1] - second[1] : 1;
  const language = ISO_639_3_TO_1[best[0]] ?? best[0];
  if (confidence < (options.minConfidence ?? DEFAULT_MIN_CONFIDENCE)) {
    return { language: fallback, confidence, fallback: true };
  }
  return { language, confidence, fallback: false };
}

/** The language of a text ('de', 'en', ...), or the fallback ('en') when it cannot tell. */
export function detectLanguage(text: string, options: DetectOptions = {}): Language {
  return guessLanguage(text, options).language;
}
