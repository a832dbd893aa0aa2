import { afterEach, describe, expect, it, vi } from "vitest";
import "../../src/entries/embed";
import type { JointlineElement, JointlineLoadDetail } from "../../src/embed/JointlineElement";
import { loadPart } from "../../src/embed/parts";
import { normalizeLocale } from "../../src/time/normalizeLocale";
import { defaultDataset } from "../scenarios/timelineScenarios";

const json = JSON.stringify(defaultDataset).replace(/</g, "\\u003c");
const added: Element[] = [];

function mount(tag: string, attributes = ""): JointlineElement {
  const holder = document.createElement("div");
  holder.innerHTML = `<${tag} ${attributes}><script type="application/json">${json}</script></${tag}>`;
  document.body.append(holder);
  added.push(holder);
  return holder.firstElementChild as JointlineElement;
}

/**
 * `ready`, or a timeout: a promise that never settles must fail the test, not hang it. 20 s, not
 * 5: a locale part loads over the dev server, which a loaded 2-core machine answers slowly; it is
 * a hang bound under the test's 30 s budget, and a `ready` that settles returns at once.
 */
function settled(element: JointlineElement): Promise<"resolved" | "rejected" | "pending"> {
  return Promise.race([
    element.ready.then(
      () => "resolved" as const,
      () => "rejected" as const,
    ),
    new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), 20_000)),
  ]);
}

afterEach(() => {
  for (const node of added.splice(0)) node.remove();
  vi.restoreAllMocks();
});

describe("locales Intl rejects", () => {
  it("normalizeLocale maps en_GB and fr_FR, and falls back to English with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(normalizeLocale("en_GB")).toBe("en-GB");
    expect(normalizeLocale("fr_FR")).toBe("fr-FR");
    expect(normalizeLocale("pt_br")).toBe("pt-BR");
    expect(normalizeLocale("de")).toBe("de");
    expect(warn).not.toHaveBeenCalled();
    expect(normalizeLocale("not a locale!")).toBe("en");
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain("not a locale!");
  });

  it.each([
    "jointline-timeline",
    "jointline-trend",
    "jointline-dashboard",
    "jointline-presentation",
  ])("<%s locale=en_GB> draws its chart and its ready resolves", async (tag) => {
    const element = mount(tag, 'locale="en_GB"');
    expect(await settled(element)).toBe("resolved");
    expect(element.shadowRoot!.querySelector(".jl-issues")).toBeNull();
    expect(element.shadowRoot!.querySelector("svg, .jl-presentation")).not.toBeNull();
  });

  it.each(["jointline-trend", "jointline-dashboard", "jointline-network"])(
    "<%s locale=fr_FR> and locale='!!' draw in French and in English",
    async (tag) => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const french = mount(tag, 'locale="fr_FR"');
      const broken = mount(tag, `locale="!!${tag}"`);
      expect(await settled(french)).toBe("resolved");
      expect(await settled(broken)).toBe("resolved");
      expect(french.shadowRoot!.querySelector(".jl-issues")).toBeNull();
      expect(broken.shadowRoot!.querySelector(".jl-issues")).toBeNull();
      if (tag !== "jointline-network") expect(warn).toHaveBeenCalled();
    },
  );

  it("ready rejects with the error, shown in the element, when drawing throws", async () => {
    // The trend view comes with its part: the element draws the part's registered view.
    const { view } = await loadPart("trend");
    const create = view.create;
    view.create = () => {
      throw new RangeError("boom inside the chart");
    };
    try {
      let detail: JointlineLoadDetail | undefined;
      document.addEventListener("jointline-error", (e) => (detail = (e as CustomEvent).detail), {
        once: true,
      });
      const element = mount("jointline-trend");
      expect(await settled(element)).toBe("rejected");
      await expect(element.ready).rejects.toThrow("boom inside the chart");
      const report = element.shadowRoot!.querySelector(".jl-issues")?.textContent ?? "";
      expect(report).toContain("boom inside the chart");
      expect(detail?.issues.map((i) => i.code)).toContain("render_failed");
    } finally {
      view.create = create;
    }
  });
});
