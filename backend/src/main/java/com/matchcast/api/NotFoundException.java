package com.matchcast.api;

/** Something the client named by id or name does not exist; shown to the client as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
