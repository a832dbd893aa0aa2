/** axe-core over the stories of every other story file, from the second (tests/browser/storyAudit.ts). */
import { auditStories } from "./storyAudit";

await auditStories(1);
