# syntax=docker/dockerfile:1
# Build: docker build -t workshop-line-bot .   Run: docker run --env-file .env -p 8080:8080 workshop-line-bot

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package && cp target/workshop-line-bot-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
  && groupadd --system bot && useradd --system --gid bot --home-dir /app bot
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
COPY config/ /app/config/
RUN mkdir -p /app/data && chown bot:bot /app/data
USER bot
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Liveness only: a Redis blip makes the service unready, never gets the container restarted.
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD curl -fsS http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
