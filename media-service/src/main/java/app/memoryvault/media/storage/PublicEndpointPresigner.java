package app.memoryvault.media.storage;

import java.net.URI;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigns links at the address browsers use for the S3 store when the services reach it at another one (an
 * internal host name in compose or a cluster): same region and credentials as the client, path-style URLs.
 */
final class PublicEndpointPresigner {

    private PublicEndpointPresigner() {
    }

    static S3Presigner of(S3Client client, URI publicEndpoint) {
        var clientConfiguration = client.serviceClientConfiguration();
        return S3Presigner.builder()
                .endpointOverride(publicEndpoint)
                .region(clientConfiguration.region())
                .credentialsProvider(clientConfiguration.credentialsProvider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }
}
