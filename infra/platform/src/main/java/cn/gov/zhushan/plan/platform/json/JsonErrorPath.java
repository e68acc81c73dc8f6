package cn.gov.zhushan.plan.platform.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON path ({@code items[2].amount}) of the value a Jackson error is about: from the path Jackson
 * recorded while unwinding beans, or, for an error the parser raised itself (a number too long), from
 * where the parser stood.
 */
public final class JsonErrorPath {

    private JsonErrorPath() {
    }

    public static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        if (!e.getPath().isEmpty()) {
            e.getPath().forEach(ref -> append(path, ref.getPropertyName(), ref.getIndex()));
        } else if (e.processor() instanceof JsonParser parser) {
            appendContext(path, parser.streamReadContext());
        }
        return path.toString();
    }

    private static void appendContext(StringBuilder path, TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        appendContext(path, context.getParent());
        append(path, context.inObject() ? context.currentName() : null,
                context.inArray() ? context.getCurrentIndex() : -1);
    }

    private static void append(StringBuilder path, String name, int index) {
        if (name != null) {
            path.append(path.isEmpty() ? "" : ".").append(name);
        } else if (index >= 0) {
            path.append('[').append(index).append(']');
        }
    }
}
