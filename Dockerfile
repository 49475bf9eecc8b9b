# One image with every service jar; docker-compose.yml picks the jar per service.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/ingest/target/ingest.jar /src/moderation/target/moderation.jar \
     /src/publisher/target/publisher.jar /src/site/target/site.jar /app/
ENV LOG_FORMAT=json
EXPOSE 8080 8081 8082 8083
