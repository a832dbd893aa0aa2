export * from "./parseDataset";
export * from "./readJson";
export * from "./writeJson";
