package app.memoryvault.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The caller as the gateway knows them from the access token, their storage quota (media-service) and their study
 * settings (review-service). A part whose service could not answer in time is null and named in
 * {@code unavailable}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Me(String id, String name, List<String> roles, Quota quota, JsonNode settings, List<String> unavailable) {

    public static final String QUOTA = "quota";
    public static final String SETTINGS = "settings";

    /** Bytes of media stored and allowed. */
    public record Quota(long used, long limit) {
    }
}
