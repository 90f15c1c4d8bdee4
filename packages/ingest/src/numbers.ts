// Numbers as values, so that "100 000", "100.000", "100,000" and "100000" compare equal, and
// "1,5 Millionen" equals "1.5 million". A separator followed by exactly three digits groups
// thousands; any other separator is a decimal point (German comma or English point alike).
import type { Language, NumberMention } from './types';

const SCALES: { pattern: RegExp; value: number; languages?: Language[] }[] = [
  { pattern: /^(?:tausend|thousands?)$/i, value: 1e3 },
  { pattern: /^(?:mio\.?|millionen|million|millions|mn)$/i, value: 1e6 },
  { pattern: /^(?:mrd\.?|milliarden|milliarde|bn)$/i, value: 1e9 },
  { pattern: /^(?:billions?)$/, value: 1e9, languages: ['en'] },
  { pattern: /^(?:billionen|billion)$/i, value: 1e12, languages: ['de'] },
  { pattern: /^(?:billions?)$/i, value: 1e9 },
];

// Bare orders of magnitude: "Millionen von Granaten", "hundreds of drones".
const MAGNITUDES: { pattern: RegExp; value: number }[] = [
  { pattern: /^(?:dutzende[n]?|dozens)$/i, value: 12 },
  { pattern: /^(?:hunderte[n]?|hundreds)$/i, value: 100 },
  { pattern: /^(?:tausende[n]?|thousands)$/i, value: 1e3 },
  { pattern: /^(?:millionen|millions)$/i, value: 1e6 },
  { pattern: /^(?:milliarden|billions)$/i, value: 1e9 },
];

const SPACE = '[ \\u00A0\\u202F\\u2009]';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:(?:${SPACE}|[.,'’])\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d+))?` + `(?:${SPACE}?(\\p{L}+\\.?))?`,
  'gu',
);
const WORD = /(?<![\p{L}])\p{L}+/gu;

/** Every number in the text with its value; scale words ("Millionen", "million") multiply. */
export function normaliseNumbers(text: string, language: Language = 'en'): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, integer = '', fraction, word] = match;
    const start = match.index;
    let value = Number(integer.replace(/\D/g, ''));
    if (fraction !== undefined) value += Number(`0.${fraction}`);
    let end = start + whole.length;
    const scale = word === undefined ? undefined : scaleOf(word, language);
    if (scale === undefined && word !== undefined) end -= word.length + (whole.length - whole.trimEnd().length);
    const raw = text.slice(start, end).trimEnd();
    end = start + raw.length;
    found.push({ raw, value: scale === undefined ? value : value * scale, start, end, approximate: false });
  }
  for (const match of text.matchAll(WORD)) {
    const magnitude = MAGNITUDES.find((m) => m.pattern.test(match[0]));
    if (!magnitude) continue;
    const start = match.index;
    if (found.some((n) => n.start <= start && start < n.end)) continue;
    found.push({ raw: match[0], value: magnitude.value, start, end: start + match[0].length, approximate: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function scaleOf(word: string, language: Language): number | undefined {
  const bare = word.replace(/\.$/, '');
  for (const scale of SCALES) {
    if (scale.languages && !scale.languages.includes(language)) continue;
    if (scale.pattern.test(word) || scale.pattern.test(bare)) return scale.value;
  }
  return undefined;
}

/** The text with every number written as its plain value, for comparing texts by their figures. */
export function numbersAsValues(text: string, language: Language = 'en'): string {
  let out = '';
  let at = 0;
  for (const n of normaliseNumbers(text, language)) {
    if (n.approximate) continue;
    out += text.slice(at, n.start) + String(n.value);
    at = n.end;
  }
  return out + text.slice(at);
}
