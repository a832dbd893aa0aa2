import { renderIssues } from "../components/shared/renderIssues";
import { failureIssue } from "./elementProblems";
import { loadPart } from "./parts";

const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * `<jointline-frame>`: the body of the standalone iframe embed page (`embed.html`), which draws
 * the chart its query string names and posts its height to the parent page. What it does is in
 * its part (`connectFrame`, src/embed/connectFrame.ts; `jointline.frame.js` in the script-tag
 * build), loaded when a frame is on the page: an article's page has none and does not pay for
 * it. A part that cannot load is said in the frame's place, naming the file and where.
 *
 * @example
 * <!-- embed.html -->
 * <script src="jointline.iife.js"></script>
 * <jointline-frame></jointline-frame>
 */
export class JointlineFrame extends Base {
  #disconnect: (() => void) | undefined;
  #connected = false;

  connectedCallback(): void {
    this.#connected = true;
    loadPart("frame").then(
      ({ connectFrame }) => {
        if (this.#connected && !this.#disconnect) this.#disconnect = connectFrame(this);
      },
      (error: unknown) => {
        const locale = new URLSearchParams(this.ownerDocument.defaultView?.location.search).get(
          "locale",
        );
        this.replaceChildren(
          renderIssues(this.ownerDocument, [failureIssue(error, "frame", locale ?? undefined)], {
            locale: locale ?? undefined,
          }),
        );
        this.style.display = "block";
      },
    );
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#disconnect?.();
    this.#disconnect = undefined;
  }
}
