package cn.gov.zhushan.plan.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import cn.gov.zhushan.plan.platform.json.InputLimits;
import cn.gov.zhushan.plan.platform.time.DateRange;

/** Puts {@link DateParameterResolver} around every argument resolver of Spring MVC's handler adapter. */
public class DateParameterRules implements BeanPostProcessor {

    private final ObjectProvider<InputLimits> limits;

    public DateParameterRules(ObjectProvider<InputLimits> limits) {
        this.limits = limits;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            InputLimits input = limits.getIfAvailable(InputLimits::defaults);
            DateRange range = new DateRange(input.earliestDate(), input.latestDate());
            List<HandlerMethodArgumentResolver> wrapped =
                    adapter.getArgumentResolvers().stream()
                            .<HandlerMethodArgumentResolver>map(
                                    resolver -> resolver instanceof DateParameterResolver ? resolver
                                            : new DateParameterResolver(resolver, range))
                            .toList();
            adapter.setArgumentResolvers(wrapped);
        }
        return bean;
    }
}
