package cn.gov.zhushan.plan.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * Some requests never reach WebFlux: reactor-netty itself answers a request line over the limit (414), headers
 * over the limit (431) or an unparsable request (400), and Spring's adapter answers a URI it cannot parse (a bad
 * %-escape) with a bare 400. All of these leave as an empty response without a content type. This handler sits
 * right after the HTTP codec and gives exactly such responses a Problem Details body; responses from WebFlux
 * always have a content type (every error the gateway writes is Problem Details) and pass untouched.
 */
final class DecodeFailureProblems extends ChannelOutboundHandlerAdapter {

    static final String NAME = "zhushan.problemDetails";

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof FullHttpResponse response && needsBody(response)) {
            FullHttpResponse problem = withProblemBody(response);
            response.release();
            ctx.write(problem, promise);
            return;
        }
        ctx.write(msg, promise);
    }

    private static boolean needsBody(FullHttpResponse response) {
        int status = response.status().code();
        return status >= 400 && response.content().readableBytes() == 0
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
    }

    private static FullHttpResponse withProblemBody(FullHttpResponse response) {
        HttpResponseStatus status = response.status();
        String body = "{\"type\":\"about:blank\",\"title\":\"" + status.reasonPhrase() + "\",\"status\":" + status.code()
                + ",\"detail\":\"" + detail(status.code()) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(), status,
                Unpooled.wrappedBuffer(bytes));
        problem.headers().set(response.headers());
        problem.headers().remove(HttpHeaderNames.SERVER);
        problem.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        problem.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return problem;
    }

    private static String detail(int status) {
        return switch (status) {
            case 414 -> "The request line is longer than the gateway accepts.";
            case 431 -> "The request headers are larger than the gateway accepts.";
            case 400 -> "The request could not be parsed: check the request line for invalid characters or %-escapes.";
            case 413 -> "The request body is larger than this API accepts.";
            default -> "The request could not be completed.";
        };
    }
}
