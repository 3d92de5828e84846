package io.astroupgrade.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Which catalog is in use and how fresh it is, for the status line.
 *
 * @param origin  FEED (live or cached feed) or SNAPSHOT (the bundled one)
 * @param asOf    when the feed was fetched, or the date of the snapshot (start of day, UTC)
 * @param offline true when the feed could not be reached this time
 * @param problem why the feed was not used, or null
 */
public record CatalogStatus(CatalogSource origin, Instant asOf, boolean offline, String problem) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public static CatalogStatus snapshot(LocalDate date, boolean offline, String problem) {
        return new CatalogStatus(CatalogSource.SNAPSHOT, date.atStartOfDay(ZoneOffset.UTC).toInstant(), offline, problem);
    }

    /** "feed of 2026-11-26 14:20 UTC", or "offline: using catalog of 2026-11-20" / "... (bundled snapshot)". */
    public String text() {
        if (offline) {
            String date = origin == CatalogSource.FEED ? DATE_TIME.format(asOf) : DATE.format(asOf) + " (bundled snapshot)";
            return "offline: using catalog of " + date;
        }
        return origin == CatalogSource.FEED ? "feed of " + DATE_TIME.format(asOf) : "bundled snapshot of " + DATE.format(asOf);
    }
}
