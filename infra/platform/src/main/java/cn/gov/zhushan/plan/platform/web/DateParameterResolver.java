package cn.gov.zhushan.plan.platform.web;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import cn.gov.zhushan.plan.platform.time.DateRange;

/**
 * Wraps each of Spring MVC's argument resolvers: a date or time from a query or path parameter must lie in
 * the platform's {@link DateRange}, and an optional one sent empty ({@code ?from=}) is refused rather than
 * read as absent. Spring converts an empty value to null before any formatter sees it, so the check sits
 * here, after conversion, where the parameter's name is known.
 */
final class DateParameterResolver implements HandlerMethodArgumentResolver {

    private final HandlerMethodArgumentResolver delegate;
    private final DateRange range;

    DateParameterResolver(HandlerMethodArgumentResolver delegate, DateRange range) {
        this.delegate = delegate;
        this.range = range;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return delegate.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        Object value = delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
        if (!DateRange.judges(parameter.nestedIfOptional().getNestedParameterType())
                || parameter.hasParameterAnnotation(RequestBody.class)) {
            return value;
        }
        String name = name(parameter);
        Object actual = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (actual == null) {
            String raw = webRequest.getParameter(name);
            if (raw != null && raw.isBlank()) {
                throw new InvalidParameterException(name, "must not be empty");
            }
            return value;
        }
        String problem = range.problem(actual);
        if (problem != null) {
            throw new InvalidParameterException(name, problem);
        }
        return value;
    }

    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && StringUtils.hasText(param.name())) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && StringUtils.hasText(path.name())) {
            return path.name();
        }
        return parameter.getParameterName();
    }
}
