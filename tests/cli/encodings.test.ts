import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { loadEmbedData } from "../../src/embed/loadEmbedData";
import { setPartLoader } from "../../src/embed/parts";
import { importPart } from "../../src/entries/esmParts";

// CSV data needs the CSV reader's part, imported as the ESM build (jointline/embed) does.
setPartLoader(importPart);

// What Excel writes for "CSV" on Western-European Windows: Windows-1252, where "é" is one byte.
const sheet =
  "id,kind,title,when,sources\r\nop1,operation,Opération Trois-Rivières,2024,s1\r\n\r\n#dataset\r\nfield,value\r\ntitle,Données\r\n\r\n#sources\r\nid,publisher,title,url\r\ns1,Europol,Communiqué,https://www.europol.europa.eu/\r\n";
const windows1252 = Uint8Array.from([...sheet], (ch) => ch.charCodeAt(0));

describe("spreadsheets that are not UTF-8, read from bytes", () => {
  it("runCli(['validate', Windows-1252 CSV]) warns with the encoding instead of reading “�”", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jointline-encodings-"));
    writeFileSync(join(dir, "excel.csv"), windows1252);
    let stdout = "";
    let stderr = "";
    const code = await runCli(["validate", "excel.csv"], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Windows-1252");
    expect(stdout).not.toContain("\ufffd");
  });

  it("loadEmbedData(src) of a Windows-1252 CSV keeps the accents and warns", async () => {
    const { document } = parseHTML(
      "<html><body><jointline-timeline></jointline-timeline></body></html>",
    );
    const host = document.querySelector("jointline-timeline")!;
    const { data, issues } = await loadEmbedData(host, {
      src: "excel.csv",
      baseUrl: "https://example.org/",
      fetch: (async () =>
        new Response(windows1252, { headers: { "content-type": "text/csv" } })) as typeof fetch,
    });
    expect(issues.map((i) => i.code)).toEqual(["text_encoding"]);
    expect(data?.events[0]?.title).toBe("Opération Trois-Rivières");
    expect(data?.title).toBe("Données");
  });
});
