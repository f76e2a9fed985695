package app.memoryvault.gateway.rest;

import java.util.List;

/** The caller as the gateway knows them from the access token. */
public record Me(String id, String name, List<String> roles) {
}
