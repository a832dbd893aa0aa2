import * as z from "zod/mini";

/**
 * An identifier for a source, actor or event: letters, digits and `-_.:`, starting with a
 * letter or digit, so it survives a URL, a CSS selector escape and a CSV cell unchanged.
 * @example Id.parse("operation-rescue-2011")
 */
export const Id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, {
    message: "an id of letters, digits and - _ . : (no spaces), starting with a letter or digit",
  }),
  z.maxLength(200),
);
export type Id = z.infer<typeof Id>;
