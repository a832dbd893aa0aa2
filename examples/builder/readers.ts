// What the builder reads and writes with, from the library's public API.
export { type DatasetFormat, embedCode, readDataset } from "../../src/index.ts";
