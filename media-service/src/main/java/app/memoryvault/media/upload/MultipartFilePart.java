package app.memoryvault.media.upload;

import app.memoryvault.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams one named part of a {@code multipart/form-data} body into a sink through a fixed buffer: the body is never
 * held in memory, and the part's headers (file name, declared type) are read only to find the part.
 */
public final class MultipartFilePart {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*\"([^\"]*)\"");

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean eof;

    private MultipartFilePart(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Copies the body of the part named {@code name} into {@code sink}; 400 when the body is not multipart, is
     * malformed or truncated, or has no such part. What follows that part is left unread.
     */
    public static void copy(InputStream body, String contentType, String name, OutputStream sink) throws IOException {
        MultipartFilePart reader = new MultipartFilePart(body, boundaryOf(contentType));
        if (!reader.skipPreamble()) {
            throw missing(name);
        }
        while (true) {
            String partName = reader.readPartName();
            if (name.equals(partName)) {
                reader.copyUntilDelimiter(sink);
                return;
            }
            reader.copyUntilDelimiter(OutputStream.nullOutputStream());
            if (reader.atClosingDelimiter()) {
                throw missing(name);
            }
        }
    }

    static String boundaryOf(String contentType) {
        String boundary = null;
        if (contentType != null) {
            try {
                MediaType type = MediaType.valueOf(contentType);
                boundary = type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                        ? type.getParameters().get("boundary") : null;
            } catch (IllegalArgumentException e) {
                // not a media type: answered below
            }
        }
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw ProblemException.invalid("file", "the body must be multipart/form-data with a boundary");
        }
        return boundary;
    }

    private static ProblemException missing(String name) {
        return ProblemException.invalid(name, "a part named '" + name + "' is required");
    }

    private static ProblemException malformed(String why) {
        return ProblemException.invalid("file", "malformed multipart body: " + why);
    }

    /** Skips to just after the first delimiter; false when the body closes without any part. */
    private boolean skipPreamble() throws IOException {
        fill(delimiter.length);
        int dashLength = delimiter.length - 2;
        if (available() >= dashLength && Arrays.equals(buf, pos, pos + dashLength, delimiter, 2, delimiter.length)) {
            pos += dashLength;
        } else {
            copyUntilDelimiter(OutputStream.nullOutputStream());
        }
        return !atClosingDelimiter();
    }

    /** After a delimiter: true for the closing {@code --}; otherwise consumes the rest of the delimiter line. */
    private boolean atClosingDelimiter() throws IOException {
        fill(2);
        if (available() >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            return true;
        }
        readLine();
        return false;
    }

    /** Reads a part's headers up to the blank line and answers the name its Content-Disposition gives. */
    private String readPartName() throws IOException {
        String partName = null;
        int total = 0;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw malformed("part headers too long");
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                Matcher matcher = NAME.matcher(line.substring(colon + 1));
                partName = matcher.find() ? matcher.group(1) : null;
            }
        }
        return partName;
    }

    private String readLine() throws IOException {
        while (true) {
            for (int i = pos; i + 1 < lim; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    String line = new String(buf, pos, i - pos, StandardCharsets.ISO_8859_1);
                    pos = i + 2;
                    return line;
                }
            }
            if (available() >= MAX_HEADER_BYTES) {
                throw malformed("header line too long");
            }
            if (!fill(available() + 1)) {
                throw malformed("truncated");
            }
        }
    }

    /** Copies bytes up to the next delimiter into {@code sink} and consumes the delimiter. */
    private void copyUntilDelimiter(OutputStream sink) throws IOException {
        while (true) {
            fill(delimiter.length);
            int found = indexOfDelimiter();
            if (found >= 0) {
                sink.write(buf, pos, found - pos);
                pos = found + delimiter.length;
                return;
            }
            if (eof) {
                throw malformed("truncated, no closing boundary");
            }
            int safe = lim - (delimiter.length - 1);
            if (safe > pos) {
                sink.write(buf, pos, safe - pos);
                pos = safe;
            }
            fill(available() + 1);
        }
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        for (int i = pos; i <= lim - delimiter.length; i++) {
            if (buf[i] == first && Arrays.equals(buf, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    private int available() {
        return lim - pos;
    }

    /** Makes at least {@code wanted} bytes available unless the stream ends; false when none more came. */
    private boolean fill(int wanted) throws IOException {
        if (available() >= wanted) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, available());
            lim -= pos;
            pos = 0;
        }
        boolean gotMore = false;
        while (lim < wanted && lim < buf.length && !eof) {
            int read = in.read(buf, lim, buf.length - lim);
            if (read < 0) {
                eof = true;
            } else {
                lim += read;
                gotMore = true;
            }
        }
        return gotMore || available() >= wanted;
    }
}
