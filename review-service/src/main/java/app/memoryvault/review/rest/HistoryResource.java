package app.memoryvault.review.rest;

import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.HistoryCursor;
import app.memoryvault.review.service.HistoryService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The caller's review history: every answer and reset, newest first. */
@Path("/api/review/history")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final HistoryService history;
    private final CurrentUser currentUser;

    public HistoryResource(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    /** Optionally of one card ({@code cardId}) and in {@code [from, to)}; another user's card answers 404. */
    @GET
    @RunOnVirtualThread
    public HistoryResponse history(
            @QueryParam("cardId") UUID cardId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") String cursor) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return HistoryResponse.of(history.history(currentUser.id(), cardId, start, end,
                cursor == null ? null : HistoryCursor.decode(cursor), limit));
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
