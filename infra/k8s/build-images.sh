#!/usr/bin/env bash
# Builds one container image per application with the shared Dockerfile at the repository root.
#
#   infra/k8s/build-images.sh                     # tag "dev", images zhushan/<app>:dev
#   REGISTRY=registry.example.cn/zhushan TAG=1.4.0 PUSH=1 infra/k8s/build-images.sh
#
# Env: REGISTRY (default "zhushan"), TAG (default "dev"), PUSH=1 to push, SKIP_MAVEN=1 to reuse built jars,
#      CONTAINER_CLI (default: docker, or podman if docker is missing), JAVA_VERSION (default 25: the runtime JDK of the image; the code stays compiled for 17).
set -euo pipefail
cd "$(dirname "$0")/../.."

REGISTRY="${REGISTRY:-zhushan}"
TAG="${TAG:-dev}"
JAVA_VERSION="${JAVA_VERSION:-25}"
CLI="${CONTAINER_CLI:-$(command -v docker >/dev/null 2>&1 && echo docker || echo podman)}"
# the project version: the root pom's 2nd <version> (the 1st is the Spring Boot parent's); override with VERSION=...
VERSION="${VERSION:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)}"

# module directory : artifactId (the image is named after the artifactId)
APPS=(
  infra/discovery-server:discovery-server
  infra/auth-server:auth-server
  gateway:gateway
  indicator-service:indicator-service
  project-service:project-service
  livelihood-service:livelihood-service
  tourism-service:tourism-service
)

if [[ "${SKIP_MAVEN:-0}" != 1 ]]; then
  modules=$(printf '%s\n' "${APPS[@]}" | cut -d: -f1 | paste -sd, -)
  ./mvnw -B -q -pl "$modules" -am -DskipTests package
fi

for app in "${APPS[@]}"; do
  module="${app%%:*}"; artifact="${app##*:}"
  image="$REGISTRY/$artifact:$TAG"
  echo ">> $image  (from $module/target/$artifact-$VERSION.jar)"
  "$CLI" build --build-arg JAVA_VERSION="$JAVA_VERSION" --build-arg MODULE="$module" \
    --build-arg ARTIFACT="$artifact" --build-arg VERSION="$VERSION" -t "$image" .
  if [[ "${PUSH:-0}" == 1 ]]; then "$CLI" push "$image"; fi
done
echo "Built ${#APPS[@]} images with tag $TAG. Point the overlay at them: cd infra/k8s/overlays/prod && kustomize edit set image zhushan/<app>=$REGISTRY/<app>:$TAG"
