# syntax=docker/dockerfile:1
# One image per application, from the jar Maven already built (run infra/k8s/build-images.sh, not this directly):
#   docker build --build-arg MODULE=project-service --build-arg ARTIFACT=project-service -t zhushan/project-service:TAG .
# MODULE is the module directory (infra/auth-server, gateway, ...), ARTIFACT its artifactId.
# The code is compiled for Java 17; the image runs it on JDK 25 for its AOT cache (JEP 483/514/515, start-up) and
# for virtual threads that no longer pin their carrier inside synchronized (JDK 24+). See docs/adr/0009.
ARG JAVA_VERSION=25

# Stage 1: split the Spring Boot jar into its layers (Boot 3.3+/4: jarmode "tools", not "layertools"). Without
# --launcher: application/application.jar names lib/*.jar in its manifest's Class-Path, the plain class path the AOT
# cache needs (it holds no classes loaded by Boot's nested-jar class loader).
FROM eclipse-temurin:${JAVA_VERSION}-jre AS extract
ARG MODULE
ARG ARTIFACT
ARG VERSION=0.1.0-SNAPSHOT
WORKDIR /build
COPY ${MODULE}/target/${ARTIFACT}-${VERSION}.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Stage 2: the runtime image. Layers go from least to most often changed so a code change only
# replaces the last (small) layers.
FROM eclipse-temurin:${JAVA_VERSION}-jre
ARG ARTIFACT
LABEL org.opencontainers.image.title="${ARTIFACT}" \
      org.opencontainers.image.source="https://github.com/zhushan/plan-platform" \
      org.opencontainers.image.licenses="Apache-2.0"
# A fixed numeric uid/gid so Kubernetes' runAsNonRoot can verify it without resolving a user name.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=extract /build/extracted/dependencies/ ./
COPY --from=extract /build/extracted/spring-boot-loader/ ./
COPY --from=extract /build/extracted/snapshot-dependencies/ ./
COPY --from=extract /build/extracted/application/ ./
# Container-aware heap: a share of the cgroup memory limit instead of a fixed -Xmx. Kubernetes overrides this
# (infra/k8s/base/config/platform-common.env) with a lower share because the limits there are small.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
# AOT cache training run (Spring Boot's documented pattern): the context is refreshed, so every non-lazy bean is
# created, then the JVM exits before the lifecycle starts (no web server, no Kafka listeners, no Eureka registration)
# and writes app.aot. No database, broker or auth server is reachable during the build and none is needed for a
# refresh. Profile "local" in training only: outside it auth-server refuses to start without its mounted client list
# (AUTH_CONFIG_FILE); the cache holds classes and profiles, no configuration, so the pod's own profile still applies.
# Tried outside Docker on the same layered extraction with JDK 25.0.3: indicator-service exit 0 (default and local
# profile), auth-server exit 0 with "local" (exit 1 without), caches of 80-120 MB; ~100 s per app on a busy 2-core box.
# Explicit SerialGC in training and at run time: the cache's archived heap objects are then used whatever GC the
# container's CPU and memory would pick by default. -Xmx512m keeps the training heap small whatever memory the build
# host has: a heap of 32 GB or more would turn compressed oops off, and the pod's JVM (compressed oops on) would then
# refuse the cache. A cache the JVM cannot use (other JDK, other flags) only warns, the app starts without it.
RUN SPRING_PROFILES_ACTIVE=local java -XX:+UseSerialGC -Xmx512m -XX:AOTCacheOutput=app.aot \
      -Dspring.context.exit=onRefresh -jar application.jar \
 && rm -f app.aot.config
USER 10001:10001
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
