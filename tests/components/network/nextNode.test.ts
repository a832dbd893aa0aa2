import { describe, expect, it } from "vitest";
import { nextNode } from "../../../src/components/network/nextNode";

const nodes = [
  { id: "c", x: 50, y: 50 },
  { id: "e", x: 90, y: 52 },
  { id: "far-e", x: 200, y: 50 },
  { id: "ne", x: 80, y: 10 },
  { id: "s", x: 52, y: 95 },
  { id: "w", x: 10, y: 60 },
];

describe("nextNode", () => {
  it("nextNode(nodes, id, arrow) moves to the nearest node in the arrow's direction", () => {
    expect(nextNode(nodes, "c", "ArrowRight")).toBe("e");
    expect(nextNode(nodes, "c", "ArrowLeft")).toBe("w");
    expect(nextNode(nodes, "c", "ArrowDown")).toBe("s");
    expect(nextNode(nodes, "c", "ArrowUp")).toBe("ne");
    expect(nextNode(nodes, "e", "ArrowRight")).toBe("far-e");
  });

  it("nextNode(nodes, id, arrow) stays put at the edge and handles Home, End, unknown and empty", () => {
    expect(nextNode(nodes, "far-e", "ArrowRight")).toBe("far-e");
    expect(nextNode(nodes, "s", "Home")).toBe("c");
    expect(nextNode(nodes, "c", "End")).toBe("w");
    expect(nextNode(nodes, "missing", "ArrowUp")).toBe("c");
    expect(nextNode([], null, "ArrowUp")).toBeNull();
  });
});
