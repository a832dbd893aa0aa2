// Every area's English (see src/i18n/defineMessages.ts), so that the tests see the whole
// catalogue: library code imports an area only where its words are shown. Importing an area's
// module defines its messages; add one line per area.
import "../../src/cli/messages";
import "../../src/components/link/messages";
import "../../src/components/network/messages";
import "../../src/components/presentation/messages";
import "../../src/components/shared/detailsMessages";
import "../../src/components/trend/messages";
import "../../src/embed/embedCodeMessages";
import "../../src/embed/frameMessages";
import "../../src/embed/menuMessages";
import "../../src/embed/problemMessages";
import { englishCatalogue } from "../../src/i18n";
import "../../src/io/timelineJs/messages";
import "../../src/derive/messages";
import "../../src/derive/totalsMessages";
import "../../src/model/dateMessages";
import "../../src/model/messages";
import "../../src/model/referenceMessages";
import "../../src/io/csv/messages";
import "../../src/io/messages";
import "../../src/views/attributeMessages";

/** The English of the core and of every area, by key. */
export const allEnglish: Readonly<Record<string, string>> = englishCatalogue();
