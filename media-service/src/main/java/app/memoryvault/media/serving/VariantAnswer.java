package app.memoryvault.media.serving;

import java.util.Map;

/**
 * What a request for a stored variant is answered, decided once ({@link VariantResponses#answer}) and put in HTTP
 * terms by the resource or by {@link SignedLinkRoute}.
 */
sealed interface VariantAnswer {

    /** 304: the client's copy is current. */
    record NotModified(Map<String, String> headers) implements VariantAnswer {
    }

    /** 200 or 206: {@code length} bytes of the variant from {@code start}, of its stored type (null if unknown). */
    record Bytes(int status, long start, long length, String contentType, Map<String, String> headers)
            implements VariantAnswer {
    }

    /** 416: the range asked for lies wholly outside the variant's {@code size} bytes. */
    record Unsatisfiable(long size) implements VariantAnswer {
    }
}
