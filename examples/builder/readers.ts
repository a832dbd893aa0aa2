// The one place the builder reaches past src/index.ts, so that one file changes when these
// become public: readDatasetText (the format dispatcher the embed uses, in src/embed, to move
// to src/io) and embedCode (the iframe snippet, in src/embed). Once src/index.ts exports them,
// both imports become `from "../../src/index.ts"`.
export { embedCode } from "../../src/embed/embedCode.ts";
export { type DatasetFormat, readDatasetText } from "../../src/embed/readDatasetText.ts";
