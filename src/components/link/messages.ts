import { defineMessages } from "../../i18n/defineMessages";

/**
 * The words of the dashboard, which only the `dashboard` part of the script-tag build shows:
 * they travel with it, not with the core. Translations: `src/i18n/locales/<tag>.json`, with the
 * core's (the build routes each key to the bundle that defines its English).
 * @example tDashboard("fr", "dashboard.network");
 */
export const tDashboard = defineMessages({
  "dashboard.timeline": "Timeline",
  "dashboard.network": "Who worked with whom",
  "dashboard.trend": "Figures per period",
});
