package com.matchcast.api;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/** Copies out of pooled buffers for what outlives them: a push payload kept for later sockets, the floor's answer. */
public final class DataBuffers {

  private DataBuffers() {}

  /** The buffer's readable bytes, copied; the buffer is released whatever happens. */
  public static byte[] drain(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }
}
