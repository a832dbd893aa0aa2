import { el } from "../components/shared/el";
import { t } from "../i18n/catalog";

/** One action of the export menu. */
export interface MenuAction {
  label: string;
  run: () => void | Promise<void>;
}

/**
 * The "Share / export" menu under a chart: a `<details>` disclosure holding one button per
 * action, closed by Escape. The actions are asked for on the first open (`actions`: the
 * script-tag build loads them with the export part, so a page whose reader never opens the
 * menu never fetches it); the list is busy meanwhile. An action that throws or rejects — or
 * actions that cannot be had — are passed to `onError` (the element shows it in its status
 * line) rather than lost.
 * @example root.append(renderExportMenu(document, async () => actions, (action, error) => status(`${action.label} failed`)));
 */
export function renderExportMenu(
  document: Document,
  actions: () => Promise<readonly MenuAction[]>,
  onError: (action: MenuAction, error: unknown) => void,
  locale?: string,
): HTMLElement {
  const bar = el(document, "div", "jl-embed-bar");
  const menu = el(document, "details", "jl-embed-menu");
  const summary = el(document, "summary", undefined, t(locale, "embed.menu"));
  summary.setAttribute("aria-haspopup", "menu");
  const list = el(document, "ul");
  list.setAttribute("role", "menu");
  const fill = (found: readonly MenuAction[]) => {
    for (const action of found) {
      const item = el(document, "li");
      item.setAttribute("role", "none");
      const button = el(document, "button", undefined, action.label);
      button.type = "button";
      button.setAttribute("role", "menuitem");
      button.addEventListener("click", async () => {
        menu.open = false;
        try {
          await action.run();
        } catch (error) {
          onError(action, error);
        }
      });
      item.append(button);
      list.append(item);
    }
  };
  let asked = false;
  menu.addEventListener("toggle", () => {
    if (!menu.open || asked) return;
    asked = true;
    list.setAttribute("aria-busy", "true");
    actions().then(
      (found) => {
        list.removeAttribute("aria-busy");
        fill(found);
      },
      (error: unknown) => {
        // The next open asks again (the reader may be back online).
        asked = false;
        list.removeAttribute("aria-busy");
        menu.open = false;
        onError({ label: summary.textContent ?? "", run: () => {} }, error);
      },
    );
  });
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      summary.focus();
    }
  });
  menu.append(summary, list);
  bar.append(menu);
  return bar;
}

/**
 * Shows a line of status (an export that failed) above the export menu in `root`, replacing the
 * previous one; read out by screen readers (`role="status"`).
 * @example showMenuStatus(root, "Download PNG failed: …");
 */
export function showMenuStatus(root: HTMLElement, text: string): void {
  let status = root.querySelector(".jl-embed-status");
  if (!status) {
    status = el(root.ownerDocument, "p", "jl-embed-status");
    status.setAttribute("role", "status");
    root.querySelector(".jl-embed-bar")?.before(status);
  }
  status.textContent = text;
}
