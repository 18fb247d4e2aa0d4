# ilert MCP server container image.
#
#   docker build -t ilert-mcp .
#   docker run --rm -p 8808:8808 ilert-mcp sandbox          # try it: demo organisation, no account
#   docker run --rm -p 8808:8808 -e ILERT_ALLOWED_HOSTS=mcp.example.com ilert-mcp   # against ilert
#
# Configuration is by ILERT_* environment variables (every option has one; see
# `docker run --rm ilert-mcp http --help`). Inside the container the server listens on all
# interfaces (ILERT_HOST=0.0.0.0) so the port can be published. /mcp still checks the Host and
# Origin headers against loopback names (DNS-rebinding protection): clients that reach it as
# localhost:8808 work as they are; behind a proxy or under a DNS name, list that name in
# ILERT_ALLOWED_HOSTS (and browser-based clients' origins in ILERT_ALLOWED_ORIGINS). /, /healthz,
# /readyz and /metrics answer any Host.

# --- build: the distribution (bin/ilert-mcp launcher + jar) from the sources --------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dcds.skip -pl ilert-mcp-server -am package

# --- runtime: JRE, non-root, class-data-sharing archive made by this image's own JVM -------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 ilert \
 && useradd --system --uid 10001 --gid ilert --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin ilert
COPY --from=build /src/ilert-mcp-server/target/ilert-mcp /opt/ilert-mcp
# A training run of the stdio server records the classes start-up loads (bin/ilert-mcp-cds);
# bin/ilert-mcp starts with the archive and falls back without it if it ever does not match.
RUN /opt/ilert-mcp/bin/ilert-mcp-cds
ENV ILERT_HOST=0.0.0.0 \
    ILERT_PORT=8808 \
    ILERT_LOG_FORMAT=json \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData"
USER 10001:10001
EXPOSE 8808
# No curl in the JRE image: bash's /dev/tcp asks /healthz for its status line.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${ILERT_PORT} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["/opt/ilert-mcp/bin/ilert-mcp"]
CMD ["http"]
