package app.memoryvault.review.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One study day of a user: it starts at the rollover hour of their time zone (4 am by default), so answers given
 * after midnight still count for the evening before. Local times are shifted by the rollover hour on the local
 * clock, as the statistics queries do, so both agree across daylight-saving changes.
 *
 * @param date  the calendar date the study day is named after
 * @param start the first instant of the day
 * @param end   the first instant of the next day
 */
public record StudyDay(LocalDate date, Instant start, Instant end) {

    /** The study day that contains {@code at}. */
    public static StudyDay containing(Instant at, ZoneId zone, int rolloverHour) {
        return of(at.atZone(zone).toLocalDateTime().minusHours(rolloverHour).toLocalDate(), zone, rolloverHour);
    }

    /** The study day named {@code date}. */
    public static StudyDay of(LocalDate date, ZoneId zone, int rolloverHour) {
        return new StudyDay(date, date.atTime(rolloverHour, 0).atZone(zone).toInstant(),
                date.plusDays(1).atTime(rolloverHour, 0).atZone(zone).toInstant());
    }
}
