import { createNetwork } from "../../components/network/createNetwork";
import type { NetworkOptions } from "../../components/network/options";
import { networkCss } from "../../components/network/render";
import { el } from "../../components/shared/el";
import { createTimeline } from "../../components/timeline/createTimeline";
import type { TimelineOptions } from "../../components/timeline/options";
import { timelineCss } from "../../components/timeline/style";
import type { EmbedView } from "../embedView";
import { networkOptions } from "./networkView";
import { timelineOptions } from "./timelineView";

const dashboardCss = `
.jl-dashboard { display: grid; gap: 12px; }
.jl-dashboard-network { min-height: 0; }
`;

/**
 * `<jointline-dashboard>`: the timeline above the cooperation network, linked through their
 * public events only — zooming or panning the timeline sets the network's time window, so the
 * network shows who worked with whom in the period on screen.
 */
export const dashboardView: EmbedView = {
  name: "dashboard",
  css: [timelineCss, networkCss, dashboardCss],
  options: (attributes, dataset) => ({
    timeline: timelineOptions(attributes, dataset),
    network: {
      ...networkOptions(attributes),
      height: Math.max(320, (attributes.height ?? 800) / 2),
    },
  }),
  create(container, dataset, options) {
    const document = container.ownerDocument;
    const root = el(document, "div", "jl-dashboard");
    const top = el(document, "div", "jl-dashboard-timeline");
    const bottom = el(document, "div", "jl-dashboard-network");
    root.append(top, bottom);
    container.append(root);
    const opts = options as { timeline: TimelineOptions; network: NetworkOptions };
    const timeline = createTimeline(top, dataset, opts.timeline);
    const network = createNetwork(bottom, dataset, opts.network);
    let frame = 0;
    const onZoom = (event: Event) => {
      const { start, end } = (event as CustomEvent<{ start: number; end: number }>).detail;
      // Zoom events arrive per frame; the network lays out once the gesture pauses.
      clearTimeout(frame);
      frame = window.setTimeout(() => network.update({ window: { start, end } }), 150);
    };
    timeline.element.addEventListener("timeline-zoom", onZoom);
    return {
      element: root,
      update(next) {
        const o = next as { timeline: TimelineOptions; network: NetworkOptions };
        timeline.update(o.timeline);
        network.update(o.network);
      },
      destroy() {
        clearTimeout(frame);
        timeline.element.removeEventListener("timeline-zoom", onZoom);
        timeline.destroy();
        network.destroy();
        root.remove();
      },
    };
  },
  svgOf: (handle) => handle.element.querySelector(".jl-plot > svg"),
};
