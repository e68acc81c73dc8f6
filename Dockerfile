# syntax=docker/dockerfile:1
# One image per application, from the jar Maven already built (run infra/k8s/build-images.sh, not this directly):
#   docker build --build-arg MODULE=project-service --build-arg ARTIFACT=project-service -t zhushan/project-service:TAG .
# MODULE is the module directory (infra/auth-server, gateway, ...), ARTIFACT its artifactId.
ARG JAVA_VERSION=21

# Stage 1: split the Spring Boot jar into its layers (Boot 3.3+/4: jarmode "tools", not "layertools").
FROM eclipse-temurin:${JAVA_VERSION}-jre AS extract
ARG MODULE
ARG ARTIFACT
ARG VERSION=0.1.0-SNAPSHOT
WORKDIR /build
COPY ${MODULE}/target/${ARTIFACT}-${VERSION}.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# Stage 2: the runtime image. Layers go from least to most often changed so a code change only
# replaces the last (small) layer.
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
USER 10001:10001
# Container-aware heap: a share of the cgroup memory limit instead of a fixed -Xmx. Kubernetes overrides this
# (infra/k8s/base/common.env) with a lower share because the limits there are small.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
