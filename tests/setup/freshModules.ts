/**
 * Set-up of the Node projects (vite.config.ts), which reuse one worker process from file to
 * file (`isolate: false`): every file starts with a fresh copy of the project's own modules
 * (src/, tests/helpers…), as an isolated run gives it, so that no module state — a registered
 * locale or part, a loader, a counter such as the fuzz harness's `casesRun` — carries over from
 * the file before. What is reused is what costs: the process, and the dependencies Node itself
 * imported (jsdom, linkedom, zod, d3, fast-check).
 */
import { vi } from "vitest";

vi.resetModules();
