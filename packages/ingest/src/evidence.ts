// Whether a sentence confirms or refutes what it reports: a suggestion that the candidate may be
// evidence for a resolution of a matching claim. Nothing is resolved without an editor.
import type { EvidenceCue, Language } from './types';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'iu');

const NEGATED_CONFIRMATION: Record<'de' | 'en', RegExp> = {
  de: words('nicht\\s+(?:\\p{L}+\\s+){0,2}(?:bestätigt|bestätigen|bestätigte)|unbestätigt\\w*|weder\\s+bestätigt'),
  en: words('not\\s+(?:\\p{L}+\\s+){0,2}(?:confirmed|confirm|verified)|unconfirmed|neither\\s+confirmed|declined\\s+to\\s+confirm'),
};
const CONFIRMATION: Record<'de' | 'en', RegExp> = {
  de: words('bestätigt|bestätigte|bestätigten|bestätigen|belegt|nachgewiesen'),
  en: words('confirmed|confirms|confirm|verified|proved|proven'),
};
const REFUTATION: Record<'de' | 'en', RegExp> = {
  de: words(
    'bestreitet|bestritt|bestreiten|bestritten|dementiert|dementierte|dementierten|widerlegt|widerlegte|wies\\s+[^.]{0,40}zurück|weist\\s+[^.]{0,40}zurück|falsch',
  ),
  en: words('denied|denies|deny|refuted|refutes|debunked|rejected|dismissed|false'),
};

/** 'CONFIRMS' for "bestätigt"/"confirmed", 'REFUTES' for "bestreitet"/"dementiert"/"denied", else null. */
export function evidenceCue(sentence: string, language: Language): EvidenceCue | null {
  const key = language === 'de' ? 'de' : 'en';
  if (REFUTATION[key].test(sentence)) return 'REFUTES';
  if (NEGATED_CONFIRMATION[key].test(sentence)) return null;
  if (CONFIRMATION[key].test(sentence)) return 'CONFIRMS';
  return null;
}
