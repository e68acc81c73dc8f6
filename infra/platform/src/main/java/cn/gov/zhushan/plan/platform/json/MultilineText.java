package cn.gov.zhushan.plan.platform.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text property that may hold line breaks and tabs ({@code \n}, {@code \r}, {@code \t}); every
 * other text in a JSON body must be a single line. Other control characters are refused everywhere.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface MultilineText {
}
