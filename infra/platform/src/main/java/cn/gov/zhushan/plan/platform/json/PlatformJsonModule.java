package cn.gov.zhushan.plan.platform.json;

import tools.jackson.databind.module.SimpleModule;

/**
 * The platform's input rules for every JSON body a service reads (see {@link InputLimits}). Registered as
 * a bean, so Spring Boot adds it to the application's JsonMapper; a service replaces it by declaring its own
 * bean of this type.
 */
public class PlatformJsonModule extends SimpleModule {

    public PlatformJsonModule(InputLimits limits) {
        super("platform-input-rules");
        setDeserializerModifier(new PlatformDeserializerModifier(limits));
    }
}
