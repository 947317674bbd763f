package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clients name operations freely: only the first few names get series of their own. */
class OperationNamesTest {

  @Test
  void namesPastTheLimitShareOtherAndUnnamedOperationsAreAnonymous() {
    OperationNames names = new OperationNames(2);

    assertThat(names.tag("Upcoming")).isEqualTo("Upcoming");
    assertThat(names.tag(null)).isEqualTo("anonymous");
    assertThat(names.tag("")).isEqualTo("anonymous");
    assertThat(names.tag("Match")).isEqualTo("Match");
    assertThat(names.tag("Random1234")).isEqualTo("other");
    assertThat(names.tag("Upcoming")).as("a known name keeps its series").isEqualTo("Upcoming");
  }
}
