import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAst } from "vite";
import { Qualifier } from "../../src/model/figure";

/** One string literal (or template text) of a source file that reads as English for people. */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

/**
 * Text that is not for readers although it has words: CSS, class lists, key and event names,
 * font stacks, URLs, MIME types, SVG/d3 attribute values, `data-`/`aria-` names, selectors.
 * Each entry says what it lets through; keep it short and argued.
 */
export const notUserFacing: readonly [RegExp, string][] = [
  [/^[\s\S]*[{};][\s\S]*:[\s\S]*[;}]/, "CSS rules (a selector or declarations with ; or {})"],
  [/^\s*(--[\w-]+|[\w-]+\s*:\s*[^:]+;?)\s*$/, "one CSS declaration or custom property"],
  [/^(jl-[\w-]+\s*)+$/, "class names"],
  [
    /^(Arrow(Left|Right|Up|Down)|Home|End|Enter|Escape|PageUp|PageDown|Backspace|Tab|Shift)$/,
    "keyboard key names",
  ],
  [/(^|,\s*)("?[\w -]+"?,\s*)+(sans-serif|serif|monospace|system-ui)\b/, "font stacks"],
  [/^(https?:|data:|blob:|mailto:|\.{0,2}\/)/, "URLs and paths"],
  [/^(image|text|application)\/[\w+.-]+/, "MIME types"],
  [/^[a-z]+(-[a-z]+)+$/, "kebab-case names (events, attributes, parts)"],
  [/^(translate|rotate|scale|matrix)\(/, "SVG transforms"],
  [/^[MLHVCSQTAZmlhvcsqtaz0-9.,\s-]+$/, "SVG path data"],
  [/^[.#[][\w.#:[\]="'\s>,*()-]*$/, "CSS selectors"],
  [/^(Segoe UI|Noto Sans( \w+)?|DejaVu Sans( Mono)?|Helvetica Neue)$/, "font names"],
  [/^(var|url|rgba?|hsla?|calc|color-mix)\(/, "CSS values"],
  [/^[\w-]+:\s*[^;]+(;\s*[\w-]+:\s*[^;]+)*;?$/, "inline style declarations"],
  [/^[A-Z][a-z]+([A-Z][a-z]*)+$/, "PascalCase identifiers (ResizeObserver…)"],
  [/^[a-z]{2,3}(-[A-Za-z]{2,4})+$/, "locale tags"],
  [/^[\w@./-]+\.(css|html|json|js|svg|png|ts)$|^@[\w-]+\//, "file and module names"],
  [/^[a-z][\w-]*( [a-z][\w-]*--?[\w-]*)+$|^noopener noreferrer$/, "class and rel token lists"],
  [/^[dMLyHhms.:/ ,'-]+$/, "date patterns"],
  [/^\s*</, "markup"],
  [/^[a-z]+(\.[a-z][A-Za-z0-9_]*)+$/, "message keys of the catalogue (area.name)"],
  [/^([A-Z]{2}\s+)+[A-Z]{2}$/, "lists of ISO country codes"],
  [
    new RegExp(`^(${Qualifier.options.join("|")})$`),
    "a figure's qualifiers: data values of the model (src/model/figure.ts), read from input and compared with; shown through qualifierText",
  ],
  [/^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/, "catalogue keys (`network.showAll`), chosen before a lookup"],
];

/**
 * Calls whose string arguments are for developers, not readers (console, thrown errors), or are
 * the catalogue itself: an area's English (`defineMessages`) and keys read with an area's `t`
 * (`tCsv`…); `meta` is JSON Schema's description of the format, for tools, in English like the
 * docs.
 */
const developerCallees =
  /^(console\.(warn|error|log|info|debug)|Error|TypeError|RangeError|SyntaxError|t|t[A-Z]\w*|defineMessages|meta|querySelector|querySelectorAll|closest|matches|setAttribute|getAttribute|removeAttribute|hasAttribute|createElement|createElementNS|addEventListener|removeEventListener|dispatch|attr|style|classed|on|select|selectAll|append|insert|raise|join|call|property|getPropertyValue|setProperty|toggleAttribute|matchMedia)$/;

/** Whether a string reads as English words for people. */
export function looksUserFacing(text: string): boolean {
  const words = text.replace(/\$\{[^}]*\}/g, " ").trim();
  if (!/[A-Za-z]{2,}/.test(words)) return false;
  if (!(/[A-Za-z]{2,}[ ,.:;!?’'"-]+[A-Za-z]{2,}/.test(words) || /^[A-Z][a-z]{2,}/.test(words)))
    return false;
  return !notUserFacing.some(([pattern]) => pattern.test(words));
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function calleeName(node: Node): string {
  const callee = (node.callee ?? node.callee) as Node | undefined;
  if (!callee) return "";
  if (callee.type === "Identifier") return callee.name as string;
  if (callee.type === "MemberExpression" || callee.type === "StaticMemberExpression") {
    const object = callee.object as Node;
    const property = callee.property as Node;
    const name = (property?.name as string) ?? "";
    return object?.type === "Identifier" && object.name === "console" ? `console.${name}` : name;
  }
  return "";
}

/** Every user-facing English string of a TypeScript source (comments and type positions aside). */
export function userFacingLiterals(code: string, file = "x.ts"): Literal[] {
  const ast = parseAst(code, { lang: "ts" }) as unknown as Node;
  const lineOf = (offset: number) => code.slice(0, offset).split("\n").length;
  const out: Literal[] = [];
  const visit = (node: unknown, parent: Node | undefined, key: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent, key);
      return;
    }
    if (!node || typeof node !== "object" || typeof (node as Node).type !== "string") return;
    const n = node as Node;
    // Not reader text: module specifiers, types, object keys, and what developer calls receive.
    if (
      n.type.startsWith("TS") &&
      n.type !== "TSAsExpression" &&
      n.type !== "TSNonNullExpression" &&
      n.type !== "TSSatisfiesExpression"
    )
      return;
    // A developer call's own string arguments are not reader text, but what is nested in its
    // other arguments may be: `node.append(el(document, "p", …, "Words"))` hid its words when the
    // whole call was skipped.
    if (
      (n.type === "CallExpression" || n.type === "NewExpression") &&
      developerCallees.test(calleeName(n))
    ) {
      // Its values (a catalogue's English, a selector, a message) stay out; calls in its
      // arguments, and the chain it is called on, are read.
      visit(n.callee, n, "callee");
      for (const arg of (n.arguments as Node[] | undefined) ?? [])
        if (arg.type === "CallExpression" || arg.type === "NewExpression")
          visit(arg, n, "arguments");
      return;
    }
    if (n.type === "SwitchCase") {
      visit(n.consequent, n, "consequent");
      return;
    }
    if (n.type === "Literal" && typeof n.value === "string") {
      if (
        key === "key" &&
        parent &&
        (parent.type === "Property" || parent.type === "PropertyDefinition")
      )
        return;
      if (looksUserFacing(n.value)) out.push({ file, line: lineOf(n.start), text: n.value });
      return;
    }
    if (n.type === "TemplateLiteral") {
      const text = (n.quasis as Node[])
        .map(
          (q) =>
            (q.value as { cooked?: string; raw: string }).cooked ??
            (q.value as { raw: string }).raw,
        )
        // biome-ignore lint/suspicious/noTemplateCurlyInString: marks where an expression was
        .join("${}");
      if (looksUserFacing(text)) out.push({ file, line: lineOf(n.start), text });
      visit(n.expressions, n, "expressions");
      return;
    }
    if (n.type === "TaggedTemplateExpression") return; // css`…` and other tagged text
    for (const [k, value] of Object.entries(n)) {
      if (k === "type" || k === "start" || k === "end") continue;
      if (k === "source" && /^(Import|Export)\w*Declaration$|^ImportExpression$/.test(n.type))
        continue;
      visit(value, n, k);
    }
  };
  visit(ast, undefined, "");
  return out;
}

/**
 * Files whose words are never shown: the time words of the six built-in locales (data, checked
 * against date-fns; English in timeWords.ts, fr/de/es/ar/he in handWords.ts); the
 * TimelineJS template's column names ("Year", "End Year"…) that `readTimelineJs` reads in input
 * and names a column by (its messages take them as placeholders); the JSON Schema's title and
 * description (`jointline schema`), read by editors and validators, in English like the docs.
 */
const notScanned = new Set([
  "time/timeWords.ts",
  "time/handWords.ts",
  "io/timelineJs/columns.ts",
  "model/toJsonSchema.ts",
]);

/** The source files the reader sees text from: every layer but i18n (the catalogue) and build. */
export function scannedFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
    });
  return walk(root)
    .map((f) => relative(root, f))
    .filter((f) => !/^(i18n|build|time\/locales)\//.test(f) && !notScanned.has(f))
    .sort();
}

export function literalsOf(root: string, file: string): Literal[] {
  return userFacingLiterals(readFileSync(join(root, file), "utf8"), file);
}
