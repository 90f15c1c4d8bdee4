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

// Counts written as words before a scale word: "eine Million", "one million", "zwei Milliarden".
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einer: 1,
  einen: 1,
  two: 2,
  zwei: 2,
  three: 3,
  drei: 3,
  four: 4,
  vier: 4,
  five: 5,
  fünf: 5,
  six: 6,
  sechs: 6,
  seven: 7,
  sieben: 7,
  eight: 8,
  acht: 8,
  nine: 9,
  neun: 9,
  ten: 10,
  zehn: 10,
  eleven: 11,
  elf: 11,
  twelve: 12,
  zwölf: 12,
};
const COUNTED_SCALE = new RegExp(`(?<![\\p{L}])(${Object.keys(COUNT_WORDS).join('|')})${SPACE}+(\\p{L}+\\.?)(?![\\p{L}])`, 'giu');

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
  for (const match of text.matchAll(COUNTED_SCALE)) {
    const count = COUNT_WORDS[match[1]!.toLowerCase()];
    const scale = count === undefined ? undefined : scaleOf(match[2]!, language);
    if (count === undefined || scale === undefined) continue;
    const start = match.index;
    if (found.some((n) => n.start < start + match[0].length && start < n.end)) continue;
    found.push({ raw: match[0], value: count * scale, start, end: start + match[0].length, approximate: false });
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
