// A minimal page that uses jointline's timeline, as an npm user imports it.
import { createTimeline } from "../../src/components/timeline/createTimeline";
import { parseDataset } from "../../src/io/parseDataset";

const { data } = parseDataset({ title: "t", events: [] });
if (data) createTimeline(document.body, data);
