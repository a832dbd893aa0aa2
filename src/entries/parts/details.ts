// The details' part (jointline.details.js): what a timeline shows when a reader asks for more
// than the chart — an event's details panel, the tooltip's figures and sources, the data table —
// and what the network, trend and presentation parts draw with the same code (their details,
// figure claims, images and tables). The core fetches it on the first hover or focus of a plot
// (src/components/timeline/detailsCode.ts); the view parts run on it.
import { renderEventDetails, renderFigureClaims } from "../../components/shared/renderEventDetails";
import { renderTablePage } from "../../components/timeline/tablePage";
import { registerPart } from "../../embed/parts";

registerPart("details", {
  code: { renderEventDetails, renderTablePage },
  api: { renderEventDetails, renderFigureClaims },
});
