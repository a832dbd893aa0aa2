// Moved to src/io/readDataset.ts (the one format dispatcher). Kept while embedAttributes.ts,
// which another branch moves to src/views/, still imports its format type from here.
export type { DatasetFormat } from "../io/readDataset";
