package cn.gov.zhushan.plan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void aValidDocumentHasNoProblems() {
        assertThat(OpenApiDocument.problems("""
                {"openapi":"3.1.0","info":{"title":"t","version":"v1"},"paths":{"/a":{"get":{
                 "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},
                 "components":{"schemas":{"A":{"type":"object"}}}}""")).isEmpty();
    }

    @Test
    void missingPartsAndDanglingReferencesAreProblems() {
        assertThat(OpenApiDocument.problems("""
                {"openapi":"3.1.0","paths":{"/a":{"get":{
                 "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Nope"}}}}}}}}}
                """)).isNotEmpty();
        assertThat(OpenApiDocument.problems("{\"hello\":1}")).isNotEmpty();
    }
}
