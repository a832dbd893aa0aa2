import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
import { readJson } from "../src/io/readJson";
const d = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const { document, window } = parseHTML("<!doctype html><html><body><div id=c></div></body></html>");
Object.assign(globalThis, { document, window, requestAnimationFrame: (f: any) => setTimeout(f, 0), cancelAnimationFrame: clearTimeout });
const { createPresentation } = await import("../src/components/presentation/createPresentation");
try {
  const p = createPresentation(document.getElementById("c") as any, d, { });
  console.log("presentation ok", (document.getElementById("c") as any).innerHTML.length, (document.getElementById("c") as any).querySelectorAll("svg").length);
} catch (e) { console.log("presentation fails", String(e).slice(0, 300)); }
const { createDashboard } = await import("../src/components/link/createDashboard");
try {
  const c = document.createElement("div"); document.body.append(c);
  const p = createDashboard(c as any, d, { });
  console.log("dashboard ok", c.querySelectorAll("svg").length);
} catch (e) { console.log("dashboard fails", String(e).slice(0, 300)); }
