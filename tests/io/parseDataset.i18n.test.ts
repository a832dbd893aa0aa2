import { describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import de from "../../src/i18n/locales/de";
import fr from "../../src/i18n/locales/fr";
import { parseDataset } from "../../src/io/parseDataset";
import type { Issue } from "../../src/model";

registerLocale(fr);
registerLocale(de);

const valid = {
  title: "T",
  sources: [{ id: "s1", publisher: "Europol", title: "Press release" }],
  actors: [{ id: "europol", name: "Europol", kind: "agency", country: "NL" }],
  events: [
    {
      kind: "operation",
      id: "op-1",
      title: "Operation One",
      when: "2024",
      actors: [{ actor: "europol", role: "coordinator" }],
      sources: ["s1"],
    },
  ],
};

/** A dataset with a wrong country (a shape error) and a dangling source id (a reference error). */
function broken(): Record<string, unknown> {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  copy.actors[0]!.country = "UK";
  copy.events[0]!.sources = ["s2"];
  (copy.events[0] as Record<string, unknown>).size = 3;
  return copy;
}

const byCode = (issues: readonly Issue[], code: string) => issues.find((i) => i.code === code);

describe("parseDataset(value, { locale })", () => {
  it("parseDataset(value) words its issues in English by default", () => {
    const { data, issues } = parseDataset(broken());
    expect(data).toBeUndefined();
    expect(byCode(issues, "invalid_country")).toMatchObject({
      path: ["actors", 0, "country"],
      message: '"UK" is not an ISO 3166-1 alpha-2 country code.',
      expected: "an ISO 3166-1 alpha-2 country code such as DE or GB",
      found: "UK",
      hint: 'did you mean "GB"?',
    });
    expect(byCode(issues, "unknown_source")).toMatchObject({
      path: ["events", 0, "sources", 0],
      message: '"s2" is not the id of any entry in sources.',
      expected: "the id of one of the dataset's sources",
      hint: 'did you mean "s1"?',
    });
    expect(byCode(issues, "unknown_field")?.message).toBe(
      'The field "size" is not part of the data format.',
    );
  });

  it('parseDataset(value, { locale: "fr" }) words the same issues in French, with their codes, paths and placeholders', () => {
    const english = parseDataset(broken()).issues;
    const { issues } = parseDataset(broken(), { locale: "fr" });
    expect(issues.map((i) => [i.code, i.path])).toEqual(english.map((i) => [i.code, i.path]));
    expect(byCode(issues, "invalid_country")).toMatchObject({
      message: '"UK" n’est pas un code pays ISO 3166-1 alpha-2.',
      expected: "un code pays ISO 3166-1 alpha-2, comme DE ou GB",
      found: "UK",
      hint: 'vouliez-vous dire "GB" ?',
    });
    expect(byCode(issues, "unknown_source")).toMatchObject({
      message: '"s2" n’est l’identifiant d’aucune entrée de sources.',
      expected: "l’identifiant d’une entrée de sources du jeu de données",
      found: "s2",
      hint: 'vouliez-vous dire "s1" ?',
    });
    expect(byCode(issues, "unknown_field")?.message).toBe(
      'Le champ "size" ne fait pas partie du format de données.',
    );
  });

  it('parseDataset(value, { locale: "de" }) words a missing field, a type error and a duplicate id in German', () => {
    const value = structuredClone(valid) as Record<string, unknown> & typeof valid;
    value.sources.push({ id: "s1", publisher: "Europol", title: "Again" });
    (value.events[0] as Record<string, unknown>).title = undefined;
    (value.actors[0] as Record<string, unknown>).name = 7;
    const { issues } = parseDataset(value, { locale: "de" });
    expect(byCode(issues, "missing_field")).toMatchObject({
      path: ["events", 0, "title"],
      message: 'Das Feld "title" ist erforderlich, fehlt aber.',
      expected: "Text",
      found: "nichts",
    });
    expect(byCode(issues, "invalid_type")).toMatchObject({
      path: ["actors", 0, "name"],
      message: "Erwartet: Text; gefunden: 7.",
    });
    expect(byCode(issues, "duplicate_id")?.message).toBe(
      'Die ID "s1" kommt in sources zweimal vor: Sie ist bereits die ID von sources[0].',
    );
  });

  it("parseDataset(value, { locale }) falls back to English per message for a locale without wording", () => {
    const { issues } = parseDataset(broken(), { locale: "sw" });
    expect(byCode(issues, "unknown_source")?.message).toBe(
      '"s2" is not the id of any entry in sources.',
    );
  });
});
