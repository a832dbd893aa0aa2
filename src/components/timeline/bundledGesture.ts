import { attachZoom } from "./attachZoom";
import type { GestureCode } from "./gestureCode";
import { attachInput } from "./readerInput";

/**
 * The gesture code, bundled with the timeline (the ESM build, Node, the tests): the zoom
 * behaviour and a reader's input are attached with the plot, so a first gesture or hover never
 * waits for a fetch. The script-tag build reads this module as src/build/noGesture.ts
 * (vite.config.ts), so that its core leaves d3-zoom's behaviour, the pointer and the keys to the
 * `gesture` part.
 */
export const bundledGesture: GestureCode | undefined = { attachZoom, attachInput };
