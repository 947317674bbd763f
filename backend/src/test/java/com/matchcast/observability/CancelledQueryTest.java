package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.support.EmbeddedDatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that goes away in the middle of a heavy query is not an error: the server writes no
 * ERROR line and no stack trace for it, only at most one quiet line saying the request was cancelled. Before
 * the fix every field still being fetched wrote an ERROR with its stack trace (about 50 per query).
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = {
    "matchcast.test.context=cancelled-query",
    // the heavy query costs 19010 (ten pages of 100 matches), over the default limit of 10000
    "matchcast.limits.max-complexity=20000"
})
class CancelledQueryTest {

  /** Ten pages of 100 matches with their prices and statistics: long enough to be cut off mid-flight. */
  private static final String HEAVY_QUERY = "{" + IntStream.range(0, 10).mapToObj(i -> "p" + i
          + ": matches(filter: {league: \\\"E0\\\"}, first: 100) { edges { node { id homeTeam { name } awayTeam { name }"
          + " odds { bookmaker market closing home draw away over under } statistics { homeShots awayShots } } } }")
      .collect(Collectors.joining(" ")) + "}";

  @LocalServerPort int port;
  @Autowired FootballDataImporter importer;
  @TempDir Path mirror;

  @Test
  void queriesCancelledByTheirClientLogNoErrorAndAtMostOneDebugLineEach() throws Exception {
    new SyntheticFootballData(11).write(mirror, 2010, 2019);
    importer.importMirror(mirror, Set.of(), Set.of()).blockLast();
    long complete = Math.min(timeOfCompleteQuery(), Math.min(timeOfCompleteQuery(), timeOfCompleteQuery()));
    // the client hangs up at moments spread over the query's work, from before its fields start to late in them
    long[] hangUps = {10, 30, 60, 100, 150, 200, 300, 450};

    try (LogCapture logs = new LogCapture("com.matchcast")) {
      for (int i = 0; i < hangUps.length; i++) {
        sendAndHangUp("cancel-" + i, Duration.ofMillis(hangUps[i]));
      }
      // time for the server to notice each hang-up and to finish whatever it still ran
      Thread.sleep(3 * complete + 1000);
      List<ILoggingEvent> events = logs.events();

      assertThat(events).as("no ERROR for a client that went away: %s", messages(events))
          .noneMatch(e -> e.getLevel() == Level.ERROR);
      assertThat(events).as("no stack trace either").allMatch(e -> e.getThrowableProxy() == null);
      List<ILoggingEvent> cancelled = events.stream().filter(e -> e.getFormattedMessage().contains("cancelled")).toList();
      assertThat(cancelled).as("the hang-ups during the query were noticed: %s", messages(events)).isNotEmpty()
          .allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
      Map<String, Long> perRequest = cancelled.stream()
          .collect(Collectors.groupingBy(e -> String.valueOf(e.getMDCPropertyMap().get(RequestIds.KEY)),
              Collectors.counting()));
      assertThat(perRequest.keySet()).as("each line names its request").allMatch(id -> id.startsWith("cancel-"));
      assertThat(perRequest.values()).as("at most one line per cancelled request").allMatch(n -> n == 1);
    }
  }

  private long timeOfCompleteQuery() throws IOException {
    long start = System.nanoTime();
    try (Socket socket = new Socket("localhost", port)) {
      send(socket, "complete");
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8); // Connection: close ends it
      assertThat(answer).as("a megabyte of matches, no error").startsWith("HTTP/1.1 200 OK").doesNotContain("\"errors\"")
          .hasSizeGreaterThan(1_000_000);
    }
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  /** Sends the query and resets the connection (RST) after {@code after}, before the answer is complete. */
  private void sendAndHangUp(String requestId, Duration after) throws IOException, InterruptedException {
    try (Socket socket = new Socket("localhost", port)) {
      send(socket, requestId);
      Thread.sleep(after.toMillis());
      socket.setSoLinger(true, 0);
    }
  }

  private void send(Socket socket, String requestId) throws IOException {
    byte[] body = ("{\"query\": \"" + HEAVY_QUERY + "\"}").getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Accept: application/graphql-response+json\r\nConnection: close\r\nX-Request-Id: " + requestId
        + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static String messages(List<ILoggingEvent> events) {
    return events.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage())
        .collect(Collectors.joining("\n"));
  }
}
