package app.memoryvault.gateway;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the test gateway's management interface (health and metrics), which listens on a free port of its
 * own ({@code %test.quarkus.management.test-port=0}); Quarkus publishes its address as {@code test.management.url}.
 */
public final class Management {

    private Management() {
    }

    /** Like {@code RestAssured.given()}, but to the management port instead of the public one. */
    public static RequestSpecification management() {
        URI uri = address();
        return RestAssured.given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }

    /** The management interface's port, to compare with the public one. */
    public static int managementPort() {
        return address().getPort();
    }

    private static URI address() {
        return ConfigProvider.getConfig().getValue("test.management.url", URI.class);
    }
}
