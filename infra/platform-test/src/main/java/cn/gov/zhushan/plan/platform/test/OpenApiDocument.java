package cn.gov.zhushan.plan.platform.test;

import java.util.List;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Checks a served OpenAPI document against the specification with the swagger-parser (the same parser
 * code generators use), so a broken schema or reference fails the build instead of a client's generator.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The parser's messages for the document: empty when it is valid OpenAPI 3.x. */
    public static List<String> problems(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        if (result.getOpenAPI() == null) {
            return result.getMessages() == null || result.getMessages().isEmpty()
                    ? List.of("not an OpenAPI document") : result.getMessages();
        }
        return result.getMessages() == null ? List.of() : result.getMessages();
    }
}
