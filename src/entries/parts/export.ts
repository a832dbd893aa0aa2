// The export part (jointline.export.js): SVG and PNG from an element's menu or its exportSvg(),
// exportPng() and exportSvgAt() methods.
import { registerPart } from "../../embed/parts";
import { collectCss, downloadBlob, exportSvg, svgToPng } from "../../export";

registerPart("export", {
  exportSvg,
  collectCss,
  svgToPng,
  downloadBlob,
  api: { exportSvg, collectCss, svgToPng, downloadBlob },
});
