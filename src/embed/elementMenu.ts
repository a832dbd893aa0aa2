import { downloadFile } from "./exportChart";
import { tMenu } from "./menuMessages";
import type { MenuAction } from "./renderExportMenu";

/** What the export menu of an element acts on. */
export interface MenuHost {
  document: Document;
  viewName: string;
  /** The dataset's title, for the downloaded files' names. */
  title: string | undefined;
  exportSvg(): Promise<string>;
  exportPng(options?: { scale?: number; width?: number; height?: number }): Promise<Blob>;
  embedCode(): Promise<void>;
  present(): Promise<void>;
  /** The language of the labels. */
  locale?: string | undefined;
}

/** A file name from the dataset's title and the view: `operations-2019-2024-timeline`. */
function fileName(host: MenuHost): string {
  const slug = (host.title ?? "chart")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${slug || "chart"}-${host.viewName}`;
}

/**
 * The actions of an element's export menu: SVG, PNG at 1×, 2× and 1920×1080, the embed code,
 * and presentation mode for the timeline and the dashboard. Embed code and presentation load
 * their parts when chosen; this comes with the export part in the script-tag build, loaded when
 * a reader first opens the menu.
 * @example renderExportMenu(document, elementMenuActions(host), onError);
 */
export function elementMenuActions(host: MenuHost): MenuAction[] {
  const name = fileName(host);
  const save = async (blob: Promise<Blob> | Blob, file: string) =>
    downloadFile(host.document, await blob, file);
  return [
    {
      label: tMenu(host.locale, "embed.downloadSvg"),
      run: async () =>
        save(new Blob([await host.exportSvg()], { type: "image/svg+xml" }), `${name}.svg`),
    },
    {
      label: tMenu(host.locale, "embed.downloadPng"),
      run: () => save(host.exportPng(), `${name}.png`),
    },
    {
      label: tMenu(host.locale, "embed.downloadPng2x"),
      run: () => save(host.exportPng({ scale: 2 }), `${name}@2x.png`),
    },
    {
      label: tMenu(host.locale, "embed.downloadSlides"),
      run: () => save(host.exportPng({ width: 1920, height: 1080 }), `${name}-1920x1080.png`),
    },
    { label: tMenu(host.locale, "embed.code"), run: () => host.embedCode() },
    ...(host.viewName === "timeline" || host.viewName === "dashboard"
      ? [{ label: tMenu(host.locale, "embed.present"), run: () => host.present() }]
      : []),
  ];
}
