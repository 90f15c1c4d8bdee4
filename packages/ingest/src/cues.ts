// Attribution cues: the words that say a sentence reports what someone else holds. Each rule has
// a stable id (proposals name it) and a pattern; the first rule whose pattern occurs outside
// quotation marks wins, so the list runs from the most specific to the most general.
import type { Language, RuleId } from './types';

export interface CueRule {
  rule: RuleId;
  pattern: RegExp;
  /** The claim follows the cue as a clause ("behauptet, dass …", "reports that …"). */
  introducesClause?: boolean;
}

// \b is ASCII-only in JavaScript; these bound words in any script.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const cue = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

export const CUE_RULES: Record<'de' | 'en', CueRule[]> = {
  de: [
    {
      rule: 'de.wie-bemerkt',
      pattern: cue(
        'wie\\s+[^,.;:]{1,60}?\\s(?:bemerkt|bemerkte|betont|betonte|schreibt|schrieb|berichtet|berichtete|erklärt|erklärte|sagte|mitteilte)',
      ),
    },
    {
      rule: 'de.berichte-wonach',
      pattern: cue('(?:Berichte|Berichten|Meldungen|Angaben|Informationen),?\\s+(?:wonach|denen zufolge|nach denen)'),
      introducesClause: true,
    },
    { rule: 'de.so-die', pattern: /(?:^|[,“”"»«]\s*)(so\s+(?:(?:die|der|das|den|dem)\s+)?)(?=\p{Lu})/gu },
    { rule: 'de.nach-angaben', pattern: cue('nach\\s+(?:eigenen\\s+)?Angaben') },
    { rule: 'de.laut', pattern: /(?<![\p{L}\p{N}])laut(?=\s+(?:\p{Lu}|(?:dem|der|den|des|einem|einer)\s))/giu },
    { rule: 'de.zufolge', pattern: cue('zufolge') },
    { rule: 'de.sagte', pattern: cue('sagte|sagten|sagt|sagen|gesagt|erklärte|erklärten|teilte\\s+mit|teilten\\s+mit|betonte|warnte') },
    { rule: 'de.berichtet', pattern: cue('berichtet|berichtete|berichteten|berichten|meldete|meldet') },
    { rule: 'de.schreibt', pattern: cue('schreibt|schrieb|schreiben|schrieben') },
    { rule: 'de.behauptet', pattern: cue('behauptet|behauptete|behaupteten|behaupten|Behauptung'), introducesClause: true },
    { rule: 'de.bestaetigt', pattern: cue('bestätigt|bestätigte|bestätigten|bestätigen'), introducesClause: true },
    {
      rule: 'de.bestreitet',
      pattern: cue('bestreitet|bestritt|bestritten|bestreiten|dementiert|dementierte|dementierten|wies\\s+zurück'),
      introducesClause: true,
    },
    {
      rule: 'de.vermuten-lassen',
      pattern: cue('vermuten\\s+lassen|vermuten\\s+lässt|lassen\\s+vermuten|lässt\\s+vermuten'),
      introducesClause: true,
    },
    { rule: 'de.angeblich', pattern: cue('angeblich|mutmaßlich|Medienberichten') },
    { rule: 'de.soll', pattern: cue('(?:soll|sollen)(?=\\s[^.;]*?\\s(?:haben|sein)\\s*[.!,;]?$)') },
  ],
  en: [
    { rule: 'en.according-to', pattern: cue('according\\s+to') },
    { rule: 'en.told', pattern: cue('told') },
    { rule: 'en.said', pattern: cue('said|says|say|stated|added|noted|warned|announced') },
    { rule: 'en.reported', pattern: cue('reported|reports\\s+that|report\\s+that|reportedly|wrote|writes'), introducesClause: true },
    { rule: 'en.claims', pattern: cue('claims|claimed|claim\\s+that|asserted|asserts'), introducesClause: true },
    { rule: 'en.confirmed', pattern: cue('confirmed|confirms|confirm'), introducesClause: true },
    { rule: 'en.alleged', pattern: cue('alleged|alleges|allegedly'), introducesClause: true },
    { rule: 'en.denied', pattern: cue('denied|denies|deny|rejected\\s+claims|dismissed\\s+claims'), introducesClause: true },
    { rule: 'en.suggest', pattern: cue('suggest|suggests|suggested|indicate|indicates|indicated'), introducesClause: true },
  ],
};

/** The report's own voice asserting a fact: "Klar ist, dass …", "It is clear that …". */
export const ASSERTION_CUES: Record<'de' | 'en', RegExp> = {
  de: cue('klar\\s+ist|fest\\s+steht|es\\s+ist\\s+klar|es\\s+steht\\s+fest|unstrittig\\s+ist|sicher\\s+ist'),
  en: cue('it\\s+is\\s+clear|it\\s+is\\s+certain|there\\s+is\\s+no\\s+doubt|what\\s+is\\s+clear\\s+is'),
};

/** A prediction's conditional: a modal and an if-clause ("könnte …, wenn …", "would … if …"). */
export const PREDICTION_CUES: Record<'de' | 'en', { modal: RegExp; condition: RegExp }> = {
  de: {
    modal: cue('könnte|könnten|würde|würden|dürfte|dürften|wird|werden|droht|drohen'),
    condition: cue('wenn|falls|sofern|sollte|sollten'),
  },
  en: { modal: cue('could|would|will|might|may|faces?|risks?'), condition: cue('if|unless|should') },
};

/** A finite verb of fact: what makes an own-voice sentence a statement rather than a label. */
export const FACT_VERBS: Record<'de' | 'en', RegExp> = {
  de: cue('hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|gibt|gab|\\p{Ll}+te|\\p{Ll}+ten|\\p{Ll}+t'),
  en: cue('is|are|was|were|has|have|had|will|\\p{Ll}+ed|\\p{Ll}{2,}s'),
};

/** Words that join two clauses that may each carry their own claim and cue. */
export const CLAUSE_JOINS: Record<'de' | 'en', RegExp> = {
  de: /;\s+|,\s+(?=(?:und|aber|doch|während|wohingegen)\s)|\s+(?=und\s+\p{Lu})/gu,
  en: /;\s+|,\s+(?=(?:and|but|while|whereas)\s)/gu,
};

export function languageKey(language: Language): 'de' | 'en' {
  return language === 'de' ? 'de' : 'en';
}
