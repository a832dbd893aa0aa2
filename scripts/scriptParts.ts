/**
 * The script-tag build in parts (issue 19): `jointline.iife.js`, the core a page includes, and
 * one classic script per part of src/embed/parts.ts (`jointline.network.js`…), loaded on first
 * use from the core's folder. A part must not carry a copy of what the core (or a part it
 * needs) already holds — d3, zod, the model, the theme — so the parts are built against them:
 *
 * 1. analysis: each bundle (the core, then each part after the parts it needs) is bundled once,
 *    unminified and not written, with every module an earlier bundle it runs on holds made
 *    external; that gives the modules each bundle owns and, from the generated imports, which
 *    names each part takes from which module of another bundle;
 * 2. the core and each part are built for real: a bundle's entry puts the modules (and only the
 *    names) that later parts take on a private global, `globalThis.__jointline[k]` (a list of
 *    the names' values, in their sorted order), and a part's imports of another bundle's module
 *    read that global instead of bundling the module.
 *
 * Modules shared this way execute once, in the bundle that owns them (one d3-selection, one
 * theme registry, one `registerPart`). The ESM build does not use this: it keeps import().
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Plugin, UserConfig } from "vite";
import { build } from "vite";

/** One bundle of the script-tag build. */
export interface ScriptBundle {
  /** `core` or the part's name. */
  name: string;
  /** The entry module (absolute path). */
  entry: string;
  /** The output file name. */
  file: string;
  /** The bundles it runs on, loaded before it (the core always). */
  needs: readonly string[];
  /**
   * A locale's words, for a bundle whose entry is generated (the entry is no file): the core's
   * words of the locale `tag` (`part: "core"`, with its date words), or the words of one part
   * (`jointline.locale-fr.network.js`). See {@link localeBundles}.
   */
  words?: { tag: string; part: string };
}

/** What the analysis found. */
export interface ScriptPlan {
  bundles: readonly ScriptBundle[];
  /** The bundle that holds each module (absolute id). */
  owner: Map<string, string>;
  /** The names later bundles take from each module, by module. */
  taken: Map<string, Set<string>>;
  /** The names each bundle takes from other bundles' modules, by bundle then module. */
  imports: Map<string, Map<string, Set<string>>>;
  /** The key of each shared module on the private global. */
  keys: Map<string, number>;
  /** Every export of each module, by module. */
  exportsOf: Map<string, readonly string[]>;
}

const global = "__jointline";
const externalPrefix = "jl-shared:";
const virtualPrefix = "\0jl-shared:";

/** The part bundles of the manifest in src/embed/parts.ts, parts a part needs first. */
export function scriptBundles(root: string): ScriptBundle[] {
  const text = readFileSync(`${root}src/embed/parts.ts`, "utf8");
  const manifest = /export const partManifest = \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? "";
  const parts: ScriptBundle[] = [];
  const wordParts: string[] = [];
  for (const line of manifest.split("\n")) {
    const match = /^\s*"?([\w-]+)"?: \{ file: "([^"]+)"(?:, needs: \[([^\]]*)\])?/.exec(line);
    if (match && /words: true/.test(line)) wordParts.push(match[1]!);
    if (!match) continue;
    const needs = (match[3] ?? "").split(",").map((s) => s.trim().replace(/"/g, ""));
    parts.push({
      name: match[1]!,
      entry: `${root}src/entries/parts/${match[1]}.ts`,
      file: match[2]!,
      needs: ["core", ...needs.filter(Boolean)],
    });
  }
  if (parts.length === 0) throw new Error("scriptParts: no parts found in src/embed/parts.ts");
  const ordered: ScriptBundle[] = [];
  const visit = (part: ScriptBundle) => {
    if (ordered.includes(part)) return;
    for (const need of part.needs) {
      const found = parts.find((p) => p.name === need);
      if (found) visit(found);
    }
    ordered.push(part);
  };
  for (const part of parts) visit(part);
  return [
    {
      name: "core",
      entry: `${root}src/entries/iife.ts`,
      file: "jointline.iife.js",
      needs: [],
    },
    ...ordered,
    ...localeBundles(root, wordParts),
  ];
}

/**
 * The locales' bundles: per shipped locale (src/i18n/shippedLocales.ts) `jointline.locale-<tag>.js`,
 * its date words and the messages of the core (registered with the core's catalogue when it
 * runs; the core loads it with loadLocaleScript, src/embed/loadPartScript.ts), and per
 * translated locale (src/i18n/translatedLocales.ts) and part marked `words: true` in the
 * manifest, `jointline.locale-<tag>.<part>.js`: the messages of that part, loaded with it. A
 * page loads the words of what it shows; the CLI's words are in no script. Which bundle a
 * message goes with is where its English is defined (`"key":` in the built bundle, see
 * {@link wordsEntry}).
 */
export function localeBundles(root: string, wordParts: readonly string[] = []): ScriptBundle[] {
  const list = (file: string, name: string) => {
    const text = readFileSync(`${root}src/i18n/${file}`, "utf8");
    const found = new RegExp(`${name}[^=]*=\\s*\\[([\\s\\S]*?)\\]`).exec(text)?.[1] ?? "";
    return [...found.matchAll(/"([\w-]+)"/g)].map((m) => m[1]!);
  };
  const tags = list("shippedLocales.ts", "shippedLocales");
  if (tags.length === 0) throw new Error("scriptParts: no locales found in shippedLocales.ts");
  const translated = new Set(list("translatedLocales.ts", "translatedLocales"));
  return tags.flatMap((tag) => [
    {
      name: `locale-${tag}`,
      entry: `${root}src/entries/locales/${tag}.ts`,
      file: `jointline.locale-${tag}.js`,
      needs: ["core"],
      words: { tag, part: "core" },
    },
    ...(translated.has(tag) ? wordParts : []).map((part) => ({
      name: `locale-${tag}.${part}`,
      entry: `${root}src/entries/locales/${tag}.${part}.ts`,
      file: `jointline.locale-${tag}.${part}.js`,
      needs: ["core"],
      words: { tag, part },
    })),
  ]);
}

/** A locale's translations: its JSON and each area's (`src/i18n/locales/<area>/<tag>.json`). */
function localeMessages(root: string, tag: string): Record<string, string> {
  const dir = `${root}src/i18n/locales/`;
  const files = [
    `${dir}${tag}.json`,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${dir}${entry.name}/${tag}.json`),
  ];
  return Object.assign(
    {},
    ...files.filter((f) => existsSync(f)).map((f) => JSON.parse(readFileSync(f, "utf8"))),
  );
}

/**
 * The entry of a locale's bundle, as code: the messages of `bundle.words.tag` whose English is
 * defined in the bundle `bundle.words.part` (every built file holding `"key":` that runs on no
 * other bundle holding it: two parts that each carry a message each carry its words),
 * registered with the core's catalogue; the core's also
 * carry the date words. A locale without a whole translation has no part files: its core file
 * takes every message of the script-tag build. Messages defined in no bundle (the CLI's) are
 * left out. Before the bundles are built (the analysis) the messages are empty, which changes
 * nothing the analysis looks at.
 */
function wordsEntry(
  root: string,
  bundles: readonly ScriptBundle[],
  bundle: ScriptBundle,
  outDir: string,
): string {
  const { tag, part } = bundle.words!;
  const built = bundles
    .filter((b) => !b.words)
    .map((b) => ({
      name: b.name,
      text: existsSync(`${outDir}/${b.file}`) ? readFileSync(`${outDir}/${b.file}`, "utf8") : "",
    }));
  const hasParts = bundles.some((b) => b.words?.tag === tag && b.words.part !== "core");
  const runsOn = new Map(
    bundles.filter((b) => !b.words).map((b) => [b.name, closure(bundles, b)] as const),
  );
  const messages: Record<string, string> = {};
  for (const [key, text] of Object.entries(localeMessages(root, tag))) {
    const holders = built
      .filter((b) => b.text.includes(`${JSON.stringify(key)}:`))
      .map((b) => b.name);
    if (!holders.length) continue;
    // Each part that holds the message and runs on no bundle holding it carries its own copy
    // (the network and the details part both show the table's "Kind"), so each needs the
    // translation in its own words: whichever of them a page loads first.
    const owners = holders.filter((name) => !holders.some((other) => runsOn.get(name)?.has(other)));
    const wordless = owners.find(
      (owner) =>
        owner !== "core" && !bundles.some((b) => b.words?.tag === tag && b.words.part === owner),
    );
    if (part === "core" && hasParts && wordless)
      throw new Error(
        `scriptParts: the message ${key} is defined in the part ${wordless}, whose line in src/embed/parts.ts needs words: true`,
      );
    const mine = part === "core" ? owners.includes("core") || !hasParts : owners.includes(part);
    if (mine) messages[key] = text;
  }
  if (part === "core")
    return [
      `import words from ${JSON.stringify(`${root}src/time/locales/${tag}.ts`)};`,
      `import { registerLocale } from ${JSON.stringify(`${root}src/i18n/registerLocale.ts`)};`,
      `registerLocale({ tag: ${JSON.stringify(tag)}, words, messages: ${JSON.stringify(messages)} });`,
    ].join("\n");
  return [
    `import { registerMessages } from ${JSON.stringify(`${root}src/i18n/catalog.ts`)};`,
    `registerMessages(${JSON.stringify(tag)}, ${JSON.stringify(messages)});`,
  ].join("\n");
}

/** Gives a locale's bundle its generated entry (see {@link wordsEntry}). */
function localeEntry(
  root: string,
  bundles: readonly ScriptBundle[],
  bundle: ScriptBundle,
  outDir: string,
): Plugin[] {
  if (!bundle.words) return [];
  return [
    {
      name: "jointline-locale-entry",
      enforce: "pre",
      resolveId(source) {
        return source === bundle.entry ? bundle.entry : null;
      },
      load(id) {
        return id === bundle.entry ? wordsEntry(root, bundles, bundle, outDir) : null;
      },
    },
  ];
}

/** Every bundle a bundle runs on, directly or through another. */
function closure(bundles: readonly ScriptBundle[], bundle: ScriptBundle): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    if (out.has(name)) return;
    out.add(name);
    for (const need of bundles.find((b) => b.name === name)?.needs ?? []) add(need);
  };
  for (const need of bundle.needs) add(need);
  return out;
}

/** Makes the modules of the bundles `runsOn` external (analysis) or reads them from the global. */
function sharedModules(
  plan: Pick<ScriptPlan, "owner" | "exportsOf">,
  runsOn: Set<string>,
  mode:
    | "external"
    | {
        keys: Map<string, number>;
        names: Map<string, Set<string>>;
        taken: Map<string, Set<string>>;
      },
): Plugin {
  return {
    name: "jointline-shared-modules",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source.startsWith(virtualPrefix) || source.startsWith(externalPrefix)) return null;
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const owner = plan.owner.get(resolved.id);
      if (!owner || !runsOn.has(owner)) return resolved;
      if (mode === "external") return { id: `${externalPrefix}${resolved.id}`, external: true };
      return `${virtualPrefix}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(virtualPrefix) || mode === "external") return null;
      const module = id.slice(virtualPrefix.length);
      const key = mode.keys.get(module);
      const taken = mode.names.get(module) ?? new Set<string>();
      // Every export is declared, since an importer binds names that tree-shaking drops later;
      // only those the analysis saw used are read from the global (the owner puts only those),
      // by their place in the owner's list (sharedNames), not by name: names survive
      // minification as text, and were ~1 KB gzip of the core.
      // Through local names: an export may be named with a reserved word (zod's `null`).
      const lines = [`const m = globalThis.${global}[${key ?? -1}];`];
      const names: string[] = [];
      const all = sharedNames(mode.taken, module);
      (plan.exportsOf.get(module) ?? []).forEach((name, i) => {
        const value = taken.has(name) ? `m[${all.indexOf(name)}]` : "undefined";
        lines.push(`const __e${i} = ${value};`);
        names.push(`__e${i} as ${name}`);
      });
      if (names.length) lines.push(`export { ${names.join(", ")} };`);
      return lines.join("\n");
    },
  };
}

/** The names later bundles take from a module, in the order the owner puts them on the global. */
function sharedNames(taken: Map<string, Set<string>>, module: string): string[] {
  return [...(taken.get(module) ?? [])].sort();
}

/** Appends to `entry` the code putting `exposed` modules' names on the private global. */
function exposeModules(
  entry: string,
  exposed: Map<string, Set<string>>,
  keys: Map<string, number>,
): Plugin {
  return {
    name: "jointline-expose-modules",
    transform(code, id) {
      if (id !== entry || exposed.size === 0) return null;
      const lines = [`const __jl = (globalThis.${global} ??= {});`];
      let n = 0;
      for (const module of exposed.keys()) {
        const key = keys.get(module)!;
        const fields: string[] = [];
        for (const name of sharedNames(exposed, module)) {
          const local = `__jl${n++}`;
          lines.unshift(`import { ${name} as ${local} } from ${JSON.stringify(module)};`);
          fields.push(local);
        }
        lines.push(`__jl[${key}] = [${fields.join(", ")}];`);
      }
      return { code: `${code}\n${lines.join("\n")}\n`, map: null };
    },
  };
}

/** The names a generated ES chunk imports from each shared module, read from its import lines. */
function importedNames(
  code: string,
  exportsOf: (id: string) => readonly string[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, names: Iterable<string>) => {
    const set = out.get(id) ?? new Set<string>();
    for (const name of names) set.add(name);
    out.set(id, set);
  };
  const statement = new RegExp(
    `(?:import|export)\\s*([^;]*?)\\s*from\\s*"${externalPrefix}([^"]+)"`,
    "g",
  );
  for (const [, clause = "", id = ""] of code.matchAll(statement)) {
    if (/\*/.test(clause)) {
      add(id, exportsOf(id));
      continue;
    }
    const braces = /\{([^}]*)\}/.exec(clause)?.[1];
    if (braces !== undefined) {
      add(
        id,
        braces
          .split(",")
          .map((s) => s.trim().split(/\s+as\s+/)[0]!)
          .filter(Boolean),
      );
    }
    const outside = clause
      .replace(/\{[^}]*\}/, "")
      .replace(/,/g, "")
      .trim();
    if (outside) add(id, ["default"]);
  }
  return out;
}

/**
 * Bundles each bundle once without writing (step 1 above) and returns the plan.
 * @example const plan = await analyseScriptBundles(bundles, base);
 */
export async function analyseScriptBundles(
  bundles: readonly ScriptBundle[],
  base: (extra: Plugin[]) => UserConfig,
  root: string,
  outDir: string,
): Promise<ScriptPlan> {
  const owner = new Map<string, string>();
  const exportsOf = new Map<string, readonly string[]>();
  const imports = new Map<string, Map<string, Set<string>>>();
  const importedIds = new Map<string, readonly string[]>();
  // A barrel's exports list `*` for its `export * from`: replaced by what the modules it imports
  // export (a superset at worst, which only declares names nobody reads).
  const resolved = new Map<string, readonly string[]>();
  const resolveExports = (id: string, seen = new Set<string>()): readonly string[] => {
    const done = resolved.get(id);
    if (done) return done;
    const own = exportsOf.get(id) ?? [];
    if (!own.includes("*") || seen.has(id)) return own.filter((n) => n !== "*");
    seen.add(id);
    const names = new Set(own.filter((n) => n !== "*"));
    for (const next of importedIds.get(id) ?? [])
      for (const name of resolveExports(next, seen)) if (name !== "default") names.add(name);
    const list = [...names];
    resolved.set(id, list);
    return list;
  };
  for (const bundle of bundles) {
    const runsOn = closure(bundles, bundle);
    let code = "";
    const collect: Plugin = {
      name: "jointline-collect-modules",
      generateBundle(_options, output) {
        // A bundle owns only the modules it renders code of: a module it imports but tree-shakes
        // away (the zod schemas beside `isHttpUrl` in model/httpUrl.ts, say) goes to the first
        // part that uses it, rather than being put back into this bundle for that part.
        const rendered = new Set<string>();
        for (const chunk of Object.values(output))
          if (chunk.type === "chunk")
            for (const [id, module] of Object.entries(chunk.modules))
              if (module.renderedLength > 0) rendered.add(id);
        for (const id of this.getModuleIds()) {
          if (id.startsWith(externalPrefix) || id.startsWith("\0")) continue;
          if (!exportsOf.has(id)) {
            const info = this.getModuleInfo(id);
            exportsOf.set(id, info?.exports ?? []);
            importedIds.set(id, info?.importedIds ?? []);
          }
          // A barrel (`export * from`) holds nothing of its own: each bundle reads through it to
          // the modules it re-exports, which are shared one by one.
          const barrel = exportsOf.get(id)?.includes("*") ?? false;
          if (rendered.has(id) && !barrel && !owner.has(id)) owner.set(id, bundle.name);
        }
        for (const chunk of Object.values(output)) if (chunk.type === "chunk") code += chunk.code;
      },
    };
    const config = base([
      ...localeEntry(root, bundles, bundle, outDir),
      sharedModules({ owner, exportsOf }, runsOn, "external"),
      collect,
    ]);
    await build({
      ...config,
      logLevel: "silent",
      build: {
        ...config.build,
        write: false,
        minify: false,
        emptyOutDir: false,
        lib: { entry: bundle.entry, formats: ["es"], fileName: () => bundle.file },
      },
    });
    imports.set(
      bundle.name,
      importedNames(code, (id) => resolveExports(id)),
    );
  }
  const taken = new Map<string, Set<string>>();
  for (const byModule of imports.values())
    for (const [id, names] of byModule) {
      const set = taken.get(id) ?? new Set<string>();
      for (const name of names) set.add(name);
      taken.set(id, set);
    }
  const keys = new Map([...taken.keys()].sort().map((id, i) => [id, i] as const));
  const allExports = new Map([...exportsOf.keys()].map((id) => [id, resolveExports(id)] as const));
  return { bundles, owner, taken, imports, keys, exportsOf: allExports };
}

/** The plugins of one bundle's real build (step 2 above). */
export function scriptBundlePlugins(
  plan: ScriptPlan,
  bundle: ScriptBundle,
  root: string,
  outDir: string,
): Plugin[] {
  const exposed = new Map(
    [...plan.taken].filter(([id]) => plan.owner.get(id) === bundle.name).sort(),
  );
  return [
    ...localeEntry(root, plan.bundles, bundle, outDir),
    sharedModules(plan, closure(plan.bundles, bundle), {
      keys: plan.keys,
      names: plan.imports.get(bundle.name) ?? new Map(),
      taken: plan.taken,
    }),
    exposeModules(bundle.entry, exposed, plan.keys),
  ];
}
