import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssueReport } from "../../src/cli/formatIssueReport";
import { runCli } from "../../src/cli/runCli";
import { fallbackReport } from "../../src/i18n";
import type { Issue } from "../../src/model/issue";

const root = new URL("../../", import.meta.url).pathname;
const defaultDataset = join(root, "data/csam-operations.json");
let dir: string;

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jointline-cli-i18n-"));
  writeFileSync(
    join(dir, "two-bad-dates.csv"),
    "id,kind,title,when,sources\nop1,operation,Test,2025-99,s1\nop2,operation,Other,2025-98,s1\n",
  );
});

describe("runCli in another language", () => {
  it("runCli(['validate', …, '--locale', 'fr']) writes its report in French, the counts in the plural", async () => {
    const { code, stderr } = await run("validate", "two-bad-dates.csv", "--locale", "fr");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^two-bad-dates\.csv: \d+ erreurs/);
    expect(stderr).toContain("ligne 2, colonne « when »");
    // The codes stay as they are, whatever the language.
    expect(stderr).toMatch(/\[[a-z_]+\]/);
  });

  it("runCli(['render', …, '--locale', 'fr']) loads the French words: nothing of the network falls back to English", async () => {
    const out = join(dir, "network.svg");
    const { code, stdout } = await run(
      "render",
      defaultDataset,
      "--view",
      "network",
      "--out",
      out,
      "--locale",
      "fr",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/network\.svg : network de 33 événements, 960×/);
    expect(fallbackReport("fr")).not.toContain("network.play");
    expect(fallbackReport("fr")).toEqual([]);
  }, 60_000);

  it("runCli with a usage mistake and --locale fr says what is wrong, and the usage, in French", async () => {
    const { code, stderr } = await run("render", "x.json", "--out", "x.gif", "--locale", "fr");
    expect(code).toBe(2);
    expect(stderr).toContain("--out doit se terminer par .svg ou .png, trouvé « x.gif »");
    expect(stderr).toContain("Utilisation :");
  });

  it("formatIssueReport(file, issues, 'fr') names one error in the singular with its place and hint", () => {
    const issues: Issue[] = [
      {
        code: "invalid_date",
        severity: "error",
        path: ["events", 0, "when"],
        message: "x",
        expected: "une date",
        found: "2025-13",
        hint: "h",
      },
    ];
    const report = formatIssueReport("ops.json", issues, "fr");
    expect(report).toContain("ops.json: 1 erreur\n");
    expect(report).toContain("attendu : une date; trouvé : « 2025-13 »");
    expect(report).toContain("Conseil : h");
  });
});
