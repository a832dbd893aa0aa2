// Off-main-thread helpers. Re-exports only.
export * from "./readInWorker";
