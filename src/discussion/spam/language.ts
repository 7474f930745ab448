/*
 * Which Latin-script language a short text is in, roughly: enough to tell that a comment
 * under an English article is in German or Polish. Common function words, and letters
 * only one of the languages uses, vote; a text must win clearly or the answer is null.
 * (Other scripts are told apart by scriptMismatch in score.ts.)
 */

const functionWordLists: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'was', 'of', 'to', 'in', 'it', 'that', 'this', 'for', 'with', 'you', 'not', 'have', 'on', 'at', 'my', 'we', 'they', 'be', 'from', 'but', 'just', 'what', 'so'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'ich', 'wir', 'mit', 'von', 'zu', 'zum', 'am', 'auf', 'für', 'ein', 'eine', 'auch', 'sich', 'dem', 'den', 'hause', 'jetzt', 'noch', 'bei'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'du', 'une', 'un', 'pour', 'dans', 'pas', 'que', 'qui', 'sur', 'avec', 'vous', 'nous', 'je', 'au', 'aux', 'ce', 'cette', 'très', 'merci', 'chez'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'en', 'de', 'del', 'que', 'un', 'una', 'por', 'para', 'con', 'no', 'muy', 'desde', 'casa', 'su', 'al', 'lo', 'como', 'pero', 'más', 'gracias'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'di', 'che', 'per', 'con', 'non', 'una', 'un', 'del', 'della', 'sono', 'anche', 'casa', 'molto', 'grazie', 'questo', 'ogni'],
  pt: ['o', 'a', 'os', 'as', 'e', 'é', 'de', 'do', 'da', 'que', 'um', 'uma', 'para', 'com', 'não', 'em', 'no', 'na', 'por', 'muito', 'você', 'casa', 'obrigado', 'ganhe'],
  pl: ['i', 'w', 'z', 'na', 'nie', 'się', 'to', 'jest', 'że', 'do', 'od', 'po', 'dla', 'jak', 'ale', 'tak', 'domu', 'dziennie', 'już', 'tylko'],
  nl: ['de', 'het', 'een', 'en', 'is', 'van', 'dat', 'niet', 'ik', 'op', 'met', 'voor', 'zijn', 'je', 'ook', 'maar', 'thuis', 'bij'],
};

const functionWords = Object.entries(functionWordLists).map(([language, list]) => ({ language, words: new Set(list) }));

const telltaleLetters: Record<string, RegExp> = {
  de: /[ßäöü]/giu,
  fr: /[çèêëàâîïôœùû]/giu,
  es: /[ñ¿¡áíóú]/giu,
  pt: /[ãõçâêô]/giu,
  pl: /[łąęśźżćń]/giu,
  it: /[àèéìòù]/giu,
};

/** "pt-BR" → "pt": the part of a language tag the guesses and scripts are about. */
export function primaryLanguage(tag: string | null): string | null {
  return tag ? (tag.toLowerCase().split(/[-_]/)[0] ?? null) : null;
}

export function guessLatinLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return null;
  const votes = new Map<string, number>();
  for (const { language, words: known } of functionWords) {
    const letters = telltaleLetters[language];
    const telltales = letters ? (text.match(letters) ?? []).length : 0;
    votes.set(language, words.filter((w) => known.has(w)).length + Math.min(3, telltales) * 0.5);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1.5) return null;
  return best[1] >= 1.5 * (second?.[1] ?? 0) + 0.5 ? best[0] : null;
}
