import { themeCss } from "../components/shared/theme";
import { verticalCss } from "../components/timeline/vertical/style";
import { dashboardView } from "../views/dashboardView";
import { networkView } from "../views/networkView";
import { presentationView } from "../views/presentationView";
import { timelineView } from "../views/timelineView";
import { trendView } from "../views/trendView";
import { embedCss, hostThemeCss } from "./embedCss";

/**
 * Every style a jointline element's shadow root needs, as one stylesheet: the build writes it
 * next to the script as `jointline.css`, which elements link (`<link rel="stylesheet">`, allowed
 * by `style-src 'self'`) in browsers that cannot construct stylesheets (`adoptedStyleSheets`).
 *
 * @example
 * writeFileSync("dist/jointline.css", embedStylesheetCss());
 */
export function embedStylesheetCss(): string {
  const views = [timelineView, networkView, trendView, dashboardView, presentationView];
  // The vertical layout's styles are adopted with its code (a part): listed here for the link.
  const css = new Set([
    hostThemeCss(themeCss),
    ...views.flatMap((view) => view.css),
    verticalCss,
    embedCss,
  ]);
  return `/* jointline: the elements' styles, for browsers without constructable stylesheets. */\n${[...css].join("\n")}\n`;
}
