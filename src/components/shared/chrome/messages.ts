/**
 * Every English word the chart chrome prints (headline block, source line, footer, legends in
 * exports), in one place so that a message catalogue can replace them. Functions take the
 * numbers and names they put into a sentence.
 * @example chromeMessages.andMore("12") // "and 12 more"
 */
export const chromeMessages = {
  /** Before one source's name. */
  source: "Source",
  /** Before several sources' names. */
  sources: "Sources",
  /** After the names listed, when more sources were used. */
  andMore: (count: string) => `and ${count} more`,
  /** The word between the last two names of a list. */
  and: "and",
  /** The link to the data file. */
  getTheData: "Get the data",
  /** Before the content note. */
  contentNote: "Content note",
  /** Before the chart notes. */
  notes: "Note",
  /** The accessible name of the chrome's header and footer. */
  chartHeader: "About this chart",
  chartFooter: "Notes and sources",
} as const;

/** The shape of {@link chromeMessages}, for a catalogue that supplies another language. */
export type ChromeMessages = typeof chromeMessages;
