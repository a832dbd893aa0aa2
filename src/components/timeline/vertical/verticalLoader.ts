import { adoptStyle } from "../../shared/theme";
import { loadVerticalCode, type VerticalCode, verticalCode } from "./verticalCode";

/** The vertical layout's code for one chart, as {@link createVerticalLoader} keeps it. */
export interface VerticalLoader {
  /** The code, once here (bundled in the ESM build; loaded as a part in the script-tag build). */
  readonly code: VerticalCode | undefined;
  /** Set when the code could not load: the chart stays horizontal. */
  readonly failed: boolean;
  /** Loads the code once; `arrived` or `failed` runs when it is here or could not load. */
  request(): void;
  /** Removes the code's stylesheet. */
  release(): void;
}

/**
 * The vertical layout's code for a chart whose styles go to `styleTarget` (its shadow root inside
 * an element, else the document): bundled in the ESM build; in the script-tag build a part, loaded
 * the first time the chart turns vertical. Where it cannot load, the chart is drawn horizontally,
 * with a warning in the console (an element reports the file that failed instead: it loads the
 * part before drawing a narrow timeline). Nothing runs after `isDestroyed()` is true.
 *
 * @example
 * const vertical = createVerticalLoader(document, () => destroyed, { arrived: build, failed: build });
 * if (turnsVertical && !vertical.code) vertical.request();
 */
export function createVerticalLoader(
  styleTarget: Document | ShadowRoot,
  isDestroyed: () => boolean,
  on: { arrived(): void; failed(): void },
): VerticalLoader {
  let requested = false;
  let releaseStyle = () => {};
  const loader = {
    code: undefined as VerticalCode | undefined,
    failed: false,
    request() {
      if (requested) return;
      requested = true;
      loadVerticalCode().then(
        (arrived) => {
          requested = false;
          if (isDestroyed()) return;
          take(arrived);
          on.arrived();
        },
        (error: unknown) => {
          requested = false;
          if (isDestroyed()) return;
          loader.failed = true;
          console.warn("jointline: the vertical layout did not load; drawing horizontally.", error);
          on.failed();
        },
      );
    },
    release: () => releaseStyle(),
  };
  const take = (arrived: VerticalCode) => {
    if (loader.code) return;
    loader.code = arrived;
    releaseStyle = adoptStyle(styleTarget, "timeline-vertical", arrived.verticalCss);
  };
  const bundled = verticalCode();
  if (bundled) take(bundled);
  return loader;
}
