import { roman } from "./roman.js";
import type { TimeWords } from "./timeWords.js";

/** Twelve comma-separated names as a list (shorter in the bundle than twelve literals). */
const list = (names: string): readonly string[] => names.split(",");

/**
 * The hand-written date words of fr, de, es, ar and he, built into `timeWords` (so that their
 * output never depends on what was registered) in the ESM build and in Node. The script-tag core
 * leaves them out (vite.config.ts reads this module as src/build/noHandWords.ts): there, each of
 * these locales' parts carries them, as its generated module (`src/time/locales/<tag>.ts`, whose
 * patterns scripts/generateLocales.ts takes from here; tests/i18n/generatedLocales.test.ts holds
 * the two equal).
 *
 * @example
 * handWords.de.seasons.autumn; // "Herbst"
 */
export const handWords: Record<"fr" | "de" | "es" | "ar" | "he", TimeWords> = {
  fr: {
    months: {
      short: list("janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc."),
      long: list(
        "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre",
      ),
    },
    era: "av. J.-C",
    dayShort: "d MMM y",
    dayLong: "d MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "env.",
    uncertain: "incertain",
    ongoing: "en cours",
    unknown: "inconnu",
    until: "jusqu’à {end}",
    seasons: { spring: "printemps", summer: "été", autumn: "automne", winter: "hiver" },
    season: "{season} {year}",
    quarter: "T{q} {year}",
    early: "début {year}",
    mid: "mi-{year}",
    late: "fin {year}",
    decade: "années {year}",
    century: (n) => `${roman(n)}e siècle`,
  },
  de: {
    months: {
      short: list("Jan.,Feb.,März,Apr.,Mai,Juni,Juli,Aug.,Sep.,Okt.,Nov.,Dez."),
      long: list(
        "Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember",
      ),
    },
    monthsAlone: list("Jan,Feb,Mär,Apr,Mai,Jun,Jul,Aug,Sep,Okt,Nov,Dez"),
    era: "v.Chr.",
    dayShort: "d. MMM y",
    dayLong: "d. MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "ca.",
    uncertain: "unsicher",
    ongoing: "laufend",
    unknown: "unbekannt",
    until: "bis {end}",
    seasons: { spring: "Frühling", summer: "Sommer", autumn: "Herbst", winter: "Winter" },
    season: "{season} {year}",
    quarter: "Q{q} {year}",
    early: "Anfang {year}",
    mid: "Mitte {year}",
    late: "Ende {year}",
    decade: "{year}er",
    century: (n) => `${n}. Jahrhundert`,
  },
  es: {
    months: {
      short: list("ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic"),
      long: list(
        "enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre",
      ),
    },
    era: "AC",
    dayShort: "d MMM y",
    dayLong: "d 'de' MMMM 'de' y",
    monthShort: "LLL y",
    monthLong: "LLLL 'de' y",
    approximate: "aprox.",
    uncertain: "incierto",
    ongoing: "en curso",
    unknown: "desconocido",
    until: "hasta {end}",
    seasons: { spring: "primavera", summer: "verano", autumn: "otoño", winter: "invierno" },
    season: "{season} de {year}",
    quarter: "T{q} {year}",
    early: "principios de {year}",
    mid: "mediados de {year}",
    late: "finales de {year}",
    decade: "años {year}",
    century: (n) => `siglo ${roman(n)}`,
  },
  ar: {
    // date-fns' Arabic locale uses the full names in both widths.
    months: (() => {
      const names = list(
        "يناير,فبراير,مارس,أبريل,مايو,يونيو,يوليو,أغسطس,سبتمبر,أكتوبر,نوفمبر,ديسمبر",
      );
      return { short: names, long: names };
    })(),
    era: "ق.م.",
    dayShort: "d MMM y",
    dayLong: "d MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "تقريبًا",
    uncertain: "غير مؤكد",
    ongoing: "مستمر",
    unknown: "غير معروف",
    until: "حتى {end}",
    seasons: { spring: "ربيع", summer: "صيف", autumn: "خريف", winter: "شتاء" },
    season: "{season} {year}",
    quarter: "الربع {q} {year}",
    early: "أوائل {year}",
    mid: "منتصف {year}",
    late: "أواخر {year}",
    decade: "عقد {year}",
    century: (n) => `القرن ${n}`,
  },
  he: {
    months: {
      short: list("ינו׳,פבר׳,מרץ,אפר׳,מאי,יוני,יולי,אוג׳,ספט׳,אוק׳,נוב׳,דצמ׳"),
      long: list("ינואר,פברואר,מרץ,אפריל,מאי,יוני,יולי,אוגוסט,ספטמבר,אוקטובר,נובמבר,דצמבר"),
    },
    era: "לפנה״ס",
    dayShort: "d בMMM y",
    dayLong: "d בMMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "בקירוב",
    uncertain: "לא ודאי",
    ongoing: "מתמשך",
    unknown: "לא ידוע",
    until: "עד {end}",
    seasons: { spring: "אביב", summer: "קיץ", autumn: "סתיו", winter: "חורף" },
    season: "{season} {year}",
    quarter: "רבעון {q} {year}",
    early: "תחילת {year}",
    mid: "אמצע {year}",
    late: "סוף {year}",
    decade: "שנות ה-{year}",
    century: (n) => `המאה ה-${n}`,
  },
};
