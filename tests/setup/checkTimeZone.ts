/**
 * Set-up of the `tz …` projects (vite.config.ts): fails the file when its process does not run
 * in the zone the project names, so that a time-zone run can never silently test another zone.
 */
import { expect } from "vitest";

const zone = process.env.TZ;
expect(zone, "the tz projects set TZ").toBeTruthy();
// Compared through Intl on both sides: ICU names some zones by an alias (Asia/Kolkata → Asia/Calcutta).
expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
  new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone,
);
const offsets: Record<string, number> = {
  UTC: 0,
  "Pacific/Kiritimati": -14 * 60,
  "Asia/Kolkata": -(5 * 60 + 30),
};
if (zone && zone in offsets)
  expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(), zone).toBe(offsets[zone]);
