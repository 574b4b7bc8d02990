/*
 * libical_reader: print every instance of every VEVENT of .ics files, in UTC.
 *
 * A test helper of MentorDesk (tests/support/calendar_readers), built on first use by
 * calendar_readers/_libical.py with `gcc ... $(pkg-config --cflags --libs libical)`.
 *
 * Usage: libical_reader FILE.ics...
 *
 * For each file, in order, one line of JSON on stdout:
 *   {"index": N, "meetings": [[start, end, "uid", "location", "status"], ...]}
 * with start and end in seconds since the epoch (UTC), or
 *   {"index": N, "error": "why"}
 * The exit status is 0 when every file got its line, whether meetings or an error.
 *
 * Times are resolved only through the VTIMEZONE components of the file's own VCALENDAR
 * (icalcomponent_get_timezone on the root). libical itself would fall back to its built-in
 * zone database for a TZID that the file does not define; this program reports an error
 * instead, and also for floating times and DATE values, which have no UTC instant.
 *
 * A master VEVENT's RRULEs are expanded with icalrecur_iterator on DTSTART's wall clock
 * (see expand() for why), UNTIL compared as a UTC instant, plus RDATEs, minus EXDATEs
 * (compared as UTC instants); no instance starting in 2101 or later is listed. A
 * VEVENT with the same UID and a RECURRENCE-ID replaces the instance that starts at the
 * same UTC instant; an override that matches no instance is dropped. An instance's end is
 * its start plus the master's exact DTEND - DTSTART, or plus its DURATION (days and weeks
 * nominal, i.e. on the local wall clock; hours, minutes and seconds exact), as RFC 5545
 * 3.8.5.3 says.
 */
#include <libical/ical.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* 2101-01-01T00:00:00Z: no instance at or after this is listed. */
#define CAP_UTC ((time_t)4133980800LL)
/* A rule yielding more instances than this is reported, not listed. */
#define MAX_INSTANCES 200000

/* ---- a growable text buffer --------------------------------------------------------- */

typedef struct {
    char *data;
    size_t len, cap;
} buffer;

static void buf_reserve(buffer *b, size_t more)
{
    if (b->len + more + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        fputs("libical_reader: out of memory\n", stderr);
        exit(2);
    }
    b->data = data;
    b->cap = cap;
}

static void buf_add(buffer *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_printf(buffer *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

static void buf_json_string(buffer *b, const char *s)
{
    buf_add(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': buf_add(b, "\\\"", 2); break;
        case '\\': buf_add(b, "\\\\", 2); break;
        case '\n': buf_add(b, "\\n", 2); break;
        case '\r': buf_add(b, "\\r", 2); break;
        case '\t': buf_add(b, "\\t", 2); break;
        default:
            if (*p < 0x20)
                buf_printf(b, "\\u%04x", *p);
            else
                buf_add(b, (const char *)p, 1);
        }
    }
    buf_add(b, "\"", 1);
}

/* ---- per-file state ------------------------------------------------------------------ */

typedef struct {
    time_t start, end;
    const char *uid, *location, *status; /* owned by the parsed tree */
} meeting;

typedef struct {
    meeting *items;
    size_t len, cap;
} meetings;

static void meetings_add(meetings *m, meeting item)
{
    if (m->len == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 256;
        m->items = realloc(m->items, m->cap * sizeof *m->items);
        if (!m->items) {
            fputs("libical_reader: out of memory\n", stderr);
            exit(2);
        }
    }
    m->items[m->len++] = item;
}

static char error_text[1024];

static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error_text, sizeof error_text, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- times ----------------------------------------------------------------------------- */

/* A zoned time: the local wall-clock value and the zone it is read in. */
typedef struct {
    struct icaltimetype local;
    icaltimezone *zone;
} zoned;

static time_t zoned_utc(zoned z)
{
    return icaltime_as_timet_with_zone(z.local, z.zone);
}

/* Resolve a DATE-TIME value of prop through the file's own VTIMEZONEs. */
static int resolve_value(icalcomponent *root, icalproperty *prop, struct icaltimetype value,
                         zoned *out)
{
    const char *name = icalproperty_get_property_name(prop);
    if (icaltime_is_null_time(value))
        return fail("%s has no valid DATE-TIME value", name);
    if (value.is_date)
        return fail("%s is a DATE, which has no UTC instant", name);
    icalparameter *param = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
    if (icaltime_is_utc(value)) {
        if (param)
            return fail("%s is in UTC but has a TZID", name);
        out->zone = icaltimezone_get_utc_timezone();
    } else if (param) {
        const char *tzid = icalparameter_get_tzid(param);
        icaltimezone *zone = icalcomponent_get_timezone(root, tzid);
        if (!zone)
            return fail("%s has TZID=%s, which no VTIMEZONE of the file defines", name, tzid);
        out->zone = zone;
    } else {
        return fail("%s is a floating time, which has no UTC instant", name);
    }
    out->local = value;
    out->local.zone = out->zone;
    return 0;
}

static int resolve(icalcomponent *root, icalproperty *prop, zoned *out)
{
    return resolve_value(root, prop, icalvalue_get_datetime(icalproperty_get_value(prop)), out);
}

/* ---- one VEVENT's fields ------------------------------------------------------------------- */

typedef struct {
    icalcomponent *comp;
    const char *uid, *location, *status;
    zoned start;
    int has_dtend, has_duration;
    time_t exact_length;         /* DTEND - DTSTART, when has_dtend */
    struct icaldurationtype duration; /* when has_duration */
    time_t recurrence_id;        /* UTC, for an override */
    int is_override, used;
} event;

static const char *text_property(icalcomponent *comp, icalproperty_kind kind)
{
    icalproperty *prop = icalcomponent_get_first_property(comp, kind);
    if (!prop)
        return "";
    if (kind == ICAL_STATUS_PROPERTY) {
        const char *s = icalproperty_status_to_string(icalproperty_get_status(prop));
        if (s && *s)
            return s;
        s = icalvalue_as_ical_string(icalproperty_get_value(prop));
        return s ? s : "";
    }
    const char *s = icalvalue_get_text(icalproperty_get_value(prop));
    return s ? s : "";
}

static int read_event(icalcomponent *root, icalcomponent *comp, event *ev)
{
    memset(ev, 0, sizeof *ev);
    ev->comp = comp;
    icalproperty *uid = icalcomponent_get_first_property(comp, ICAL_UID_PROPERTY);
    if (!uid)
        return fail("a VEVENT has no UID");
    ev->uid = icalproperty_get_uid(uid);
    ev->location = text_property(comp, ICAL_LOCATION_PROPERTY);
    ev->status = text_property(comp, ICAL_STATUS_PROPERTY);

    icalproperty *dtstart = icalcomponent_get_first_property(comp, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return fail("VEVENT %s has no DTSTART", ev->uid);
    if (resolve(root, dtstart, &ev->start))
        return -1;

    icalproperty *dtend = icalcomponent_get_first_property(comp, ICAL_DTEND_PROPERTY);
    icalproperty *duration = icalcomponent_get_first_property(comp, ICAL_DURATION_PROPERTY);
    if (dtend && duration)
        return fail("VEVENT %s has both DTEND and DURATION", ev->uid);
    if (dtend) {
        zoned end;
        if (resolve(root, dtend, &end))
            return -1;
        ev->has_dtend = 1;
        ev->exact_length = zoned_utc(end) - zoned_utc(ev->start);
    } else if (duration) {
        ev->has_duration = 1;
        ev->duration = icalproperty_get_duration(duration);
    }

    icalproperty *rid = icalcomponent_get_first_property(comp, ICAL_RECURRENCEID_PROPERTY);
    if (rid) {
        zoned z;
        if (resolve(root, rid, &z))
            return -1;
        ev->is_override = 1;
        ev->recurrence_id = zoned_utc(z);
    }
    return 0;
}

/* The end of an instance of ev that starts at local time start. */
static time_t instance_end(const event *ev, zoned start)
{
    time_t start_utc = zoned_utc(start);
    if (ev->has_dtend)
        return start_utc + ev->exact_length;
    if (!ev->has_duration)
        return start_utc;
    struct icaldurationtype d = ev->duration;
    int sign = d.is_neg ? -1 : 1;
    int days = (int)(d.days + 7 * d.weeks);
    time_t exact = (time_t)d.hours * 3600 + (time_t)d.minutes * 60 + (time_t)d.seconds;
    zoned end = start;
    if (days) {
        icaltime_adjust(&end.local, sign * days, 0, 0, 0);
        end.local = icaltime_normalize(end.local);
    }
    return zoned_utc(end) + sign * exact;
}

/* ---- expansion ------------------------------------------------------------------------------- */

/* An instance start: its local time in DTSTART's zone and its UTC instant. */
typedef struct {
    zoned local;
    time_t utc;
} instance;

typedef struct {
    instance *items;
    size_t len, cap;
} instances;

static void instances_add(instances *list, zoned z)
{
    if (list->len == list->cap) {
        list->cap = list->cap ? 2 * list->cap : 256;
        list->items = realloc(list->items, list->cap * sizeof *list->items);
        if (!list->items) {
            fputs("libical_reader: out of memory\n", stderr);
            exit(2);
        }
    }
    instance item = {z, zoned_utc(z)};
    list->items[list->len++] = item;
}

static int by_utc(const void *a, const void *b)
{
    time_t x = ((const instance *)a)->utc, y = ((const instance *)b)->utc;
    return (x > y) - (x < y);
}

/* Add the instances of one RRULE of master to list, up to UNTIL, COUNT or the cap. */
static int add_rule(const event *master, struct icalrecurrencetype rule, instances *list)
{
    /* The iterator is given DTSTART as a floating wall-clock time, and UNTIL is
       applied here. Debian's libical is built with ICU, and its iterator then opens an
       ICU calendar in the zone *named* by DTSTART's TZID (or X-LIC-LOCATION): ICU's own
       zone database, which moves an instance that falls into one of ICU's DST gaps (and
       the next one with it) by an hour. Wall-clock iteration leaves the file's VTIMEZONE
       as the only source of offsets. */
    struct icaltimetype until = rule.until;
    struct icaltimetype floating = master->start.local;
    rule.until = icaltime_null_time();
    floating.zone = NULL;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, floating);
    if (!it)
        return fail("VEVENT %s: libical cannot iterate its RRULE", master->uid);
    int rc = 0;
    for (;;) {
        struct icaltimetype occ = icalrecur_iterator_next(it);
        if (icaltime_is_null_time(occ))
            break;
        occ.zone = master->start.zone;
        zoned z = {occ, master->start.zone};
        time_t utc = zoned_utc(z);
        if (!icaltime_is_null_time(until)) {
            struct icaltimetype wall = occ;
            wall.zone = NULL;
            if (until.is_date) {
                if (icaltime_compare_date_only(wall, until) > 0)
                    break;
            } else if (icaltime_is_utc(until)) {
                if (utc > icaltime_as_timet(until))
                    break;
            } else if (icaltime_compare(wall, until) > 0) {
                break; /* a floating UNTIL: DTSTART's wall clock */
            }
        }
        if (utc >= CAP_UTC)
            break;
        if (list->len >= MAX_INSTANCES) {
            rc = fail("VEVENT %s has more than %d instances", master->uid, MAX_INSTANCES);
            break;
        }
        instances_add(list, z);
    }
    icalrecur_iterator_free(it);
    return rc;
}

static int expand(icalcomponent *root, const event *master, event *events, size_t n_events,
                  meetings *out)
{
    icalcomponent *comp = master->comp;
    instances list = {0}, excluded = {0};
    int rc = 0;

    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_EXDATE_PROPERTY)) {
        zoned z;
        if ((rc = resolve(root, p, &z)))
            goto done;
        instances_add(&excluded, z);
    }

    if (!icalcomponent_get_first_property(comp, ICAL_RRULE_PROPERTY))
        instances_add(&list, master->start); /* DTSTART is always an instance */
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_RRULE_PROPERTY)) {
        if ((rc = add_rule(master, icalproperty_get_rrule(p), &list)))
            goto done;
    }
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_RDATE_PROPERTY)) {
        struct icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        zoned z;
        if (!icalperiodtype_is_null_period(rdate.period)) {
            rc = fail("VEVENT %s: RDATE periods are not supported", master->uid);
            goto done;
        }
        if ((rc = resolve_value(root, p, rdate.time, &z)))
            goto done;
        instances_add(&list, z);
    }

    qsort(list.items, list.len, sizeof *list.items, by_utc);
    for (size_t i = 0; i < list.len; i++) {
        instance *item = &list.items[i];
        if (item->utc >= CAP_UTC || (i > 0 && item->utc == list.items[i - 1].utc))
            continue;
        int skip = 0;
        for (size_t x = 0; x < excluded.len && !skip; x++)
            skip = excluded.items[x].utc == item->utc;
        if (skip)
            continue;
        const event *source = master;
        for (size_t e = 0; e < n_events; e++) {
            event *o = &events[e];
            if (o->is_override && !o->used && o->recurrence_id == item->utc &&
                strcmp(o->uid, master->uid) == 0) {
                o->used = 1;
                source = o;
                break;
            }
        }
        meeting m;
        if (source == master) {
            m = (meeting){item->utc, instance_end(master, item->local), master->uid,
                          master->location, master->status};
        } else {
            m = (meeting){zoned_utc(source->start), instance_end(source, source->start),
                          source->uid, source->location, source->status};
        }
        meetings_add(out, m);
    }
done:
    free(list.items);
    free(excluded.items);
    return rc;
}

/* ---- one file ---------------------------------------------------------------------------------- */

static char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    buffer b = {0};
    char chunk[65536];
    size_t n;
    buf_reserve(&b, 0);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    return b.data;
}

/* The first X-LIC-ERROR that libical's parser left anywhere in the tree, or NULL. */
static const char *parse_error(icalcomponent *comp)
{
    icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY);
    if (p)
        return icalproperty_get_xlicerror(p);
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT)) {
        const char *e = parse_error(c);
        if (e)
            return e;
    }
    return NULL;
}

static int read_calendar(icalcomponent *root, meetings *out)
{
    const char *err = parse_error(root);
    if (err)
        return fail("libical could not parse the file: %s", err);
    if (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT)
        return fail("the file is not one VCALENDAR");

    size_t n = (size_t)icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    event *events = calloc(n ? n : 1, sizeof *events);
    size_t i = 0;
    int rc = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
         c && i < n; c = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT), i++) {
        if ((rc = read_event(root, c, &events[i])))
            goto done;
    }
    for (i = 0; i < n; i++) {
        if (!events[i].is_override && (rc = expand(root, &events[i], events, n, out)))
            goto done;
    }
done:
    free(events);
    return rc;
}

int main(int argc, char **argv)
{
    buffer line = {0};
    meetings found = {0};

    for (int a = 1; a < argc; a++) {
        line.len = 0;
        found.len = 0;
        error_text[0] = '\0';
        buf_printf(&line, "{\"index\": %d, ", a - 1);

        int rc;
        char *text = read_whole_file(argv[a]);
        icalcomponent *root = NULL;
        if (!text) {
            rc = fail("cannot read %s", argv[a]);
        } else {
            icalerror_clear_errno();
            root = icalparser_parse_string(text);
            rc = root ? read_calendar(root, &found) : fail("libical could not parse the file");
        }

        if (rc) {
            buf_add(&line, "\"error\": ", 9);
            buf_json_string(&line, error_text);
        } else {
            buf_add(&line, "\"meetings\": [", 13);
            for (size_t i = 0; i < found.len; i++) {
                meeting *m = &found.items[i];
                buf_printf(&line, "%s[%lld, %lld, ", i ? ", " : "", (long long)m->start,
                           (long long)m->end);
                buf_json_string(&line, m->uid);
                buf_add(&line, ", ", 2);
                buf_json_string(&line, m->location);
                buf_add(&line, ", ", 2);
                buf_json_string(&line, m->status);
                buf_add(&line, "]", 1);
            }
            buf_add(&line, "]", 1);
        }
        buf_add(&line, "}\n", 2);
        fwrite(line.data, 1, line.len, stdout);

        if (root)
            icalcomponent_free(root);
        free(text);
    }
    free(line.data);
    free(found.items);
    return fflush(stdout) == 0 ? 0 : 2;
}
