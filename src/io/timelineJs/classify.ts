// How readTimelineJs tells an event's kind, stage and action from its Group and headline.
/** Words in a headline that name a legislative stage, first match wins. */
export const stageWords: [RegExp, string][] = [
  [/opened for signature/i, "opened_for_signature"],
  [/(enter(s|ed)? into|entry into|in) force/i, "in_force"],
  [/ratif/i, "ratified"],
  [/\bsign(s|ed)\b/i, "signed"],
  [/\b(adopt|pass(es|ed)\b|enact|approv)|royal assent/i, "adopted"],
  [/\b(amend|extend|extension)/i, "amended"],
  [/\bexpir/i, "expired"],
  [/\bpropos/i, "proposed"],
  [/\b(declar|statement|summit)/i, "declared"],
  [/\b(review|report)/i, "reviewed"],
];

/** Words in a headline or group that name an enforcement action, first match wins. */
export const actionWords: [RegExp, string][] = [
  [/sentenc/i, "sentence"],
  [/convict/i, "conviction"],
  [/extradit/i, "extradition"],
  [/\bcharge/i, "charge"],
  [/seiz/i, "seizure"],
  [/take-?down|taken down/i, "takedown"],
  [/arrest/i, "arrest"],
];

/** A Group that holds laws, treaties and policy: its rows are legislation. */
export const legalGroup = /\b(legal|legislat|laws?\b|treat|polic|regulat|convention|statute)/i;

/** A Group that holds arrests, sentences and takedowns: its rows are enforcement actions. */
export const enforcementGroup = /\b(arrest|sentenc|convict|charge|extradit|seiz|take-?down)/i;

/**
 * The value of the first pattern that matches any of the texts, in the order of `words`.
 * @example firstMatch(actionWords, "Server taken down"); // "takedown"
 */
export function firstMatch(words: [RegExp, string][], ...texts: string[]): string | undefined {
  for (const text of texts)
    for (const [pattern, value] of words) if (pattern.test(text)) return value;
  return undefined;
}
