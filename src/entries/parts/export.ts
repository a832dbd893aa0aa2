// The export part (jointline.export.js): SVG and PNG from an element's menu or its exportSvg(),
// exportPng() and exportSvgAt() methods, with the chart's chrome fitted into the frame; and the
// menu's actions, loaded when a reader first opens the menu.
import { chartSvg, chartSvgAt } from "../../embed/chartExport";
import { elementMenuActions } from "../../embed/elementMenu";
import type { ExportSource } from "../../embed/exportChart";
import { registerPart } from "../../embed/parts";
import { collectCss, downloadBlob, exportSvg, svgToPng } from "../../export";

registerPart("export", {
  exportSvg,
  collectCss,
  svgToPng,
  downloadBlob,
  chartSvg: (source: ExportSource) => chartSvg(source, { exportSvg, collectCss }),
  chartSvgAt: (source: ExportSource, width: number, height: number) =>
    chartSvgAt(source, width, height, { exportSvg, collectCss }),
  elementMenuActions,
  api: { exportSvg, collectCss, svgToPng, downloadBlob },
});
