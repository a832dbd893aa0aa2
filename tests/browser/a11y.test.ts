/** axe-core over the stories of every other story file, from the first (tests/browser/storyAudit.ts). */
import { auditStories } from "./storyAudit";

await auditStories(0);
