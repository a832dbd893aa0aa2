// The network benchmark's data, also drawn by the "300 actors" story and the browser tests:
// seeded, pure (no DOM, no clock), so every run lays out exactly the same graph.
import type { Actor, DataEvent, Dataset } from "../src/model";
import { seededRandom } from "./syntheticDataset";

const kinds: Actor["kind"][] = [
  "agency",
  "agency",
  "agency",
  "country",
  "intergovernmental",
  "ngo",
];

/**
 * A dataset of `actors` actors and operations among them whose cooperation graph has exactly
 * `edges` distinct actor pairs: operations of 2–4 participants picked with a skew (some actors
 * are hubs, as in real data) until the pairs nearly reach the target, then two-actor operations
 * on new pairs to hit it exactly. Years 2000–2024. Default seed 1.
 * @example const data = syntheticNetworkDataset(300, 3000); // cooperationGraph(data).edges.length === 3000
 */
export function syntheticNetworkDataset(actors = 300, edges = 3000, seed = 1): Dataset {
  const random = seededRandom(seed);
  const actorList: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: `Agency ${i}`,
    shortName: `A${i}`,
    kind: kinds[Math.floor(random() * kinds.length)]!,
  }));
  const pairs = new Set<string>();
  const events: DataEvent[] = [];
  const pick = () => Math.floor(random() ** 1.5 * actors);
  const key = (a: number, b: number) => (a < b ? `${a}~${b}` : `${b}~${a}`);
  const add = (members: number[]) => {
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    events.push({
      kind: "operation",
      id: `op${events.length}`,
      title: `Operation ${events.length}`,
      when: `${year}-${String(month).padStart(2, "0")}`,
      actors: members.map((m, i) => ({ actor: `a${m}`, role: i === 0 ? "lead" : "participant" })),
      countries: [],
      figures: [],
      sources: ["s1"],
      tags: [],
      relations: [],
    });
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) pairs.add(key(members[i]!, members[j]!));
  };
  const maxPairs = (actors * (actors - 1)) / 2;
  const target = Math.min(edges, maxPairs);
  while (pairs.size < target - 6) {
    const size = 2 + Math.floor(random() * 3);
    const members = new Set<number>();
    while (members.size < size) members.add(pick());
    add([...members]);
  }
  while (pairs.size < target) {
    const a = Math.floor(random() * actors);
    const b = Math.floor(random() * actors);
    if (a !== b && !pairs.has(key(a, b))) add([a, b]);
  }
  return {
    schemaVersion: "1",
    title: `Synthetic network: ${actors} actors, ${target} ties`,
    sources: [{ id: "s1", publisher: "jointline", title: "Synthetic data for benchmarks" }],
    actors: actorList,
    events,
    eras: [],
  };
}
