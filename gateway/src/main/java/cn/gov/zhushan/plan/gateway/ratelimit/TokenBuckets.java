package cn.gov.zhushan.plan.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** A store of token buckets, one per client. */
interface TokenBuckets {

    /** Takes one token from the client's bucket if there is one. */
    Mono<Decision> tryConsume(String clientId, RateLimitProperties.Limit limit);

    /** @param remaining tokens left, -1 when unknown (e.g. the store is unreachable and requests pass) */
    record Decision(boolean allowed, long remaining) {
    }
}
