// Words for the API's codes, in the interface language (English).
import type { InformationCredibility, SourceReliability } from '@claimgraph/sdk';

/** `NEWS_OUTLET` → "News outlet". */
export function humanize(code: string | null | undefined): string {
  if (!code) return '';
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German" for `de`; the tag itself when it is not a known language. */
export function languageName(tag: string | null | undefined): string {
  if (!tag) return 'Language unknown';
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Admiralty source reliability: how far the source itself can be trusted. */
export const RELIABILITY: Record<SourceReliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Admiralty information credibility: how believable the claim was as reported. */
export const CREDIBILITY: Record<InformationCredibility, string> = {
  CONFIRMED: '1 – confirmed by other sources',
  PROBABLY_TRUE: '2 – probably true',
  POSSIBLY_TRUE: '3 – possibly true',
  DOUBTFUL: '4 – doubtful',
  IMPROBABLE: '5 – improbable',
  CANNOT_BE_JUDGED: '6 – cannot be judged',
};

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
