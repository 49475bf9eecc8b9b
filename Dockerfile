# syntax=docker/dockerfile:1
# One image with every service jar; docker-compose.yml picks the jar per service with `command`.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# Only the four services and what they need; the Maven repository is cached between builds.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl ingest,moderation,publisher,site -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system app && useradd --system --gid app --home-dir /app app \
 && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build /src/ingest/target/ingest.jar /src/moderation/target/moderation.jar \
     /src/publisher/target/publisher.jar /src/site/target/site.jar /app/
# Services log JSON by default here (one object a line); the heap follows the container's memory
# limit, and an out-of-memory error ends the process so the restart policy brings it back clean.
ENV LOG_FORMAT=json \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER app
VOLUME ["/data"]
EXPOSE 8080 8081 8082 8083
