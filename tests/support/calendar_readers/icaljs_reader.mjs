// icaljs_reader: print every instance of every VEVENT of .ics files, in UTC, as read by
// Mozilla's ical.js (the parser of Thunderbird). A test helper of MentorDesk
// (tests/support/calendar_readers), run by calendar_readers/_icaljs.py.
//
// Usage: node icaljs_reader.mjs FILE.ics...
//
// For each file, in order, one line of JSON on stdout:
//   {"index": N, "meetings": [[start, end, "uid", "location", "status"], ...]}
// with start and end in seconds since the epoch (UTC), or
//   {"index": N, "error": "why"}
// The exit status is 0 when every file got its line, whether meetings or an error.
//
// Each file's VTIMEZONEs are registered with ICAL.TimezoneService, which is reset before
// every file so that no zone of one file can be used for the next. ical.js itself falls
// back to floating time for a TZID it cannot find; this reader reports an error instead,
// and also when a time's zone is not one built from the file's own VTIMEZONE components.
//
// Expansion is ical.js's own: ICAL.Event with the file's RECURRENCE-ID overrides of the
// same UID related to it (relateException), its iterator() and getOccurrenceDetails(). No
// instance starting in 2101 or later is listed; nor is an override that matches no instance.

import { readFileSync } from "node:fs";
import ICAL from "ical.js";

// 2101-01-01T00:00:00Z: no instance at or after this is listed.
const CAP_UTC = 4133980800;
const MAX_INSTANCES = 200000;

class ReadError extends Error {}

function text(component, name) {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? "" : String(value);
}

// The UTC seconds of an ICAL.Time, after checking that its zone is UTC or one built from
// a VTIMEZONE of this file.
function instant(time, what, fileZones) {
  if (time === null || time === undefined) {
    throw new ReadError(`${what} is missing`);
  }
  if (time.isDate) {
    throw new ReadError(`${what} is a DATE, which has no UTC instant`);
  }
  const zone = time.zone;
  if (zone !== ICAL.Timezone.utcTimezone && !(zone && fileZones.has(zone.component))) {
    const name = zone === ICAL.Timezone.localTimezone ? "floating" : `zone ${zone?.tzid}`;
    throw new ReadError(`${what} ${time.toString()} was not read in one of the file's VTIMEZONEs (${name})`);
  }
  return time.toUnixTime();
}

function checkProperties(component, name, fileZones) {
  for (const prop of component.getAllProperties(name)) {
    for (const value of prop.getValues()) {
      instant(value, `${name.toUpperCase()} of ${text(component, "uid")}`, fileZones);
    }
  }
}

function readCalendar(source) {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(source));
  if (root.name !== "vcalendar") {
    throw new ReadError("the file is not one VCALENDAR");
  }
  const fileZones = new Set();
  for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone);
    fileZones.add(vtimezone);
  }

  const vevents = root.getAllSubcomponents("vevent");
  for (const vevent of vevents) {
    for (const name of ["dtstart", "dtend", "recurrence-id", "exdate", "rdate"]) {
      checkProperties(vevent, name, fileZones);
    }
    if (!vevent.hasProperty("uid")) {
      throw new ReadError("a VEVENT has no UID");
    }
  }

  const meetings = [];
  const add = (start, end, item) => {
    const comp = item.component;
    meetings.push([
      instant(start, `start of ${item.uid}`, fileZones),
      instant(end, `end of ${item.uid}`, fileZones),
      item.uid,
      text(comp, "location"),
      text(comp, "status"),
    ]);
  };

  for (const vevent of vevents) {
    if (vevent.hasProperty("recurrence-id")) {
      continue;
    }
    const uid = text(vevent, "uid");
    const exceptions = vevents.filter(
      (other) => other.hasProperty("recurrence-id") && text(other, "uid") === uid,
    );
    const event = new ICAL.Event(vevent, { strictExceptions: true, exceptions });
    if (!event.isRecurring()) {
      if (instant(event.startDate, `DTSTART of ${uid}`, fileZones) < CAP_UTC) {
        add(event.startDate, event.endDate, event);
      }
      continue;
    }
    const iterator = event.iterator();
    let count = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (instant(next, `an instance of ${uid}`, fileZones) >= CAP_UTC) {
        break;
      }
      if (++count > MAX_INSTANCES) {
        throw new ReadError(`VEVENT ${uid} has more than ${MAX_INSTANCES} instances`);
      }
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate, details.item);
    }
  }
  return meetings;
}

const lines = [];
process.argv.slice(2).forEach((path, index) => {
  try {
    const meetings = readCalendar(readFileSync(path, "utf8"));
    lines.push(JSON.stringify({ index, meetings }));
  } catch (error) {
    const why = error instanceof ReadError ? error.message : `ical.js: ${error?.stack ?? error}`;
    lines.push(JSON.stringify({ index, error: why }));
  }
});
lines.push("");
process.stdout.write(lines.join("\n"));
