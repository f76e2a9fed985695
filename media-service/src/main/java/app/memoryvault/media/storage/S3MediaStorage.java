package app.memoryvault.media.storage;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Stores objects in one S3 bucket, under an optional key prefix; reads stream straight from S3. */
public class S3MediaStorage implements MediaStorage {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;

    public S3MediaStorage(S3Client s3, S3Presigner presigner, String bucket, Optional<String> prefix) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix.filter(p -> !p.isBlank()).map(p -> p.endsWith("/") ? p : p + "/").orElse("");
    }

    @Override
    public void put(String key, Path source, String contentType) {
        s3.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType),
                RequestBody.fromFile(source));
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new StoredObjectNotFoundException(key);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (length <= 0) {
            stat(key);
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(objectKey(key)).range(range));
        } catch (NoSuchKeyException e) {
            throw new StoredObjectNotFoundException(key);
        }
    }

    @Override
    public StoredObject stat(String key) {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(objectKey(key)));
            return new StoredObject(head.contentLength(), unquoted(head.eTag()), head.contentType());
        } catch (NoSuchKeyException e) {
            throw new StoredObjectNotFoundException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new StoredObjectNotFoundException(key);
            }
            throw e;
        }
    }

    @Override
    public List<String> keysOlderThan(String folder, Instant before, int max) {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(objectKey(folder))).contents()
                .stream()
                .filter(object -> object.lastModified().isBefore(before))
                .map(object -> object.key().substring(prefix.length()))
                .limit(max)
                .toList();
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public Optional<URI> presignedGet(String key, Duration ttl, String contentDisposition) {
        var presigned = presigner.presignGetObject(request -> request.signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(bucket).key(objectKey(key))
                        .responseContentDisposition(contentDisposition)));
        try {
            return Optional.of(presigned.url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("S3 presigned an unusable URL for " + key, e);
        }
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.empty();
    }

    private String objectKey(String key) {
        return prefix + key;
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }
}
