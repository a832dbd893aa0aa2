import type { ActorRole, Relation } from "../../model";
import { closest } from "../../model/closest";
import { tCsv } from "./messages";

/**
 * The syntax of jointline's multi-valued CSV cells (see docs/csv-format.md). A list separates
 * items with `;`; a figure is `metric=[qualifier ]value@source` followed by `|key=value`
 * attributes. A backslash makes the next character literal, so `\;`, `\|`, `\@`, `\=` and `\\`
 * stand for themselves, and `\ ` keeps a space that would otherwise be trimmed.
 */

/** A problem with one cell's syntax; the caller adds the row and column. */
export interface CellProblem {
  code: string;
  message: string;
  expected: string;
  found: string;
  hint?: string;
}

/** The result of reading one item of a cell: the value, or what is wrong with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const special = new Set([";", "|", "@", "=", "\\"]);

/**
 * Escapes text for a list item or figure attribute: `\` before `; | @ = \`, and before
 * whitespace at either end, which readers would otherwise trim.
 * @example escapeText("a; b") // "a\\; b"
 */
export function escapeText(text: string): string {
  const chars = Array.from(text);
  let start = 0;
  while (start < chars.length && /\s/.test(chars[start]!)) start++;
  let end = chars.length;
  while (end > start && /\s/.test(chars[end - 1]!)) end--;
  return chars.map((c, i) => (special.has(c) || i < start || i >= end ? `\\${c}` : c)).join("");
}

/**
 * Splits `text` at each `separator` that no backslash escapes; the parts keep their escapes.
 * @example splitEscaped("a\\;b;c", ";") // ["a\\;b", "c"]
 */
export function splitEscaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** The index of the last `separator` that no backslash escapes, or -1. */
export function lastUnescaped(text: string, separator: string): number {
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === separator) found = i;
  }
  return found;
}

/** The index of the first `separator` that no backslash escapes, or -1. */
export function firstUnescaped(text: string, separator: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === separator) return i;
  }
  return -1;
}

/**
 * Resolves escapes and trims whitespace that no backslash escapes from both ends.
 * @example unescapeText(" a\\;b\\  ") // "a;b "
 */
export function unescapeText(raw: string): string {
  const chars: { c: string; escaped: boolean }[] = [];
  const all = Array.from(raw);
  for (let i = 0; i < all.length; i++) {
    if (all[i] === "\\" && i + 1 < all.length) {
      chars.push({ c: all[i + 1]!, escaped: true });
      i++;
    } else chars.push({ c: all[i]!, escaped: false });
  }
  let start = 0;
  while (start < chars.length && !chars[start]!.escaped && /\s/.test(chars[start]!.c)) start++;
  let end = chars.length;
  while (end > start && !chars[end - 1]!.escaped && /\s/.test(chars[end - 1]!.c)) end--;
  return chars
    .slice(start, end)
    .map((x) => x.c)
    .join("");
}

/**
 * The items of a list cell (`a; b; c`), unescaped; empty items (a trailing `;`) are skipped.
 * @example readList("DE; NL;") // ["DE", "NL"]
 */
export function readList(cell: string): string[] {
  return splitEscaped(cell, ";")
    .filter((raw) => raw.trim() !== "")
    .map(unescapeText);
}

/**
 * Writes a list cell: items escaped and joined with `; `.
 * @example writeList(["DE", "NL"]) // "DE; NL"
 */
export function writeList(items: readonly string[]): string {
  return items.map(escapeText).join("; ");
}

const roles = ["lead", "coordinator", "participant", "support"] as const;

/**
 * Reads one actor item, `id:role` or `id` (role participant). Ids may contain `:`, so the role
 * is the part after the last `:` only when it is a role's name. A problem is written in
 * `locale` (default English).
 * @example readActorRole("europol:coordinator") // { ok: true, value: { actor: "europol", role: "coordinator" } }
 */
export function readActorRole(item: string, locale?: string): CellResult<ActorRole> {
  const colon = item.lastIndexOf(":");
  if (colon > 0) {
    const role = item.slice(colon + 1).trim();
    const actor = item.slice(0, colon).trim();
    const lower = role.toLowerCase();
    if ((roles as readonly string[]).includes(lower)) {
      return { ok: true, value: { actor, role: lower as ActorRole["role"] } };
    }
    const suggestion = closest(role, roles);
    if (suggestion !== undefined || role === "") {
      return {
        ok: false,
        problem: {
          code: "invalid_role",
          message: tCsv(locale, "csv.invalidRole", { role, roles: roles.join(", ") }),
          expected: tCsv(locale, "csv.roleExpected", { roles: roles.join(", ") }),
          found: item,
          hint:
            suggestion !== undefined
              ? tCsv(locale, "csv.didYouMean", { suggestion: `${actor}:${suggestion}` })
              : tCsv(locale, "csv.roleHint", { actor }),
        },
      };
    }
  }
  return { ok: true, value: { actor: item.trim(), role: "participant" } };
}

/**
 * Writes one actor item as `id:role`.
 * @example writeActorRole({ actor: "europol", role: "lead" }) // "europol:lead"
 */
export function writeActorRole(role: ActorRole): string {
  return `${role.actor}:${role.role}`;
}

const relationTypes = ["part_of", "follows", "related_to"];

/**
 * Reads one relation item, `type:event-id`; a problem is written in `locale` (default English).
 * @example readRelation("part_of:operation-x") // { ok: true, value: { type: "part_of", event: "operation-x" } }
 */
export function readRelation(
  item: string,
  locale?: string,
): CellResult<{ type: string; event: string }> {
  const colon = item.indexOf(":");
  if (colon === -1) {
    return {
      ok: false,
      problem: {
        code: "invalid_relation",
        message: tCsv(locale, "csv.relationWithoutType", { item }),
        expected: tCsv(locale, "csv.relationExpected", { types: relationTypes.join(", ") }),
        found: item,
        hint: tCsv(locale, "csv.relationHint", { item }),
      },
    };
  }
  return {
    ok: true,
    value: { type: item.slice(0, colon).trim(), event: item.slice(colon + 1).trim() },
  };
}

/**
 * Writes one relation item as `type:event-id`.
 * @example writeRelation({ type: "follows", event: "x" }) // "follows:x"
 */
export function writeRelation(relation: Relation): string {
  return `${relation.type}:${relation.event}`;
}
