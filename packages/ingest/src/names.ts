// Names of actors and sources in a text. Known names come from the caller's index (every alias,
// any language) and are matched tolerant of case and of inflection: a suffix on each word
// ("Nordkoreas", "Moskaus", "Vereinigten Staaten") and English possessives ("Russia's").
// Short all-capital names ("US", "AP") match in capitals only, so "us" is not the United States.
// Names with no entry are proposed, never created: people after a title ("Sprecher John Kirby"),
// bodies and outlets by their head word ("… News Agency", "… Ministerium"), and capitalised names
// right after an attribution cue ("laut Reuters", "according to Kyiv Independent").
import type { NameEntry, NameIndex, NameMention, NewNameHint } from './types';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WORD_SUFFIX = '(?:s|es|n|en|e|er|em|ns)?';
const POSSESSIVE = "(?:['’]s|['’])?";

interface Matcher {
  entry: NameEntry;
  pattern: RegExp;
}

const compiled = new WeakMap<NameIndex, Matcher[]>();

/** Every mention of a known name, and names that look new, in text order; never overlapping. */
export function recogniseNames(text: string, index: NameIndex): NameMention[] {
  const known: NameMention[] = [];
  for (const { entry, pattern } of matchersOf(index)) {
    for (const match of text.matchAll(pattern)) {
      known.push({ name: match[0], id: entry.id, kind: entry.kind, start: match.index, end: match.index + match[0].length });
    }
  }
  const chosen = withoutOverlaps(known);
  for (const mention of withoutOverlaps(newNames(text))) {
    if (!chosen.some((m) => m.start < mention.end && mention.start < m.end)) chosen.push(mention);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * The names an entry is matched by: its own, each without a leading article or a parenthesis,
 * the abbreviation in a parenthesis ("Korean Central News Agency (KCNA)") and the initials of
 * a capitalised multiword name ("Associated Press" → "AP") unless two entries share them.
 */
export function namesToMatch(index: NameIndex): Map<NameEntry, string[]> {
  const initialsOwners = new Map<string, Set<NameEntry>>();
  const result = new Map<NameEntry, string[]>();
  for (const entry of index) {
    const names = new Set<string>();
    for (const name of entry.names) {
      const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
      names.add(name).add(plain);
      names.add(plain.replace(/^(?:the|der|die|das)\s+/i, ''));
      for (const inner of name.matchAll(/\(([^)]+)\)/g)) if (/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(inner[1]!)) names.add(inner[1]!);
      const initials = initialsOf(plain);
      if (initials) {
        const owners = initialsOwners.get(initials) ?? new Set();
        initialsOwners.set(initials, owners.add(entry));
      }
    }
    result.set(
      entry,
      [...names].filter((n) => n.length >= 2),
    );
  }
  for (const [initials, owners] of initialsOwners) {
    if (owners.size === 1) for (const owner of owners) result.get(owner)!.push(initials);
  }
  return result;
}

function initialsOf(name: string): string | null {
  const words = name
    .replace(/^(?:the|der|die|das)\s+/i, '')
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|und|der|des|the|de|du)$/i.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

function matchersOf(index: NameIndex): Matcher[] {
  const cached = compiled.get(index);
  if (cached) return cached;
  const matchers: Matcher[] = [];
  for (const [entry, names] of namesToMatch(index)) {
    for (const name of names) matchers.push({ entry, pattern: patternFor(name) });
  }
  compiled.set(index, matchers);
  return matchers;
}

function patternFor(name: string): RegExp {
  const acronym = /^[\p{Lu}\p{N}.&-]{2,5}$/u.test(name);
  if (acronym) return new RegExp(`${B}${escape(name)}(?:s|['’]s)?${E}`, 'gu');
  const words = name.split(/\s+/).map((w) => escape(w) + (w.length >= 3 ? WORD_SUFFIX : ''));
  return new RegExp(`${B}${words.join('\\s+')}${POSSESSIVE}${E}`, 'giu');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutOverlaps<T extends NameMention>(mentions: T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

// A capitalised name: words starting in a capital, joined by spaces, hyphens or a few particles.
const CAP = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*";
const PROPER = `${CAP}(?:\\s+(?:(?:of|for|the|de|del|della|di|da|do|du|la|le|el|al|von|van|bin)\\s+)?${CAP})*`;

const TITLES =
  'Sprecher|Sprecherin|Minister|Ministerin|Außenminister|Außenministerin|Verteidigungsminister|Verteidigungsministerin|Präsident|Präsidentin|Kanzler|Kanzlerin|Botschafter|Botschafterin|General|Generalin|Admiral|Senator|Senatorin|Abgeordnete|Abgeordneter|Regierungssprecher|Direktor|Direktorin|Chef|Chefin|' +
  'spokesman|spokeswoman|spokesperson|President|Prime Minister|Minister|Foreign Minister|Defence Minister|Defense Secretary|Secretary|Secretary of State|Ambassador|Senator|Representative|Gen\\.|General|Admiral|Director|Chancellor|lawmaker|Dr\\.|Prof\\.';
const PERSON = new RegExp(`${B}(?:${TITLES})\\s+(\\p{Lu}\\p{Ll}+(?:[\\s-]+\\p{Lu}[\\p{Ll}-]+){1,2})`, 'gu');

const ORGANISATION_HEADS =
  'Agency|Agentur|Nachrichtenagentur|Ministry|Ministerium|Service|Dienst|Institute|Institut|Council|Rat|Office|Department|Committee|Commission|Kommission|Forces|Army|Armee|Command|Kommando';
const OUTLET_HEADS =
  'Times|Post|News|Press|Presse|Zeitung|Journal|Tribune|Guardian|Herald|Telegraph|Gazette|Allgemeine|Rundschau|Spiegel|Tagesschau|Broadcasting';
const ORGANISATION = new RegExp(`${B}(?:${CAP}\\s+)+(?:${ORGANISATION_HEADS})${E}(?:\\s+(?:of|for)\\s+${CAP}(?:\\s+${CAP})*)?`, 'gu');
const OUTLET = new RegExp(`${B}(?:${CAP}\\s+)+(?:${OUTLET_HEADS})${E}`, 'gu');

const CUE_HEADS =
  'so(?:\\s+(?:die|der|das))?|laut|zufolge|nach\\s+Angaben(?:\\s+(?:der|des|von))?|sagte(?:\\s+(?:der|dem))?|berichtete?|schreibt|schrieb|meldete|according\\s+to(?:\\s+the)?|told(?:\\s+the)?|reported\\s+by(?:\\s+the)?|wrote|said';
const AFTER_CUE = new RegExp(`${B}(?:${CUE_HEADS})\\s+(${PROPER})`, 'gu');

function newNames(text: string): NameMention[] {
  const found: NameMention[] = [];
  const add = (name: string, start: number, hint: NewNameHint) => {
    const cleaned = name.replace(/[.'’-]+$/u, '').replace(/(?:['’]s)$/u, '');
    if (cleaned.length >= 2) found.push({ name: cleaned, id: null, kind: null, hint, start, end: start + cleaned.length });
  };
  for (const m of text.matchAll(PERSON)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'person');
  for (const m of text.matchAll(OUTLET)) add(stripLeadingArticle(m[0]), m.index + m[0].length - stripLeadingArticle(m[0]).length, 'outlet');
  for (const m of text.matchAll(ORGANISATION))
    add(stripLeadingArticle(m[0]), m.index + m[0].length - stripLeadingArticle(m[0]).length, 'organisation');
  for (const m of text.matchAll(AFTER_CUE)) {
    const name = m[1]!;
    // A single capitalised German word after a cue is as likely a common noun as a name.
    const english = /^(?:according|told|reported|wrote|said)/u.test(m[0]);
    if (!english && !name.includes(' ') && !/^\p{Lu}{2,}/u.test(name)) continue;
    add(name, m.index + m[0].length - name.length, 'source');
  }
  return found;
}

function stripLeadingArticle(s: string): string {
  return s.replace(/^(?:The|Die|Der|Das)\s+/u, '');
}
