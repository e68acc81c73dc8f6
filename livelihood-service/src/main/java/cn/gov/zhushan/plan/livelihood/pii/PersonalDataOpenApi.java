package cn.gov.zhushan.plan.livelihood.pii;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the accountability headers on every personal-data operation (the same paths
 * {@link PersonalDataRequests} decides on), so a department system learns from the OpenAPI document, not from a 400,
 * that it must name the operator and the purpose.
 */
@Component
class PersonalDataOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (PersonalDataRequests.LOOKUP_PATH.equals(path) && item.getPost() != null) {
                document(item.getPost());
            } else if (Arrays.stream(path.split("/")).anyMatch("pii"::equalsIgnoreCase)) {
                item.readOperations().forEach(PersonalDataOpenApi::document);
            } else if (item.getGet() != null && path.matches(".*/persons/\\{[^/]+}")) {
                item.getGet().description(append(item.getGet().getDescription(),
                        "With `unmasked=true` this is a personal-data read: it needs livelihood:pii and the "
                                + AccountabilityFilter.OPERATOR + " and " + AccountabilityFilter.PURPOSE + " headers."));
            }
        });
    }

    private static void document(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> AccountabilityFilter.OPERATOR.equalsIgnoreCase(p.getName()));
        if (present) {
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(AccountabilityFilter.OPERATOR).required(true)
                .description("The person on whose behalf the department system reads personal data (recorded in the audit log)")
                .schema(new StringSchema().maxLength(100)));
        operation.addParametersItem(new HeaderParameter().name(AccountabilityFilter.PURPOSE).required(false)
                .description("Why the data is read (recorded in the audit log); required here or as the `purpose` query "
                        + "parameter (use the query parameter for non-ASCII text)")
                .schema(new StringSchema().maxLength(200)));
    }

    private static String append(String description, String text) {
        return description == null || description.isBlank() ? text : description + "\n\n" + text;
    }
}
