package com.matchcast.security.audit;

import com.matchcast.api.Arguments;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The audit log in the API ({@code @admin} in the schema). */
@Controller
public class AuditController {

  private final AdminAudit audit;

  public AuditController(AdminAudit audit) {
    this.audit = audit;
  }

  @QueryMapping
  public Flux<AuditEntry> adminAuditLog(@Argument Integer last) {
    return audit.latest(Arguments.pageSize("last", last, 20));
  }

  @SchemaMapping(typeName = "AdminAuditEntry")
  public OffsetDateTime at(AuditEntry entry) {
    return entry.at().atOffset(ZoneOffset.UTC);
  }
}
