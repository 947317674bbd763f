package com.matchcast.catalog;

/** A club under its canonical name. */
public record Team(long id, String name, String country) {}
