import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";

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
  dir = mkdtempSync(join(tmpdir(), "jointline-cli-"));
  writeFileSync(
    join(dir, "bad-date.json"),
    JSON.stringify({
      title: "Broken",
      sources: [
        { id: "s1", publisher: "P", title: "T", url: "https://example.org/a", kind: "news" },
      ],
      actors: [],
      events: [{ id: "e1", kind: "operation", title: "Op", when: "2025-13", sources: ["s1"] }],
    }),
  );
  writeFileSync(join(dir, "syntax.json"), '{"title": "x",\n  "events": [}');
  writeFileSync(
    join(dir, "bad.csv"),
    "id,kind,title,when,sources\nop1,operation,Test,2025-99,s1\n",
  );
  writeFileSync(join(dir, "empty.json"), "");
});

describe("runCli validate", () => {
  it("runCli(['validate', default dataset]) reports it valid with exit code 0", async () => {
    const { code, stdout, stderr } = await run("validate", defaultDataset);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      /csam-operations\.json: valid JSON — 33 events, \d+ actors, \d+ sources/,
    );
  });

  it("runCli(['validate', file with a bad date]) names the JSON path, message and expectation, exit 1", async () => {
    const { code, stdout, stderr } = await run("validate", "bad-date.json");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("bad-date.json: 1 error");
    expect(stderr).toContain("events[0].when: month 13 does not exist [invalid_date]");
    expect(stderr).toMatch(/expected a month from 01 to 12/);
  });

  it("runCli(['validate', CSV with a bad date]) names the row and column", async () => {
    const { code, stderr } = await run("validate", "bad.csv");
    expect(code).toBe(1);
    expect(stderr).toMatch(/row 2, column “when”: .*month 99 does not exist/);
    // The warnings come after the errors, and keep their hints.
    expect(stderr.indexOf("error")).toBeLessThan(stderr.indexOf("warning title"));
    expect(stderr).toContain("Hint: add the lines");
  });

  it("runCli(['validate', JSON syntax error]) reports invalid JSON with what was found", async () => {
    const { code, stderr } = await run("validate", "syntax.json");
    expect(code).toBe(1);
    expect(stderr).toContain("the whole file: The file is not valid JSON");
    expect(stderr).toContain("[invalid_json]");
    expect(stderr).toContain("expected JSON text");
  });

  it("runCli(['validate', several files]) checks each and fails if any fails", async () => {
    const { code, stdout, stderr } = await run("validate", defaultDataset, "empty.json");
    expect(code).toBe(1);
    expect(stdout).toContain("valid JSON");
    expect(stderr).toContain("empty.json: 1 error");
    expect(stderr).toContain("The file is empty. [empty_file]");
  });

  it("runCli(['validate', missing file]) is a usage error with exit code 2", async () => {
    const { code, stderr } = await run("validate", "nope.json");
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read nope.json: no such file");
  });

  it("runCli(['validate', file, --max-bytes n]) refuses a file over n characters with file_too_large and a --max-bytes hint", async () => {
    const size = readFileSync(defaultDataset, "utf8").length;
    const refused = await run("validate", defaultDataset, "--max-bytes", "1000");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(
      `The file is too large to read here: ${Number((size / 1e6).toPrecision(3))} MB of text (${size.toLocaleString("en")} characters), over the limit of 0.001 MB (1,000 characters). [file_too_large]`,
    );
    expect(refused.stderr).toContain("raise the limit with --max-bytes");
    expect(refused.stderr).not.toContain("readInWorker");
    const read = await run("validate", defaultDataset, "--max-bytes", String(size));
    expect(read.code).toBe(0);
    expect((await run("validate", defaultDataset, "--max-bytes", "Infinity")).code).toBe(0);
  });

  it("runCli(['validate', 51 MB file]) refuses it by default; --max-bytes Infinity reads it", async () => {
    writeFileSync(join(dir, "huge.json"), `{"title": ${"x".repeat(51_000_000)}`);
    const refused = await run("validate", "huge.json");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("over the limit of 50 MB");
    expect(refused.stderr).toContain("[file_too_large]");
    const read = await run("validate", "huge.json", "--max-bytes", "Infinity");
    expect(read.code).toBe(1);
    expect(read.stderr).toContain("[invalid_json]");
  }, 60_000); // writes and reads 51 MB twice: 7 s measured on a loaded 2-core machine

  it("runCli(['validate', --max-bytes bad]) is a usage error with exit code 2", async () => {
    for (const value of ["", "-1", "lots"]) {
      const { code, stderr } = await run("validate", defaultDataset, `--max-bytes=${value}`);
      expect(code, value).toBe(2);
      expect(stderr).toContain("--max-bytes must be a number of characters or Infinity");
    }
  });

  it("runCli([]) prints the usage with exit code 2; --help with 0", async () => {
    expect((await run()).code).toBe(2);
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jointline render <file> --out");
  });
});

describe("runCli render", { timeout: 60_000 }, () => {
  it("runCli(['render', default, --view network, --out x.svg]) writes a self-contained SVG", async () => {
    const { code, stdout } = await run(
      "render",
      defaultDataset,
      "--view",
      "network",
      "--out",
      "net.svg",
      "--width",
      "800",
      "--height",
      "500",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("net.svg: network of 33 events, 800×500");
    const svg = readFileSync(join(dir, "net.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="800"');
    // Styles are inlined and resolved: no custom property survives.
    expect(svg).not.toContain("var(");
    expect(svg).not.toContain("<style");
    expect(svg).toContain("INTERPOL");
  });

  it("runCli(['render', …, --out x.png, --scale 2]) writes a PNG at twice the size", async () => {
    const { code } = await run(
      "render",
      defaultDataset,
      "--view",
      "network",
      "--out",
      "net.png",
      "--width",
      "400",
      "--height",
      "300",
      "--scale",
      "2",
    );
    expect(code).toBe(0);
    const png = PNG.sync.read(readFileSync(join(dir, "net.png")));
    expect([png.width, png.height]).toEqual([800, 600]);
  });

  it("runCli(['render', broken file]) prints the error report and exits 1 without writing", async () => {
    const { code, stderr } = await run("render", "bad-date.json", "--out", "broken.svg");
    expect(code).toBe(1);
    expect(stderr).toContain("events[0].when");
    expect(() => readFileSync(join(dir, "broken.svg"))).toThrow();
  });

  it("runCli(['render']) rejects a bad view, theme, size or output name with exit code 2", async () => {
    for (const args of [
      ["--view", "pie", "--out", "a.svg"],
      ["--theme", "neon", "--out", "a.svg"],
      ["--width", "-3", "--out", "a.svg"],
      ["--out", "a.gif"],
      [],
    ]) {
      const { code, stderr } = await run("render", defaultDataset, ...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/jointline: /);
    }
  });
});

describe("bin/jointline.js", () => {
  const exec = promisify(execFile);
  it("bin/jointline.js validate exits 0 on the default dataset and 1 on a broken file", async () => {
    // Both commands at once: each is a Node start plus tsx compiling src/cli, seconds apiece.
    const [ok, failed] = await Promise.all([
      exec("node", [join(root, "bin/jointline.js"), "validate", defaultDataset]),
      exec("node", [join(root, "bin/jointline.js"), "validate", join(dir, "bad-date.json")]).catch(
        (error: { code: number; stderr: string }) => error,
      ),
    ]);
    expect(ok.stdout).toContain("valid JSON");
    expect("code" in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain("month 13 does not exist");
  }, 60_000); // two Node processes compiling src/cli: 12 s at a load of 12 on 2 cores
});
