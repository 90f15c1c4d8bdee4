// A first English statement for the editor to rewrite. English quotes are tidied into a sentence;
// anything else is NOT translated: the draft keeps the original words behind an explicit marker
// and says so in `untranslated`, so nobody mistakes it for a translation.
import type { Language } from './types';

export interface StatementDraft {
  text: string;
  /** The language the draft's words are in ('en' only when the source was English). */
  language: Language;
  /** True when the words are the original, not English: the editor must translate them. */
  untranslated: boolean;
}

export function englishStatement(candidate: { quote: { exact: string }; language: Language }): StatementDraft {
  const words = candidate.quote.exact
    .replace(/[„“”"»«]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]+$/u, '');
  const sentence = words.charAt(0).toUpperCase() + words.slice(1) + (/[.!?]$/u.test(words) ? '' : '.');
  if (candidate.language === 'en') return { text: sentence, language: 'en', untranslated: false };
  return { text: `[untranslated ${candidate.language}] ${sentence}`, language: candidate.language, untranslated: true };
}
