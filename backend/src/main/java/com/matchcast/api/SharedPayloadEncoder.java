package com.matchcast.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.graphql.server.support.GraphQlWebSocketMessage;
import org.springframework.graphql.server.support.GraphQlWebSocketMessageType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;

/**
 * Writes the graphql-transport-ws messages of the WebSocket endpoint, encoding a shared result once.
 * A subscription shared by thousands of sockets ({@link SharedSubscriptions}) hands each of them the
 * same result, and Spring GraphQL encoded it again for every socket: profiled with 5,000
 * subscribers, setting up Jackson's generator and buffers for each copy was four fifths of the
 * fan-out thread's time. Here the payload of a {@code next} message is encoded once per result
 * (found by the identity of its data, held weakly: it goes with the result) and each socket's
 * message is that payload framed with the socket's own subscription id. Every other message,
 * and a payload with errors or extensions, goes to the JSON encoder as before.
 */
public final class SharedPayloadEncoder implements Encoder<GraphQlWebSocketMessage> {

  private static final ResolvableType MESSAGE = ResolvableType.forClass(GraphQlWebSocketMessage.class);
  private static final ResolvableType MAP = ResolvableType.forClass(Map.class);
  private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PAYLOAD = ",\"type\":\"next\",\"payload\":".getBytes(StandardCharsets.UTF_8);

  private final Encoder<Object> json;
  private final Cache<Object, byte[]> payloads = Caffeine.newBuilder().weakKeys().maximumSize(1_024).build();

  SharedPayloadEncoder(Encoder<Object> json) {
    this.json = json;
  }

  /**
   * The WebSocket endpoint's codecs: the application's, with this encoder in front of their JSON
   * encoder for the protocol's messages (custom typed writers come first).
   */
  public static CodecConfigurer forWebSocket(CodecConfigurer codecs) {
    CodecConfigurer webSocket = codecs.clone();
    webSocket.customCodecs().register(new SharedPayloadEncoder(jsonEncoder(codecs)));
    return webSocket;
  }

  @SuppressWarnings("unchecked")
  private static Encoder<Object> jsonEncoder(CodecConfigurer codecs) {
    return codecs.getWriters().stream()
        .filter(writer -> writer.canWrite(MESSAGE, MediaType.APPLICATION_JSON))
        .filter(EncoderHttpMessageWriter.class::isInstance)
        .map(writer -> (Encoder<Object>) ((EncoderHttpMessageWriter<?>) writer).getEncoder())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no JSON encoder for the GraphQL WebSocket messages"));
  }

  @Override
  public boolean canEncode(ResolvableType type, MimeType mimeType) {
    return MESSAGE.isAssignableFrom(type) && json.canEncode(type, mimeType);
  }

  @Override
  public List<MimeType> getEncodableMimeTypes() {
    return json.getEncodableMimeTypes();
  }

  @Override
  public Flux<DataBuffer> encode(Publisher<? extends GraphQlWebSocketMessage> messages, DataBufferFactory factory,
      ResolvableType type, MimeType mimeType, Map<String, Object> hints) {
    return Flux.from(messages).map(message -> encodeValue(message, factory, type, mimeType, hints));
  }

  @Override
  public DataBuffer encodeValue(GraphQlWebSocketMessage message, DataBufferFactory factory, ResolvableType type,
      MimeType mimeType, Map<String, Object> hints) {
    Object data = sharedData(message);
    if (data == null) {
      return json.encodeValue(message, factory, type, mimeType, hints);
    }
    Object payload = message.getPayload();
    byte[] encoded = payloads.get(data, key -> DataBuffers.drain(json.encodeValue(payload, DefaultDataBufferFactory.sharedInstance,
        MAP, mimeType, hints)));
    byte[] id = JsonStrings.quoted(message.getId()).getBytes(StandardCharsets.UTF_8);
    DataBuffer buffer = factory.allocateBuffer(ID.length + id.length + PAYLOAD.length + encoded.length + 1);
    return buffer.write(ID).write(id).write(PAYLOAD).write(encoded).write((byte) '}');
  }

  /** The data of a {@code next} message whose payload is data alone (no errors, no extensions); else null. */
  private static Object sharedData(GraphQlWebSocketMessage message) {
    if (message.resolvedType() != GraphQlWebSocketMessageType.NEXT || message.getId() == null) {
      return null;
    }
    return message.getPayload() instanceof Map<?, ?> payload && payload.size() == 1 ? payload.get("data") : null;
  }
}
