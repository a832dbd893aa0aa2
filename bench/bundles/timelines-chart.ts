// A minimal page that uses timelines-chart, as its README shows.
import TimelinesChart from "timelines-chart";

new TimelinesChart(document.body).data([]);
