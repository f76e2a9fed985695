package app.memoryvault.card.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.TimeUnit;

/** Builds the media-service client from {@link MediaServiceConfig}, so its address and timeouts are typed config. */
public class MediaClientProducer {

    @Produces
    @ApplicationScoped
    MediaFilesClient mediaFilesClient(MediaServiceConfig config) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.url())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(MediaFilesClient.class);
    }
}
