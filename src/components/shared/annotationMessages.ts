/**
 * The English words of annotations and event images, in one place so that they can move into
 * the i18n catalogue as they are.
 */
export const annotationMessages = {
  /** Before the list of notes in a chart's text summary, and the caption of their table. */
  notes: "Notes on the chart",
  tableCaption: (title: string) => `${title}: notes on the chart`,
  columnNote: "Note",
  columnAbout: "About",
  columnSources: "Sources",
  /** What a note points at, in the summary and the table. */
  onEvent: (title: string) => `on “${title}”`,
  atDate: (date: string) => date,
  /** Shown in place of an image when remote images are switched off. */
  imageOff: (alt: string) => `Image not shown: ${alt}`,
  /** Before an image's credit. */
  credit: (credit: string) => `Image: ${credit}`,
} as const;
