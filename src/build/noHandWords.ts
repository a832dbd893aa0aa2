/**
 * The script-tag build's stand-in for src/time/handWords.ts (aliased in vite.config.ts): the
 * core carries English dates only; the date words of fr, de, es, ar and he come with their
 * locale parts (jointline.locale-<tag>.js), as every other locale's do.
 */
export const handWords = {};
