// formatCount lives in src/i18n (the message formatter needs it too); kept here for derive's imports.
export { formatCount } from "../i18n/formatCount.js";
