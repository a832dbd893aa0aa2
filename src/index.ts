// The public API of jointline. Re-exports only, no side effects.
export * from "./derive";
export * from "./io";
export * from "./model";
export * from "./time";
