package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.graphql.server.support.GraphQlWebSocketMessage;
import org.springframework.http.MediaType;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

class SharedPayloadEncoderTest {

  private static final ResolvableType MESSAGE = ResolvableType.forClass(GraphQlWebSocketMessage.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The JSON encoder the application's codecs hold, counting the values handed to it. */
  private static final class Counting implements Encoder<Object> {
    final Encoder<Object> json;
    final AtomicInteger values = new AtomicInteger();

    Counting(Encoder<Object> json) {
      this.json = json;
    }

    @Override
    public boolean canEncode(ResolvableType type, MimeType mimeType) {
      return json.canEncode(type, mimeType);
    }

    @Override
    public Flux<DataBuffer> encode(Publisher<?> input, DataBufferFactory factory, ResolvableType type,
        MimeType mimeType, Map<String, Object> hints) {
      throw new UnsupportedOperationException("messages are encoded one by one");
    }

    @Override
    public DataBuffer encodeValue(Object value, DataBufferFactory factory, ResolvableType type, MimeType mimeType,
        Map<String, Object> hints) {
      values.incrementAndGet();
      return json.encodeValue(value, factory, type, mimeType, hints);
    }

    @Override
    public List<MimeType> getEncodableMimeTypes() {
      return json.getEncodableMimeTypes();
    }
  }

  private final Counting json = new Counting(defaultJsonEncoder(ServerCodecConfigurer.create()));
  private final SharedPayloadEncoder encoder = new SharedPayloadEncoder(json);

  @Test
  void aSharedResultIsEncodedOnceAndFramedWithEachSocketsId() {
    ExecutionResult result = ExecutionResult.newExecutionResult().data(prediction("42", 0.5)).build();

    // three sockets of one shared subscription, each with the id its client chose
    String first = text(encoder, GraphQlWebSocketMessage.next("1", result.toSpecification()));
    String second = text(encoder, GraphQlWebSocketMessage.next("sub-7", result.toSpecification()));
    String quoted = text(encoder, GraphQlWebSocketMessage.next("a\"b\\c\n", result.toSpecification()));

    assertThat(first).isEqualTo(
        "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"predictionUpdated\":{\"id\":\"42\",\"homeWin\":0.5}}}}");
    assertThat(second).isEqualTo(
        "{\"id\":\"sub-7\",\"type\":\"next\",\"payload\":{\"data\":{\"predictionUpdated\":{\"id\":\"42\",\"homeWin\":0.5}}}}");
    assertThat(quoted).isEqualTo(
        "{\"id\":\"a\\\"b\\\\c\\n\",\"type\":\"next\",\"payload\":{\"data\":{\"predictionUpdated\":{\"id\":\"42\",\"homeWin\":0.5}}}}");
    assertThat(json.values).hasValue(1);

    // as the JSON encoder itself writes them, field order aside
    for (String[] pair : new String[][] {{first, "1"}, {second, "sub-7"}, {quoted, "a\"b\\c\n"}}) {
      assertThat(JSON.readTree(pair[0])).isEqualTo(JSON.readTree(
          text(json.json, GraphQlWebSocketMessage.next(pair[1], result.toSpecification()))));
    }

    // the next result, even with equal data, is another object: encoded anew
    ExecutionResult next = ExecutionResult.newExecutionResult().data(prediction("42", 0.5)).build();
    text(encoder, GraphQlWebSocketMessage.next("1", next.toSpecification()));
    assertThat(json.values).hasValue(2);
  }

  @Test
  void anythingElseGoesToTheJsonEncoderAsBefore() {
    ExecutionResult withErrors = ExecutionResult.newExecutionResult().data(prediction("42", 0.5))
        .addError(GraphqlErrorBuilder.newError().message("odds unavailable").build()).build();
    List<GraphQlWebSocketMessage> messages = List.of(
        GraphQlWebSocketMessage.next("1", withErrors.toSpecification()),
        GraphQlWebSocketMessage.next("2", withErrors.toSpecification()),
        GraphQlWebSocketMessage.connectionAck(Map.of()),
        GraphQlWebSocketMessage.pong(null),
        GraphQlWebSocketMessage.complete("1"));
    for (GraphQlWebSocketMessage message : messages) {
      assertThat(text(encoder, message)).isEqualTo(text(json.json, message));
    }
    // each passed whole: five by the encoder under test, five by the comparison
    assertThat(json.values).hasValue(5);
  }

  @Test
  void theWebSocketCodecsPutItBeforeTheJsonEncoderAndLeaveTheApplicationsAlone() {
    ServerCodecConfigurer application = ServerCodecConfigurer.create();
    CodecConfigurer webSocket = SharedPayloadEncoder.forWebSocket(application);

    assertThat(firstMessageEncoder(webSocket)).isInstanceOf(SharedPayloadEncoder.class);
    assertThat(firstMessageEncoder(application)).isNotInstanceOf(SharedPayloadEncoder.class);
  }

  private static Map<String, Object> prediction(String id, double homeWin) {
    Map<String, Object> prediction = new LinkedHashMap<>();
    prediction.put("id", id);
    prediction.put("homeWin", homeWin);
    return Map.of("predictionUpdated", prediction);
  }

  private static String text(Encoder<?> encoder, GraphQlWebSocketMessage message) {
    @SuppressWarnings("unchecked")
    DataBuffer buffer = ((Encoder<Object>) encoder).encodeValue(message, DefaultDataBufferFactory.sharedInstance,
        MESSAGE, MediaType.APPLICATION_JSON, null);
    try {
      return buffer.toString(StandardCharsets.UTF_8);
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static Encoder<?> firstMessageEncoder(CodecConfigurer codecs) {
    return codecs.getWriters().stream().filter(writer -> writer.canWrite(MESSAGE, MediaType.APPLICATION_JSON))
        .map(writer -> ((EncoderHttpMessageWriter<?>) writer).getEncoder()).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Encoder<Object> defaultJsonEncoder(CodecConfigurer codecs) {
    return (Encoder<Object>) firstMessageEncoder(codecs);
  }
}
