import { renderEventDetails } from "../shared/renderEventDetails";
import type { DetailsCode } from "./detailsCode";
import { renderTablePage } from "./tablePage";

/**
 * The details' code, bundled with the timeline (the ESM build, Node, the tests). The script-tag
 * build reads this module as src/build/noDetails.ts (vite.config.ts), so that its core leaves
 * the details panel, the tooltip's figures and the data table to the `details` part.
 */
export const bundledDetails: DetailsCode | undefined = { renderEventDetails, renderTablePage };
