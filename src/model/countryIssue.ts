import { countryCodeLookalikes } from "./countryCodes";
import type { Issue } from "./issue";
import { didYouMean, type Locale, lastKey } from "./issueWords";
import { tValidation } from "./messages";

/**
 * The issue of a value that is not an ISO country code: `invalid_country` where a country is
 * expected (an actor's `country`, an event's `countries`), with a hint for look-alikes (UK)
 * and lower case.
 */
export function countryIssue(base: Omit<Issue, "code" | "message">, locale: Locale): Issue {
  const path = base.path;
  const key = lastKey(path);
  const parent = path[path.length - 2];
  const expected = tValidation(locale, "validation.expectedCountryCode");
  if (key !== "country" && parent !== "countries")
    return { ...base, code: "invalid_value", message: expected, expected };
  const found = base.found ?? "";
  const lookalike = countryCodeLookalikes[found.toUpperCase()];
  const upper = found.toUpperCase();
  return {
    ...base,
    code: "invalid_country",
    message: tValidation(locale, "validation.invalidCountry", { found }),
    expected,
    ...(lookalike
      ? { hint: didYouMean(lookalike, locale) }
      : upper !== found && /^[A-Z]{2}$/.test(upper)
        ? { hint: tValidation(locale, "validation.upperCaseCountry", { code: upper }) }
        : {}),
  };
}
