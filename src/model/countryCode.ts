import * as z from "zod/mini";
import { countryCodes } from "./countryCodes";

/**
 * An ISO 3166-1 alpha-2 country code in upper case, such as `DE` or `GB` (not `UK`).
 * @example CountryCode.parse("NL")
 */
export const CountryCode = z.string().check(
  // `expects` names the expectation for `fromZodIssues`, which words it in the reader's language.
  z.refine((code) => countryCodes.has(code), { params: { expects: "country_code" } }),
  z.meta({ pattern: "^[A-Z]{2}$" }),
);
export type CountryCode = z.infer<typeof CountryCode>;
