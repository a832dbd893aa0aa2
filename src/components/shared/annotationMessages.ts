import { t } from "../../i18n/catalog";

/** The words of annotations and event images in a locale, from the message catalogue. */
export function annotationMessagesIn(locale?: string) {
  return {
    /** Before the list of notes in a chart's text summary, and the caption of their table. */
    notes: t(locale, "annotation.notes"),
    tableCaption: (title: string) => t(locale, "annotation.tableCaption", { title }),
    columnNote: t(locale, "annotation.note"),
    columnAbout: t(locale, "annotation.about"),
    columnSources: t(locale, "chart.sources"),
    /** What a note points at, in the summary and the table. */
    onEvent: (title: string) => t(locale, "annotation.onEvent", { title }),
    atDate: (date: string) => date,
    /** Shown in place of an image when remote images are switched off. */
    imageOff: (alt: string) => t(locale, "media.imageOff", { alt }),
    /** Before an image's credit. */
    credit: (credit: string) => t(locale, "media.credit", { credit }),
  };
}

/** The English words of annotations and event images. */
export const annotationMessages = annotationMessagesIn("en");
