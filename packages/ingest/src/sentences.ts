// Sentences with offsets into the original text: Intl.Segmenter (ICU's sentence rules) first,
// then a repair pass that joins what ICU splits wrongly in news text: abbreviations ("z. B.",
// "U.S.", "Nr."), ordinals before months ("5. September") and quotations spanning sentences.
// A line break always ends a sentence: headlines and paragraphs never run into each other.
import { endsInsideQuote } from './quotes';
import type { Language, Sentence } from './types';

const ABBREVIATIONS: Record<string, string[]> = {
  de: [
    'z',
    'B',
    'u',
    'a',
    'Nr',
    'Dr',
    'bzw',
    'ca',
    'usw',
    'vgl',
    'ggf',
    'evtl',
    'inkl',
    'Prof',
    'Str',
    'St',
    'Mio',
    'Mrd',
    'Abs',
    'Art',
    'Bd',
    'd',
    'h',
    'v',
    'Chr',
    'geb',
    'gest',
    'sog',
    'Jh',
    'Hr',
    'Fr',
    'Jan',
    'Feb',
    'Aug',
    'Sept',
    'Okt',
    'Nov',
    'Dez',
    'zit',
    'ff',
    'S',
    'o',
    'Gen',
    'Min',
  ],
  en: [
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Prof',
    'Sen',
    'Rep',
    'Gen',
    'Lt',
    'Col',
    'Maj',
    'Capt',
    'Gov',
    'Sgt',
    'St',
    'No',
    'Nos',
    'vs',
    'approx',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
    'Inc',
    'Corp',
    'Ltd',
    'Co',
    'Jr',
    'Sr',
    'e',
    'i',
    'U',
    'S',
    'K',
    'N',
    'Mt',
    'Ft',
  ],
};

const MONTHS =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\b/u;

export function segmentSentences(text: string, language: Language = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) pieces.push({ start: s.index, end: s.index + s.segment.length });

  const abbreviations = new Set([...(ABBREVIATIONS[language] ?? []), ...(ABBREVIATIONS.en ?? [])]);
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && shouldJoin(text, last, piece, abbreviations)) last.end = piece.end;
    else merged.push({ ...piece });
  }

  const sentences: Sentence[] = [];
  for (const { start, end } of merged) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const s = start + lead;
    sentences.push({ index: sentences.length, start: s, end: s + trimmed.length, text: trimmed });
  }
  return sentences;
}

function shouldJoin(
  text: string,
  before: { start: number; end: number },
  after: { start: number; end: number },
  abbreviations: Set<string>,
): boolean {
  const left = text.slice(before.start, before.end);
  if (/[\n\r\u2028\u2029]\s*$/.test(left)) return false;
  const head = text.slice(after.start, after.end).trimStart();
  const tail = left.trimEnd();

  // "z. B.", "U.S.", "Nr.", "Dr." and single initials ("John F. Kennedy").
  const word = /(?:^|[\s(„“"'.])(\p{L}+)\.$/u.exec(tail);
  if (word && (abbreviations.has(word[1]!) || word[1]!.length === 1)) return true;
  // "5. September", "am 3. des Monats": an ordinal before a month or a lower-case word.
  if (/(?:^|\s)\d{1,2}\.$/.test(tail) && (MONTHS.test(head) || /^\p{Ll}/u.test(head))) return true;
  // A quotation opened and not yet closed: join when it closes later in the same paragraph.
  if (endsInsideQuote(text, before.start, before.end)) return closesInParagraph(text, before.start, after.end);
  return false;
}

function closesInParagraph(text: string, from: number, to: number): boolean {
  const paragraphEnd = text.slice(to).search(/\n/);
  const limit = paragraphEnd === -1 ? text.length : to + paragraphEnd;
  return !endsInsideQuote(text, from, limit);
}
