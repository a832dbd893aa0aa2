import * as z from "zod/mini";
import { isHttpUrl } from "./isHttpUrl";

// The check itself is in isHttpUrl.ts, without zod, for the charts and the script-tag core.
export { isHttpUrl };

/**
 * An absolute http:// or https:// URL; `javascript:`, `data:` and relative links are rejected.
 * @example HttpUrl.parse("https://www.europol.europa.eu/")
 */
export const HttpUrl = z.string().check(
  // `expects` names the expectation for `fromZodIssues`, which words it in the reader's language.
  z.refine(isHttpUrl, { params: { expects: "http_url" } }),
  z.meta({ format: "uri", pattern: "^https?://" }),
);
export type HttpUrl = z.infer<typeof HttpUrl>;
