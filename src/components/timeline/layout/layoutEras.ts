import { packRows } from "../../../derive/packRows";
import { truncateLabel } from "./labels";
import { type EraLayout, PAD, type TimelineLayoutInput } from "./types";

/**
 * Era bands stacked in rows so that no two overlap, each label shortened to its band.
 * @example layoutEras({ eras, x, width: 900, measure, fontSize: 12 });
 */
export function layoutEras(
  input: Pick<TimelineLayoutInput, "eras" | "x" | "width" | "measure" | "fontSize">,
): EraLayout[] {
  const eras = input.eras ?? [];
  if (eras.length === 0) return [];
  const boxes = eras.map((era) => {
    const a = input.x(era.start);
    const b = input.x(era.end);
    const left = Math.max(-PAD, Math.min(a, b));
    const right = Math.min(input.width + PAD, Math.max(a, b));
    return { era, left, right };
  });
  const packed = packRows(
    boxes.map((b) => ({ start: b.left, end: b.right })),
    { gap: 2 },
  );
  return boxes.map((b, i) => {
    const visibleWidth = Math.min(b.right, input.width) - Math.max(b.left, 0);
    // Era names are drawn in the small text (`--jl-font-size-small`): 12 px where labels are 12,
    // 13 in the high-contrast theme. Measured one size up, a name is shortened a little early
    // rather than cut at the plot's edge.
    const label = truncateLabel(b.era.label, visibleWidth - 8, input.measure, input.fontSize + 1);
    return {
      id: b.era.id,
      label,
      left: b.left,
      right: b.right,
      row: packed.rows[i]!,
      labelVisible: visibleWidth > 40 && label !== "",
    };
  });
}
