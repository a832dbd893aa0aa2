import * as z from "zod/mini";

/** The form of an {@link Id}; `fromZodIssues` recognises the schema's error by it. */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * An identifier for a source, actor or event: letters, digits and `-_.:`, starting with a
 * letter or digit, so it survives a URL, a CSS selector escape and a CSV cell unchanged.
 * @example Id.parse("operation-rescue-2011")
 */
export const Id = z.string().check(
  // The data author's wording of the error is `fromZodIssues`'s, in the reader's language.
  z.regex(idPattern),
  z.maxLength(200),
);
export type Id = z.infer<typeof Id>;
