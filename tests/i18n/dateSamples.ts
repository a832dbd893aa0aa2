import fc from "fast-check";
import { type LocalePart, registerLocale, shippedLocales } from "../../src/i18n";
import { formatWhen } from "../../src/time/formatWhen";
import { whenArb } from "../time/arbitraries";

const parts = import.meta.glob<LocalePart>("../../src/i18n/locales/*.ts", {
  eager: true,
  import: "default",
});

/** The locales compared between Node and Chromium: English, the built-in ones and every part. */
export const comparedLocales = ["en", "en-US", ...shippedLocales];

/**
 * Every locale's text for the same fast-check-generated dates (a fixed seed, so Node and
 * Chromium generate the same ones), short and long style: what `dateFixture.json` holds.
 */
export function formatSamples(): Record<string, string[]> {
  for (const part of Object.values(parts)) registerLocale(part);
  const whens = fc.sample(whenArb, { seed: 2126, numRuns: 60 });
  const out: Record<string, string[]> = {};
  for (const locale of comparedLocales)
    out[locale] = whens.flatMap((when) => [
      formatWhen(when, { locale }),
      formatWhen(when, { locale, style: "long" }),
    ]);
  return out;
}
