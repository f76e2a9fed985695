package app.memoryvault.media.serving;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code Range} header asks of an object of a known size: all of it, one part, or nothing it has. */
sealed interface ByteRange {

    Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})", Pattern.CASE_INSENSITIVE);

    /** The whole object: no {@code Range}, one this service ignores (several ranges, bad syntax), or one made void by {@code If-Range}. */
    record Whole() implements ByteRange {
    }

    /** Bytes {@code start} to {@code start + length - 1}. */
    record Part(long start, long length) implements ByteRange {

        long end() {
            return start + length - 1;
        }
    }

    /** A well-formed range that lies wholly outside the object. */
    record Unsatisfiable() implements ByteRange {
    }

    /** Reads a {@code Range} header (RFC 9110 §14.2) for an object of {@code size} bytes. */
    static ByteRange of(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher range = SINGLE.matcher(header.strip());
        if (!range.matches() || range.group(1).isEmpty() && range.group(2).isEmpty()) {
            return new Whole();
        }
        if (range.group(1).isEmpty()) {
            long suffix = Long.parseLong(range.group(2));
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            long length = Math.min(suffix, size);
            return new Part(size - length, length);
        }
        long start = Long.parseLong(range.group(1));
        long last = range.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(range.group(2));
        if (last < start) {
            return new Whole();
        }
        if (start >= size) {
            return new Unsatisfiable();
        }
        return new Part(start, Math.min(last, size - 1) - start + 1);
    }
}
