// The chart options the builder offers as controls, how they are saved (in localStorage and in
// the share link's fragment) and read back. They mirror the embed's attributes one for one, so
// that the embed code carries exactly what the preview shows.

/** The views a builder can make: one per custom element of the script-tag embed. */
export const views = ["timeline", "network", "trend", "dashboard", "presentation"] as const;
export type View = (typeof views)[number];

export const laneChoices = ["kind", "lead", "actor", "country", "tag", "none"] as const;
export const themeChoices = ["auto", "light", "dark", "high-contrast", "slide"] as const;

/** The builder's options; every field is a string as its control holds it ("" = default). */
export interface BuilderOptions {
  view: View;
  lanes: string;
  theme: string;
  locale: string;
  /** px, the embed's `height`; "" = from content. */
  height: string;
  /** The window shown, as EDTF dates (`2019`, `2019-06`); "" = the data's own edge. */
  start: string;
  end: string;
  /** Show the 375 px phone preview beside the desktop one. */
  phone: boolean;
}

export const defaultOptions: BuilderOptions = {
  view: "timeline",
  lanes: "kind",
  theme: "light",
  locale: "en",
  height: "",
  start: "",
  end: "",
  phone: false,
};

const optionKeys = Object.keys(defaultOptions) as (keyof BuilderOptions)[];

/**
 * Options from any object (saved JSON, a query string's entries), keeping only known keys with
 * values of the right kind; the rest fall back to the defaults.
 * @example readOptions(Object.fromEntries(new URLSearchParams("view=trend")))
 */
export function readOptions(raw: unknown): BuilderOptions {
  const options = { ...defaultOptions };
  if (!raw || typeof raw !== "object") return options;
  const record = raw as Record<string, unknown>;
  for (const key of optionKeys) {
    const value = record[key];
    if (key === "phone") options.phone = value === true || value === "1" || value === "true";
    else if (key === "view") {
      if ((views as readonly unknown[]).includes(value)) options.view = value as View;
    } else if (typeof value === "string") options[key] = value.slice(0, 200);
  }
  return options;
}

/** The options that differ from the defaults, as query-string text (for the share link). */
export function optionsToQuery(options: BuilderOptions): string {
  const params = new URLSearchParams();
  for (const key of optionKeys) {
    const value = options[key];
    if (value === defaultOptions[key]) continue;
    params.set(key, typeof value === "boolean" ? (value ? "1" : "0") : value);
  }
  return params.toString();
}

/**
 * The embed attributes for the options (the `<jointline-*>` element's and the iframe page's),
 * without empty values. The same names the preview's component options are derived from.
 */
export function embedAttributes(options: BuilderOptions): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string) => {
    if (value.trim() !== "") attributes.push([name, value.trim()]);
  };
  if (
    options.view === "timeline" ||
    options.view === "dashboard" ||
    options.view === "presentation"
  )
    add("lanes", options.lanes);
  add("theme", options.theme);
  add("locale", options.locale);
  add("height", options.height);
  if (options.view !== "presentation") {
    add("start", options.start);
    add("end", options.end);
  }
  return attributes;
}
