// The ESM entry `jointline/embed` (dist/embed.js): the one module of the ESM build with a side
// effect — importing it registers the custom elements. Parts load with import() on first use.
import { defineElements } from "../embed/defineElements";
import { setPartLoader } from "../embed/parts";
import { importPart } from "./esmParts";

setPartLoader(importPart);
defineElements();
