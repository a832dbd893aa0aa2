// Ids for imported events, eras and sources, made from their text.
/**
 * An id-safe slug of a text: ASCII letters and digits joined by hyphens, at most `max` long.
 * @example slugify("Opération Fräulein 2020"); // "operation-fraulein-2020"
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

/** An id not yet in `used`, from `base` with a counter when needed; records it as used. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
