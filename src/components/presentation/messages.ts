import { defineMessages } from "../../i18n/defineMessages";

/**
 * The words of presentation mode, which only the `presentation` part of the script-tag build
 * shows: they travel with it, not with the core. Translations: `src/i18n/locales/<tag>.json`,
 * with the core's (the build routes each key to the bundle that defines its English).
 * @example tPresentation("fr", "presentation.next");
 */
export const tPresentation = defineMessages({
  "presentation.moreLanesBelow":
    "↓ {n, plural, one {# more lane} other {# more lanes}} below: {lanes}",
  "presentation.moreLanesAbove":
    "↑ {n, plural, one {# more lane} other {# more lanes}} above: {lanes}",
  "presentation.laneNumber": "Lane {n}",
  "presentation.previous": "Previous (←, PageUp)",
  "presentation.next": "Next (→, PageDown)",
  "presentation.fullscreen": "Fullscreen",
  "presentation.fullscreenKey": "Fullscreen (F)",
  "presentation.overview": "Overview · {n, plural, one {# event} other {# events}}",
});
