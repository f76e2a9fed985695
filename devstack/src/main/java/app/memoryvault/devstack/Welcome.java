package app.memoryvault.devstack;

import java.nio.file.Path;
import java.util.List;

/** What a developer needs once everything is up: where to go, how to log in, how to get a token. */
final class Welcome {

    static final String TOKEN_CURL = "curl -s -d grant_type=password -d client_id=memoryvault-cli"
            + " -d username=demo -d password=demo " + Endpoints.REALM_URL + "/protocol/openid-connect/token";

    private Welcome() {
    }

    static void print(List<String> skipped, Path logsDir) {
        Progress.raw("");
        Progress.raw("MemoryVault is running" + (skipped.isEmpty() ? "" : " without " + String.join(", ", skipped)
                + " (not built)") + ". Ctrl-C stops everything.");
        Progress.raw("  Gateway:         " + Endpoints.GATEWAY_URL
                + (skipped.contains("gateway") ? "   (not started: the gateway is not built)" : ""));
        if (!skipped.contains("gateway")) {
            Progress.raw("  Gateway health:  " + Endpoints.GATEWAY_MANAGEMENT_URL + "/q/health, metrics "
                    + Endpoints.GATEWAY_MANAGEMENT_URL + "/q/metrics   (management port, not the public one)");
        }
        Progress.raw("  Keycloak admin:  " + Endpoints.KEYCLOAK_URL + "/admin/master/console/#/" + Endpoints.REALM
                + "   (" + Keycloak.ADMIN_USERNAME + "/" + Keycloak.ADMIN_PASSWORD + ")");
        Progress.raw("  Log in as:       demo/demo (role user) or admin/admin (roles user, admin); sign-up is open");
        Progress.raw("  Logs:            " + logsDir);
        Progress.raw("  Get a token:");
        Progress.raw("    " + TOKEN_CURL);
        Progress.raw("");
    }
}
