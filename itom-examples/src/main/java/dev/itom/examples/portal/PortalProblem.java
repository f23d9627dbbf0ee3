package dev.itom.examples.portal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the portal refuses, with the RFC 9457 problem details to answer it with: a status, a
 * short detail, extra members (the current ETag, each problem of a body) and response headers.
 * {@link PortalProblems} turns it into the response.
 */
final class PortalProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final Map<String, @Nullable Object> properties = new LinkedHashMap<>();
  private final transient HttpHeaders headers = new HttpHeaders();

  PortalProblem(HttpStatus status, String detail) {
    super(checkNotNull(detail, "detail"));
    this.status = checkNotNull(status, "status");
  }

  /** Adds a member to the problem details; returns this. */
  PortalProblem with(String name, @Nullable Object value) {
    properties.put(name, value);
    return this;
  }

  /** Adds a response header; returns this. */
  PortalProblem header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  HttpStatus status() {
    return status;
  }

  HttpHeaders headers() {
    return headers;
  }

  /** {@return the problem details of this refusal} */
  ProblemDetail detail() {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, getMessage());
    properties.forEach(detail::setProperty);
    return detail;
  }

  static PortalProblem notFound(String detail) {
    return new PortalProblem(HttpStatus.NOT_FOUND, detail);
  }

  static PortalProblem badRequest(String detail) {
    return new PortalProblem(HttpStatus.BAD_REQUEST, detail);
  }
}
