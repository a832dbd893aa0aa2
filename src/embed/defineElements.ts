import { defineElement } from "./defineElement";
import { elementViews } from "./elementViews";
import { JointlineFrame } from "./JointlineFrame";

/**
 * Registers `<jointline-timeline>`, `<jointline-network>`, `<jointline-trend>`,
 * `<jointline-dashboard>`, `<jointline-presentation>` and `<jointline-frame>` (once; a second
 * call keeps the first definitions). The build entries call it (src/entries): the views other
 * than the timeline load on first use, through the part loader the entry sets.
 * @example defineElements();
 */
export function defineElements(): void {
  for (const [tag, view] of Object.entries(elementViews)) defineElement(tag, view);
  if (globalThis.customElements && !customElements.get("jointline-frame")) {
    customElements.define("jointline-frame", JointlineFrame);
  }
}
