export * from "./htmlToText";
export * from "./parseCsvRows";
export * from "./parseDataset";
export * from "./readCsv";
export * from "./readJson";
export * from "./readTimelineJs";
export * from "./writeCsv";
export * from "./writeJson";
