// Admiralty information credibility (1–6) from the hedging words of a sentence. The grade says
// how the report presents the claim, not whether it is true: the editor confirms or overrides it.
// The table in README.md is this list; keep them together.
import { CREDIBILITY_LEVELS, type CredibilityJudgement, type InformationCredibility, type Language } from './types';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'iu');

interface HedgeRule {
  credibility: InformationCredibility;
  pattern: RegExp;
}

// First match wins: negated confirmation before confirmation, doubt before hedging.
const RULES: Record<'de' | 'en', HedgeRule[]> = {
  de: [
    {
      credibility: 'CANNOT_BE_JUDGED',
      pattern: words(
        'nicht\\s+(?:unabhängig\\s+)?(?:bestätigt|bestätigen|überprüft|überprüfen|verifiziert|verifizieren)|unbestätigt\\w*|nicht\\s+überprüfbar',
      ),
    },
    {
      credibility: 'CONFIRMED',
      pattern: words('(?:unabhängig|mehrfach|offiziell)\\s+bestätigt\\w*|von\\s+(?:mehreren|anderen)\\s+\\p{L}+\\s+bestätigt'),
    },
    { credibility: 'PROBABLY_TRUE', pattern: words('bestätigt|bestätigte|bestätigten|bestätigen') },
    { credibility: 'IMPROBABLE', pattern: words('unwahrscheinlich|kaum\\s+glaubhaft|unglaubwürdig|widerlegt') },
    { credibility: 'DOUBTFUL', pattern: words('zweifelhaft|bezweifelt|bezweifeln|Zweifel|fraglich') },
    {
      credibility: 'POSSIBLY_TRUE',
      pattern: words(
        'angeblich|mutmaßlich|vermutlich|möglicherweise|offenbar|(?:Berichte|Berichten|Meldungen),?\\s+(?:wonach|denen\\s+zufolge)|Medienberichten\\s+zufolge|(?:soll|sollen)\\s[^.]{0,80}?\\s(?:haben|sein)|vermuten\\s+lassen|lassen\\s+vermuten|lässt\\s+vermuten|behauptet\\w*|Verdacht',
      ),
    },
  ],
  en: [
    {
      credibility: 'CANNOT_BE_JUDGED',
      pattern: words(
        'not\\s+(?:been\\s+)?(?:independently\\s+)?(?:confirmed|verified)|unconfirmed|unverified|could\\s+not\\s+(?:be\\s+)?(?:independently\\s+)?(?:confirm|verify|verified|confirmed)',
      ),
    },
    { credibility: 'CONFIRMED', pattern: words('independently\\s+(?:confirmed|verified)|confirmed\\s+by\\s+(?:several|multiple|other)') },
    { credibility: 'PROBABLY_TRUE', pattern: words('confirmed|confirms|verified') },
    { credibility: 'IMPROBABLE', pattern: words('improbable|implausible|unlikely|debunked|refuted') },
    { credibility: 'DOUBTFUL', pattern: words('doubtful|doubts?|questionable|disputed') },
    {
      credibility: 'POSSIBLY_TRUE',
      pattern: words(
        'reportedly|allegedly|alleged|purportedly|apparently|possibly|probably|likely|suspected|(?:reports|media\\s+reports)\\s+(?:that|said|suggest)|is\\s+said\\s+to|are\\s+said\\s+to|claims?|claimed',
      ),
    },
  ],
};

const DENIAL: Record<'de' | 'en', RegExp> = {
  de: words(
    'bestreitet|bestritt|bestreiten|bestritten|dementiert|dementierte|dementierten|wies\\s+[^.]{0,40}zurück|weist\\s+[^.]{0,40}zurück',
  ),
  en: words('denied|denies|deny|rejected|dismissed'),
};

/** The Admiralty grade the words of a sentence suggest; 6 (cannot be judged) when none do. */
export function credibilityFromHedging(sentence: string, language: Language): CredibilityJudgement {
  const key = language === 'de' ? 'de' : 'en';
  const denial = DENIAL[key].exec(sentence);
  const note = denial ? `denied ("${denial[0]}"): a denial is evidence against, not a grade` : null;
  for (const rule of RULES[key]) {
    const match = rule.pattern.exec(sentence);
    if (match) return judgement(rule.credibility, match[0], note);
  }
  return judgement('CANNOT_BE_JUDGED', null, note);
}

function judgement(credibility: InformationCredibility, cue: string | null, note: string | null): CredibilityJudgement {
  return { credibility, level: CREDIBILITY_LEVELS[credibility], cue, note };
}
