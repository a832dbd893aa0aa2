// The embed-code part (jointline.embed-code.js): the iframe snippet of "Get embed code".
import { embedCode, hostResizeScript } from "../../embed/embedCode";
import { elementEmbedCode, showEmbedCodeDialog } from "../../embed/embedCodeDialog";
import { registerPart } from "../../embed/parts";

registerPart("embed-code", {
  elementEmbedCode,
  showEmbedCodeDialog,
  api: { embedCode, hostResizeScript },
});
