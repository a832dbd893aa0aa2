import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { failureIssue } from "../../src/embed/elementProblems";
import { loadEmbedData } from "../../src/embed/loadEmbedData";
import { PartLoadError } from "../../src/embed/parts";
import { problemWords, setProblemWordsLoader } from "../../src/embed/problemWords";
import { tAttribute } from "../../src/views/attributeMessages";
import { attributeWords, provideAttributeWords } from "../../src/views/attributeWords";
import { parseEmbedAttributes } from "../../src/views/embedAttributes";

// As the script-tag core is built (vite.config.ts reads these modules as src/build/no*.ts): the
// words of what went wrong are not here until the problems part brings them.
vi.mock("../../src/embed/bundledProblemWords", () => ({ bundledProblemWords: undefined }));
vi.mock("../../src/views/bundledAttributeWords", () => ({ bundledAttributeWords: undefined }));

/** A chart element holding `inner`, in a linkedom document (no browser needed). */
function host(inner = ""): Element {
  const { document } = parseHTML(
    `<html><body><jointline-timeline>${inner}</jointline-timeline></body></html>`,
  );
  return document.querySelector("jointline-timeline")!;
}

/** A fetch that answers every URL with a status. */
const answer = (status: number, statusText: string) =>
  (async () => new Response("", { status, statusText })) as typeof fetch;

const blocked = new PartLoadError(
  "problems",
  "https://example.org/js/jointline.problems.js",
  "part.blocked",
);

describe("the words of what went wrong, where the problems part has not run (the script-tag core)", () => {
  it("loadEmbedData(src that 404s) says what it can in the core's words when the problems part cannot load, and carries the part's error", async () => {
    setProblemWordsLoader(() => Promise.reject(blocked));
    const loaded = await loadEmbedData(host(), {
      src: "data/ops.json",
      baseUrl: "https://example.org/page.html",
      fetch: answer(404, "Not Found"),
    });
    expect(loaded.data).toBeUndefined();
    expect(loaded.wordsFailed).toBe(blocked);
    expect(loaded.issues).toEqual([
      {
        severity: "error",
        path: [],
        code: "load_failed",
        message:
          "Could not load data/ops.json from https://example.org/data/ops.json: 404 Not Found.",
      },
    ]);
    // The element shows it beside the part's failure: which file, and where it was looked for.
    const partIssue = failureIssue(blocked, "timeline");
    expect(partIssue.code).toBe("part_load_failed");
    expect(partIssue.message).toContain(
      "Could not load jointline.problems.js from https://example.org/js/jointline.problems.js",
    );
  });

  it("loadEmbedData(no data, a fetch that fails) keeps each issue's code without the part", async () => {
    setProblemWordsLoader(() => Promise.reject(blocked));
    const none = await loadEmbedData(host());
    expect(none.issues.map((i) => [i.code, i.message])).toEqual([
      ["no_data", "No dataset was given."],
    ]);
    const offline = await loadEmbedData(host(), {
      src: "ops.json",
      baseUrl: "https://example.org/",
      fetch: (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch,
    });
    expect(offline.issues.map((i) => i.message)).toEqual([
      "Could not load ops.json from https://example.org/ops.json: Failed to fetch.",
    ]);
    expect(offline.wordsFailed).toBe(blocked);
  });

  it("loadEmbedData(src that 404s) words the issue whole once the part's words load", async () => {
    const { dataProblemIssue, renderFailedIssue } = await import(
      "../../src/embed/dataProblemIssue"
    );
    setProblemWordsLoader(async () => ({ dataProblemIssue, renderFailedIssue }));
    const loaded = await loadEmbedData(host(), {
      src: "data/ops.json",
      baseUrl: "https://example.org/",
      fetch: answer(404, "Not Found"),
    });
    expect(loaded.wordsFailed).toBeUndefined();
    expect(loaded.issues[0]).toMatchObject({
      code: "load_failed",
      message: "Could not load data/ops.json: the server answered 404 Not Found.",
      expected: "a reachable file",
      found: "404",
      hint: "check the file name and its folder",
    });
    expect(problemWords()).toBeDefined();
  });

  it("parseEmbedAttributes(bad values) names each attribute as written until the words are given, then says why", () => {
    const get = (name: string) => ({ width: "wide", theme: "neon", step: "-1" })[name] ?? null;
    expect(attributeWords()).toBeUndefined();
    expect(parseEmbedAttributes(get).problems).toEqual([
      'theme="neon"',
      'width="wide"',
      'step="-1"',
    ]);
    provideAttributeWords(tAttribute);
    expect(parseEmbedAttributes(get).problems).toEqual([
      'theme="neon" is not one of auto, light, dark, high-contrast, slide',
      'width="wide" is not a positive number of pixels',
      'step="-1" is not a whole number from 0',
    ]);
  });
});
