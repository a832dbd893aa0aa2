/**
 * Writes the date words of every shipped locale from date-fns' locales (`npx tsx
 * scripts/generateLocales.ts`; a test fails when the committed output is stale):
 *
 * - `src/time/locales/<tag>.ts`: month names (abbreviated and wide, in a date and standing
 *   alone), the era before year 1, and day and month patterns — from date-fns — with the
 *   approximate/ongoing, season, quarter and century words of `src/i18n/locales/<tag>.json`
 *   (English where that file has none: the module lists them in `fallback`);
 * - `src/i18n/locales/<tag>.ts`: the locale's part, its date words plus its interface messages,
 *   one module per locale so a bundler includes only those imported, and the embed loads one
 *   on demand.
 *
 * Tables, not `Intl.DateTimeFormat`, because ICU versions differ between Node and browsers and
 * a chart rendered in Node must match the browser's.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Locale } from "date-fns/locale";
import * as dateFns from "date-fns/locale";
import { en } from "../src/i18n/messages";
import { handWords } from "../src/time/handWords";

/**
 * Locale tag → date-fns locale export. English is in the core; fr, de, es, ar and he also have
 * hand-written tables (src/time/handWords.ts, built in except in the script-tag core), whose day
 * and month patterns their generated modules take, so that the two give the same dates.
 */
export const generatedLocales: Record<string, keyof typeof dateFns> = {
  fr: "fr",
  de: "de",
  es: "es",
  ar: "ar",
  he: "he",
  it: "it",
  pt: "pt",
  "pt-BR": "ptBR",
  nl: "nl",
  pl: "pl",
  sv: "sv",
  da: "da",
  nb: "nb",
  fi: "fi",
  cs: "cs",
  sk: "sk",
  sl: "sl",
  hr: "hr",
  ro: "ro",
  hu: "hu",
  el: "el",
  bg: "bg",
  tr: "tr",
  ru: "ru",
  uk: "uk",
  lt: "lt",
  lv: "lv",
  et: "et",
  ca: "ca",
  eu: "eu",
  gl: "gl",
  is: "is",
  ja: "ja",
  "zh-CN": "zhCN",
  "zh-TW": "zhTW",
  ko: "ko",
  fa: "faIR",
  hi: "hi",
  bn: "bn",
  id: "id",
  ms: "ms",
  vi: "vi",
  th: "th",
  sq: "sq",
  mk: "mk",
  ka: "ka",
  hy: "hy",
  az: "az",
  kk: "kk",
};

const timeKeys = Object.keys(en).filter((k) => k.startsWith("time.")) as (keyof typeof en)[];

type Token = { kind: "day" | "month" | "year" | "field" | "text"; text: string };

/** A date-fns pattern as tokens: letters runs, quoted text, other characters. */
function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  for (const [token] of pattern.matchAll(/'[^']*'|([A-Za-z])\1*o?|[^A-Za-z']+/g)) {
    const c = token[0]!;
    out.push({
      kind:
        c === "d"
          ? "day"
          : c === "M" || c === "L"
            ? "month"
            : c === "y"
              ? "year"
              : /[A-Za-z]/.test(c)
                ? "field"
                : "text",
      text: token,
    });
  }
  return out;
}

/**
 * A date-fns day pattern in the tokens `formatCalendar` writes: `do` is the day with the
 * locale's ordinal suffix where it is the same for every day (German "1." and "7."), `yyyy`
 * is `y`; `MM`, `M`, `dd` stay (numeric).
 */
function dayPattern(pattern: string, locale: Locale): string {
  const ordinal = (n: number) => String(locale.localize.ordinalNumber(n, { unit: "date" }));
  const suffixes = [...Array(31).keys()]
    .map((i) => i + 1)
    .map((n) => ordinal(n).replace(String(n), "\u0000"));
  const same = suffixes.every((s) => s === suffixes[0]) && suffixes[0]!.startsWith("\u0000");
  const suffix = same ? suffixes[0]!.slice(1) : "";
  return tokenize(pattern)
    .map(({ kind, text }) => {
      if (kind === "day" && text.endsWith("o")) return suffix ? `d'${suffix}'` : "d";
      if (kind === "year") return "y";
      return text;
    })
    .join("");
}

/** The day pattern without its day: "d MMMM y" → "LLLL y", "y年M月d日" → "y年M月". */
function monthPattern(pattern: string): string {
  const tokens = tokenize(pattern);
  const at = tokens.findIndex((t) => t.kind === "day");
  if (at >= 0) {
    let end = at + 1;
    while (end < tokens.length && tokens[end]!.kind === "text") end++;
    // A day at the end takes the separator before it instead ("y. MMMM d." → "y. MMMM").
    let start = at;
    if (end === at + 1) while (start > 0 && tokens[start - 1]!.kind === "text") start--;
    tokens.splice(start, end - start);
  }
  return tokens
    .map((t) =>
      t.kind === "month" && /^M{3,4}$/.test(t.text) ? t.text.replace(/M/g, "L") : t.text,
    )
    .join("")
    .trim();
}

const months = [...Array(12).keys()];

function monthNames(locale: Locale, width: string, context: string): string[] {
  return months.map((m) => String(locale.localize.month(m as never, { width, context } as never)));
}

function readMessages(tag: string): Record<string, string> {
  const path = new URL(`../src/i18n/locales/${tag}.json`, import.meta.url);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
}

/** The date words of one locale (without `century`) and the keys that are English for want of a translation. */
export function timeWordsData(tag: string, locale: Locale) {
  const messages = { ...readMessages(tag.split("-")[0]!), ...readMessages(tag) };
  const word = (key: keyof typeof en) => messages[key] ?? en[key];
  const fallback = timeKeys.filter((k) => messages[k] === undefined);
  const short = monthNames(locale, "abbreviated", "formatting");
  const long = monthNames(locale, "wide", "formatting");
  const shortAlone = monthNames(locale, "abbreviated", "standalone");
  const longAlone = monthNames(locale, "wide", "standalone");
  const same = (a: string[], b: string[]) => a.join() === b.join();
  const longDate = String(locale.formatLong.date({ width: "long" }));
  const mediumDate = String(locale.formatLong.date({ width: "medium" }));
  const words = {
    months: { short, long },
    ...(same(short, shortAlone) ? {} : { monthsAlone: shortAlone }),
    ...(same(long, longAlone) ? {} : { monthsAloneLong: longAlone }),
    era: String(locale.localize.era(0, { width: "abbreviated" })),
    dayShort: dayPattern(mediumDate, locale),
    dayLong: dayPattern(longDate, locale),
    monthShort: monthPattern(dayPattern(longDate, locale)).replace(/LLLL/, "LLL"),
    monthLong: monthPattern(dayPattern(longDate, locale)),
    approximate: word("time.approximate"),
    uncertain: word("time.uncertain"),
    ongoing: word("time.ongoing"),
    unknown: word("time.unknown"),
    until: word("time.until"),
    seasons: {
      spring: word("time.spring"),
      summer: word("time.summer"),
      autumn: word("time.autumn"),
      winter: word("time.winter"),
    },
    season: word("time.season"),
    quarter: word("time.quarter"),
    early: word("time.early"),
    mid: word("time.mid"),
    late: word("time.late"),
    decade: word("time.decade"),
  };
  // A hand-written table's patterns win over date-fns' ("LLL y", not "LLL 'de' y", in Spanish):
  // the script-tag core has no hand-written tables, and its locale parts must date as they do.
  const hand = handWords[tag as keyof typeof handWords];
  if (hand) {
    const { dayShort, dayLong, monthShort, monthLong } = hand;
    Object.assign(words, { dayShort, dayLong, monthShort, monthLong });
  }
  return { words, fallback, century: word("time.century") };
}

/** The date-word module of one locale, as TypeScript source (biome formats it). */
export function timeModule(tag: string, locale: Locale): string {
  const { words, fallback, century } = timeWordsData(tag, locale);
  return [
    `// Generated by scripts/generateLocales.ts from date-fns' ${locale.code} locale and`,
    `// src/i18n/locales/${tag}.json. Do not edit: change the script or the JSON and rerun it.`,
    `import { centuryWords, type TimeWords } from "../timeWords.js";`,
    "",
    `/** Date words of \`${tag}\`. English where the catalogue has no wording: ${fallback.length ? fallback.join(", ") : "none"}. */`,
    `const words: TimeWords = {`,
    `  ...${JSON.stringify(words)},`,
    `  century: centuryWords(${JSON.stringify(century)}),`,
    `};`,
    "",
    `/** The keys of the date words that are English because \`${tag}\` has no wording for them. */`,
    `export const fallback: readonly string[] = ${JSON.stringify(fallback)};`,
    "",
    "export default words;",
    "",
  ].join("\n");
}

/** The areas with their own translations: the folders of `src/i18n/locales/` (see `defineMessages`). */
function messageAreas(): string[] {
  const dir = new URL("../src/i18n/locales/", import.meta.url);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The part of one locale: its date words and interface messages, the core's and each area's. */
export function localeModule(tag: string): string {
  const exists = (path: string) =>
    existsSync(new URL(`../src/i18n/locales/${path}`, import.meta.url));
  const sources = [
    ...(exists(`${tag}.json`) ? [{ name: "messages", path: `./${tag}.json` }] : []),
    ...messageAreas()
      .filter((area) => exists(`${area}/${tag}.json`))
      .map((area) => ({
        name: `${area.replace(/\W/g, "_")}Messages`,
        path: `./${area}/${tag}.json`,
      })),
  ];
  const messages =
    sources.length === 0
      ? "{}"
      : sources.length === 1
        ? sources[0]!.name
        : `{ ${sources.map((source) => `...${source.name}`).join(", ")} }`;
  return [
    `// Generated by scripts/generateLocales.ts. Do not edit.`,
    `import words from "../../time/locales/${tag}.js";`,
    `import type { LocalePart } from "../registerLocale.js";`,
    ...sources.map((source) => `import ${source.name} from "${source.path}";`),
    "",
    `/** \`${tag}\`: pass it to \`registerLocale\`, or let \`loadLocale("${tag}")\` load it. */`,
    `const part: LocalePart = { tag: ${JSON.stringify(tag)}, words, messages: ${messages} };`,
    "export default part;",
    "",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL("../src/time/locales/", import.meta.url), { recursive: true });
  for (const [tag, name] of Object.entries(generatedLocales)) {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a build script, never bundled
    const locale = dateFns[name] as Locale;
    writeFileSync(
      new URL(`../src/time/locales/${tag}.ts`, import.meta.url),
      timeModule(tag, locale),
    );
    writeFileSync(new URL(`../src/i18n/locales/${tag}.ts`, import.meta.url), localeModule(tag));
  }
  writeFileSync(
    new URL("../src/i18n/shippedLocales.ts", import.meta.url),
    [
      "// Generated by scripts/generateLocales.ts. Do not edit.",
      "/** The locales with a part (`src/i18n/locales/<tag>.ts`): date words for all, interface messages for those with a JSON file. */",
      `export const shippedLocales: readonly string[] = ${JSON.stringify(Object.keys(generatedLocales))};`,
      "",
    ].join("\n"),
  );
  execFileSync(
    "node_modules/.bin/biome",
    ["check", "--write", "src/time/locales", "src/i18n/locales", "src/i18n/shippedLocales.ts"],
    {
      stdio: "inherit",
    },
  );
  console.log(`wrote ${Object.keys(generatedLocales).length} locales`);
}
