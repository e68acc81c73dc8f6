package cn.gov.zhushan.plan.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/** Installs {@link DecodeFailureProblems} behind the HTTP/1.1 codec of every connection. */
@Component
class DecodeFailureProblemsCustomizer implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(DecodeFailureProblems.NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, DecodeFailureProblems.NAME,
                        new DecodeFailureProblems());
            }
        });
    }
}
