import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the iframe page (`<jointline-frame>`): an unknown view, and the data it refuses
 * to chart from an address anyone could write into a link. Only the `frame` part of the
 * script-tag build shows them: they travel with it, not with the core. Translations:
 * `src/i18n/locales/<tag>.json`, with the core's (the build routes each key to the bundle that
 * defines its English).
 * @example tFrame("fr", "embed.originRefused", { origin: "https://other.example" });
 */
export const tFrame = defineMessages({
  "embed.unknownView": "Unknown view “{name}”: showing the timeline. Views: {views}.",
  "embed.schemeUrl": "a {scheme} URL",
  "embed.schemeRefused":
    "This page does not chart data given as a {scheme} URL: anyone could write one into a link to this page.",
  "embed.schemeExpected": "the address of a data file on this site, such as data/operations.json",
  "embed.schemeFound": "a {scheme} URL of {n, plural, one {# character} other {# characters}}",
  "embed.schemeHint":
    "publish the data as a JSON or CSV file beside this page and give its address",
  "embed.originRefused":
    "This page charts data from its own site only, and {origin} is another site.",
  "embed.originExpected": "data on {origin}, or on a site this page allows",
  "embed.originExpectedFile":
    "data on this computer, beside the page, or on a site this page allows",
  "embed.originHint":
    'the publisher of this page can allow that site: <meta name="jointline-allowed-origins" content="{origin}"> in its <head>, or allowed-origins="{origin}" on its <jointline-frame>',
});
