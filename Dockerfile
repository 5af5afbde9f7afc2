# syntax=docker/dockerfile:1
# Multi-stage build: compile with the Maven wrapper, split the Boot jar into layers, run as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
COPY frontend-templates frontend-templates
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp package -DskipTests \
 && cp target/dist/lilims-*-exec.jar /lilims.jar \
 && java -Djarmode=tools -jar /lilims.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system lilims && useradd --system --gid lilims --home-dir /var/lib/lilims --create-home lilims
WORKDIR /opt/lilims
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER lilims
ENV LIMS_DATA_DIR=/var/lib/lilims \
    LIMS_LOG_FORMAT=ecs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME /var/lib/lilims
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
