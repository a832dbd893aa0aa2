// The script-tag build: vite bundles this file as an IIFE whose exports become
// `window.jointline`, so the global exposes the same public API as the ESM entry.
export * from "../index";

// Registers <jointline-timeline>, <jointline-network>, <jointline-dashboard>… for script-tag users.
import "./define";
