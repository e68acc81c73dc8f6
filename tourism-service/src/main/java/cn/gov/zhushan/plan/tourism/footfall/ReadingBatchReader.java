package cn.gov.zhushan.plan.tourism.footfall;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a batch {@code {"readings": [...]}} as a stream, one reading at a time, and stops at the first
 * reading past the limit: a body of millions of tiny readings never becomes millions of objects.
 */
public final class ReadingBatchReader {

    private ReadingBatchReader() {
    }

    /** More readings than a batch may hold. */
    public static final class TooManyReadings extends RuntimeException {
        public TooManyReadings(int max) {
            super("A batch may hold at most " + max + " readings; this one has more.");
        }
    }

    /** The body is not a batch; the message says why. */
    public static final class NotABatch extends RuntimeException {
        public NotABatch(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @throws TooManyReadings after reading {@code max} readings and finding another (the rest of the body
     *                         is read and discarded, so the answer reaches a client still sending)
     * @throws NotABatch       for a body that is not an object with a non-empty {@code readings} array
     * @throws tools.jackson.databind.DatabindException for a reading whose field has the wrong type
     */
    public static List<ReadingInput> read(InputStream body, ObjectMapper mapper, int max) {
        // one reading at a time from the open array: the tokens after it are the batch's, not trailing garbage
        ObjectReader reading = mapper.readerFor(ReadingInput.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new NotABatch("The body must be an object with a 'readings' array.", null);
            }
            List<ReadingInput> readings = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"readings".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new NotABatch("'readings' must be an array.", null);
                }
                readings = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw new NotABatch("readings[" + readings.size() + "] must be an object.", null);
                    }
                    if (readings.size() == max) {
                        drain(body);
                        throw new TooManyReadings(max);
                    }
                    readings.add(reading.readValue(parser));
                }
            }
            if (readings == null || readings.isEmpty()) {
                throw new NotABatch("'readings' must hold at least one reading.", null);
            }
            return readings;
        } catch (StreamReadException e) {
            throw new NotABatch("The request body is not valid JSON.", e);
        }
    }

    private static void drain(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
