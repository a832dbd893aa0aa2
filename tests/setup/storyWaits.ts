/**
 * Set-up of the `storybook` project, which runs the stories' play functions: `waitFor` and the
 * `find…` queries of storybook/test give up after Testing Library's default of 1 s, which a
 * loaded 2-core machine does not keep (the embed story `InvalidData` waits for the validator
 * part to load; it failed at a load of 20). 15 s is a hang bound, as the tests' own budgets are;
 * a condition met sooner returns at once.
 */
import { configure } from "storybook/test";

configure({ asyncUtilTimeout: 15_000 });
