package com.matchcast.api;

/** The client sent an argument the API cannot use; shown to the client as BAD_REQUEST. */
public class InvalidArgumentException extends RuntimeException {

  public InvalidArgumentException(String message) {
    super(message);
  }
}
